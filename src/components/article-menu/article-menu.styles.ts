import { css } from 'lit';

/** The standalone menu's host: the toggle sits at the end of the menu's row. */
export const menuHostStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size-small);
  }
  .toggle {
    margin-inline-start: auto;
  }
`;
