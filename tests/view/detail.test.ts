import { DETAIL_KINDS, parseDetail, serializeDetail } from '@/view/detail';

describe(parseDetail, () => {
  it.each(DETAIL_KINDS)('reads and writes %s details as kind:id', (kind) => {
    const target = { kind, id: 'some-id' };
    expect(parseDetail(serializeDetail(target))).toEqual(target);
  });

  it('reads a review edition and a high-level contact', () => {
    expect(parseDetail('review:fiw-2025')).toEqual({ kind: 'review', id: 'fiw-2025' });
    expect(parseDetail('contact:c5-2025')).toEqual({ kind: 'contact', id: 'c5-2025' });
  });

  it.each([null, '', 'review', 'review:', ':fiw-2025', 'rating:fiw-2025'])('drops %j', (value) => {
    expect(parseDetail(value)).toBeNull();
  });
});
