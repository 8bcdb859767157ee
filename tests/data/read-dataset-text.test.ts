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

  it('drops the engine’s copy of the text from its message', () => {
    expect(fileMessage('meetings: none')).toBe("is not valid JSON: Unexpected token 'm'");
  });

  it.each([
    [
      'Expected double-quoted property name in JSON at position 5 (line 2 column 4)',
      'is not valid JSON: Expected double-quoted property name (line 2, column 4)',
    ],
    [
      "Expected ',' or '}' after property value in JSON at position 5",
      "is not valid JSON: Expected ',' or '}' after property value (line 2, column 4)",
    ],
    [
      "JSON.parse: expected ',' or '}' after property value in object at line 2 column 3 of the JSON data",
      "is not valid JSON: expected ',' or '}' after property value in object (line 2, column 3)",
    ],
    ["JSON Parse error: Expected '}'", "is not valid JSON: JSON Parse error: Expected '}'"],
  ])('reads the position from the engine message %j', (engineMessage, expected) => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(engineMessage);
    });
    expect(fileMessage('{\n  "a": 1,\n  "b": 2\n}\n')).toBe(expected);
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
