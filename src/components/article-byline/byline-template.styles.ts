import { css } from 'lit';
import { NARROW_WIDTH } from '../../styles/breakpoints.js';

/** The byline, scoped to `.byline` so the card can hold it next to the article body. */
export const bylineStyles = css`
  .byline {
    --_avatar-size: var(--article-avatar-size, 2.5rem);
    display: flex;
    align-items: center;
    gap: var(--_space-small);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .avatars {
    display: flex;
    flex: none;
  }
  .avatar {
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
    border: 2px solid var(--_background);
  }
  .avatar + .avatar {
    /* Several authors' pictures overlap by a third, whatever the size. */
    margin-inline-start: calc(var(--_avatar-size) / -3);
  }
  .byline p {
    margin: 0;
  }
  .authors {
    color: var(--_text);
    font-weight: 600;
  }
  .authors a {
    color: inherit;
  }
  /* Flex drops the template's whitespace between the pieces; the separators space them. Each
     piece begins with its separator, and the strip before the start of the lines is clipped:
     a separator that wraps to the start of a line is not seen, so no line begins with "·". */
  .byline .meta {
    --_separator: 1.2em;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    margin-inline-start: calc(var(--_separator) * -1);
    clip-path: inset(0 0 0 var(--_separator));
  }
  .byline .meta:dir(rtl) {
    clip-path: inset(0 var(--_separator) 0 0);
  }
  /* That strip reaches past the byline's start edge: clipped there, so that it never widens the
     page (a right-to-left card in a left-to-right page would scroll sideways by it on a phone).
     The clip edge sits 4px out, so the author links' focus rings stay whole. */
  .byline > div {
    overflow-x: clip;
    padding-inline: 4px;
    margin-inline: -4px;
  }
  /* A date wraps between the pieces, never inside one. */
  .meta > * {
    white-space: nowrap;
  }
  .meta > *::before {
    display: inline-block;
    inline-size: var(--_separator);
    text-align: center;
    content: '·';
    /* A separator, not content: empty alternative text keeps it out of what screen readers say. */
    content: '·' / '';
  }
  .date-short {
    display: none;
  }
  /* Narrow cards (or, standing alone, narrow screens) show long dates in short. */
  @container article-card (max-width: ${NARROW_WIDTH - 0.02}px) {
    .date-long {
      display: none;
    }
    .date-short {
      display: inline;
    }
  }
  @media (max-width: ${NARROW_WIDTH - 0.02}px) {
    .date-long {
      display: none;
    }
    .date-short {
      display: inline;
    }
  }
`;
