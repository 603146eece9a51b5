import { css } from 'lit';

export const shareStyles = css`
  :host {
    display: block;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .label {
    padding-inline: calc(var(--_space-small) / 2);
  }
  /* The live region stays rendered while empty: one that appears with its message is not
     reliably announced. */
  .status:empty {
    margin: 0;
  }
  .status {
    margin-block: var(--_space-small) 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .fallback {
    inline-size: 100%;
    margin-block-start: var(--_space-small);
    padding: var(--_space-small);
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_text);
    background: var(--_surface);
    /* A field's edge must show at 3:1 (WCAG 1.4.11): the muted colour, not the hairline border. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-control);
  }
`;
