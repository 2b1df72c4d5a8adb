/**
 * `npm start` to first page on PGlite: spawns `npm start` against a temporary data folder
 * (FUWU_DATA_DIR) and polls until `GET /market` answers the HTML and the script it names loads.
 *
 *   npx tsx bench/startup.ts [runs]            # default 3 warm restarts
 *   npx tsx bench/startup.ts [runs] --compare  # alternates npm start with the former command
 *                                              # (node scripts/ensure-web.mjs && tsx src/server/main.ts)
 *
 * Prints, per run, the time from spawn to first page and the server's resident memory then:
 * (a) fresh — an empty data folder: PGlite initdb, migrations, seed data and the demo seed;
 * (b) warm — a restart on that folder. Also the CPU seconds the process tree used until then, a
 * figure a busy machine distorts far less than the wall clock (it counts all threads, so it can
 * exceed the wall time). The web build (and the PGlite template a fresh folder starts from) is
 * made first, so its check is the cheap "already built" path, as on every start after the first.
 * The phases come from the server's own "Started in" line (time since its node process began:
 * the build check and module loading, database, migrations and seeds — naming the steps that
 * ran —, app); the rest of the total is npm and node starting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const COMPARE = args.includes('--compare');
type Mode = 'npm start' | 'tsx';
const CLK_TCK = 100; // Linux USER_HZ
const POLL_MS = 10;
const TIMEOUT_MS = 120_000;

type Result = { ms: number; cpuS: number; rssMb: number; treeRssMb: number; phases?: string };

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** utime + stime of a process and of its children it has waited for, in seconds. */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14-17 of stat(5): utime stime cutime cstime; f[0] is field 3
    return [11, 12, 13, 14].reduce((a, i) => a + Number(f[i]), 0) / CLK_TCK;
  } catch {
    return 0;
  }
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The spawned process and all its descendants (npm → sh → node). */
function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

async function get(url: string): Promise<{ status: number; body: string } | null> {
  try {
    const res = await fetch(url);
    return { status: res.status, body: await res.text() };
  } catch {
    return null;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM'); // the whole group npm started
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await done;
  clearTimeout(timer);
  // the server removes its lock file on a clean exit; wait until the node process is gone
  await new Promise((r) => setTimeout(r, 200));
}

async function startOnce(mode: Mode, dataDir: string, port: number): Promise<Result> {
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const [cmd, cmdArgs] =
    mode === 'tsx'
      ? ['sh', ['-c', 'node scripts/ensure-web.mjs && node_modules/.bin/tsx src/server/main.ts']]
      : ['npm', ['start', '--silent']];
  const child = spawn(cmd, cmdArgs as string[], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      FUWU_DATA_DIR: dataDir,
      FUWU_LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  try {
    let ms = 0;
    let cpuS = 0;
    for (;;) {
      if (performance.now() - t0 > TIMEOUT_MS) throw new Error(`no first page:\n${output}`);
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      const page = await get(`${base}/market`);
      const script = page?.status === 200 ? /<script[^>]+src="([^"]+)"/.exec(page.body) : null;
      if (script) {
        const js = await get(base + script[1]);
        if (js?.status === 200 && js.body.length > 0) {
          ms = performance.now() - t0;
          cpuS = tree(child.pid!).reduce((a, pid) => a + cpuSeconds(pid), 0);
          break;
        }
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    // Not timed: the started server answers from its database, not just with files.
    const health = await get(`${base}/healthz`);
    const categories = await get(`${base}/api/market/categories`);
    if (!health?.body.includes('"pglite"') || !categories?.body.includes('"items":[{')) {
      throw new Error(`server not healthy: ${health?.body} ${categories?.body.slice(0, 200)}`);
    }
    const pids = tree(child.pid!);
    const rss = pids.map(rssKb);
    const phases = /Started in (.*)/.exec(output)?.[1];
    return {
      ms,
      cpuS,
      rssMb: Math.max(...rss) / 1024,
      treeRssMb: rss.reduce((a, b) => a + b, 0) / 1024,
      phases,
    };
  } finally {
    await stop(child);
  }
}

function line(label: string, r: Result): string {
  const s = `${label.padEnd(16)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  CPU ${r.cpuS.toFixed(2).padStart(5)} s  server RSS ${r.rssMb.toFixed(0)} MB (process tree ${r.treeRssMb.toFixed(0)} MB)`;
  return r.phases ? `${s}\n${' '.repeat(17)}${r.phases}` : s;
}

async function main() {
  // Make sure the web build is current, so every run measures the start itself.
  await new Promise<void>((resolve, reject) => {
    const b = spawn(process.execPath, ['scripts/ensure-web.mjs'], { cwd: root, stdio: 'inherit' });
    b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('web build failed'))));
  });
  const modes: Mode[] = COMPARE ? ['npm start', 'tsx'] : ['npm start'];
  const dirs = new Map(
    modes.map((m) => [m, fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-startup-'))] as const),
  );
  const port = 4300 + Math.floor(Math.random() * 500);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  try {
    console.log(
      `${modes.join(' vs ')} → GET /market + its script; PGlite; ${os.cpus().length} cores; load ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
    for (const m of modes) console.log(line(`${m} fresh`, await startOnce(m, dirs.get(m)!, port)));
    const warm = new Map<Mode, Result[]>(modes.map((m) => [m, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const m of modes) {
        const r = await startOnce(m, dirs.get(m)!, port);
        warm.get(m)!.push(r);
        console.log(line(`${m} warm #${i + 1}`, r));
      }
    }
    console.log(`\nload average now ${os.loadavg()[0]!.toFixed(1)}`);
    for (const m of modes) {
      const rs = warm.get(m)!;
      console.log(
        `${m.padEnd(9)} warm median ${(median(rs.map((r) => r.ms)) / 1000).toFixed(2)} s, CPU ${median(rs.map((r) => r.cpuS)).toFixed(2)} s`,
      );
    }
  } finally {
    for (const d of dirs.values()) fs.rmSync(d, { recursive: true, force: true });
  }
}

await main();
