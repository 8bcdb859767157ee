import { uuidV5 } from '../../../scripts/feed/uuid-v5';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe(uuidV5, () => {
  it('matches the standard name-based UUIDs (Python: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('python.org', DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is the same for the same name, different for another, version 5 and RFC variant', () => {
    const id = uuidV5('development/event:e1', DNS);
    expect(uuidV5('development/event:e1', DNS)).toBe(id);
    expect(uuidV5('development/event:e2', DNS)).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('hashes names as UTF-8', () => {
    expect(uuidV5('Қазақстан', DNS)).not.toBe(uuidV5('Казахстан', DNS));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('Not a UUID: "not-a-uuid"');
  });
});
