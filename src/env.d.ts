/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the chapter page so <Fig>, <Scrolly> and charts know which edition and language they render. */
    chapter?: { edition: string; lang: import('./data/index.ts').Lang; file: string };
    /** Glossary terms already printed on this page: <Term> shows the original only at a term's first use. */
    termsSeen?: Set<string>;
    /** Set by the classroom views (present, handout): the chapter's steps and where the page lives, so a step finds its chart and number. */
    classroom?: { steps: import('./model/steps.ts').StoryStep[]; chapterPath: string };
  }
}
