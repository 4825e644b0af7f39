import { html, type TemplateResult } from 'lit';
import type { Inline } from './content-model.js';

/** Renders a paragraph's runs. Text goes through Lit bindings, so markup-looking text stays text. */
export function renderInline(runs: readonly Inline[]): (TemplateResult | string)[] {
  return runs.map((run) => {
    if (typeof run === 'string') return run;
    const children = renderInline(run.children);
    switch (run.kind) {
      case 'em':
        return html`<em>${children}</em>`;
      case 'strong':
        return html`<strong>${children}</strong>`;
      case 'link':
        return html`<a href=${run.href}>${children}</a>`;
    }
  });
}
