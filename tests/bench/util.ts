/**
 * Small helpers shared by the benchmark: Chromium path and flags, a free
 * port, the static server for a built site, timed child processes, medians.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { CHROMIUM_ARGS } from '../support/chromium.ts';

export { CHROME_PATH } from '../support/chromium.ts';

/** Chromium's flags for the bench: headless (Lighthouse launches it itself), and the suite's own (tests/support/chromium.ts). */
export const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS] as const;

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The first port from `start` that 127.0.0.1 can listen on (4321 and 4329 belong to others). */
export async function freePort(start = 4400): Promise<number> {
  for (let port = start; port < start + 200; port++) {
    if (port === 4321 || port === 4329) continue;
    const ok = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${start}–${start + 199}`);
}

export interface Served {
  origin: string;
  stop: () => Promise<void>;
}

/** Serve a built site with tests/support/static-server.mjs (the one the browser tests use). */
export async function serve(dir: string, port: number): Promise<Served> {
  const child = spawn(process.execPath, ['tests/support/static-server.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`static server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`static server did not answer on ${origin} within 15 s`);
    }
    await sleep(100);
  }
  return { origin, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5_000)]);
}

export interface Timed {
  seconds: number;
  code: number;
}

/** Run a command to completion with its output in a log file; wall-clock seconds. */
export async function timed(command: string, args: readonly string[], log: string, env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  const out = createWriteStream(log);
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c) => resolve(c ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => out.end(resolve));
  return { seconds, code };
}

/** Environment without CONTENT_DIR, so the real site builds from ./content. */
export function envWithout(name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env[name];
  return env;
}
