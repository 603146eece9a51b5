import { css } from 'lit';

export const menuStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size-small);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-small);
  }
  .toggle {
    margin-inline-start: auto;
  }
  /* Visual order follows the DOM (button, sections, toggle), so focus order matches it. */
  nav {
    flex-basis: 100%;
  }
  nav[hidden] {
    display: none;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li a,
  ::slotted(a) {
    display: block;
    min-block-size: var(--_control-size);
    padding-block: calc(var(--_space-small) * 1.25);
    padding-inline: calc(var(--_space) * 0.75);
    color: var(--_text);
    text-decoration: none;
    border-radius: var(--_radius-control);
  }
  li a:hover,
  ::slotted(a:hover) {
    background: var(--_surface);
    text-decoration: underline;
  }
  ::slotted(a:focus-visible) {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  :host([mode='mobile']) li + li {
    border-block-start: 1px solid var(--_border);
  }
  :host([mode='desktop']) nav {
    flex-basis: auto;
  }
  :host([mode='desktop']) ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space-small) / 2);
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
