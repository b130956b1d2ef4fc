/** Placeholder until the resume-reading module lands. */
export function startResume(_doc: Document = document): void {}
