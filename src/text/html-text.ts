/**
 * Text of a string that may hold HTML: entities decoded, markup removed, without any HTML
 * parser. Real documents put markup and entities into fields that are text by spec (a JSON-LD
 * `headline` of "Fish &amp; Chips", an oEmbed `title` with `&#039;`, a WordPress `rendered`
 * field, an excerpt holding `<a href=…>`), and the same function must give the same text in a
 * browser, on a page with a strict CSP and Trusted Types, and on a server without a DOM: so this
 * is plain string work, and nothing here can run or load anything.
 *
 * - Tags go (block-level ones become a space, so "<p>a</p><p>b</p>" reads "a b"), comments and
 *   the contents of `<script>`, `<style>` and other non-text elements go with them.
 * - Entities are decoded once: "&amp;amp;" becomes "&amp;", as a browser shows it. Numeric
 *   references follow the HTML rules (Windows-1252 for 128–159, U+FFFD for nothing valid);
 *   named ones are HTML 4's full set and the common HTML 5 punctuation (the full HTML 5 table
 *   would add ~19 KB brotli to the drop-in for names nobody writes); an unknown name stays as
 *   written.
 */

/** The longest input read: text fields are cut far shorter anyway, and this bounds the work. */
export const MAX_HTML_TEXT_INPUT = 20_000;

/** Named entities, "name:code point in base 36" (generated from the WHATWG entity list). */
const NAMED =
  'nbsp:4g iexcl:4h cent:4i pound:4j curren:4k yen:4l brvbar:4m sect:4n uml:4o copy:4p ordf:4q laquo:4r not:4s shy:4t reg:4u macr:4v ' +
  'deg:4w plusmn:4x sup2:4y sup3:4z acute:50 micro:51 para:52 middot:53 cedil:54 sup1:55 ordm:56 raquo:57 frac14:58 frac12:59 ' +
  'frac34:5a iquest:5b Agrave:5c Aacute:5d Acirc:5e Atilde:5f Auml:5g Aring:5h AElig:5i Ccedil:5j Egrave:5k Eacute:5l Ecirc:5m ' +
  'Euml:5n Igrave:5o Iacute:5p Icirc:5q Iuml:5r ETH:5s Ntilde:5t Ograve:5u Oacute:5v Ocirc:5w Otilde:5x Ouml:5y times:5z Oslash:60 ' +
  'Ugrave:61 Uacute:62 Ucirc:63 Uuml:64 Yacute:65 THORN:66 szlig:67 agrave:68 aacute:69 acirc:6a atilde:6b auml:6c aring:6d aelig:6e ' +
  'ccedil:6f egrave:6g eacute:6h ecirc:6i euml:6j igrave:6k iacute:6l icirc:6m iuml:6n eth:6o ntilde:6p ograve:6q oacute:6r ocirc:6s ' +
  'otilde:6t ouml:6u divide:6v oslash:6w ugrave:6x uacute:6y ucirc:6z uuml:70 yacute:71 thorn:72 yuml:73 quot:y amp:12 lt:1o gt:1q ' +
  'apos:13 OElig:9e oelig:9f Scaron:9s scaron:9t Yuml:ag fnof:b6 circ:jq tilde:kc Alpha:pd Beta:pe Gamma:pf Delta:pg Epsilon:ph ' +
  'Zeta:pi Eta:pj Theta:pk Iota:pl Kappa:pm Lambda:pn Mu:po Nu:pp Xi:pq Omicron:pr Pi:ps Rho:pt Sigma:pv Tau:pw Upsilon:px Phi:py ' +
  'Chi:pz Psi:q0 Omega:q1 alpha:q9 beta:qa gamma:qb delta:qc epsilon:qd zeta:qe eta:qf theta:qg iota:qh kappa:qi lambda:qj mu:qk ' +
  'nu:ql xi:qm omicron:qn pi:qo rho:qp sigmaf:qq sigma:qr tau:qs upsilon:qt phi:qu chi:qv psi:qw omega:qx thetasym:r5 upsih:r6 ' +
  'piv:ra ensp:6bm emsp:6bn thinsp:6bt zwnj:6bw zwj:6bx lrm:6by rlm:6bz ndash:6c3 mdash:6c4 lsquo:6c8 rsquo:6c9 sbquo:6ca ldquo:6cc ' +
  'rdquo:6cd bdquo:6ce dagger:6cg Dagger:6ch bull:6ci hellip:6cm permil:6cw prime:6cy Prime:6cz lsaquo:6d5 rsaquo:6d6 oline:6da ' +
  'frasl:6dg euro:6gc image:6j5 weierp:6jc real:6jg trade:6jm alefsym:6k5 larr:6mo uarr:6mp rarr:6mq darr:6mr harr:6ms crarr:6np ' +
  'lArr:6og uArr:6oh rArr:6oi dArr:6oj hArr:6ok forall:6ps part:6pu exist:6pv empty:6px nabla:6pz isin:6q0 notin:6q1 ni:6q3 prod:6q7 ' +
  'sum:6q9 minus:6qa lowast:6qf radic:6qi prop:6ql infin:6qm ang:6qo and:6qv or:6qw cap:6qx cup:6qy int:6qz there4:6r8 sim:6rg ' +
  'cong:6rp asymp:6rs ne:6sg equiv:6sh le:6sk ge:6sl sub:6te sup:6tf nsub:6tg sube:6ti supe:6tj oplus:6tx otimes:6tz perp:6ud ' +
  'sdot:6v9 lceil:6x4 rceil:6x5 lfloor:6x6 rfloor:6x7 lang:7vs rang:7vt loz:7gq spades:7kw clubs:7kz hearts:7l1 diams:7l2 colon:1m ' +
  'comma:18 period:1a excl:x quest:1r num:z dollar:10 percnt:11 lpar:14 rpar:15 ast:16 plus:17 sol:1b bsol:2k lsqb:2j rsqb:2l ' +
  'lowbar:2n grave:2o lcub:3f rcub:3h verbar:3g vert:3g commat:1s equals:1p semi:1n Hat:2m hyphen:6c0 dash:6c0 star:7ie check:7pv ' +
  'hairsp:6bu numsp:6br puncsp:6bs ZeroWidthSpace:6bv NewLine:a Tab:9 horbar:6c5';

let named: Map<string, string> | undefined;
function namedEntities(): Map<string, string> {
  return (named ??= new Map(
    NAMED.split(' ').map((entry) => {
      const [name, code] = entry.split(':') as [string, string];
      return [name, String.fromCodePoint(parseInt(code, 36))];
    }),
  ));
}

/** Names HTML also decodes without the ";" (the ones that appear so in real text). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** What HTML reads numeric references 0x80–0x9F as (Windows-1252), per the WHATWG spec. */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fromCode(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return C1.charAt(code - 0x80);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

const ENTITY = /&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,8})|([A-Za-z][A-Za-z\d]{1,31}))(;?)/g;

/** Entity references decoded, once. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string, at: number) => {
      if (dec !== undefined) return fromCode(Number(dec));
      if (hex !== undefined) return fromCode(parseInt(hex, 16));
      const value = namedEntities().get(name!);
      if (value === undefined) return whole;
      if (semi) return value;
      // "&copy2026" or "&amp=" (in a URL) are not references; "&amp " and "&lt" at the end are.
      const next = text.charAt(at + whole.length);
      return LEGACY.has(name!) && !/[A-Za-z\d=]/.test(next) ? value : whole;
    },
  );
}

/** Elements whose content is no text of the document. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'textarea', 'title', 'head']);
const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** Where the tag starting at `lt` ends (just after its ">", quoted values may hold one), or -1 at the end of the text. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i += 1) {
    const c = html[i];
    if (c === '>') return i + 1;
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * Markup removed: block boundaries become a space, inline tags nothing; comments and the content
 * of non-text elements go. Entities stay encoded. One pass, linear in the length: a tag left open
 * at the end is kept as text (HTML would swallow the rest; we never lose words to a stray "<").
 */
export function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    out += html.slice(i, lt);
    const next = html.charAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      out += ' ';
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = next === '/';
    const name = /^[a-z][a-z0-9-]*/.exec(lower.slice(lt + (close ? 2 : 1), lt + 66))?.[0];
    if (!name && next !== '!' && next !== '?') {
      // "a < b", "<3": no tag.
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end < 0) {
      i = lt;
      break;
    }
    out += name && BLOCK.has(name) ? ' ' : '';
    i = end;
    if (name && !close && NOT_TEXT.has(name)) {
      const closing = lower.indexOf(`</${name}`, end);
      i = closing < 0 ? html.length : Math.max(end, tagEnd(html, closing + 1));
      out += ' ';
    }
  }
  return out + html.slice(i);
}

/**
 * The text of `value` as a reader should see it: markup removed, entities decoded once,
 * white space folded. Non-strings and blank text give `undefined`.
 */
export function htmlText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = decodeEntities(stripTags(value.slice(0, MAX_HTML_TEXT_INPUT)))
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
