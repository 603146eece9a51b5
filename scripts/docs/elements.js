// `npm run docs` (after a build): the API reference of each element in docs/elements/<tag>.md,
// generated from dist/custom-elements.json (so from the JSDoc and the Lit decorators) and
// formatted by Prettier. Only the block between the `api:start` and `api:end` markers is
// written; the rest of the page (introduction, examples) is written by hand.
// `--check` writes nothing and fails when a page differs from what it would write
// (`npm run check:package` runs it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const MANIFEST = 'dist/custom-elements.json';
const START =
  '<!-- api:start: generated from custom-elements.json by scripts/docs/elements.js (npm run docs); edit the JSDoc in src/, not this block -->';
const END = '<!-- api:end -->';
// The order docs/reference.md presents them in.
const ORDER = ['article-card', 'article-byline', 'article-share', 'article-menu'];

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** The registered elements of the manifest, in the order of docs/reference.md. */
function readElements() {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => {
      const members = (d.members ?? []).filter(isPublic).filter((m) => !m.static);
      return {
        ...d,
        attributes: d.attributes ?? [],
        properties: members.filter((m) => m.kind === 'field'),
        methods: members.filter((m) => m.kind === 'method'),
      };
    });
  if (elements.length === 0) throw new Error(`${MANIFEST} lists no element: run \`npm run build\` first`);
  return elements.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A type as a cell: its values where it is a list of them (the analyzer's parsedType), else its text. */
function typeCell(member) {
  const values = (member.parsedType?.text ?? '').match(/'[^']*'/g);
  return values ? values.map((v) => code(v.slice(1, -1))).join(' ') : code(member.type?.text);
}

function apiBlock(el) {
  const attributeFields = new Set(el.attributes.map((a) => a.fieldName));
  const withAttribute = el.attributes.map((a) => [code(a.name), code(a.fieldName), typeCell(a), code(a.default), cell(a.description)]);
  const propertyOnly = el.properties
    .filter((p) => !attributeFields.has(p.name))
    .map((p) => [code(p.name), typeCell(p), p.readonly ? 'read-only' : '', cell(p.description)]);
  const methods = el.methods.map((m) => [
    code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default ? '?' : ''}`).join(', ')})`),
    cell(m.description),
  ]);
  const sections = [
    `## Attributes\n\n${table(['attribute', 'property', 'type', 'default', 'description'], withAttribute)}`,
    propertyOnly.length && `## Properties without an attribute\n\n${table(['property', 'type', '', 'description'], propertyOnly)}`,
    methods.length && `## Methods\n\n${table(['method', 'description'], methods)}`,
    el.events?.length &&
      `## Events\n\nAll bubble and are composed (they cross shadow roots).\n\n${table(
        ['event', 'class', 'description'],
        el.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      )}`,
    el.slots?.length &&
      `## Slots\n\n${table(
        ['slot', 'description'],
        el.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      )}`,
    el.cssParts?.length &&
      `## CSS parts\n\nStyle them with \`${el.tagName}::part(name)\`.\n\n${table(
        ['part', 'description'],
        el.cssParts.map((p) => [code(p.name), cell(p.description)]),
      )}`,
    el.cssProperties?.length &&
      `## CSS custom properties\n\nSet them on the element or any ancestor.\n\n${table(
        ['property', 'description'],
        el.cssProperties.map((p) => [code(p.name), cell(p.description)]),
      )}`,
  ].filter(Boolean);
  return [
    START,
    '',
    `**${cell(el.summary)}**`,
    '',
    el.description ?? '',
    '',
    `Class \`${el.name}\` from \`article-embed/${el.tagName}.js\`; registered by \`article-embed\` or \`article-embed/${el.tagName}-define.js\`.`,
    '',
    sections.join('\n\n'),
    '',
    END,
  ].join('\n');
}

/** The whole page: the current one with a new API block, or a new page. */
async function page(el, path, current) {
  const block = apiBlock(el);
  const start = current?.indexOf('<!-- api:start') ?? -1;
  const end = current?.indexOf(END) ?? -1;
  const text =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + END.length)}`
      : `# \`<${el.tagName}>\`\n\n${block}\n\n## Examples\n\n(To write.)\n`;
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}

const check = process.argv.includes('--check');
const stale = [];
for (const el of readElements()) {
  const path = `docs/elements/${el.tagName}.md`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const next = await page(el, path, current);
  if (next === current) continue;
  if (check) stale.push(path);
  else writeFileSync(path, next);
}
if (check && stale.length) {
  console.error(`docs: out of date with the JSDoc: ${stale.join(', ')}. Run \`npm run build && npm run docs\` and commit the result.`);
  process.exit(1);
}
console.log(check ? 'docs: docs/elements/*.md up to date' : 'docs: docs/elements/*.md written');
