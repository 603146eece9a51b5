// `cem analyze` reads the element classes' JSDoc and Lit decorators and writes
// dist/custom-elements.json; the editor data, JSX types and docs are generated from it
// (scripts/manifest/). Run by `npm run build`.

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
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? [])
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
        if (declaration.name === 'EmbedElement') delete declaration.customElement;
      }
    },
  };
}

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
      const extendsCustomEvent = node.heritageClauses?.some((clause) =>
        clause.types.some((t) => t.expression.getText().startsWith('CustomEvent')),
      );
      if (!extendsCustomEvent) return;
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
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            const cls = classByEvent.get(event.name);
            if (cls) event.type = { text: cls };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineCalls(), typedEvents()],
};
