// Content-Security-Policy headers for the strict pages under test/csp/ (see SECURITY.md): the
// suite loads those pages in an iframe and checks that the drop-in renders with no violation.
// Also serves the drop-in byte for byte when asked with `?exact` (the dev server otherwise
// re-transpiles every .js it serves): the strict pages test the real artifact, and the
// Subresource Integrity test needs the bytes the printed hash was made from.
import { readFile } from 'node:fs/promises';

const EXACT = new Map([['/dist/article-embed.min.js', new URL('../../dist/article-embed.min.js', import.meta.url)]]);
const STRICT = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** The policy names a site must allow for the drop-in (src/safety/trusted-types.ts). */
const OURS = 'article-embed-dompurify article-embed-lit article-embed-inert-page';

const PAGES = {
  // Only our own policy names are allowed, and each only once.
  'strict.html': `${STRICT}; trusted-types ${OURS}`,
  // The host page created "lit-html" and "dompurify" policies before the drop-in loaded.
  'host-policies.html': `${STRICT}; trusted-types lit-html dompurify ${OURS}`,
  // Same policy, with deliberate violations: proves the probe sees them.
  'control.html': `${STRICT}; trusted-types ${OURS}`,
};

export async function cspHeaders(ctx, next) {
  const exact = EXACT.get(ctx.path);
  if (exact && 'exact' in ctx.query) {
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(exact);
    return;
  }
  await next();
  const match = /^\/test\/csp\/([\w-]+\.html)$/.exec(ctx.path);
  const policy = match ? PAGES[match[1]] : undefined;
  if (policy) ctx.set('Content-Security-Policy', policy);
}
