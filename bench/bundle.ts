/**
 * Web bundle per route: the gzip size of all JavaScript and CSS a first visit to each route of
 * src/web/app/router.tsx downloads (the entry and its static imports, plus every lazy layout and
 * page chunk on the route's way down and their static imports, each file counted once).
 *
 *   npx tsx bench/bundle.ts            # vite build, then measure
 *   npx tsx bench/bundle.ts --no-build # measure the existing dist/web
 *
 * A page may load part of its first screen itself (React.lazy: the onboarding wizard, an editable
 * service's form). Such a first screen is listed in FIRST_SCREENS with the chunks it needs and is
 * measured like a route; every other chunk loaded with import() is listed in ON_DEMAND (loaded on
 * a click or a language switch, never for a first screen). A lazy chunk in neither list fails
 * the bench: a new React.lazy has to be classified, so no first screen slips out of the count.
 *
 * Prints one line per route and per listed first screen, the largest and the largest files; exits
 * 1 when one needs more than the budget (250 KB gzip, issue 7). Sizes are gzip level 9, KB = 1000
 * bytes.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { FIRST_SCREENS, ON_DEMAND } from './bundle-screens';

const BUDGET_KB = 250;
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist/web');
const routerFile = path.join(root, 'src/web/app/router.tsx');

type ManifestChunk = {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

/** One route of the table: its full path and the modules its lazy() loaders import, outermost first. */
type RouteInfo = { path: string; modules: string[] };

function build(): void {
  // --manifest writes dist/web/.vite/manifest.json whatever vite.config.ts says.
  execSync('npx vite build --logLevel warn --manifest', { cwd: root, stdio: 'inherit' });
}

/** Reads the route table from the router's source: paths, index routes and their import()s. */
function readRoutes(): RouteInfo[] {
  const text = fs.readFileSync(routerFile, 'utf8');
  const file = ts.createSourceFile(
    routerFile,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  let table: ts.ArrayLiteralExpression | undefined;
  const findTable = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'routeTable' &&
      node.arguments[0] &&
      ts.isArrayLiteralExpression(node.arguments[0])
    ) {
      table = node.arguments[0];
      return;
    }
    ts.forEachChild(node, findTable);
  };
  findTable(file);
  if (!table) throw new Error('routeTable([...]) not found in router.tsx');

  /** import('x') calls anywhere inside a node, without descending into a `children` array. */
  const importsIn = (node: ts.Node): string[] => {
    const found: string[] = [];
    const visit = (n: ts.Node): void => {
      if (
        ts.isCallExpression(n) &&
        n.expression.kind === ts.SyntaxKind.ImportKeyword &&
        n.arguments[0] &&
        ts.isStringLiteralLike(n.arguments[0])
      ) {
        found.push(resolveSource(n.arguments[0].text));
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };

  const routes: RouteInfo[] = [];
  const walk = (list: ts.ArrayLiteralExpression, parentPath: string, parentMods: string[]) => {
    for (const el of list.elements) {
      if (!ts.isObjectLiteralExpression(el)) continue;
      let own: string | undefined;
      let index = false;
      let children: ts.ArrayLiteralExpression | undefined;
      const mods: string[] = [];
      for (const prop of el.properties) {
        if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name)) {
          const name = prop.name.text;
          if (name === 'path' && ts.isStringLiteralLike(prop.initializer))
            own = prop.initializer.text;
          else if (name === 'index') index = prop.initializer.kind === ts.SyntaxKind.TrueKeyword;
          else if (name === 'children' && ts.isArrayLiteralExpression(prop.initializer)) {
            children = prop.initializer;
          } else mods.push(...importsIn(prop.initializer));
        } else if (ts.isSpreadAssignment(prop)) {
          mods.push(...importsIn(prop.expression));
        }
      }
      const full =
        own === undefined
          ? parentPath
          : own.startsWith('/')
            ? own
            : `${parentPath.replace(/\/$/, '')}/${own}`;
      const chain = [...parentMods, ...mods];
      if (children) walk(children, full, chain);
      else if (own !== undefined || index) routes.push({ path: full || '/', modules: chain });
    }
  };
  walk(table, '', []);
  return routes;
}

/** './layouts/X' (relative to router.tsx) → 'src/web/app/layouts/X.tsx', the manifest's key. */
function resolveSource(spec: string): string {
  const base = path.resolve(path.dirname(routerFile), spec);
  for (const ext of ['', '.tsx', '.ts', '.jsx', '.js', '/index.tsx', '/index.ts']) {
    if (fs.existsSync(base + ext) && fs.statSync(base + ext).isFile()) {
      return path
        .relative(root, base + ext)
        .split(path.sep)
        .join('/');
    }
  }
  throw new Error(`router.tsx imports ${spec}, which does not resolve to a file`);
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Every output file (JS and CSS) a chunk needs before it runs: itself and its static imports. */
function closure(manifest: Manifest, key: string, into: Set<string>, seen = new Set<string>()) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest (is the route lazy-loaded?)`);
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imp of chunk.imports ?? []) closure(manifest, imp, into, seen);
}

/** Every chunk loaded with import() that is not a route's layout or page, by manifest key. */
function lazyChunks(manifest: Manifest, routes: RouteInfo[]): string[] {
  const routeModules = new Set(routes.flatMap((r) => r.modules));
  const found = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    for (const key of chunk.dynamicImports ?? []) if (!routeModules.has(key)) found.add(key);
  }
  return [...found].sort();
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function main() {
  if (!process.argv.includes('--no-build')) build();
  const manifestPath = path.join(outDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath))
    throw new Error(`${manifestPath} missing: build with --manifest`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');

  const entryFiles = new Set<string>();
  closure(manifest, entryKey, entryFiles);
  const entryGz = [...entryFiles].reduce((s, f) => s + gzipBytes(f), 0);

  const routes = readRoutes();
  const measure = (route: string, modules: string[]) => {
    const files = new Set(entryFiles);
    for (const mod of modules) closure(manifest, mod, files);
    const gz = [...files].reduce((s, f) => s + gzipBytes(f), 0);
    const raw = [...files].reduce((s, f) => s + fs.statSync(path.join(outDir, f)).size, 0);
    return { route, files: files.size, raw, gz };
  };
  const rows = routes.map((route) => measure(route.path, route.modules));

  const unclassified = lazyChunks(manifest, routes).filter(
    (key) =>
      !FIRST_SCREENS.some((s) => s.lazy.includes(key)) &&
      !ON_DEMAND.some((k) => k === key || (key.startsWith('_') && manifest[key]!.name === k)),
  );
  if (unclassified.length) {
    throw new Error(
      `lazy chunks in neither FIRST_SCREENS nor ON_DEMAND (bench/bundle-screens.ts): ${unclassified.join(', ')}`,
    );
  }
  for (const screen of FIRST_SCREENS) {
    const route = routes.find((r) => r.path === screen.route);
    if (!route) throw new Error(`FIRST_SCREENS names ${screen.route}, not a route of router.tsx`);
    rows.push(measure(`${screen.route} (${screen.state})`, [...route.modules, ...screen.lazy]));
  }

  const width = Math.max(...rows.map((r) => r.route.length), 5);
  console.log(`entry (index.html): ${entryFiles.size} files, ${kb(entryGz)} KB gzip\n`);
  console.log(`${'route'.padEnd(width)}  files   raw KB  gzip KB`);
  for (const [i, r] of rows.entries()) {
    if (i === routes.length)
      console.log('\nfirst screens with lazily loaded parts (FIRST_SCREENS):');
    const flag = r.gz > BUDGET_KB * 1000 ? '  OVER BUDGET' : '';
    console.log(
      `${r.route.padEnd(width)}  ${String(r.files).padStart(5)}  ${kb(r.raw).padStart(7)}  ${kb(r.gz).padStart(7)}${flag}`,
    );
  }
  const max = rows.reduce((a, b) => (b.gz > a.gz ? b : a));
  console.log(`\nlargest: ${max.route} — ${kb(max.gz)} KB gzip (budget ${BUDGET_KB} KB)`);

  const all = Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]);
  const biggest = [...new Set(all)]
    .map((f) => ({ f, gz: gzipBytes(f) }))
    .sort((a, b) => b.gz - a.gz)
    .slice(0, 8);
  console.log(
    'largest files: ' + biggest.map((b) => `${path.basename(b.f)} ${kb(b.gz)}`).join(', '),
  );

  const over = rows.filter((r) => r.gz > BUDGET_KB * 1000);
  if (over.length) {
    console.error(`\n${over.length} route(s) or first screen(s) over ${BUDGET_KB} KB gzip`);
    process.exit(1);
  }
}

main();
