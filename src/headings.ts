import { html } from 'lit';

// One template per level: a Lit template cannot bind a tag name, and there are only five
// levels; lit/static-html could bind it, at a cost in every bundle (docs/architecture.md).

/** The statement's title as an `<h2>`–`<h6>` (2 for anything else). */
export function renderTitleHeading(level: number, title: string) {
  switch (level) {
    case 3:
      return html`<h3 id="title" class="title" part="title" data-block>${title}</h3>`;
    case 4:
      return html`<h4 id="title" class="title" part="title" data-block>${title}</h4>`;
    case 5:
      return html`<h5 id="title" class="title" part="title" data-block>${title}</h5>`;
    case 6:
      return html`<h6 id="title" class="title" part="title" data-block>${title}</h6>`;
    default:
      return html`<h2 id="title" class="title" part="title" data-block>${title}</h2>`;
  }
}

/** The "Signed by" heading as an `<h3>`–`<h6>` (3 for anything else). */
export function renderSignatoriesHeading(level: number, text: string) {
  switch (level) {
    case 4:
      return html`<h4 id="signatories-heading" class="signatories-heading">${text}</h4>`;
    case 5:
      return html`<h5 id="signatories-heading" class="signatories-heading">${text}</h5>`;
    case 6:
      return html`<h6 id="signatories-heading" class="signatories-heading">${text}</h6>`;
    default:
      return html`<h3 id="signatories-heading" class="signatories-heading">${text}</h3>`;
  }
}
