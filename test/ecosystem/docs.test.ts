// The README is a newcomer's page: short, the two commands first, the three ways to embed; the
// rest is in docs/. Every relative link of every page reachable from it (README, docs/, the
// root's .md files) leads to a file that exists, and every #anchor to a heading of that page.
import { expect } from '@open-wc/testing';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown page (its headings; a repeated one gets -1, -2, … as on GitHub). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of markdown.replace(/```[\s\S]*?```/g, '').split('\n')) {
    const match = /^#{1,6}\s+(.*)$/.exec(line);
    if (!match) continue;
    const base = slug(match[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count ? `${base}-${count}` : base);
  }
  return out;
}

/** Relative link targets of a Markdown page, code blocks and inline code left out. */
function links(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href));
}

const pages = new Map<string, string>();
async function page(path: string): Promise<string> {
  if (!pages.has(path)) {
    const response = await fetch(path);
    expect(response.status, path).to.equal(200);
    pages.set(path, await response.text());
  }
  return pages.get(path)!;
}

describe('README and docs', () => {
  it('README: under 12 KB, the two commands before anything else, then the three snippets', async () => {
    const readme = await page('/README.md');
    expect(new Blob([readme]).size).to.be.below(12 * 1024);
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).to.contain('npm install && npm start');
    expect(firstBlock).to.contain('npm test');
    expect(readme.indexOf('```sh')).to.be.below(readme.indexOf('## Three ways to embed'));
    expect(readme).to.match(/PORT/).and.match(/HOST/);
    const snippets = readme.slice(readme.indexOf('## Three ways to embed'));
    expect(snippets).to.contain('article-embed.min.js" defer></script>');
    expect(snippets).to.contain("import 'article-embed'");
    expect(snippets).to.contain('<iframe class="article-embed-frame"');
  });

  it('every relative link of every page reachable from the README resolves, anchors included', async () => {
    const queue = ['/README.md', '/docs/README.md', '/CONTRIBUTING.md', '/SECURITY.md'];
    const done = new Set<string>();
    const broken: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      if (done.has(path)) continue;
      done.add(path);
      const markdown = await page(path);
      for (const href of links(markdown)) {
        const url = new URL(href, `${location.origin}${path}`);
        const target = url.pathname;
        if (target.endsWith('.md')) {
          const response = await fetch(target);
          if (response.status !== 200) {
            broken.push(`${path}: ${href} (${response.status})`);
            continue;
          }
          if (!pages.has(target)) pages.set(target, await response.text());
          queue.push(target);
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (anchor && !anchors(pages.get(target)!).has(anchor)) broken.push(`${path}: ${href} (no heading #${anchor})`);
        } else {
          const response = await fetch(target.endsWith('/') ? `${target}README.md` : target, { method: 'HEAD' });
          if (response.status !== 200) broken.push(`${path}: ${href} (${response.status})`);
        }
      }
    }
    expect(done.size, 'pages checked').to.be.greaterThan(15);
    expect(broken).to.deep.equal([]);
  });

  it('makes anchors as GitHub does', () => {
    expect(slug('Any article URL: the resolver')).to.equal('any-article-url-the-resolver');
    expect(slug('`<article-card>`')).to.equal('article-card');
    expect(slug('Themes, motion and contrast')).to.equal('themes-motion-and-contrast');
    expect([...anchors('# A\n## B\n```\n# not\n```\n## B')]).to.deep.equal(['a', 'b', 'b-1']);
  });
});
