// Issue 13, "byline clean-up": "By ", "by", "Por ", "Von " and a trailing " | Site" go; an author
// whose name is a URL takes a name the document gives elsewhere.
import { expect } from '@open-wc/testing';
import { cleanByline, withNames } from '../../src/sources/byline.js';
import { toArticleInput } from '../../src/sources/index.js';
import { normalize } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle } from './sample.js';

describe('sources: byline clean-up', () => {
  it('a page (German): a URL for a name in JSON-LD, "Von … | Nordkurier" in the meta tag, "von Ole Hansen"', async () => {
    const article = await sampleArticle('byline-de.html');
    expect(article.authors).to.deep.equal([
      { name: 'Jana Krüger', url: 'https://nordkurier.example/autoren/jana-krueger/' },
      { name: 'Ole Hansen' },
    ]);
  });

  it('removes a leading "By", "by", "Por", "Von", "Par" and a trailing " | Site"', () => {
    expect(cleanByline('By Ana Ruiz')).to.equal('Ana Ruiz');
    expect(cleanByline('by ana ruiz')).to.equal('ana ruiz');
    expect(cleanByline('BY: JANE DOE')).to.equal('JANE DOE');
    expect(cleanByline('Por Luis Vega')).to.equal('Luis Vega');
    expect(cleanByline('Von Jana Krüger')).to.equal('Jana Krüger');
    expect(cleanByline('Par Camille Martin')).to.equal('Camille Martin');
    expect(cleanByline('di Marco Rossi')).to.equal('Marco Rossi');
    expect(cleanByline('Written by Priya Natarajan')).to.equal('Priya Natarajan');
    expect(cleanByline('Ana Ruiz | Diario del Sur')).to.equal('Ana Ruiz');
    expect(cleanByline('By Ana Ruiz | Diario del Sur')).to.equal('Ana Ruiz');
    expect(cleanByline('بقلم ليلى حداد')).to.equal('ليلى حداد');
  });

  it('keeps names that only look like a byline: Byron, "von der Leyen", a lone "By"', () => {
    expect(cleanByline('Byron Lee')).to.equal('Byron Lee');
    expect(cleanByline('von der Leyen')).to.equal('von der Leyen');
    expect(cleanByline('Di Stefano')).to.equal('Di Stefano');
    expect(cleanByline('By')).to.equal('By');
    expect(cleanByline(' | ')).to.equal('|');
  });

  it("replaces URL names with the document's other names, or drops them", () => {
    const url = 'https://nordkurier.example/autoren/jana-krueger/';
    expect(withNames([{ name: url }], ['Jana Krüger'])).to.deep.equal([{ name: 'Jana Krüger', url }]);
    expect(withNames([{ name: url }, { name: 'Ole Hansen' }], ['Ole Hansen'])).to.deep.equal([{ name: 'Ole Hansen' }]);
    expect(withNames([{ name: 'www.nordkurier.example/jana' }], [])).to.deep.equal([]);
  });

  it('in every format: JSON Feed, oEmbed and inline JSON-LD', () => {
    const read = (value: unknown) => {
      const article = normalize(toArticleInput({ kind: 'json', value }), 'https://nordkurier.example/');
      if (article instanceof ArticleError) throw article;
      return article.authors.map((a) => a.name);
    };
    expect(
      read({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'T', authors: [{ name: 'By Ana Ruiz' }] }] }),
    ).to.deep.equal(['Ana Ruiz']);
    expect(read({ version: '1.0', type: 'link', title: 'T', author_name: 'Por Luis Vega | El Diario' })).to.deep.equal(['Luis Vega']);
    expect(
      read({ '@type': 'NewsArticle', headline: 'T', author: ['https://nordkurier.example/autoren/x/', 'Von Ole Hansen'] }),
    ).to.deep.equal(['Ole Hansen']);
  });
});
