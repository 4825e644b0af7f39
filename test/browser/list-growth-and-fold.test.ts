// Unit tests of two pieces of the long list: how fast it grows, and how the filter folds text.
import { expect } from '@open-wc/testing';
import { foldForSearch } from '../../src/fold-for-search.js';
import { GROWTH_BUDGET_MS, GrowthPace } from '../../src/growth-pace.js';

describe('the pace of a growing list', () => {
  it('sizes each step to the reader’s machine: short frames when slow, fewer frames when fast', () => {
    const slow = new GrowthPace(250);
    expect(slow.step, 'before anything is measured').to.equal(250);
    slow.record(3 * GROWTH_BUDGET_MS);
    expect(slow.step, 'never below one chunk').to.equal(250);

    const fast = new GrowthPace(250);
    const steps = [];
    for (let frame = 0; frame < 5; frame++) {
      fast.record(GROWTH_BUDGET_MS / 8);
      steps.push(fast.step);
    }
    expect(steps, 'at most doubling, up to 8 chunks').to.deep.equal([500, 1000, 2000, 2000, 2000]);
    fast.record(2 * GROWTH_BUDGET_MS);
    expect(fast.step, 'a step over budget halves the next').to.equal(1000);
  });
});

describe('the filter’s folding', () => {
  it('folds case, accents and every kind of space, without the reader’s locale', () => {
    expect(foldForSearch('  ACCIÓN\u00a0\u00a0Solidaria\tPERÚ\n')).to.equal(' accion solidaria peru ');
    expect(foldForSearch('INSTITUTO İstanbul')).to.equal('instituto istanbul');
  });
});
