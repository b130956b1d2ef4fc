/**
 * Chapters are MDX files in content/editions/<edition>/<lang>/NN-slug.mdx.
 * Figures are not a collection: they go through the shared data module
 * (src/data), which validates them against the source text.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({
    // CONTENT_DIR lets the benchmark build generated fixture editions (as src/data/load.ts does).
    base: (process.env['CONTENT_DIR'] ?? './content') + '/editions',
    // Any two-letter language folder: a new language is a content task (edition.yaml lists it; a
    // folder not listed is rejected by the content checks, src/validate/, never silently published).
    pattern: '*/[a-z][a-z]/*.mdx',
    // "2022/zh/00-prologue.mdx" → "2022/zh/00-prologue": stable and unique across editions.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    /** Chapter title as shown in the table of contents and the page heading. */
    title: z.string().min(1),
    /** A short kicker above the title, e.g. "序章". */
    kicker: z.string().min(1),
    /** One-sentence summary for the table of contents and link previews. */
    summary: z.string().min(1),
    /** URL segment; stable across editions so links keep working. */
    slug: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
    /**
     * The chapter's headline figures, 1–3 figure ids, shown on its share image and
     * poster (src/views/share). Optional: without it the card shows the titles only. Its shape
     * and ids are checked only by the chapter checks (src/rules/headline.ts), which the
     * build and `npm run validate` share, so both report a bad headline in the same words;
     * a zod rule here would stop the build first, with other words.
     */
    headline: z.custom<string[]>().optional(),
  }),
});

/**
 * Teacher notes: content/editions/<edition>/<lang>/teach/NN-slug.mdx, one per story
 * chapter, with discussion questions bound to figures by <Fig> (src/rules/teach.ts
 * checks, before the build renders, that every chapter of every listed language has them).
 */
const teach = defineCollection({
  loader: glob({
    base: (process.env['CONTENT_DIR'] ?? './content') + '/editions',
    pattern: '*/[a-z][a-z]/teach/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    /** The slug of the chapter these notes belong to. */
    chapter: z.string().regex(/^[a-z0-9-]+$/, "use the chapter's slug"),
  }),
});

export const collections = { chapters, teach };
