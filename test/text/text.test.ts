// Text helpers: the body's readable text, and cutting text at a word boundary.
import { expect } from '@open-wc/testing';
import { bodyText } from '../../src/text/body-text.js';
import { truncate } from '../../src/text/truncate.js';

function fragment(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup);
}

describe('bodyText', () => {
  it('keeps paragraphs apart with a space', () => {
    expect(bodyText(fragment('<p>Le marché ferme à 18 h.</p><p>Les prêts reprennent lundi.</p>'))).to.equal(
      'Le marché ferme à 18 h. Les prêts reprennent lundi.',
    );
  });

  it('keeps line breaks, list items and headings apart, and inline markup together', () => {
    expect(bodyText(fragment('<h3>Horaires</h3><ul><li>Lundi</li><li>Mardi</li></ul>Un<br>deux <b>trois</b>quatre'))).to.equal(
      'Horaires Lundi Mardi Un deux troisquatre',
    );
  });

  it('is empty for a body without text', () => {
    expect(bodyText(fragment('<p> </p><img alt="x">'))).to.equal('');
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('A short line', 20)).to.equal('A short line');
  });

  it('cuts at the last word boundary near the limit, with an ellipsis', () => {
    expect(truncate('The night ferry to the islands runs again from Monday', 30)).to.equal('The night ferry to the…');
    expect(truncate('The night ferry to the islands runs again from Monday', 31)).to.equal('The night ferry to the islands…');
  });

  it('cuts text without spaces where it is', () => {
    const cut = truncate('夜のフェリーは月曜日から再び島へ向かいます', 10);
    expect(cut).to.equal('夜のフェリーは月曜…');
  });
});
