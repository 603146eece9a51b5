/**
 * Trusted Types: the policies this library creates, under names of its own so that a site's
 * `trusted-types` directive can allow exactly them, and so that a host page that already made
 * a `dompurify` or `lit-html` policy (the libraries' default names) does not collide with us.
 *
 * A site with `require-trusted-types-for 'script'` allows:
 *   trusted-types article-embed-dompurify article-embed-lit article-embed-inert-page
 * (`article-embed-lit` only for the drop-in script; an npm app's own Lit uses `lit-html`;
 * `article-embed-inert-page` only where `src` points at HTML pages).
 */

/** The policy DOMPurify uses to parse the dirty string into an inert document. */
export const SANITIZER_POLICY = 'article-embed-dompurify';
/**
 * The name lit-html's policy gets in the drop-in build: scripts/rollup-security.js writes it in
 * (keep the two equal; test/security/csp.test.ts checks the built script uses this one).
 */
export const LIT_POLICY = 'article-embed-lit';
/** The policy that lets an HTML-page source be parsed into an inert document (sources/html.ts). */
export const INERT_PAGE_POLICY = 'article-embed-inert-page';

interface HtmlPolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): TrustedTypePolicy;
}

const policies = new Map<string, TrustedTypePolicy | null>();

/**
 * The HTML-only policy `name`, created on first use; `null` where Trusted Types do not exist or
 * the site's CSP does not allow the name. Every policy here passes HTML through unchanged and is
 * handed only to a parser that builds an inert document (never to the page).
 */
function htmlPolicy(name: string): TrustedTypePolicy | null {
  if (policies.has(name)) return policies.get(name)!;
  let policy: TrustedTypePolicy | null = null;
  const factory = (globalThis as { trustedTypes?: HtmlPolicyFactory }).trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(name, { createHTML: (input) => input });
    } catch {
      // The site's CSP does not list our name (or it is taken): stay without a policy.
      policy = null;
    }
  }
  policies.set(name, policy);
  return policy;
}

/**
 * Our sanitizer policy, created on first use; `null` where Trusted Types do not exist or the
 * site's CSP does not allow the name (DOMPurify then parses a plain string, which only an
 * enforcing page refuses: the body then comes out empty, never unsanitized).
 *
 * It can mint HTML only, never a script or script URL, and it never leaves this module: the
 * HTML it blesses is the dirty input, and the only thing that ever receives it is DOMPurify's
 * DOMParser, which builds an inert document that DOMPurify then cleans.
 */
export function sanitizerPolicy(): TrustedTypePolicy | null {
  return htmlPolicy(SANITIZER_POLICY);
}

/**
 * HTML of a fetched page, as DOMParser takes it under `require-trusted-types-for 'script'`.
 * Nothing of the parsed page is ever inserted: its article HTML goes through the sanitizer like
 * any other body. Without the policy the string is returned as it is.
 */
export function inertPageHtml(text: string): string {
  const policy = htmlPolicy(INERT_PAGE_POLICY);
  return policy ? (policy.createHTML(text) as unknown as string) : text;
}
