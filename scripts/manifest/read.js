// Reads dist/custom-elements.json into the shape every generator here needs: one entry per
// registered element with its public attributes, properties, methods, events, slots, parts
// and custom properties. Private and protected members never leave this file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'dist/custom-elements.json';

/** String-literal unions declared in src/ (`type Theme = 'auto' | 'light' | 'dark'`), by name. */
export function literalAliases(dir = 'src') {
  const aliases = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/type (\w+) = ((?:\s*\|?\s*'[^']*')+);/g)) {
          aliases.set(
            m[1],
            [...m[2].matchAll(/'([^']*)'/g)].map((v) => v[1]),
          );
        }
      }
    }
  };
  walk(dir);
  return aliases;
}

/** The allowed values of a type text such as `'full' | 'summary'`, `Theme` or `SourceFormat | ''`; [] when open. */
export function valuesOf(typeText, aliases) {
  if (!typeText) return [];
  const values = [];
  for (const part of typeText.split('|').map((p) => p.trim())) {
    const literal = part.match(/^'([^']*)'$/);
    if (literal) {
      if (literal[1]) values.push(literal[1]);
    } else if (aliases.has(part)) values.push(...aliases.get(part));
    else return [];
  }
  return values;
}

/** The global attributes every element watches: described for users, not by their internal mirror fields. */
const GLOBAL_ATTRIBUTES = {
  lang: {
    name: 'lang',
    type: { text: 'string' },
    description: 'Language of the content and of the UI strings (BCP 47); else from the data, then the page.',
  },
  dir: { name: 'dir', type: { text: "'ltr' | 'rtl' | 'auto'" }, description: 'Text direction; else from the language.' },
};

const isPublic = (member) => !member.privacy || member.privacy === 'public';

export function readElements(path = MANIFEST) {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const definitions = new Map();
  for (const mod of manifest.modules) {
    for (const ex of mod.exports ?? []) if (ex.kind === 'custom-element-definition') definitions.set(ex.name, mod.path);
  }
  const elements = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const members = (d.members ?? []).filter(isPublic).filter((m) => !m.static);
      const fields = members.filter((m) => m.kind === 'field');
      elements.push({
        tagName: d.tagName,
        className: d.name,
        module: mod.path,
        defineModule: definitions.get(d.tagName),
        summary: d.summary ?? '',
        description: d.description ?? '',
        // `lang` and `dir` are the global attributes, mirrored by protected fields: keep them as attributes.
        attributes: (d.attributes ?? []).map(
          (a) => GLOBAL_ATTRIBUTES[a.name] ?? { ...a, type: a.type ?? fields.find((f) => f.name === a.fieldName)?.type },
        ),
        properties: fields,
        methods: members.filter((m) => m.kind === 'method'),
        events: (d.events ?? []).filter((e) => e.name),
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      });
    }
  }
  return elements.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
}

// The order the README and docs present them in.
const ORDER = ['article-card', 'article-byline', 'article-share', 'article-menu'];

/** `src/components/x/x.ts` as an import from `dist/<from>/`: `../components/x/x.js`. */
export function distImport(srcPath, fromDir = 'jsx') {
  const depth = fromDir.split('/').length;
  return `${'../'.repeat(depth)}${srcPath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
}
