import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://127.0.0.1:3000';
const proxy = { '/api': apiTarget, '/healthz': apiTarget };

/**
 * Imports inside antd that put code on every page for a feature this app does not use there:
 * - ConfigProvider imports Tooltip's UniqueProvider (and with it @rc-component/trigger, ~7 KB gzip
 *   in the entry) but renders it only for `tooltip={{ unique: true }}`, which the app never sets
 *   (src/web/app/providers.tsx): it gets a pass-through.
 * - Form's item label imports Tooltip for the `tooltip` prop of Form.Item (~11 KB gzip on every
 *   form); no Form.Item uses it now, and the label gets a Tooltip that loads when one is shown.
 * - Form's useForm imports scroll-into-view-if-needed (~1.7 KB gzip on every form) for
 *   `scrollToField`/`scrollToFirstError`, which the app never calls: the browser's
 *   scrollIntoView with antd's `block: 'nearest'` (scrolls only when the field is out of view)
 *   stands in.
 * Pages that show a Tooltip themselves import the real one through antd's Tooltip.
 */
const replaced: { importer: RegExp; source: string; id: string; code: string }[] = [
  {
    importer: /antd[\\/]es[\\/]config-provider[\\/]index\.js$/,
    source: '../tooltip/UniqueProvider',
    id: '\0fuwu-unique-provider',
    code: 'export default function UniqueProvider({ children }) { return children; }',
  },
  {
    importer: /antd[\\/]es[\\/]form[\\/]FormItemLabel\.js$/,
    source: '../tooltip',
    id: '\0fuwu-lazy-tooltip',
    code: [
      "import { createElement, lazy, Suspense } from 'react';",
      "const Tooltip = lazy(() => import('antd/es/tooltip'));",
      'export default function LazyTooltip(props) {',
      '  return createElement(Suspense, { fallback: props.children }, createElement(Tooltip, props));',
      '}',
    ].join('\n'),
  },
  {
    importer: /antd[\\/]es[\\/]form[\\/]hooks[\\/]useForm\.js$/,
    source: 'scroll-into-view-if-needed',
    id: '\0fuwu-scroll-into-view',
    code: [
      'export default function scrollIntoView(node, { scrollMode, ...options } = {}) {',
      '  node.scrollIntoView(options);',
      '}',
    ].join('\n'),
  },
];
const antdUnusedImports: Plugin = {
  name: 'fuwu-antd-unused-imports',
  enforce: 'pre',
  resolveId(source, importer) {
    const hit = replaced.find((r) => r.source === source && importer && r.importer.test(importer));
    return hit ? hit.id : null;
  },
  load(id) {
    return replaced.find((r) => r.id === id)?.code ?? null;
  },
};

// One SPA for the three areas (/market, /provider, /ops): index.html at the repo root loads
// src/web/main.tsx; each area and page is its own chunk (lazy routes in src/web/app/router.tsx).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), antdUnusedImports],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: which files each route needs (bench/bundle.ts reads it).
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // @rc-component/form's index attaches Field, List and useForm to its default export, a
        // write tree-shaking must keep; antd's Modal (in App, on every page) imports its
        // FormProvider, so every page shipped the whole form engine and async-validator (~11 KB
        // gzip). Its modules have no other side effects.
        // A feature's deps.ts and index.ts only re-export: without this, a barrel shared by two
        // pages sat in a common chunk that imported everything it re-exports, so a list page
        // downloaded what only its detail page uses (Image preview, Descriptions, …).
        moduleSideEffects: (id) =>
          !/node_modules[\\/]@rc-component[\\/]form[\\/]/.test(id) &&
          !/src[\\/]web[\\/]features[\\/][^\\/]+[\\/](deps|index)\.ts$/.test(id),
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
