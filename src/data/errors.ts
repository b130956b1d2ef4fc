/**
 * Content errors stop the build. Each names the file, the field and the fix,
 * because the person reading it is an editor, not the author of this code.
 */
export class ContentError extends Error {
  // Plain fields, not constructor parameter properties: the data module also runs under Node's type stripping (bench, scripts).
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}\n  field: ${field}\n  problem: ${problem}\n  fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
  }
}

/** The closest known ids to a mistyped one, so the error can suggest the fix. */
export function nearest(wanted: string, known: Iterable<string>, count = 3): string[] {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  return [...known]
    .map((id) => ({ id, d: distance(wanted, id) }))
    .sort((x, y) => x.d - y.d)
    .slice(0, count)
    .map((x) => x.id);
}
