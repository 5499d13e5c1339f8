import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './target-engine.ts';

const CLI = path.resolve(import.meta.dirname, '../packages/server/src/cli.ts');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `jalon start` on a data directory and returns the time until /api/health answers ok. */
async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      JALON_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      JALON_DEMO_PASSWORD: 'Bench-Demo-2026!',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 120_000) throw new Error('jalon start did not answer within 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

/** `jalon start` on an existing data directory, against a bare Node start. */
export async function benchStartTime(): Promise<BenchFigure[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jalon-bench-start-'));
  try {
    await timeStart(dataDir); // first start: initdb, migrations, demo data
    const times = [await timeStart(dataDir), await timeStart(dataDir), await timeStart(dataDir)].sort((a, b) => a - b);
    const node = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    const bare = performance.now() - node;
    const value = times[1]!;
    return [
      {
        name: 'jalon start → /api/health ok (existing data)',
        value,
        unit: 'ms',
        goal: '< 5000 ms',
        ratio: value / bare,
      },
      { name: 'bare node process start', value: bare, unit: 'ms', ratio: 1 },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
