/**
 * The components a chapter's MDX may use in its prose, for every view that
 * renders chapter text (reading page, present view, handouts, teacher notes).
 * One map, so a new prose component reaches every view at once.
 */
import Fig from './Fig.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';

export const PROSE_COMPONENTS = { Fig, Quote, Term } as const;
