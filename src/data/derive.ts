/**
 * Derived values: the few numbers the site computes rather than quotes. Each is
 * recomputed from the figures it names, so a changed input cannot leave a stale
 * derived value behind.
 */
import type { Derivation } from './schema.ts';

export function computeDerived(derivation: Derivation, valueOf: (id: string) => number): number {
  switch (derivation.method) {
    case 'baseline-from-growth-rate': {
      const [current, rate] = derivation.inputs;
      return valueOf(current) / (1 + valueOf(rate) / 100);
    }
    case 'ratio': {
      const [numerator, denominator] = derivation.inputs;
      return valueOf(numerator) / valueOf(denominator);
    }
    case 'scale':
      return valueOf(derivation.inputs[0]) * derivation.factor;
  }
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A readable account of the computation, e.g. "2339 ÷ (1 + 889.42%)". */
export function describeDerivation(derivation: Derivation, shown: (id: string) => string): string {
  switch (derivation.method) {
    case 'baseline-from-growth-rate':
      return `${shown(derivation.inputs[0])} ÷ (1 + ${shown(derivation.inputs[1])})`;
    case 'ratio':
      return `${shown(derivation.inputs[0])} ÷ ${shown(derivation.inputs[1])}`;
    case 'scale':
      return `${shown(derivation.inputs[0])} × ${derivation.factor}`;
  }
}
