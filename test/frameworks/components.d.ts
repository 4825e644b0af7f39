// Components imported from TypeScript; svelte-check and vue-tsc check them in full (test/types).
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<{ events: import('./partner-page.js').AppEvents }>;
  export default component;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ events: import('./partner-page.js').AppEvents }>;
  export default component;
}
