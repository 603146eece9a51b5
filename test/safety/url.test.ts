import { expect } from '@open-wc/testing';
import { vetUrl, MAX_URL_LENGTH } from '../../src/safety/url.js';

describe('vetUrl', () => {
  it('keeps https and http URLs, normalised', () => {
    expect(vetUrl('https://news.example/a b')).to.equal('https://news.example/a%20b');
    expect(vetUrl('http://news.example/')).to.equal('http://news.example/');
  });

  it('resolves relative URLs against the base', () => {
    expect(vetUrl('/x', 'link', 'https://news.example/a/b')).to.equal('https://news.example/x');
    expect(vetUrl('c.png', 'resource', 'https://news.example/a/b')).to.equal('https://news.example/a/c.png');
  });

  it('allows mailto: for links only', () => {
    expect(vetUrl('mailto:desk@news.example', 'link')).to.equal('mailto:desk@news.example');
    expect(vetUrl('mailto:desk@news.example', 'resource')).to.equal(undefined);
  });

  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://news.example/uuid',
    'https://bank.example@evil.example/',
    'https://user:pass@news.example/',
    'https://news.example/\u202eexe.gif',
    `https://news.example/${'a'.repeat(MAX_URL_LENGTH)}`,
    '',
  ]) {
    it(`refuses ${JSON.stringify(bad.slice(0, 40))}`, () => {
      expect(vetUrl(bad)).to.equal(undefined);
    });
  }

  it('refuses non-strings', () => {
    expect(vetUrl(42)).to.equal(undefined);
    expect(vetUrl({ toString: () => 'https://news.example/' })).to.equal(undefined);
  });
});
