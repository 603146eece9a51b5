// `cem analyze` (npm run manifest, part of npm run build) reads the element classes' JSDoc and Lit
// decorators and writes dist/custom-elements.json. Its plugins then write what ships beside it:
//  - dist/vscode.html-custom-data.json (custom-element-vs-code-integration),
//  - dist/web-types.json for JetBrains IDEs (custom-element-jet-brains-integration),
//  - dist/jsx/: React, Vue and Svelte template types (custom-element-jsx-integration writes the
//    elements' props; types/jsx/*.d.ts hook them into each framework's element map).
// @wc-toolkit/type-parser resolves type aliases (`Theme` → `'auto' | 'light' | 'dark'`), so the
// editors can offer each attribute's values.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';

const declarations = (manifest) => manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })));

/**
 * The elements are registered through our own `define(tag, Class)` (it survives a second
 * registration), which the analyzer does not know: teach it, so that each class gets its tag
 * and each define module its `custom-element-definition` export.
 */
function defineCalls() {
  const found = [];
  return {
    name: 'article-embed-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text } };
      (moduleDoc.exports ??= []).push(definition);
      found.push(definition);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const { mod, declaration } of declarations(customElementsManifest)) {
        if (declaration.kind === 'class') classes.set(declaration.name, { mod, declaration });
      }
      for (const definition of found) {
        const target = classes.get(definition.declaration.name);
        if (!target) throw new Error(`define('${definition.name}', ${definition.declaration.name}): class not found`);
        definition.declaration.module = target.mod.path;
        target.declaration.tagName = definition.name;
        target.declaration.customElement = true;
      }
      // The shared base class is no element of its own: it has no tag and is not exported publicly.
      for (const { declaration } of classes.values()) {
        if (declaration.name === 'ArticleElement') delete declaration.customElement;
      }
    },
  };
}

/** Event class name → its detail type, e.g. `ArticleLoadEvent` → `ArticleLoadDetail`. */
const detailOfEvent = new Map();

/**
 * Our events are typed classes (`new ArticleLoadEvent(detail)` calls `super('article-load')`).
 * The analyzer records such a dispatch as a nameless event of that type next to the named
 * `@fires` entry: give each named event its class and drop the nameless duplicates.
 */
function typedEvents() {
  const classByEvent = new Map();
  return {
    name: 'article-embed-typed-events',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.flatMap((clause) => clause.types).find((t) => t.expression.getText() === 'CustomEvent');
      if (!base) return;
      if (base.typeArguments?.[0]) detailOfEvent.set(node.name.text, base.typeArguments[0].getText());
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          child.expression.kind === ts.SyntaxKind.SuperKeyword &&
          child.arguments[0] &&
          ts.isStringLiteral(child.arguments[0])
        ) {
          classByEvent.set(child.arguments[0].text, node.name.text);
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of declarations(customElementsManifest)) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((event) => event.name);
        for (const event of declaration.events) {
          const cls = classByEvent.get(event.name);
          if (cls) event.type = { text: cls };
        }
      }
    },
  };
}

/**
 * A static field and an instance field of the same name (`ArticleCard.resolver`, the page-wide
 * default, and `resolver`, the card's own attribute) confuse the analyzer: it gives the attribute
 * to the static field, with its description. Give both back to the instance field.
 */
function staticNamesakes() {
  return {
    name: 'article-embed-static-namesakes',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of declarations(customElementsManifest)) {
        for (const member of declaration.members ?? []) {
          if (!member.static || !member.attribute) continue;
          const instance = declaration.members.find((m) => m.name === member.name && !m.static && m.kind === member.kind);
          if (!instance) continue;
          instance.attribute = member.attribute;
          delete member.attribute;
          const attribute = declaration.attributes?.find((a) => a.name === instance.attribute);
          if (attribute) Object.assign(attribute, { description: instance.description, type: instance.type, default: instance.default });
        }
      }
    },
  };
}

/**
 * The type parser's result is kept where it is what editors offer: a list of values
 * (`'auto' | 'light' | 'dark'`, without the empty "not set"). It also expands object types, and
 * not always right (`(string | Author)[]` loses its brackets): those keep the declared type alone.
 */
function valueLists() {
  const literal = /^'[^']*'$/;
  return {
    name: 'article-embed-value-lists',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of declarations(customElementsManifest)) {
        for (const member of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          if (!member.parsedType) continue;
          const values = member.parsedType.text.split('|').map((part) => part.trim());
          if (values.every((value) => literal.test(value))) {
            member.parsedType = { text: values.filter((value) => value !== "''").join(' | ') };
          } else delete member.parsedType;
        }
      }
    },
  };
}

/**
 * `lang` and `dir` are the global attributes, which every element watches through protected
 * mirror fields: describe them for users, as attributes without a public property.
 */
function globalAttributes() {
  const described = {
    lang: {
      type: { text: 'string' },
      description: 'Language of the content and of the UI strings (BCP 47); else from the data, then the page.',
    },
    dir: {
      type: { text: "'ltr' | 'rtl' | 'auto'" },
      parsedType: { text: "'ltr' | 'rtl' | 'auto'" },
      description: 'Text direction; else from the language.',
    },
  };
  return {
    name: 'article-embed-global-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of declarations(customElementsManifest)) {
        declaration.attributes = declaration.attributes?.map((attribute) => {
          if (!described[attribute.name]) return attribute;
          // The mirror field and its `null` are internal.
          const global = { ...attribute, ...described[attribute.name] };
          delete global.fieldName;
          delete global.default;
          return global;
        });
      }
    },
  };
}

/**
 * The manifest as the template types need it: React 19, Vue and Svelte 5 set properties on custom
 * elements, so each attribute is named by its property (`commentsUrl`; the global `lang` and `dir`
 * are the frameworks' own). custom-element-jsx-integration types a listener `CustomEvent<type>`,
 * reading an event's type as its detail: give it the detail type (an event class adds nothing to
 * `CustomEvent<Detail>`, so a handler typed with the class fits).
 */
function templateView(manifest) {
  const view = structuredClone(manifest);
  for (const { declaration } of declarations(view)) {
    declaration.attributes = declaration.attributes?.filter((a) => a.fieldName).map((a) => ({ ...a, name: a.fieldName }));
    for (const event of declaration.events ?? []) {
      const detail = detailOfEvent.get(event.type?.text);
      if (!detail) throw new Error(`event ${event.name}: no detail type known for ${event.type?.text}`);
      // An inline import: the generator would import a type shared by two elements twice.
      event.type = { text: `import('../index.js').${detail}` };
    }
  }
  return view;
}

/** dist/jsx/: the generated props, the framework hooks (types/jsx/), and an empty module each to import. */
function templateTypes() {
  return {
    name: 'article-embed-template-types',
    packageLinkPhase({ customElementsManifest }) {
      generateJsxTypes(templateView(customElementsManifest), {
        outdir: 'dist/jsx',
        fileName: 'elements.d.ts',
        globalTypePath: '../index.js',
        hideCssPropertiesDocs: true,
        hideLogs: true,
      });
      mkdirSync('dist/jsx', { recursive: true });
      for (const framework of ['react', 'vue', 'svelte']) {
        copyFileSync(`types/jsx/${framework}.d.ts`, `dist/jsx/${framework}.d.ts`);
        writeFileSync(`dist/jsx/${framework}.js`, '// Types only: see the .d.ts beside this file.\nexport {};\n');
      }
    },
  };
}

const editors = { outdir: 'dist', typesSrc: 'parsedType', hideCssPropertiesDocs: true, hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  // The type parser reads the types through a TypeScript program of the project.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    defineCalls(),
    typedEvents(),
    staticNamesakes(),
    typeParserPlugin(),
    valueLists(),
    globalAttributes(),
    customElementVsCodePlugin({ ...editors, htmlFileName: 'vscode.html-custom-data.json', cssFileName: null }),
    customElementJetBrainsPlugin({ ...editors, webTypesFileName: 'web-types.json', packageJson: false }),
    templateTypes(),
  ],
};
