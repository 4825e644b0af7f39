import { expect, fixture, html } from '@open-wc/testing';
import type { Statement } from '../../src/content-model.js';
import { statement } from '../support/built-statement.js';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { shadowOf, type JointStatement } from '../support/widget.js';

// The content build refuses links other than http(s) and mailto, but a statement handed to the
// element from code never passes through it. These are what such a statement might carry.
const HOSTILE = [
  'javascript:alert(1)',
  ' JavaScript:alert(2)',
  'java\tscript:alert(3)',
  'data:text/html,<script>alert(4)</script>',
  'vbscript:msgbox(5)',
  '/relative/path',
];

const [first, ...otherParagraphs] = statement.translations[0].paragraphs;
const linkedParagraph = [
  ...HOSTILE.flatMap((href, index) => [{ kind: 'link' as const, href, children: [`hostile ${index}`] }, ' ']),
  { kind: 'link' as const, href: 'https://example.org/report', children: ['the report'] },
  ' ',
  { kind: 'link' as const, href: 'mailto:press@example.org', children: ['write to us'] },
];
const changes: Partial<Statement> = {
  canonicalUrl: 'javascript:alert(document.domain)',
  translations: statement.translations.map((translation, index) =>
    index === 0
      ? { ...translation, paragraphs: [[...first, ' ', ...linkedParagraph], ...otherParagraphs] }
      : { ...translation, official: true, source: 'javascript:alert(6)' },
  ),
  signatories: statement.signatories.map((signatory, index) => ({ ...signatory, url: index < HOSTILE.length ? HOSTILE[index] : 'https://example.org/member' })),
};
defineStatementVariant('hostile-links-joint-statement', changes);

const hrefs = (el: Element) => [...shadowOf(el).querySelectorAll('a')].map((link) => link.getAttribute('href'));

describe('links in a statement that comes from code', () => {
  it('links only http(s) and mailto addresses, and shows the words of every other link as plain text', async () => {
    const el = await fixture<JointStatement>(html`<hostile-links-joint-statement lang="en" expanded></hostile-links-joint-statement>`);
    expect(hrefs(el)).to.deep.equal(['https://example.org/report', 'mailto:press@example.org', 'https://example.org/member']);
    const body = shadowOf(el).querySelector('[part="body"]')!.textContent!;
    for (const index of HOSTILE.keys()) expect(body).to.contain(`hostile ${index}`);
    expect(body).to.contain('the report').and.to.contain('write to us');
    // The names stay, unlinked; so do "Original publication" and the translation note's words.
    const names = [...shadowOf(el).querySelectorAll('[part="signatories"] li')].map((li) => li.textContent!.split(',')[0]);
    expect(names).to.deep.equal(statement.signatories.map(({ name }) => name));
    expect(shadowOf(el).querySelector('.source')!.textContent!.trim()).to.equal('Original publication');
    await expect(el).to.be.accessible();
  });

  it('leaves a translation note without a link when its source is not an http(s) address', async () => {
    const el = await fixture<JointStatement>(html`<hostile-links-joint-statement lang="es"></hostile-links-joint-statement>`);
    const note = shadowOf(el).querySelector('.note')!;
    expect(note.textContent!.trim()).to.not.equal('');
    expect(note.querySelectorAll('a')).to.have.length(0);
    expect(hrefs(el).every((href) => /^(https?|mailto):/.test(href!))).to.equal(true);
  });
});
