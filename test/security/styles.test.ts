// Custom properties are the one styling input into our shadow roots, and only the site's own CSS
// can set them (article data cannot: no style attribute or element survives the sanitizer, see
// the XSS table). Our stylesheets load nothing themselves and never turn a custom property into
// generated text.
import { expect } from '@open-wc/testing';
import { ArticleCard, ArticleByline, ArticleShare, ArticleMenu } from '../../src/index.js';

const classes = { ArticleCard, ArticleByline, ArticleShare, ArticleMenu };

function cssOf(element: unknown): string {
  const styles = (element as { elementStyles: Array<{ cssText?: unknown }> }).elementStyles;
  return styles.map((style) => (typeof style.cssText === 'string' ? style.cssText : '')).join('\n');
}

describe('stylesheets and custom properties', () => {
  for (const [name, element] of Object.entries(classes)) {
    it(`${name}: no url(), image function or @import; no var() in content`, () => {
      const css = cssOf(element);
      expect(css.length).to.be.greaterThan(0);
      expect(css.match(/url\(|image-set\(|\bimage\(|@import|expression\(/gi), 'resource loads').to.equal(null);
      expect(css.match(/(?:^|[;{\s])content\s*:[^;}]*var\(/gi), 'content from a custom property').to.equal(null);
    });
  }
});
