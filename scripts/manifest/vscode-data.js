// VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data): completion and
// hover docs for the elements and their attributes in plain .html files.
import { valuesOf } from './read.js';

export function vscodeData(elements, aliases) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: describe(el),
      attributes: el.attributes.map((a) => {
        const values = valuesOf(a.type?.text, aliases);
        return {
          name: a.name,
          description: a.description ?? '',
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

function describe(el) {
  const lines = [el.summary || el.description];
  if (el.events.length) lines.push('', `Events: ${el.events.map((e) => `\`${e.name}\``).join(', ')}`);
  if (el.slots.length) lines.push('', `Slots: ${el.slots.map((s) => (s.name ? `\`${s.name}\`` : 'default')).join(', ')}`);
  if (el.cssParts.length) lines.push('', `Parts: ${el.cssParts.map((p) => `\`${p.name}\``).join(', ')}`);
  return lines.join('\n');
}
