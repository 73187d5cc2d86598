import fc from 'fast-check';
import { multiSelectLabels } from '../../src/core/crm/multi-select';

const labels = new Map([
  ['1', 'Várólista'],
  ['2', 'Kezdő INFO levél'],
  ['4', 'Suport, mentenanță'],
  ['34359738368', 'Oklevél - haladó'],
]);

describe('multiSelectLabels', () => {
  it('splits ", "-joined labels, even a label that contains ", "', () => {
    expect(multiSelectLabels('Várólista, Suport, mentenanță, Kezdő INFO levél', labels)).toEqual([
      'Várólista',
      'Suport, mentenanță',
      'Kezdő INFO levél',
    ]);
  });

  it('reads bit-flag sums beyond 32 bits', () => {
    expect(multiSelectLabels(34359738368 + 2 + 1, labels)).toEqual([
      'Várólista',
      'Kezdő INFO levél',
      'Oklevél - haladó',
    ]);
    expect(multiSelectLabels('5', labels)).toEqual(['Várólista', 'Suport, mentenanță']);
  });

  it('keeps a label the schema does not know instead of dropping it', () => {
    expect(multiSelectLabels('Új opció, Várólista', labels)).toEqual(['Új opció', 'Várólista']);
  });

  it('reads empty values as no labels', () => {
    expect(multiSelectLabels('', labels)).toEqual([]);
    expect(multiSelectLabels(0, labels)).toEqual([]);
  });

  it('round-trips any subset of known labels', () => {
    const all = [...labels.values()];
    fc.assert(
      fc.property(fc.subarray(all), subset => {
        expect(multiSelectLabels(subset.join(', '), labels)).toEqual(subset);
      }),
    );
  });
});
