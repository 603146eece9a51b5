import { expect } from '@open-wc/testing';
import { toArticleInput, type SourceFormat } from '../../src/sources/index.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleDoc } from './sample.js';

const SAMPLES: Array<[string, SourceFormat]> = [
  ['native.json', 'native'],
  ['wordpress-post.json', 'wordpress'],
  ['wordpress-post-closed.json', 'wordpress'],
  ['jsonfeed-1.1.json', 'jsonfeed'],
  ['jsonfeed-1.0.json', 'jsonfeed'],
  ['oembed-rich.json', 'oembed'],
  ['oembed-link.json', 'oembed'],
  ['page-jsonld-object.html', 'html'],
  ['page-jsonld-array.html', 'html'],
  ['page-jsonld-graph.html', 'html'],
  ['page-opengraph.html', 'html'],
];
const FORMATS: SourceFormat[] = ['native', 'wordpress', 'jsonfeed', 'oembed', 'html'];

describe('sources: detection', () => {
  for (const [name, format] of SAMPLES) {
    it(`detects ${name} as ${format}, and no other format claims it`, async () => {
      const { doc, url } = await sampleDoc(name);
      const detected = toArticleInput(doc, { base: url });
      expect(detected).not.to.be.instanceOf(ArticleError);
      expect(detected).to.deep.equal(toArticleInput(doc, { base: url }, format));
      for (const other of FORMATS.filter((f) => f !== format)) {
        const forced = toArticleInput(doc, { base: url }, other);
        expect(forced, `${name} as ${other}`).to.be.instanceOf(ArticleError);
        expect((forced as ArticleError).code).to.equal('unsupported');
      }
    });
  }

  it('calls an object in no format "no-article", and anything else "unsupported"', () => {
    expect((toArticleInput({ kind: 'json', value: { status: 'ok' } }) as ArticleError).code).to.equal('no-article');
    expect((toArticleInput({ kind: 'json', value: [1, 2] }) as ArticleError).code).to.equal('unsupported');
    expect((toArticleInput({ kind: 'json', value: 'text' }) as ArticleError).code).to.equal('unsupported');
  });
});
