// custom-elements.json (built by `npm run build`) against the truth: the live element classes
// (Lit's declared properties, the styles they ship, the parts they render) and docs/reference.md
// (the README links to it), which is the documented public contract. A name missing on either side fails.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ArticleCard, ArticleByline, ArticleShare, ArticleMenu } from '../../src/index.js';
import { settled } from '../helpers.js';

interface Named {
  name: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Array<Named & { type?: { text: string } }>;
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Declaration[];
    exports?: Array<Named & { declaration: { name: string; module?: string } }>;
  }>;
}

const classes = {
  'article-card': ArticleCard,
  'article-byline': ArticleByline,
  'article-share': ArticleShare,
  'article-menu': ArticleMenu,
};
type Tag = keyof typeof classes;
const tags = Object.keys(classes) as Tag[];

let manifest: Manifest;
let readme: string;
const element = (tag: string): Declaration => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag && d.customElement);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
};
const names = (list: Named[] | undefined) => (list ?? []).map((n) => n.name).sort();
const sorted = (list: Iterable<string>) => [...new Set(list)].sort();

/** The docs/reference.md section of one element, up to the next `## ` heading. */
function section(heading: string): string {
  const start = readme.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`docs/reference.md has no "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}
/** Backticked names in the first column of a reference table. */
function firstColumn(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

before(async () => {
  manifest = await (await fetch('/dist/custom-elements.json')).json();
  readme = await (await fetch('/docs/reference.md')).text();
});

describe('custom-elements.json', () => {
  it('lists the four elements, each with a summary, and a definition export for each tag', () => {
    for (const tag of tags) expect(element(tag).summary, tag).to.be.a('string').and.not.equal('');
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    expect(sorted(definitions.map((d) => d.name))).to.deep.equal(sorted(tags));
    for (const d of definitions) expect(d.declaration.module, d.name).to.match(/^src\/components\//);
  });

  it('has exactly the attributes the classes declare', () => {
    for (const tag of tags) {
      const declared: string[] = [];
      for (const [key, options] of classes[tag].elementProperties) {
        if (options.state || options.attribute === false) continue;
        declared.push(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
      }
      expect(names(element(tag).attributes), tag).to.deep.equal(sorted(declared));
    }
  });

  it('has every public property the classes declare, and no private one', () => {
    for (const tag of tags) {
      const members = element(tag).members ?? [];
      const publicNames = members.filter((m) => !m.privacy || m.privacy === 'public').map((m) => m.name);
      for (const [key, options] of classes[tag].elementProperties) {
        const name = String(key);
        if (options.state || name === 'langAttribute' || name === 'dirAttribute') continue;
        expect(publicNames, `${tag}.${name}`).to.include(name);
      }
      for (const m of members.filter((m) => m.privacy === 'private')) expect(publicNames).to.not.include(m.name);
    }
    const card = element('article-card').members ?? [];
    for (const name of ['article', 'currentArticle', 'error', 'retry']) expect(card.map((m) => m.name)).to.include(name);
    const menu = element('article-menu').members ?? [];
    for (const name of ['show', 'hide', 'switchMode', 'items']) expect(menu.map((m) => m.name)).to.include(name);
  });

  it('names the attributes of the reference tables, and no other', () => {
    const headings: Record<Tag, string> = {
      'article-card': '`<article-card>`',
      'article-byline': '`<article-byline>`',
      'article-share': '`<article-share>`',
      'article-menu': '`<article-menu>`',
    };
    for (const tag of tags) {
      const documented = firstColumn(section(headings[tag]));
      expect(names(element(tag).attributes), tag).to.deep.equal(sorted(documented));
    }
  });

  it('types each event with its class, as in the reference events table', () => {
    const table = section('Events')
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    const documented = new Map(table.map((l) => [l.split('|')[1]!.match(/`([^`]+)`/)![1]!, l.split('|')[2]!.match(/`([^`]+)`/)![1]!]));
    expect(documented.size).to.equal(4);
    const card = element('article-card').events ?? [];
    expect(names(card)).to.deep.equal(sorted(documented.keys()));
    for (const event of card) expect(event.type?.text, event.name).to.equal(documented.get(event.name));
    expect(names(element('article-share').events)).to.deep.equal(['article-share']);
    expect(names(element('article-menu').events)).to.deep.equal(['article-mode-change']);
  });

  it('names the parts of the reference, element by element', () => {
    const styling = section('Styling');
    const parts = (label: string) => {
      const start = styling.indexOf(label);
      const end = styling.indexOf('.', styling.indexOf('`', start + label.length));
      return [...styling.slice(start, styling.indexOf('\n', end) < 0 ? undefined : end + 1).matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
    };
    expect(names(element('article-card').cssParts)).to.deep.equal(
      sorted(parts('Parts of `<article-card>`:').filter((p) => p !== 'article-card')),
    );
    const rest = styling.slice(styling.indexOf('Parts of `<article-byline>`'));
    const after = (label: string, until?: string) =>
      sorted(
        [
          ...rest
            .slice(rest.indexOf(label) + label.length, until ? rest.indexOf(until) : undefined)
            .split('\n\n')[0]!
            .matchAll(/`([a-z-]+)`/g),
        ].map((m) => m[1]!),
      );
    expect(names(element('article-byline').cssParts)).to.deep.equal(after('Parts of `<article-byline>`:', 'Of `<article-share>`'));
    expect(names(element('article-share').cssParts)).to.deep.equal(after('Of `<article-share>`:', 'Of `<article-menu>`'));
    expect(names(element('article-menu').cssParts)).to.deep.equal(after('Of `<article-menu>`:'));
  });

  it('has every custom property the elements read, and the card the whole reference table', () => {
    for (const tag of tags) {
      const styles = classes[tag].elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      const read = sorted([...styles.matchAll(/var\((--article-[a-z-]+)/g)].map((m) => m[1]!));
      const documented = names(element(tag).cssProperties);
      for (const name of read) expect(documented, `${tag} reads ${name}`).to.include(name);
    }
    const table = sorted(firstColumn(section('Styling')).filter((n) => n.startsWith('--article-')));
    expect(table.length).to.be.greaterThan(20);
    expect(names(element('article-card').cssProperties)).to.deep.equal(table);
  });

  it('has every part a fully loaded card renders', async () => {
    const card = await fixture<ArticleCard>(
      html`<article-card style="width: 400px" comments-url="https://news.example/a#respond"></article-card>`,
    );
    card.article = {
      headline: 'Bridge reopens after repairs',
      url: 'https://news.example/a',
      section: 'Local',
      body: '<p>Long text.</p>',
      image: { url: 'https://news.example/i.jpg', alt: 'A bridge' },
      authors: [{ name: 'A. Writer', image: 'https://news.example/w.jpg' }],
      published: '2026-01-01T00:00:00Z',
      modified: '2026-01-02T00:00:00Z',
      tags: ['roads'],
      publisher: { name: 'News', url: 'https://news.example/' },
      menu: [{ label: 'Home', url: 'https://news.example/' }],
      comments: { count: 2 },
    };
    await settled(card);
    const rendered = new Set<string>();
    const collect = (root: ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('[part], [exportparts]'))) {
        (el.getAttribute('part') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .forEach((p) => rendered.add(p));
        for (const pair of (el.getAttribute('exportparts') ?? '').split(',').filter((p) => p.trim())) {
          rendered.add(pair.split(':').pop()!.trim());
        }
      }
    };
    collect(card.shadowRoot!);
    expect(rendered.size).to.be.greaterThan(15);
    const documented = names(element('article-card').cssParts);
    for (const part of rendered) expect(documented, part).to.include(part);
  });

  it('gives the editors every tag with its attributes and their values (VS Code custom data, JetBrains web-types)', async () => {
    interface Values {
      name: string;
    }
    const vscode: { tags: Array<{ name: string; attributes: Array<{ name: string; values?: Values[] }> }> } = await (
      await fetch('/dist/vscode.html-custom-data.json')
    ).json();
    const webTypes: {
      contributions: { html: { elements: Array<{ name: string; attributes: Array<{ name: string; value?: { type?: string } }> }> } };
    } = await (await fetch('/dist/web-types.json')).json();
    for (const tag of tags) {
      const expected = names(element(tag).attributes);
      const inVsCode = vscode.tags.find((t) => t.name === tag);
      const inWebTypes = webTypes.contributions.html.elements.find((e) => e.name === tag);
      expect(sorted((inVsCode?.attributes ?? []).map((a) => a.name)), `${tag} in VS Code data`).to.deep.equal(expected);
      expect(sorted((inWebTypes?.attributes ?? []).map((a) => a.name)), `${tag} in web-types`).to.deep.equal(expected);
      // Type aliases are resolved into the values an editor offers.
      const theme = inVsCode?.attributes.find((a) => a.name === 'theme');
      expect(
        (theme?.values ?? []).map((v) => v.name),
        `${tag} theme values`,
      ).to.deep.equal(['auto', 'light', 'dark']);
      const dir = inWebTypes?.attributes.find((a) => a.name === 'dir');
      expect(dir?.value?.type, `${tag} dir in web-types`).to.equal("'ltr' | 'rtl' | 'auto'");
    }
    const byline = vscode.tags.find((t) => t.name === 'article-byline')?.attributes.find((a) => a.name === 'date-format');
    expect((byline?.values ?? []).map((v) => v.name)).to.deep.equal(['long', 'short', 'relative']);
  });

  it('lists the package entry point exports the reference names', () => {
    const index = manifest.modules.find((m) => m.path === 'src/index.ts');
    const exported = (index?.exports ?? []).map((e) => e.name);
    const table = section('Other exports')
      .split('\n')
      .filter((l) => l.startsWith('| `') || l.startsWith('| types'));
    const documented = table.flatMap((l) => [...l.split('|')[1]!.matchAll(/`([A-Za-z_]+)/g)].map((m) => m[1]!));
    expect(documented.length).to.be.greaterThan(15);
    for (const name of documented) expect(exported, name).to.include(name);
  });
});
