// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DATASET_BYTES, readDatasetText } from '@/data/read-dataset-text';
import { validateDataset } from '@/domain/validate-dataset';
import {
  BROKEN_DIR,
  BROKEN_KINDS,
  EXPECTED_FILE,
  HOSTILE_VALID_FILE,
  buildBrokenCorpus,
  hostileValidText,
  type ExpectedProblem,
} from '../fixtures/datasets/make-broken-datasets';
import { HOSTILE } from '../fixtures/datasets/hostile-valid-dataset';

const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, ExpectedProblem>;
const corpusFiles = readdirSync(BROKEN_DIR).filter((name) => name !== 'expected.json');

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/u;

/** Kinds not stored as a file: a file over the size cap is tested with a byte length instead. */
const KINDS_WITHOUT_FILE = ['over-the-size-cap'];

describe('the corpus of broken datasets', () => {
  it('is what the generator writes (run make-broken-datasets.ts after changing it)', () => {
    const fresh = buildBrokenCorpus();
    expect([...corpusFiles, 'expected.json'].toSorted()).toEqual([...fresh.keys()].toSorted());
    for (const [name, content] of fresh) {
      const onDisk = readFileSync(join(BROKEN_DIR, name));
      expect({ name, same: onDisk.equals(Buffer.from(content)) }).toEqual({ name, same: true });
    }
    expect(readFileSync(HOSTILE_VALID_FILE, 'utf8')).toBe(hostileValidText());
  });

  it('holds at least 30 distinct failure kinds, one file each, each with an expectation', () => {
    const names = corpusFiles.map((file) =>
      file.replace(/^\d\d-/, '').replace(/\.(json|txt)$/, ''),
    );
    expect(new Set(names).size).toBe(corpusFiles.length);
    expect(names.length + KINDS_WITHOUT_FILE.length).toBeGreaterThanOrEqual(30);
    expect(BROKEN_KINDS).toHaveLength(corpusFiles.length);
    expect(Object.keys(expected).toSorted()).toEqual(corpusFiles.toSorted());
    for (const file of corpusFiles)
      expect(file).toMatch(/^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.(json|txt)$/);
  });

  it.each(corpusFiles)('%s is refused with the expected path and message', (file) => {
    const result = readDatasetText(readFileSync(join(BROKEN_DIR, file)));
    const want = expected[file]!;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const match = result.problems.find(
      (problem) => problem.path === want.path && problem.message.includes(want.messageIncludes),
    );
    expect(match, JSON.stringify(result.problems, null, 2)).toBeDefined();
  });

  it('quotes data safely: no message holds an invisible or reordering character, or runs long', () => {
    for (const file of corpusFiles) {
      const result = readDatasetText(readFileSync(join(BROKEN_DIR, file)));
      for (const { path, message } of result.ok ? [] : result.problems) {
        expect({ file, path, message }).toEqual({
          file,
          path: expect.not.stringMatching(INVISIBLE),
          message: expect.not.stringMatching(INVISIBLE),
        });
        expect(message.length, `${file} ${path}`).toBeLessThan(500);
      }
    }
  });

  it('refuses a file over the size cap without reading its text', () => {
    const result = readDatasetText(
      '{"this": "is never parsed"',
      MAX_DATASET_BYTES + 3.4 * 1024 * 1024,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'the file is 23.4 MB; the limit is 20 MB' }],
    });
  });
});

describe('the hostile but valid dataset', () => {
  it('passes every rule', () => {
    const result = validateDataset(JSON.parse(readFileSync(HOSTILE_VALID_FILE, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('carries every hostile string and only http(s) URLs', () => {
    const text = readFileSync(HOSTILE_VALID_FILE, 'utf8');
    for (const value of Object.values(HOSTILE))
      expect(text).toContain(JSON.stringify(value).slice(1, -1));
    expect(HOSTILE.longWord).toHaveLength(5000);
    expect(HOSTILE.longWord).not.toMatch(/\s/);
    for (const [, url] of text.matchAll(/"url": "([^"]*)"/g)) expect(url).toMatch(/^https?:\/\//);
  });
});
