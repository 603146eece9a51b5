// JetBrains web-types (https://github.com/JetBrains/web-types): completion in WebStorm and
// the other JetBrains IDEs, found through package.json's "web-types" field.
import { valuesOf } from './read.js';

export function webTypes(elements, aliases, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: el.summary || el.description,
          attributes: el.attributes.map((a) => {
            const values = valuesOf(a.type?.text, aliases);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default ? { default: a.default } : {}),
              value: values.length
                ? { type: 'enum', kind: 'plain' }
                : { type: a.type?.text ?? 'string', kind: a.type?.text === 'boolean' ? 'no-value' : 'plain' },
              ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, description: p.description ?? '', type: p.type?.text ?? 'unknown' })),
            events: el.events.map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
          slots: el.slots.map((s) => ({ name: s.name || 'default', description: s.description ?? '' })),
          css: {
            parts: el.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}
