/**
 * Trusted Types: the policies this library creates, under names of its own so that a site's
 * `trusted-types` directive can allow exactly them, and so that a host page that already made
 * a `dompurify` or `lit-html` policy (the libraries' default names) does not collide with us.
 *
 * A site with `require-trusted-types-for 'script'` allows:
 *   trusted-types article-embed-dompurify article-embed-lit
 * (`article-embed-lit` only for the drop-in script; an npm app's own Lit uses `lit-html`).
 */

/** The policy DOMPurify uses to parse the dirty string into an inert document. */
export const SANITIZER_POLICY = 'article-embed-dompurify';
/**
 * The name lit-html's policy gets in the drop-in build: scripts/rollup-security.js writes it in
 * (keep the two equal; test/security/csp.test.ts checks the built script uses this one).
 */
export const LIT_POLICY = 'article-embed-lit';

interface HtmlPolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): TrustedTypePolicy;
}

let policy: TrustedTypePolicy | null | undefined;

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
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as { trustedTypes?: HtmlPolicyFactory }).trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(SANITIZER_POLICY, { createHTML: (input) => input });
    } catch {
      // The site's CSP does not list our name (or it is taken): stay without a policy.
      policy = null;
    }
  }
  return policy;
}
