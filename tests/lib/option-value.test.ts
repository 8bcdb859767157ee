import { idFromOptionValue, idOptionValue } from '@/lib/option-value';

describe(idOptionValue, () => {
  it.each(['all', 'both', '', 'id:x', 'us-kz-hrd'])('round-trips the id %j', (id) => {
    expect(idFromOptionValue(idOptionValue(id))).toBe(id);
  });

  it('never equals a value the UI keeps for itself', () => {
    expect(idOptionValue('all')).not.toBe('all');
    expect(idOptionValue('both')).not.toBe('both');
  });
});

describe(idFromOptionValue, () => {
  it.each(['all', 'both', ''])('reads the UI value %j as no id', (value) => {
    expect(idFromOptionValue(value)).toBeNull();
  });
});
