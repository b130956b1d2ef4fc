/** Placeholder until the step-link module lands: links work as plain anchors without it. */
export function startStepLinks(_doc: Document = document): void {}
