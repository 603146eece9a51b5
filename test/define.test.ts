import { expect } from '@open-wc/testing';
import '../src/index.js';
import { define } from '../src/define.js';
import { ArticleCard } from '../src/index.js';

describe('registration', () => {
  it('registers all four elements', () => {
    for (const tag of ['article-card', 'article-byline', 'article-share', 'article-menu']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  it('does not throw when a tag is defined again, by the same or another class', () => {
    expect(() => define('article-card', ArticleCard)).not.to.throw();
    expect(() => define('article-card', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('article-card')).to.equal(ArticleCard);
  });
});
