// The one decoder of text fields: entities decoded once, markup removed, no parser involved.
import { expect } from '@open-wc/testing';
import { decodeEntities, htmlText, stripTags, MAX_HTML_TEXT_INPUT } from '../../src/text/html-text.js';

describe('htmlText', () => {
  it('decodes named, decimal and hex references as a browser shows them', () => {
    expect(htmlText('L&#039;h&ocirc;pital &mdash; enfin &#x2019;ok&#8217; &laquo;oui&raquo; &euro;5')).to.equal(
      "L'hôpital — enfin ’ok’ «oui» €5",
    );
    expect(htmlText('Caf&eacute; &amp; cr&egrave;me, 18&nbsp;h')).to.equal('Café & crème, 18 h');
  });

  it('decodes once: a double-encoded entity comes out encoded once, never twice decoded', () => {
    expect(htmlText('Fish &amp;amp; Chips')).to.equal('Fish &amp; Chips');
    expect(htmlText('Don&amp;#039;t')).to.equal('Don&#039;t');
    expect(decodeEntities('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('removes markup; block boundaries become a space, inline tags nothing', () => {
    expect(htmlText('<p>Le marché ferme à 18 h.</p><p>Les prêts reprennent.</p>')).to.equal(
      'Le marché ferme à 18 h. Les prêts reprennent.',
    );
    expect(htmlText('Read <a href="https://x.example/?a=1&b=2" title="a > b">the <em>whole</em> story</a>')).to.equal(
      'Read the whole story',
    );
    expect(htmlText('a<br>b<br/>c')).to.equal('a b c');
  });

  it('keeps escaped markup as text: "&lt;b&gt;" is the text "<b>"', () => {
    expect(htmlText('Why &lt;template&gt; matters')).to.equal('Why <template> matters');
  });

  it('drops what is no text: scripts, styles, comments, embedded frames', () => {
    expect(htmlText('<script>alert("x")</script>Safe<style>p{}</style> <!-- note -->text<iframe src="x">fallback</iframe>')).to.equal(
      'Safe text',
    );
    expect(htmlText('<img src=x onerror="window.__decoded=1">Safe <em>title</em>')).to.equal('Safe title');
    expect((window as { __decoded?: number }).__decoded).to.equal(undefined);
  });

  it('leaves a "<" that starts no tag alone', () => {
    expect(htmlText('x < y and y > z, a <3 b')).to.equal('x < y and y > z, a <3 b');
  });

  it('follows HTML for odd references: Windows-1252 in 128–159, U+FFFD for nothing, legacy names without ";"', () => {
    expect(htmlText('&#146;quoted&#x93;')).to.equal('\u2019quoted\u201c');
    expect(htmlText('&#0;&#x110000;&#xD800;')).to.equal('\ufffd\ufffd\ufffd');
    expect(htmlText('AT&amp T &copy 2026')).to.equal('AT& T © 2026');
    // Not references: "&copy2026", "&amp=" inside a URL, an unknown name.
    expect(htmlText('&copy2026 ?a=1&amp=2 &madeup;')).to.equal('&copy2026 ?a=1&amp=2 &madeup;');
  });

  it('is undefined for blank text and non-strings; numbers are text', () => {
    expect(htmlText('  <p> </p> ')).to.equal(undefined);
    expect(htmlText({ toString: () => 'x' })).to.equal(undefined);
    expect(htmlText(2026)).to.equal('2026');
  });

  it('reads a bounded prefix of an absurd input, quickly', () => {
    const huge = '<b'.repeat(500_000);
    expect(htmlText(huge)!.length).to.equal(MAX_HTML_TEXT_INPUT);
    expect(stripTags('<a href="x">ok</a>')).to.equal('ok');
  });
});
