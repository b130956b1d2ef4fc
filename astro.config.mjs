// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { checksumsIntegration } from './src/integrations/checksums.ts';
import { contentChecks } from './src/integrations/contentChecks.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { offline } from './src/integrations/precache.mjs';
import { deployment } from './src/routes/deploy.ts';
import { CSP_DIRECTIVES, securityHeadersIntegration } from './src/integrations/securityHeaders.ts';

// BASE_PATH and SITE (README, Deploying): the portal path and live origin; defaults '/' and http://127.0.0.1:4321.
const { site, base } = deployment(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // contentChecks(): every content rule, run once before any page renders (src/validate/, as npm run validate).
  // offline(): one service worker per edition, written after the build (src/integrations/precache.mjs).
  // checksums last: SHA256SUMS for every built file (the service workers included), so an office can verify what it deploys.
  // sitemapIntegration(): sitemap.xml and robots.txt, read from the built pages' canonical and hreflang links.
  // securityHeadersIntegration(): the meta policy as host headers (_headers, security-headers.conf).
  integrations: [contentChecks(), mdx(), offline(), sitemapIntegration(), securityHeadersIntegration(), checksumsIntegration()],
  // One small stylesheet, inlined: a render-blocking request costs a round trip on a weak network.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Lossless whitespace collapsing: the default ('jsx') glues words across line breaks in templates.
  compressHTML: true,
  // MDX code highlighting would add inline styles that a strict CSP blocks; chapters have no code.
  // No smartypants: English chapters keep straight apostrophes, as the data's English text and the
  // interface strings do (one style on a page); Chinese chapters type their own full-width quotes.
  markdown: { syntaxHighlight: false, smartypants: false },
  // No third-party requests: nothing to prefetch from elsewhere, no image CDN.
  prefetch: false,
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy as a <meta> tag: Astro hashes its bundled scripts and styles.
  // Charts use presentation attributes and classes only, so no inline style needs allowing.
  security: {
    csp: {
      // One list, also the source of the host headers (src/integrations/securityHeaders.ts, README Deploying).
      directives: [...CSP_DIRECTIVES],
    },
  },
});
