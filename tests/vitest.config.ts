/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// getViteConfig gives vitest Astro's compiler, so component tests can render .astro files.
export default getViteConfig(
  // A generous timeout: on a busy 2-core machine a test that compiles Astro components or
  // loads an edition can take several seconds; the timeout is a safety net, never a measure.
  { root, test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
  { root, devToolbar: { enabled: false } },
);
