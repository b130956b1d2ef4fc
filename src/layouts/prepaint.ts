/**
 * The preferences must be on <html> before the first paint, or the page would
 * be drawn at one size and then jump. So a tiny inline script in <head> applies
 * them. Astro's CSP hashes bundled scripts but not is:inline ones: BaseLayout
 * adds PREPAINT_HASH itself, and a test recomputes it from the built page.
 * Build-time only (node:crypto).
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEYS } from '../client/reader/settings.ts';

/**
 * ES5, no arrow functions: old WeChat webviews run it too. Storage may throw
 * (private mode, WeChat settings): then the defaults stay. The "js" class lets
 * CSS lay out, before the first paint, what the site's scripts will show (controls
 * that need script, the present view's deck), so nothing moves after paint. It is
 * set only where module scripts run (every script of ours is one): an old webview
 * that runs this but no modules gets the page as without script, not dead controls. No stored contrast means "follow the system" (prefers-contrast, in CSS).
 */
export const PREPAINT = `(function(d){if('noModule'in document.createElement('script'))d.classList.add('js');try{var s=localStorage.getItem('${STORAGE_KEYS.textSize}'),c=localStorage.getItem('${STORAGE_KEYS.contrast}');if(s==='large'||s==='xlarge')d.setAttribute('data-text-size',s);if(c==='more'||c==='standard')d.setAttribute('data-contrast',c)}catch(e){}})(document.documentElement)`;

/** The CSP source for PREPAINT: 'sha256-…' of its exact text. */
export const PREPAINT_HASH = `sha256-${createHash('sha256').update(PREPAINT, 'utf8').digest('base64')}` as const;
