import { css } from 'lit';

/** The standalone byline's host; the byline itself is styled in parts/byline.styles.ts. */
export const bylineHostStyles = css`
  :host {
    display: block;
  }
`;
