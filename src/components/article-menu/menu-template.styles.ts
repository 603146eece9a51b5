import { css } from 'lit';
import { DESKTOP_MIN_WIDTH } from '../../styles/breakpoints.js';

/**
 * The menu row and the version toggle. `.mobile` / `.desktop` are fixed versions; `.auto` follows the
 * width of the card around it (the `article-card` container), not the viewport.
 */
export const menuStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-small);
    font-size: var(--_font-size-small);
  }
  /* Visual order follows the DOM (button, sections), so focus order matches it. */
  .sections {
    flex-basis: 100%;
  }
  .bar.mobile:not(.open) .sections,
  .bar.auto:not(.open) .sections,
  .sections[hidden] {
    display: none;
  }
  .sections ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sections a,
  .sections ::slotted(a) {
    display: block;
    min-block-size: var(--_control-size);
    padding-block: calc(var(--_space-small) * 1.25);
    padding-inline: calc(var(--_space) * 0.75);
    color: var(--_text);
    text-decoration: none;
    border-radius: var(--_radius-control);
  }
  .sections a:hover,
  .sections ::slotted(a:hover) {
    background: var(--_surface);
    text-decoration: underline;
  }
  .sections ::slotted(a:focus-visible) {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  .bar:not(.desktop) li + li {
    border-block-start: 1px solid var(--_border);
  }
  .bar.desktop .sections {
    flex-basis: auto;
  }
  .bar.desktop ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space-small) / 2);
  }
  @container article-card (min-width: ${DESKTOP_MIN_WIDTH}px) {
    .bar.auto .menu-button {
      display: none;
    }
    .bar.auto:not(.open) .sections,
    .bar.auto .sections {
      display: block;
      flex-basis: auto;
    }
    .bar.auto .sections[hidden] {
      display: none;
    }
    .bar.auto ul {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space-small) / 2);
    }
    .bar.auto li + li {
      border: 0;
    }
    .to-desktop {
      display: none;
    }
  }
  @container article-card (max-width: ${DESKTOP_MIN_WIDTH - 0.02}px) {
    .to-mobile {
      display: none;
    }
  }
  /* The version toggle is a quiet link at the foot, as on a news site's footer, with a button's
     target size; it names the version the reader is not seeing. */
  .toggle {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_control-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: var(--_font-size-small);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .toggle:hover {
    text-decoration-thickness: 2px;
  }
  .mode-toggle {
    inline-size: 100%;
    text-align: center;
  }
  .menu-icon {
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
  }
  .menu-icon path {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
`;
