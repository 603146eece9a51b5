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
    padding-inline: 0.5rem;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block: var(--_space-small) 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .fallback {
    inline-size: 100%;
    margin-block-start: var(--_space-small);
    padding: 0.5rem;
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
  }
`;
