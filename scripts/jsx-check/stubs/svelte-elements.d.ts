// The two names of svelte/elements that article-embed/jsx/svelte uses, so the generated file can
// be checked here without installing Svelte.
export interface HTMLAttributes<T extends EventTarget> {
  class?: string | null;
  id?: string | null;
  'bind:this'?: T | null;
}
export interface SvelteHTMLElements {
  div: HTMLAttributes<HTMLDivElement>;
}
