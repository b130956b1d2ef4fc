/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// getViteConfig gives vitest Astro's compiler, so component tests can render .astro files.
export default getViteConfig(
  { root, test: { include: ['tests/unit/**/*.test.ts'] } },
  { root, devToolbar: { enabled: false } },
);
