// @vitest-environment node
import {
  MAX_DATASET_BYTES,
  readDatasetText,
  summarizeProblems,
  utf8ByteLength,
} from '@/data/read-dataset-text';
import { makeDataset } from '../support/fixtures';

const valid = JSON.stringify(makeDataset(), null, 2);

function fileMessage(text: string, byteLength?: number): string {
  const result = readDatasetText(text, byteLength);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.path).toBe('(file)');
  return result.problems[0]?.message ?? '';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(readDatasetText, () => {
  it('returns the validated dataset for a sound file', () => {
    const result = readDatasetText(valid);
    expect(result.ok && result.dataset.meta.version).toBe('1.2.3');
  });

  it('refuses a file over the cap before parsing, giving both sizes', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(fileMessage(valid, 23.4 * 1024 * 1024)).toBe('the file is 23.4 MB; the limit is 20 MB');
    expect(fileMessage('', MAX_DATASET_BYTES + 1)).toBe(
      'the file is 20,971,521 bytes; the limit is 20 MB (20,971,520 bytes)',
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it('measures the text in UTF-8 bytes when no size is given', () => {
    const justOver = 'ә'.repeat(MAX_DATASET_BYTES / 2 + 1);
    expect(fileMessage(justOver)).toContain('the limit is 20 MB');
    expect(readDatasetText(valid, MAX_DATASET_BYTES).ok).toBe(true);
  });

  it.each(['', '   ', '\n\t\r\n', '\uFEFF', '\uFEFF  \n'])('calls %j an empty file', (text) => {
    expect(fileMessage(text)).toBe('the file is empty');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readDatasetText(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('says where the JSON breaks, as line and column', () => {
    const broken = valid.replace('"version": "1.2.3",', '"version": "1.2.3",,');
    expect(fileMessage(broken)).toMatch(/^is not valid JSON: .+ \(line 5, column 24\)$/);
  });

  it('says a cut-off file ends too early', () => {
    for (const cut of [
      valid.slice(0, 200),
      valid.slice(0, 201),
      '{"meta": ',
      '{"meta": {"title": "A',
    ]) {
      expect(fileMessage(cut)).toContain('the text ends before the JSON is complete');
    }
  });

  it.each([
    ['NaN', '"round": NaN', 'NaN is not a JSON value (JSON has no NaN or Infinity)'],
    ['Infinity', '"round": Infinity', 'Infinity is not a JSON value'],
    [
      'single quotes',
      "'round': 1",
      'a field name must be in double quotes ("name"), not single quotes',
    ],
    [
      'a trailing comma',
      '"round": 1,\n}',
      'a comma before "}": JSON allows no comma after the last item',
    ],
    ['a comment', '// the round\n"round": 1', 'JSON allows no comments'],
  ])('names %s and says where it is, whatever the engine', (_, body, reason) => {
    const filler = Array.from({ length: 3000 }, (__, i) => `  "k${i}": ${i},`).join('\n');
    const message = fileMessage(`{\n${filler}\n  ${body}\n}`);
    expect(message).toContain(`is not valid JSON: ${reason}`);
    expect(message).toMatch(/\(line 3,00[12], column \d+\)$/);
  });

  it('gives the same message as before when the engine words it differently', () => {
    const text = '{\n  "a": NaN\n}';
    const expected = fileMessage(text);
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('JSON.parse: unexpected character at line 2 column 8 of the JSON data');
    });
    expect(fileMessage(text)).toBe(expected);
    expect(expected).toMatch(/\(line 2, column 8\)$/);
  });

  it('names a UTF-16 or UTF-32 file from its bytes', () => {
    const encode = (bytesPerUnit: number, littleEndian: boolean, bom: boolean) => {
      const text = `${bom ? '\uFEFF' : ''}${valid}`;
      const bytes = new Uint8Array(text.length * bytesPerUnit);
      for (let i = 0; i < text.length; i++) {
        const at = i * bytesPerUnit + (littleEndian ? 0 : bytesPerUnit - 1);
        bytes[at] = text.charCodeAt(i) & 0xff;
        bytes[littleEndian ? at + 1 : at - 1] = text.charCodeAt(i) >> 8;
      }
      return bytes;
    };
    const messageOf = (bytes: Uint8Array) => {
      const result = readDatasetText(bytes);
      return result.ok ? 'valid' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    };
    expect(messageOf(encode(2, true, true))).toBe(
      '(file): the file is UTF-16 (little-endian); save it as UTF-8',
    );
    expect(messageOf(encode(2, false, false))).toBe(
      '(file): the file is UTF-16 (big-endian); save it as UTF-8',
    );
    expect(messageOf(encode(4, true, true))).toBe(
      '(file): the file is UTF-32 (little-endian); save it as UTF-8',
    );
    expect(messageOf(encode(4, false, false))).toBe(
      '(file): the file is UTF-32 (big-endian); save it as UTF-8',
    );
    expect(messageOf(new TextEncoder().encode(`\uFEFF${valid}`))).toBe('valid');
  });

  it('says where a file stops being UTF-8', () => {
    const bytes = new TextEncoder().encode(valid.replace('Fixture', 'Fixt\u00e9re'));
    const at = bytes.indexOf(0xc3);
    bytes[at] = 0xe9;
    bytes[at + 1] = 0x72;
    const result = readDatasetText(bytes);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: '(file)',
        message: expect.stringMatching(
          /^the file is not UTF-8: the byte 0xE9 at line \d+, column \d+ is not UTF-8 .*; save it as UTF-8$/,
        ),
      },
    ]);
  });

  it('lists each key written twice with the path of its object, before the other problems', () => {
    const shadowed = valid.replace(
      /"url": "([^"]+)"/,
      '"url": "javascript:alert(1)", "u\\u0072l": "$1"',
    );
    const result = readDatasetText(shadowed);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'sources[0]',
        message:
          'the key "url" appears twice; JSON readers keep only the last one and ignore the others without a word, so keep one',
      },
    ]);
  });

  it('hands anything that parses to validateDataset', () => {
    expect(readDatasetText('[]')).toEqual({
      ok: false,
      problems: [
        { path: '(root)', message: 'the dataset must be a JSON object, but it is an array' },
      ],
    });
  });
});

describe(summarizeProblems, () => {
  const problems = Array.from({ length: 120 }, (_, i) => ({
    path: `meetings[${i}]`,
    message: 'x',
  }));

  it('shows the first 50 by default and counts the rest', () => {
    const summary = summarizeProblems(problems);
    expect(summary.shown).toHaveLength(50);
    expect(summary.shown[0]?.path).toBe('meetings[0]');
    expect(summary).toMatchObject({ total: 120, hidden: 70 });
  });

  it('shows everything when there are fewer than the cap, and nothing for an empty list', () => {
    expect(summarizeProblems(problems.slice(0, 3), 100)).toEqual({
      shown: problems.slice(0, 3),
      total: 3,
      hidden: 0,
    });
    expect(summarizeProblems([])).toEqual({ shown: [], total: 0, hidden: 0 });
  });
});

describe(utf8ByteLength, () => {
  it.each(['', 'abc', 'Қазақстан', 'حقوق', '👩‍👩‍👧‍👦', 'a\uD800b', '\uDC00'])(
    'matches TextEncoder for %j',
    (text) => {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
    },
  );
});
