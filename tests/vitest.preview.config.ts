/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Chart previews (a developer tool): `npm run preview:charts`. */
export default getViteConfig({ root, test: { include: ['tests/preview/**/*.preview.ts'] } }, { root, devToolbar: { enabled: false } });
