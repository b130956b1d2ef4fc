#!/usr/bin/env node
/**
 * A bounded CPU hog, for proving the test suite holds on a busy machine:
 * one busy worker thread per core (or --threads N), each spinning until
 * --minutes M have passed (default 40), then the process exits by itself.
 *
 *   node tests/support/cpu-hog.mjs --minutes 30 &   # then: npm test
 *
 * It only burns CPU: no network, no disk, no memory growth.
 */
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

if (isMainThread) {
  const minutes = arg('minutes', 40);
  const threads = arg('threads', availableParallelism());
  const until = Date.now() + minutes * 60_000;
  console.log(`cpu-hog: ${threads} busy thread(s) until ${new Date(until).toISOString()}`);
  for (let i = 0; i < threads; i++) new Worker(new URL(import.meta.url), { workerData: { until } });
} else {
  let x = 0;
  while (Date.now() < workerData.until) {
    for (let i = 0; i < 1e6; i++) x = (x * 1103515245 + 12345) % 2147483648;
  }
}
