/**
 * The layer rule (tests/lint/layers.mjs) refuses, for every folder of src/, an
 * import from a folder it may not use, and lets through the ones it may. Run
 * through ESLint with the project's own config, as `npm run lint` runs it.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../lint/layers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'tests/eslint.config.mjs') });
const FOLDERS = Object.keys(LAYERS);

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

describe('lint: the layers of src/', () => {
  it.each(FOLDERS)('src/%s/ may not import from a folder outside its layers', async (folder) => {
    const allowed = LAYERS[folder]!;
    const forbidden = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
    expect(forbidden.length).toBeGreaterThan(0);
    for (const target of forbidden) {
      const errors = await layerErrors(`src/${folder}/fixture.ts`, `import { x } from '../${target}/anything.ts';\nexport { x };\n`);
      expect(errors, `${folder} → ${target}`).toEqual([expect.stringContaining(`src/${folder}/ may not import from src/${target}/`)]);
    }
  });

  it.each(FOLDERS.filter((f) => LAYERS[f]!.length > 0))('src/%s/ may import from the folders below it', async (folder) => {
    for (const target of LAYERS[folder]!.filter((f) => f !== 'styles')) {
      expect(
        await layerErrors(`src/${folder}/deeper/fixture.ts`, `import { x } from '../../${target}/anything.ts';\nexport { x };\n`),
        `${folder} → ${target}`,
      ).toEqual([]);
    }
  });

  it('resolves paths: a subfolder of the same layer is not the layer of that name', async () => {
    // src/client/charts/ is browser code; src/charts/ is not.
    expect(await layerErrors('src/client/present.ts', `import { x } from './charts/animators.ts';\nexport { x };\n`)).toEqual([]);
    expect(await layerErrors('src/client/present.ts', `import { x } from '../charts/registry.ts';\nexport { x };\n`)).toEqual([
      expect.stringContaining('src/client/ may not import from src/charts/'),
    ]);
  });

  it('refuses a Node built-in in browser code', async () => {
    expect(await layerErrors('src/client/fixture.ts', `import { readFileSync } from 'node:fs';\nexport { readFileSync };\n`)).toHaveLength(
      1,
    );
    expect(await layerErrors('src/data/fixture.ts', `import { readFileSync } from 'node:fs';\nexport { readFileSync };\n`)).toEqual([]);
  });

  it('catches re-exports and dynamic imports too', async () => {
    expect(await layerErrors('src/model/fixture.ts', `export { x } from '../data/index.ts';\n`)).toHaveLength(1);
    expect(await layerErrors('src/client/fixture.ts', `export const load = () => import('../data/index.ts');\n`)).toHaveLength(1);
  });
});
