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
  /** The line in `file` (1-based) where the problem is, when it has one: a figure in a YAML file, a tag in a chapter. */
  readonly line: number | undefined;

  constructor(file: string, field: string, problem: string, fix: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}\n  field: ${field}\n  problem: ${problem}\n  fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
    this.line = line;
  }
}

/** One line per problem, as editors and tools read them: file:line: field: problem — fix. */
export function formatProblem(error: ContentError): string {
  return `${error.file}${error.line ? `:${error.line}` : ''}: ${error.field}: ${error.problem} — ${error.fix}`;
}

/**
 * Stops on any problem: a single one is thrown as it is; several are thrown as
 * one error that lists every one, a line each (the build prints it).
 */
export function assertNoProblems(problems: readonly ContentError[]): void {
  if (!problems.length) return;
  if (problems.length === 1) throw problems[0]!;
  throw new Error(`${problems.length} problems in the content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
}

/** Runs a check that throws a ContentError and returns it instead (any other error is a bug, and still thrown). */
export function problemOf(check: () => void): ContentError | undefined {
  try {
    check();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  return undefined;
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
