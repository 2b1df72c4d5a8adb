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
  },
  server: { proxy },
  preview: { proxy },
});
