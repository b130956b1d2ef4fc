/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The slower group (`npm run test:slow`, last in `npm test`): the Nu Html Checker
 * over every page, the link check, and two clean rebuilds compared byte by byte.
 * They read an existing dist/ or build their own copies; one file at a time, so
 * two builds never compete for the machine's two cores.
 */
export default defineConfig({
  root,
  test: { include: ['tests/slow/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false },
});
