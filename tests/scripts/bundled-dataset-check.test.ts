import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { makeDataset } from '../support/fixtures';
import { checkBundledDataset } from '../../scripts/bundled-dataset-check';

const BUNDLED = 'public/data/dialogue-dataset.json';
const encode = (text: string) => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The fixture dataset as JSON text, after `edit` has changed its parsed form. */
function fixtureText(edit: (raw: ReturnType<typeof JSON.parse>) => void = () => {}): string {
  const raw = JSON.parse(JSON.stringify(makeDataset()));
  edit(raw);
  return JSON.stringify(raw, null, 2);
}

describe(checkBundledDataset, () => {
  it('passes the bundled dataset and returns the SHA-256 of its bytes', () => {
    const bytes = readFileSync(BUNDLED);
    const digest = checkBundledDataset(bytes, BUNDLED);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(sha256(bytes));
  });

  it('passes a valid file, whatever its layout, and hashes its exact bytes', () => {
    const pretty = encode(fixtureText());
    const compact = encode(JSON.stringify(makeDataset()));
    expect(checkBundledDataset(pretty, 'data.json')).toBe(sha256(pretty));
    expect(checkBundledDataset(compact, 'data.json')).toBe(sha256(compact));
  });

  it('fails an invalid dataset, naming the file and each problem with its JSON path', () => {
    const text = fixtureText((raw) => {
      raw.meetings[0].date.value = '2024-02-30';
    });
    expect(() => checkBundledDataset(encode(text), 'data.json')).toThrow(
      /^data\.json is not a valid dataset \(1 problem; .*\n^meetings\[0\]\.date\.value: /m,
    );
  });

  it('fails text that is not JSON', () => {
    expect(() => checkBundledDataset(encode('{"meta": '), 'data.json')).toThrow(
      /\(file\): is not valid JSON: /,
    );
  });

  it('fails a dataset whose text the validator would trim, since the browser uses the file as it is', () => {
    const text = fixtureText((raw) => {
      raw.sources[1].title = '  Source B ';
    });
    expect(() => checkBundledDataset(encode(text), 'data.json')).toThrow(
      /^data\.json changes when validated, at sources\[1\]\.title \(for example, text with spaces around it is trimmed\)/,
    );
  });

  it('fails a file the browser would decode to other bytes: a byte-order mark or bad UTF-8', () => {
    const text = fixtureText();
    expect(() => checkBundledDataset(encode(`\uFEFF${text}`), 'data.json')).toThrow(
      'data.json starts with a byte-order mark',
    );
    const bad = new Uint8Array([...encode(text.slice(0, -1)), 0xff, ...encode('}')]);
    expect(() => checkBundledDataset(bad, 'data.json')).toThrow('data.json is not valid UTF-8.');
  });
});
