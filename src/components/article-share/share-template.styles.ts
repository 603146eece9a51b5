import { css } from 'lit';

/** The share bar, scoped to `.share` so the card can hold it next to the article body. */
export const shareStyles = css`
  /* The bar's own width decides (cqi): labels on every control, on the actions only, or none,
     whichever fits on one line, from the widths share-template.ts estimates (--_all, --_actions,
     in ems of the controls' text). Icons on more than one line are capped at half of them per
     line, so the last is never alone. Each step is a length that is hugely positive or
     negative: no script measures anything, and nothing moves after the first frame. The two
     label steps are computed once per bar, on the list, as registered lengths that the labels
     inherit (registered-lengths.ts): labels that resolved cqi themselves doubled the style work
     of a page of cards. */
  .share {
    container-type: inline-size;
  }
  .share ul {
    --_icons: calc(var(--_count) * (var(--_control-size) + var(--_space-small)) - var(--_space-small));
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    max-inline-size: max(
      var(--_half) * (var(--_control-size) + var(--_space-small)) - var(--_space-small),
      (100cqi - var(--_icons) + 1px) * 100000
    );
    margin: 0;
    padding: 0;
    font-size: var(--_font-size-small);
    list-style: none;
    --_article-share-fit-all: max(0px, (100cqi - var(--_icons) - var(--_all) * 1em) * 100000);
    --_article-share-fit-actions: max(0px, (100cqi - var(--_icons) - var(--_actions) * 1em) * 100000);
  }
  .share .control {
    justify-content: center;
    gap: 0;
  }
  .share a .label {
    --_fit: var(--_article-share-fit-all);
  }
  .share button .label {
    --_fit: var(--_article-share-fit-actions);
  }
  /* A label that does not fit is one clipped pixel: out of sight, still the control's name. */
  .share .label {
    overflow: hidden;
    max-inline-size: max(1px, var(--_fit));
    margin-inline-start: calc(min(0.375em + 1px, var(--_fit)) - 1px);
    padding-inline: min(calc(var(--_space-small) / 2), var(--_fit));
    clip-path: inset(max(0px, 50% - var(--_fit)));
    white-space: nowrap;
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
