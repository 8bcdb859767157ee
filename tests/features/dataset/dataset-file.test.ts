import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { checkDatasetFile, pickSingleFile } from '@/features/dataset/dataset-file';
import { makeDataset } from '../../support/fixtures';

function fakeFile(text: string, size = new TextEncoder().encode(text).byteLength) {
  return { name: 'mine.json', size, text: vi.fn(async () => text) };
}

describe('checkDatasetFile', () => {
  it('returns the dataset and its exact text for a valid file', async () => {
    const text = JSON.stringify(makeDataset());
    const result = await checkDatasetFile(fakeFile(text));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toBe(text);
      expect(result.dataset.meta.title).toBe('Fixture dataset');
    }
  });

  it('refuses a file over the size cap without reading it', async () => {
    const file = fakeFile('{}', MAX_DATASET_BYTES + 1);
    const result = await checkDatasetFile(file);
    expect(file.text).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/limit is 20(\.0)? MB/);
  });

  it('explains a file that is not JSON', async () => {
    const result = await checkDatasetFile(fakeFile('<html>not json</html>'));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('lists path-precise problems of an invalid dataset', async () => {
    const broken = JSON.parse(JSON.stringify(makeDataset()));
    broken.meetings[0].date.value = '2024-02-30';
    const result = await checkDatasetFile(fakeFile(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('meetings[0].date.value');
  });

  it('reports a file the browser cannot read', async () => {
    const file = {
      name: 'gone.json',
      size: 10,
      text: vi.fn(async () => {
        throw new Error('NotReadableError');
      }),
    };
    const result = await checkDatasetFile(file);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'the file could not be read (NotReadableError)' }],
    });
  });
});

describe('pickSingleFile', () => {
  it('takes the only file', () => {
    expect(pickSingleFile(['a'])).toEqual({ ok: true, file: 'a' });
  });

  it('refuses none or several, saying how many', () => {
    expect(pickSingleFile([])).toMatchObject({ ok: false, problem: { path: '(file)' } });
    const several = pickSingleFile(['a', 'b', 'c']);
    expect(several.ok).toBe(false);
    if (!several.ok) expect(several.problem.message).toMatch(/^3 files were given/);
  });
});
