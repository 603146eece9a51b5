import { css } from 'lit';

export const bylineStyles = css`
  :host {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .byline {
    display: flex;
    align-items: center;
    gap: var(--_space-small);
  }
  .avatars {
    display: flex;
    flex: none;
  }
  .avatar {
    inline-size: var(--article-avatar-size, 2.5rem);
    block-size: var(--article-avatar-size, 2.5rem);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
    border: 2px solid var(--_background);
  }
  .avatar + .avatar {
    margin-inline-start: -0.75rem;
  }
  p {
    margin: 0;
  }
  .authors {
    color: var(--_text);
    font-weight: 600;
  }
  .authors a {
    color: inherit;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline: 0.4em;
  }
`;
