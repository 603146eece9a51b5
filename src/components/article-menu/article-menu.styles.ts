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
  nav {
    flex-basis: 100%;
    order: 3;
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
    padding-block: 0.625rem;
    padding-inline: 0.75rem;
    color: var(--_text);
    text-decoration: none;
    border-radius: var(--_radius-control);
  }
  li a:hover,
  ::slotted(a:hover) {
    background: var(--_surface);
    text-decoration: underline;
  }
  :host([mode='mobile']) li + li {
    border-block-start: 1px solid var(--_border);
  }
  :host([mode='desktop']) nav {
    flex-basis: auto;
    order: 0;
  }
  :host([mode='desktop']) ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .menu-icon {
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  .menu-icon path {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    transition: transform var(--_transition);
    transform-origin: center;
  }
`;
