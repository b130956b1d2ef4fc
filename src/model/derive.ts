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
    case 'baseline-from-growth-multiple': {
      const [current, multiple] = derivation.inputs;
      return valueOf(current) / (1 + valueOf(multiple));
    }
    case 'ratio': {
      const [numerator, denominator] = derivation.inputs;
      return valueOf(numerator) / valueOf(denominator);
    }
    case 'whole-number':
      return (derivation.direction === 'down' ? Math.floor : Math.ceil)(valueOf(derivation.inputs[0]));
    case 'growth-rate': {
      const [current, start] = derivation.inputs;
      return (valueOf(current) / valueOf(start) - 1) * 100;
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
    case 'baseline-from-growth-multiple':
      return `${shown(derivation.inputs[0])} ÷ (1 + ${shown(derivation.inputs[1])})`;
    case 'ratio':
      return `${shown(derivation.inputs[0])} ÷ ${shown(derivation.inputs[1])}`;
    case 'whole-number':
      return derivation.direction === 'down' ? `⌊${shown(derivation.inputs[0])}⌋` : `⌈${shown(derivation.inputs[0])}⌉`;
    case 'growth-rate':
      return `(${shown(derivation.inputs[0])} ÷ ${shown(derivation.inputs[1])} − 1) × 100%`;
    case 'scale':
      return `${shown(derivation.inputs[0])} × ${derivation.factor}`;
  }
}

/**
 * Significant figures of a number as written: the digits from the first
 * non-zero digit to the last one written. A written integer's trailing zeros
 * count (28824元, 2339家 are counts to the unit), except in a hedged round
 * number (`hedged`: 突破700, 超越1800, 不到1), where the source rounds to a
 * convenient mark: 突破700 is stated to one figure, not three.
 */
export function significantFigures(written: string, hedged = false): number {
  const digits = written.replace('.', '').replace(/^0+/, '');
  if (hedged && !written.includes('.')) return Math.max(1, digits.replace(/0+$/, '').length);
  return digits.length;
}

/** The first number in a figure's written text ("突破700亿元" → "700"); undefined for "第二", "首位". */
export function writtenNumber(text: string): string | undefined {
  return text.match(/\d+(?:\.\d+)?/)?.[0];
}

/**
 * THE PRECISION RULE: a derived value carries no more significant figures than
 * its least precise input. Returns the most decimal places (in the value's
 * written unit) that a value of this size may be stated to with `sigFigs`
 * significant figures: 11.67 with 2 → 0 (12), 0.9455 with 2 → 2 (0.95),
 * 2.571 with 3 → 2 (2.57). Negative when even the units digit is too precise.
 */
export function maxDecimals(value: number, sigFigs: number): number {
  if (value === 0 || !Number.isFinite(sigFigs)) return Infinity;
  return sigFigs - 1 - Math.floor(Math.log10(Math.abs(value)));
}
