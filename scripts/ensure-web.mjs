// Builds what `npm start` runs when it is missing or older than its sources, so `npm start` on a
// fresh clone (or after a pull) needs no separate build step:
//  - dist/web: the consoles (vite build);
//  - dist/server/main.mjs: the server as one ES module (a Vite SSR build; packages under
//    node_modules stay imports). Plain `node` loads it several times faster than `tsx` compiles
//    and loads the TypeScript sources module by module through its loader hooks (README,
//    Benchmarks). `npm run dev` and the tests still run the sources with tsx.
//  - dist/pglite-template: ready data folders a new PGlite folder starts from instead of running
//    initdb and the seeds — one migrated with the catalogue and calendar, one that also holds the
//    demo data (src/server/pglite-template.ts) —, made by the server build itself. Not with
//    DATABASE_URL, which never uses them.
// When nothing changed this is a few directory walks (~0.05 s).
// `node scripts/ensure-web.mjs --start` (what `npm start` runs) then starts the server in this
// same process: one node start instead of two.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const startDir = process.cwd();
process.chdir(root);

const newestCache = new Map();
function newest(p) {
  if (newestCache.has(p)) return newestCache.get(p);
  const st = fs.statSync(p);
  const t = st.isDirectory()
    ? Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))))
    : st.mtimeMs;
  newestCache.set(p, t);
  return t;
}
function stale(out, sources) {
  if (!fs.existsSync(out)) return true;
  const present = sources.filter((p) => fs.existsSync(p));
  return Math.max(...present.map(newest)) > fs.statSync(out).mtimeMs;
}

const webOut = 'dist/web/index.html';
const webSources = [
  'src/web',
  'src/contracts',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];
if (stale(webOut, webSources)) {
  console.log('Building the web app (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}

const serverEntry = 'src/server/main.ts';
const serverOutDir = 'dist/server';
const serverOut = `${serverOutDir}/main.mjs`;
const serverSources = [
  'src/server',
  'src/contracts',
  'package-lock.json',
  'scripts/ensure-web.mjs',
];
if (stale(serverOut, serverSources)) {
  console.log('Building the server (vite build --ssr)…');
  const { build } = await import('vite');
  // Vite's module ids use forward slashes on every OS.
  const posixRoot = root.split(path.sep).join('/');
  const srcDir = `${posixRoot}/src/`;
  const outDir = `${posixRoot}/${serverOutDir}`;
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [
      {
        // The sources find files next to themselves (migrations, dist/web) through
        // import.meta.url; in the bundle that URL is the bundle's. Point it back at the source
        // file, relative to the bundle so the checkout can move.
        name: 'fuwu-source-file-url',
        transform(code, id) {
          const file = id.split('?')[0];
          if (!file.startsWith(srcDir)) return null;
          if (/import\.meta\.(dirname|filename)\b/.test(code)) {
            this.error(`${file}: use import.meta.url (the server build rewrites only that)`);
          }
          if (!code.includes('import.meta.url')) return null;
          const rel = path.posix.relative(outDir, file);
          const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
          return { code: code.replaceAll('import.meta.url', url), map: null };
        },
      },
    ],
    // drizzle-orm is imported only by the server (127 files); bundling it saves that many module
    // loads. zod stays external: fastify-type-provider-zod must see the same zod instance.
    ssr: { noExternal: ['drizzle-orm'] },
    build: {
      ssr: serverEntry,
      outDir: serverOutDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      // For `node --enable-source-maps dist/server/main.mjs` when a trace should name the sources.
      sourcemap: true,
      // Modules loaded on first use (the PostgreSQL driver) are chunks beside main.mjs: the
      // import.meta.url rewrite above is relative to this folder.
      rolldownOptions: {
        output: { entryFileNames: 'main.mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
}

const templateRoot = 'dist/pglite-template';
if (!process.env.DATABASE_URL && stale(templateRoot, [serverOut, 'drizzle'])) {
  console.log('Preparing the database templates for new data folders…');
  fs.mkdirSync(templateRoot, { recursive: true });
  execSync(`node ${serverOut} --write-pglite-template`, { stdio: 'inherit' });
  // Its mtime marks it current even when the template for this code already existed.
  const now = new Date();
  fs.utimesSync(templateRoot, now, now);
}

if (process.argv.includes('--start')) {
  process.chdir(startDir); // FUWU_DATA_DIR is relative to where npm start was run
  await import(pathToFileURL(path.join(root, serverOut)).href);
}
