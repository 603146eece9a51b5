// The two names of Vue's types that article-embed/jsx/vue uses, so the generated file can be
// checked here without installing Vue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Vue's own declaration is an empty interface that users augment.
export interface GlobalComponents {}
export type DefineComponent<Props = object> = new () => { $props: Props };
