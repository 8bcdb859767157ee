import { CONTENTS_MIN_SECTIONS, listContents } from '@/lib/contents-list';

const date = { id: 'meeting-date', label: 'Date' };
const place = { id: 'meeting-place', label: 'Place' };
const outcomes = { id: 'meeting-outcomes', label: 'Outcomes' };

describe(listContents, () => {
  it('lists the sections present, in their order, skipping those not shown', () => {
    expect(listContents([date, false, place, null, outcomes, undefined])).toEqual([
      date,
      place,
      outcomes,
    ]);
  });

  it(`lists nothing for fewer than ${CONTENTS_MIN_SECTIONS} sections`, () => {
    expect(listContents([])).toEqual([]);
    expect(listContents([date, false])).toEqual([]);
    expect(listContents([date, place])).toEqual([date, place]);
  });

  it('takes another minimum', () => {
    expect(listContents([date, place], 3)).toEqual([]);
    expect(listContents([date, place, outcomes], 3)).toEqual([date, place, outcomes]);
  });
});
