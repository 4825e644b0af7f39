import { html } from 'lit';
import type { Inline } from './content-model.js';
import { linkTo } from './link-to.js';

/** Renders a paragraph's runs. Text goes through Lit bindings, so markup-looking text stays text. */
export function renderInline(runs: readonly Inline[]): unknown[] {
  return runs.map((run) => {
    if (typeof run === 'string') return run;
    const children = renderInline(run.children);
    switch (run.kind) {
      case 'em':
        return html`<em>${children}</em>`;
      case 'strong':
        return html`<strong>${children}</strong>`;
      case 'link':
        return linkTo(run.href, children);
    }
  });
}
