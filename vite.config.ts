import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://127.0.0.1:3000';
const proxy = { '/api': apiTarget, '/healthz': apiTarget };

/**
 * antd's ConfigProvider imports Tooltip's UniqueProvider (and with it @rc-component/trigger, ~7 KB
 * gzip in the entry) but renders it only when `tooltip={{ unique: true }}` is set, which this app
 * never sets (src/web/app/providers.tsx): there it gets a pass-through. Pages that show a Tooltip
 * still import the real one through antd's Tooltip.
 */
const noUniqueTooltipProvider: Plugin = {
  name: 'fuwu-no-unique-tooltip-provider',
  enforce: 'pre',
  resolveId(source, importer) {
    if (
      source === '../tooltip/UniqueProvider' &&
      importer &&
      /antd[\\/]es[\\/]config-provider[\\/]index\.js$/.test(importer)
    ) {
      return '\0fuwu-unique-provider';
    }
    return null;
  },
  load(id) {
    if (id !== '\0fuwu-unique-provider') return null;
    return 'export default function UniqueProvider({ children }) { return children; }';
  },
};

// One SPA for the three areas (/market, /provider, /ops): index.html at the repo root loads
// src/web/main.tsx; each area and page is its own chunk (lazy routes in src/web/app/router.tsx).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), noUniqueTooltipProvider],
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
