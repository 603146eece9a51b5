// Rollup plugin: squeezes the whitespace out of Lit's css`` and html``/svg`` templates (and CSS
// comments), which terser leaves alone because they are string contents. Runs on the compiled
// JavaScript: the AST gives each template's literal parts, so `${…}` expressions are untouched.

const CSS_TAGS = new Set(['css']);
const MARKUP_TAGS = new Set(['html', 'svg']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyMarkup(text) {
  return text
    .replace(/>\s*\n\s*</g, '><') // line breaks between tags carry no meaning in our templates
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');
}

function tagName(node) {
  if (node.type === 'Identifier') return node.name;
  // After bundling, the tag may be a namespace member (lit.html) or renamed (css$1).
  if (node.type === 'MemberExpression' && !node.computed) return node.property.name;
  return undefined;
}

function collect(node, edits) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression') {
    const name = tagName(node.tag)?.replace(/\$\d+$/, '');
    const minify = CSS_TAGS.has(name) ? minifyCss : MARKUP_TAGS.has(name) ? minifyMarkup : undefined;
    if (minify) {
      for (const quasi of node.quasi.quasis) {
        const raw = quasi.value.raw;
        const out = minify(raw);
        if (out !== raw) edits.push([quasi.start, quasi.end, out]);
      }
    }
  }
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => collect(c, edits));
    else if (child && typeof child.type === 'string') collect(child, edits);
  }
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      collect(this.parse(code), edits);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
