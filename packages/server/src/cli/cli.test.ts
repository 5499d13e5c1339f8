import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../cli.ts');
const PASSWORD = 'Demo-Cli-Test-2026!';
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jalon-cli-'));
  dirs.push(dir);
  return dir;
}

function env(dir: string, port = 0) {
  return {
    ...process.env,
    JALON_DATA_DIR: dir,
    PORT: String(port),
    JALON_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  };
}

function jalon(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: env(dir), encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startServer(
  dir: string,
): Promise<{ child: ChildProcess; port: number; output: () => string; stop: () => Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'start'], { env: env(dir, port) });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`jalon start failed:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    port,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

async function login(port: number, email = 'admin@jalon.demo', password = PASSWORD): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe('jalon command line', { timeout: 240_000 }, () => {
  it('starts on a new data directory with the demo dataset, serves commands alongside, and stops cleanly', async () => {
    const dir = await dataDir();
    const server = await startServer(dir);
    expect(server.output()).toContain('admin@jalon.demo');
    expect(await login(server.port)).toBe(200);

    // A command on the same directory attaches to the running database and leaves it running.
    const token = jalon(dir, 'token', 'create', '--email', 'admin@jalon.demo', '--name', 'Intégration');
    expect(token.status).toBe(0);
    const bearer = token.stdout.trim();
    const units = await fetch(`http://127.0.0.1:${server.port}/api/org-units?kind=establishment&pageSize=1`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(units.status).toBe(200);
    expect(((await units.json()) as { total: number }).total).toBeGreaterThanOrEqual(8);

    const backupFile = path.join(dir, 'sauvegarde.jsonl.gz');
    expect(jalon(dir, 'backup', backupFile).status).toBe(0);
    expect(existsSync(backupFile)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(200);

    expect(await server.stop()).toBe(0);
    expect(existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(false);

    // A second start reuses the data: no new demo dataset, same accounts.
    const again = await startServer(dir);
    expect(again.output()).not.toContain('Jeu de démonstration chargé');
    expect(await login(again.port)).toBe(200);

    // Restore into a new, empty directory gives the same data; into a full one, nothing changes.
    const copy = await dataDir();
    const restored = jalon(copy, 'restore', backupFile);
    expect(restored.status, restored.stderr).toBe(0);
    const refused = jalon(dir, 'restore', backupFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/empty database/);

    // Two instances side by side, each on its own port and data directory.
    const second = await startServer(copy);
    expect(second.output()).not.toContain('Jeu de démonstration chargé');
    expect(await login(second.port)).toBe(200);
    const tokenOnCopy = await fetch(`http://127.0.0.1:${second.port}/api/org-units`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(tokenOnCopy.status).toBe(200);
    expect(await again.stop()).toBe(0);
    expect(await second.stop()).toBe(0);
  });

  it('creates an account from the command line and refuses a weak password', async () => {
    const dir = await dataDir();
    const weak = jalon(dir, 'user', 'create', '--email', 'cadre@ch.fr', '--name', 'Cadre', '--password', 'faible');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/mot de passe/i);
    const created = jalon(dir, 'user', 'create', '--email', 'cadre@ch.fr', '--name', 'Cadre de santé');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Mot de passe : \S{12,}/);
    expect(existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('documents every command', () => {
    for (const command of [
      [],
      ['start'],
      ['migrate'],
      ['seed-demo'],
      ['user', 'create'],
      ['token', 'create'],
      ['backup'],
      ['restore'],
    ]) {
      const help = spawnSync(process.execPath, [CLI, ...command, '--help'], { encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Usage: jalon');
    }
  });
});
