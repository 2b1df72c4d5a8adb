// Builds the web app when dist/web is missing or older than its sources, so `npm start` on a
// fresh clone serves the consoles without a separate build step.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

const out = 'dist/web/index.html';
function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}
const sources = ['src/web', 'src/contracts', 'index.html', 'vite.config.ts'].filter((p) =>
  fs.existsSync(p),
);
const stale = !fs.existsSync(out) || Math.max(...sources.map(newest)) > fs.statSync(out).mtimeMs;
if (stale) {
  console.log('Building the web app (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
