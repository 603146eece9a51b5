import { css } from 'lit';
import { DESKTOP_MIN_WIDTH } from '../../styles/breakpoints.js';

export const cardStyles = css`
  :host {
    display: block;
    /* The card paints its own box (.card), narrower than the host. */
    background: none;
    container: article-card / inline-size;
    --_font-headline: var(--article-font-family-headline, Georgia, serif);
    --_headline-size: var(--article-headline-size, 1.625rem);
    --_headline-line-height: var(--article-headline-line-height, 1.2);
    --_radius: var(--article-radius, 0.75rem);
    --_radius-tag: var(--article-radius-tag, 999px);
    --_card-padding: var(--article-card-padding, var(--_space));
    /* A full article is taller than a screen: reserving one while it loads keeps what follows
       the card out of view, so nothing visible moves when the article arrives. */
    --_skeleton-height: var(--article-skeleton-height, max(28rem, 100vh));
    /* While a summary loads, its placeholder reserves a 16:9 picture and this much text (a typical
       publisher line, section, three-line headline, byline, excerpt and "Read more"); the loaded card
       then takes the height its text needs. article-embed.css reserves the same before the script. */
    --_summary-text-height: var(--article-summary-text-height, 17.5rem);
  }
  :host([layout='summary']) {
    --_skeleton-height: var(--article-skeleton-height, 0px);
  }
  /* A card far from the viewport skips style, layout and paint until the reader scrolls near
     it: a page of many embeds renders the ones in view first and holds far less memory. Its
     height is estimated until it has been rendered once, then remembered ("auto"). Cards in
     view at their first frame are marked "near" before it is drawn and render at once, so
     nothing moves (first-frame.ts). A page opts out with "article-card { content-visibility:
     visible }". Browsers without custom states render every card. */
  @supports selector(:state(near)) {
    :host {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 40rem;
    }
    :host([layout='summary']) {
      contain-intrinsic-block-size: auto 24rem;
    }
    :host(:state(near)) {
      content-visibility: visible;
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: var(--article-max-width, 48rem);
    margin-inline: auto;
    padding: var(--_card-padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  @container article-card (min-width: ${DESKTOP_MIN_WIDTH}px) {
    .card.auto {
      --_card-padding: var(--article-card-padding, calc(var(--_space) * 1.75));
      --_headline-size: var(--article-headline-size, 2.125rem);
    }
    /* Image beside the text; a summary without an image stays one column. */
    .card.auto.summary:has(> figure) {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
  }
  /* The desktop version a reader chose on a phone stays readable: padding and headline grow
     with the card's width (cqi) up to the desktop sizes, reached at 640px. */
  .card.desktop {
    --_card-padding: var(--article-card-padding, clamp(var(--_space), 4.4cqi, calc(var(--_space) * 1.75)));
    --_headline-size: var(--article-headline-size, clamp(1.625rem, 0.5rem + 4.2cqi, 2.125rem));
  }
  .card.desktop.summary:has(> figure) {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    align-items: start;
  }
  /* As specific as, and later than, the desktop rules: the summary headline stays small. */
  .card.summary {
    --_headline-size: var(--article-summary-headline-size, 1.25rem);
  }
  /* The text takes the height it needs: no fixed box, no gap before "Read more". */
  .summary .text {
    display: flex;
    flex-direction: column;
    gap: var(--_space-small);
  }
  .skeleton.summary .text {
    block-size: var(--_summary-text-height);
    overflow: hidden;
  }
  .summary .hero,
  .summary .image {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  /* The publisher, as X and WordPress embeds show it: logo (where the data has one) and name. */
  .publisher {
    display: flex;
    align-items: center;
    gap: var(--_space-small);
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .publisher .logo {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    object-fit: contain;
    border-radius: 0.25rem;
  }
  .summary .headline,
  .summary .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    flex: none;
  }
  header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-small);
  }
  .section {
    margin: 0;
    color: var(--_accent);
    font-size: var(--_font-size-small);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  /* Capitals and tracking are Latin-script habits: Arabic letters must stay joined. */
  .section:dir(rtl) {
    letter-spacing: normal;
  }
  .headline {
    margin: 0;
    font-family: var(--_font-headline);
    font-size: var(--_headline-size);
    line-height: var(--_headline-line-height);
    color: var(--_text);
    overflow-wrap: break-word;
  }
  .headline a {
    color: inherit;
    text-decoration: none;
  }
  .headline a:hover {
    text-decoration: underline;
  }
  figure {
    margin: 0;
  }
  /* The box comes from the width and height the data gives (or 16:9), never from the file:
     size containment keeps it when the picture fails to load (WebKit otherwise draws a broken
     picture as a square, and everything below it moves), and cover keeps a picture whose real
     shape differs from the data's from being stretched. */
  .hero {
    display: block;
    inline-size: 100%;
    block-size: auto;
    contain: size;
    object-fit: cover;
    border-radius: calc(var(--_radius) - 0.25rem);
    background: var(--_surface);
  }
  /* Without known dimensions, a 16:9 box keeps the space reserved before the image loads. */
  .hero:not([width]) {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  figcaption {
    margin-block-start: calc(var(--_space-small) / 2);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .body {
    font-size: var(--article-body-font-size, 1.0625rem);
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body img,
  .body video {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    color: var(--_muted);
  }
  .body pre {
    overflow-x: auto;
    padding: var(--_space-small);
    background: var(--_surface);
    border-radius: var(--_radius-control);
  }
  .body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .body th,
  .body td {
    padding-block: calc(var(--_space-small) / 2);
    padding-inline: var(--_space-small);
    border: 1px solid var(--_border);
  }
  .excerpt {
    margin: 0;
  }
  .read-more {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    align-self: flex-start;
    font-weight: 600;
  }
  .read-more svg {
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    fill: currentColor;
  }
  /* The arrow points the way the text reads. */
  .read-more svg:dir(rtl) {
    transform: scaleX(-1);
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-small) var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  footer p {
    margin: 0;
  }
  .comments {
    font-weight: 600;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space-small) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    inline-size: 100%;
  }
  .tags li {
    padding-block: calc(var(--_space-small) / 4);
    padding-inline: var(--_space-small);
    background: var(--_surface);
    border-radius: var(--_radius-tag);
  }
  .skeleton {
    min-block-size: var(--_skeleton-height);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .skeleton .block {
    border-radius: var(--_radius-control);
    background: var(--_surface);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .line {
    block-size: 1.25rem;
  }
  .skeleton .line.short {
    inline-size: 60%;
  }
  .skeleton .image {
    aspect-ratio: 16 / 9;
  }
  .skeleton.summary .image {
    inline-size: 100%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .block {
      animation: none;
    }
  }
  .error {
    align-items: flex-start;
    gap: var(--_space-small);
    border-color: var(--_error);
  }
  .error p {
    margin: 0;
  }
  .error-title {
    font-weight: 700;
    color: var(--_error);
  }
  /* What the reader had before: the article's link, as a headline, above the error. */
  .error-link {
    font-family: var(--_font-headline);
    font-size: var(--article-summary-headline-size, 1.25rem);
    line-height: var(--_headline-line-height);
  }
  .error-details {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .error-details summary {
    cursor: pointer;
  }
  .error-details p {
    margin-block-start: calc(var(--_space-small) / 2);
  }
  .headline[tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  /* Paper: the article alone. The site's menu, the share bar, the version toggle and Retry do
     nothing on paper; a card skipped off screen must print; ink on white whatever the theme
     (browsers drop backgrounds by default, which would leave a dark theme's light text on white). */
  @media print {
    :host,
    :host([theme]) {
      content-visibility: visible;
      --_text: #000;
      --_muted: #3c3f44;
      --_background: #fff;
      --_border: #8c9098;
      --_accent: #000;
      color-scheme: light;
    }
    .menu,
    .share,
    .mode-toggle,
    [part='retry'],
    [part='skeleton'] {
      display: none !important;
    }
    .card {
      max-inline-size: none;
      border: 0;
      padding: 0;
    }
    figure,
    .headline {
      break-inside: avoid;
    }
    .headline {
      break-after: avoid;
    }
  }
`;
