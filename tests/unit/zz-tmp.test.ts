import { it } from 'vitest';
import { loadEdition } from '../../src/data/load.ts';
it('loads', () => { loadEdition('2022'); });
