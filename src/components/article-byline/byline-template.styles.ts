import { css } from 'lit';

/** The byline, scoped to `.byline` so the card can hold it next to the article body. */
export const bylineStyles = css`
  .byline {
    --_avatar-size: var(--article-avatar-size, 2.5rem);
    display: flex;
    align-items: center;
    gap: var(--_space-small);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .avatars {
    display: flex;
    flex: none;
  }
  .avatar {
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
    border: 2px solid var(--_background);
  }
  .avatar + .avatar {
    /* Several authors' pictures overlap by a third, whatever the size. */
    margin-inline-start: calc(var(--_avatar-size) / -3);
  }
  .byline p {
    margin: 0;
  }
  .authors {
    color: var(--_text);
    font-weight: 600;
  }
  .authors a {
    color: inherit;
  }
  /* Flex drops the template's whitespace between the pieces; the separators space them. */
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }
  /* A date wraps between the pieces, never inside one. */
  .meta > * {
    white-space: nowrap;
  }
  .meta > * + *::before {
    margin-inline: 0.4em;
    content: '·';
    /* A separator, not content: empty alternative text keeps it out of what screen readers say. */
    content: '·' / '';
  }
`;
