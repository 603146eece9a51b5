// Part of `npm run build`: the API reference of each element in docs/elements/<tag>.md,
// generated from dist/custom-elements.json (so from the JSDoc and the Lit decorators).
// Only the block between the `api:start` and `api:end` markers is rewritten; the rest of the
// page (introduction, examples) is written by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readElements, literalAliases, valuesOf } from '../manifest/read.js';

const START = '<!-- api:start: generated from custom-elements.json by scripts/docs/elements.js; edit the JSDoc in src/, not this block -->';
const END = '<!-- api:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function typeCell(type, aliases) {
  const values = valuesOf(type?.text, aliases);
  return values.length ? values.map(code).join(' ') : code(type?.text);
}

export function apiBlock(el, aliases) {
  const byField = new Map(el.attributes.map((a) => [a.fieldName, a]));
  const withAttribute = el.attributes.map((a) => [
    code(a.name),
    ['langAttribute', 'dirAttribute'].includes(a.fieldName) ? '' : code(a.fieldName),
    typeCell(a.type, aliases),
    code(a.default),
    cell(a.description),
  ]);
  const propertyOnly = el.properties
    .filter((p) => !byField.has(p.name))
    .map((p) => [code(p.name), typeCell(p.type, aliases), p.readonly ? 'read-only' : '', cell(p.description)]);
  const methods = el.methods.map((m) => [
    code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default ? '?' : ''}`).join(', ')})`),
    cell(m.description),
  ]);
  const sections = [
    `## Attributes\n\n${table(['attribute', 'property', 'type', 'default', 'description'], withAttribute)}`,
    propertyOnly.length && `## Properties without an attribute\n\n${table(['property', 'type', '', 'description'], propertyOnly)}`,
    methods.length && `## Methods\n\n${table(['method', 'description'], methods)}`,
    el.events.length &&
      `## Events\n\nAll bubble and are composed (they cross shadow roots).\n\n${table(
        ['event', 'class', 'description'],
        el.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      )}`,
    el.slots.length &&
      `## Slots\n\n${table(
        ['slot', 'description'],
        el.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      )}`,
    el.cssParts.length &&
      `## CSS parts\n\nStyle them with \`${el.tagName}::part(name)\`.\n\n${table(
        ['part', 'description'],
        el.cssParts.map((p) => [code(p.name), cell(p.description)]),
      )}`,
    el.cssProperties.length &&
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
    el.description,
    '',
    `Class \`${el.className}\` from \`article-embed/${el.tagName}.js\`; registered by \`article-embed\` or \`article-embed/${el.tagName}-define.js\`.`,
    '',
    sections.join('\n\n'),
    '',
    END,
  ].join('\n');
}

function page(el, aliases, current) {
  const block = apiBlock(el, aliases);
  if (current && current.includes(START.slice(0, 14)) && current.includes(END)) {
    const before = current.slice(0, current.indexOf('<!-- api:start'));
    const after = current.slice(current.indexOf(END) + END.length);
    return `${before}${block}${after}`;
  }
  return `# \`<${el.tagName}>\`\n\n${block}\n\n## Examples\n\n(To write.)\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const aliases = literalAliases();
  for (const el of readElements()) {
    const path = `docs/elements/${el.tagName}.md`;
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const next = page(el, aliases, current);
    if (next !== current) writeFileSync(path, next);
  }
  console.log('docs: docs/elements/*.md API blocks up to date');
}
