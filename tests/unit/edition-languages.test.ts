/** edition.yaml in every listed language: a change-log note left with Chinese in a translation is a problem, named by its field. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { languageProblems } from '../../src/data/load.ts';
import { editionSchema } from '../../src/model/schema.ts';

const real = editionSchema.parse(parse(readFileSync('content/editions/2022/edition.yaml', 'utf8')));

describe('languageProblems()', () => {
  it('the real 2022 edition has none', () => {
    expect(languageProblems(real, 'edition.yaml')).toEqual([]);
  });
  it('Chinese in an English change-log note is reported with its field, its words and a fix', () => {
    const edition = {
      ...real,
      changelog: [{ date: '2026-01-01', note: { zh: '更正：增长的读法。', en: 'Corrections: 增长 is read one way.' } }],
    };
    const [problem, ...rest] = languageProblems(edition, 'edition.yaml');
    expect(rest).toEqual([]);
    expect(problem!.field).toBe('changelog[0].note.en');
    expect(problem!.problem).toContain('"增长"');
    expect(problem!.fix).toMatch(/translate it/);
  });
});
