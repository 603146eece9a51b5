import { css } from 'lit';

/** The standalone share bar's host; the bar itself is styled in parts/share.styles.ts. */
export const shareHostStyles = css`
  :host {
    display: block;
  }
`;
