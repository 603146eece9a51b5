// The two names of Vue's types that article-embed/jsx/vue uses, so the generated file can be
// checked here without installing Vue.
export interface GlobalComponents {}
export type DefineComponent<Props = {}> = new () => { $props: Props };
