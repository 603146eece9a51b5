import { css } from 'lit';

/** The share bar, scoped to `.share` so the card can hold it next to the article body. */
export const shareStyles = css`
  .share ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .share .label {
    padding-inline: calc(var(--_space-small) / 2);
  }
  /* The live region stays rendered while empty: one that appears with its message is not
     reliably announced. */
  .share .status {
    margin-block: var(--_space-small) 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .share .status:empty {
    margin: 0;
  }
  .share .fallback {
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
