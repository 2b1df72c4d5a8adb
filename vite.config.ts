import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://127.0.0.1:3000';
const proxy = { '/api': apiTarget, '/healthz': apiTarget };

// One SPA for the three areas (/market, /provider, /ops): index.html at the repo root loads
// src/web/main.tsx; each area and page is its own chunk (lazy routes in src/web/app/router.tsx).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
