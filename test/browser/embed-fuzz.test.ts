import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { captureWarnings, paragraphsOf, shadowOf, shownSignatories, titleOf, type JointStatement } from '../support/widget.js';

const ATTRIBUTES = ['lang', 'preview-count', 'heading-level', 'expanded', 'theme'] as const;
type Attribute = (typeof ATTRIBUTES)[number];

// What a partner's CMS, a templating slip or a hostile editor can put in an attribute.
const attributeValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1',
    '7',
    '-0',
    '2.5',
    '1e400',
    '-1e400',
    '9007199254740993',
    'NaN',
    'Infinity',
    '0x3',
    'two',
    'en',
    'es',
    'pt',
    'ES',
    'pt-BR',
    'es_VE',
    'klingon',
    'auto',
    'light',
    'dark',
    'DARK',
    'false',
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    "'); alert(1); ('",
    'javascript:alert(1)',
    '{{count}}',
    '${count}',
    '\u0000',
    '\u202Ees',
    'es\u0301',
    '🇻🇪',
    'x'.repeat(5000),
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }), // lone surrogates included
);

/** Set (a string) or removed (null), in order; the first ones before the element is attached. */
const changes = fc.array(fc.record({ attribute: fc.constantFrom(...ATTRIBUTES), value: fc.option(attributeValue, { nil: null }) }), {
  minLength: 1,
  maxLength: 6,
});

function apply(el: Element, attribute: Attribute, value: string | null): void {
  if (value === null) el.removeAttribute(attribute);
  else el.setAttribute(attribute, value);
}

describe('attribute fuzzing', () => {
  it('whatever the attributes, renders the statement, throws nothing and warns once per bad value', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const container = document.createElement('div');
    document.body.append(container);
    try {
      await fc.assert(
        fc.asyncProperty(changes, fc.nat(), async (steps, attachAfter) => {
          const warnings = captureWarnings();
          const el = document.createElement('joint-statement') as JointStatement;
          const given = new Set<string>();
          try {
            const attachAt = attachAfter % steps.length;
            for (const [index, { attribute, value }] of steps.entries()) {
              if (index === attachAt) container.append(el);
              apply(el, attribute, value);
              if (value !== null) given.add(`${attribute}=${JSON.stringify(value)} is not valid`);
              if (el.isConnected) await el.updateComplete;
            }
            if (!el.isConnected) container.append(el);
            await el.updateComplete;

            expect(errors, 'errors').to.deep.equal([]);
            expect(titleOf(el).textContent!.trim(), 'title').not.to.equal('');
            expect(titleOf(el).localName).to.match(/^h[2-6]$/);
            expect(paragraphsOf(el), 'paragraphs').to.have.length(4);
            expect(['en', 'es', 'pt']).to.include(shadowOf(el).querySelector('article')!.lang);
            expect(shadowOf(el).querySelector('img, script'), 'markup in a value stays text').to.equal(null);
            if (el.hasAttribute('expanded')) expect(shownSignatories(el)).to.have.length(7);

            // At most one warning per distinct bad value of an attribute (a message names both),
            // and only about a value this run really set (removing an attribute is no bad value).
            expect(new Set(warnings.messages).size, 'repeated warnings').to.equal(warnings.messages.length);
            for (const message of warnings.messages) {
              expect(
                [...given].some((text) => message.includes(text)),
                message,
              ).to.equal(true);
            }
          } finally {
            warnings.restore();
            el.remove();
          }
        }),
        { numRuns: 100, includeErrorInReport: true },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      container.remove();
    }
  });
});
