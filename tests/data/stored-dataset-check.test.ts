import { checkStoredDataset } from '@/data/stored-dataset-check';
import { MAX_DATASET_BYTES } from '@/data/dataset-limits';

const file = new Blob(['{"meta":{}}'], { type: 'application/json' });
const saved = { fileName: 'mine.json', file, savedAt: '2026-11-20T08:00:00.000Z' };
/** A record kept before the bytes were: the file's text. */
const older = { fileName: 'mine.json', text: '{"meta":{}}', savedAt: '2026-11-20T08:00:00.000Z' };

describe(checkStoredDataset, () => {
  it('says nothing is kept when the store has no record', () => {
    expect(checkStoredDataset(undefined)).toEqual({ kind: 'none' });
  });

  it('passes on a saved record, field for field, without anything else it carries', () => {
    const check = checkStoredDataset({ ...saved, extra: 1 });
    expect(check).toEqual({
      kind: 'kept',
      dataset: { fileName: 'mine.json', content: file, savedAt: saved.savedAt },
    });
    expect(check.kind === 'kept' && check.dataset.content).toBe(file);
  });

  it('passes on the text of a record kept before the bytes were', () => {
    expect(checkStoredDataset(older)).toEqual({
      kind: 'kept',
      dataset: { fileName: 'mine.json', content: older.text, savedAt: older.savedAt },
    });
  });

  it.each([
    ['a string', 'junk', 'it holds a string of 4 characters, not a saved dataset'],
    ['a number', 7, 'it holds the number 7, not a saved dataset'],
    ['null', null, 'it holds an empty value (null), not a saved dataset'],
    ['a list', [saved], 'it holds a list of 1 items, not a saved dataset'],
    [
      'a 50 MB blob',
      new Blob([new Uint8Array(50 * 1024 * 1024)]),
      'it holds a 50.0 MB binary file, not a saved dataset',
    ],
    ['binary data', new Uint8Array(3), 'it holds 3 bytes of binary data, not a saved dataset'],
    ['a map', new Map(), 'it holds a Map object, not a saved dataset'],
    ['a record without its file', { fileName: 'a.json', savedAt: 'x' }, 'it has no file'],
    [
      'a record whose file is text',
      { ...saved, file: 'abc' },
      'its file is a string of 3 characters, not a file',
    ],
    [
      'an older record whose text is a number',
      { ...older, text: 7 },
      'its text is the number 7, not text',
    ],
    [
      'a record whose name is not text',
      { ...saved, fileName: 42 },
      'its fileName is the number 42, not text',
    ],
    ['an empty object', {}, 'it has no fileName'],
  ])('names what is wrong with %s', (_name, value, reason) => {
    expect(checkStoredDataset(value)).toEqual({ kind: 'unreadable', reason });
  });

  it('refuses bytes over the size cap for files, as it would refuse the file', () => {
    const bytes = new Uint8Array(MAX_DATASET_BYTES + 1);
    expect(checkStoredDataset({ ...saved, file: new Blob([bytes]) })).toEqual({
      kind: 'unreadable',
      reason: 'its file is 20.0 MB; the limit is 20 MB',
    });
    expect(checkStoredDataset({ ...saved, file: new Blob([bytes.subarray(1)]) }).kind).toBe('kept');
  });

  it('refuses an older record’s text over the size cap', () => {
    const text = 'x'.repeat(MAX_DATASET_BYTES + 1);
    expect(checkStoredDataset({ ...older, text })).toEqual({
      kind: 'unreadable',
      reason: 'its text is at least 20.0 MB; the limit is 20 MB',
    });
    expect(checkStoredDataset({ ...older, text: text.slice(1) }).kind).toBe('kept');
  });
});
