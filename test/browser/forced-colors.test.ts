import { expect, fixture, html } from '@open-wc/testing';
import { backgroundAndInk, emulateForcedColours, paintedColours, paintedSwatch, textBoxOf } from '../support/painted.js';
import { languageButton, shownSignatories, toggleOf, type JointStatement } from '../support/widget.js';

// Windows contrast themes, tested by what is painted: Chromium paints a "backplate" of the
// theme's background behind text in forced colours, which blanked the label of a button
// drawn in Highlight. Only Chromium can be put in forced colours here (the DevTools protocol
// emulates it); Firefox reads its forced-colours preference only at start-up, and WebKit has
// no forced-colours mode. There the tests are skipped, saying so; the computed colours of the
// forced-colours rules are checked in every engine in media-preferences.test.ts.
describe('Windows contrast themes (forced colours), as painted', () => {
  let forced = false;
  beforeEach(async function () {
    forced = await emulateForcedColours(true);
    if (!forced) this.skip(); // no forced-colours emulation in this engine (see above)
  });
  afterEach(async () => {
    if (forced) await emulateForcedColours(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`paints the current language's label readable and unlike the other buttons, in a ${scheme} contrast theme`, async () => {
      // Chromium's emulated theme is black on white, or (with a dark preference) white on black.
      await emulateForcedColours(true, scheme);
      const el = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
      const current = languageButton(el, 'Español');
      const other = languageButton(el, 'English');

      const label = backgroundAndInk((await paintedColours(textBoxOf(current)))!);
      expect(label.contrast, 'the current language’s label stands out from its background (not one flat colour)').to.be.at.least(4.5);
      // Drawn in the theme's own pair, so it follows whatever colours the reader chose.
      expect(label.background, 'current button in the theme’s Highlight').to.deep.equal(await paintedSwatch('Highlight'));

      const otherLabel = backgroundAndInk((await paintedColours(textBoxOf(other)))!);
      expect(otherLabel.contrast, 'another language’s label is readable').to.be.at.least(4.5);
      expect(otherLabel.background, 'the current language looks unlike the others').not.to.deep.equal(label.background);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in a ${scheme} contrast theme, collapsed and expanded`, async () => {
      await emulateForcedColours(true, scheme);
      const el = await fixture<JointStatement>(html`<joint-statement lang="pt"></joint-statement>`);
      await expect(el).to.be.accessible();
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(shownSignatories(el)).to.have.length(7);
      await expect(el).to.be.accessible();
    });
  }
});
