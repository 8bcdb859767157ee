import { countNoun, plural } from '@/lib/plural';

describe(plural, () => {
  it.each([
    [0, 'meetings'],
    [1, 'meeting'],
    [2, 'meetings'],
    [21, 'meetings'],
  ])('uses the form for %i', (count, form) => {
    expect(plural(count, 'meeting', 'meetings')).toBe(form);
  });
});

describe(countNoun, () => {
  it('puts the count before the form', () => {
    expect(countNoun(1, 'topic', 'topics')).toBe('1 topic');
    expect(countNoun(3, 'dialogue has', 'dialogues have')).toBe('3 dialogues have');
  });
});
