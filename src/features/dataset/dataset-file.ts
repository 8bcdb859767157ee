import type { DatasetProblem } from '@/data/dataset-problem';
import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import type { Dataset } from '@/data/schema';
import { validateDatasetText } from '@/data/validate-in-worker';

/** A checked file: the dataset and its text (kept so a reload checks the same bytes), or every problem. */
export type DatasetFileCheck =
  { ok: true; dataset: Dataset; text: string } | { ok: false; problems: DatasetProblem[] };

/** The part of a File this needs, so tests can pass plain objects. */
export type DatasetFileLike = Pick<File, 'name' | 'size' | 'text'>;

/**
 * Reads and validates a file the user chose or dropped, in the browser (nothing is uploaded).
 * Files over the size cap are refused before they are read, so a huge file cannot freeze the tab.
 */
export async function checkDatasetFile(file: DatasetFileLike): Promise<DatasetFileCheck> {
  if (file.size > MAX_DATASET_BYTES) {
    // The check refuses on size alone, before looking at the (empty) text.
    const result = await validateDatasetText('', file.size);
    if (!result.ok) return result;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          message: `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
  const result = await validateDatasetText(text, file.size);
  return result.ok ? { ok: true, dataset: result.dataset, text } : result;
}

/** Picks the one file to open from a drop or a picker, or explains why none can be opened. */
export function pickSingleFile<T>(
  files: readonly T[],
): { ok: true; file: T } | { ok: false; problem: DatasetProblem } {
  const [first] = files;
  if (files.length === 1 && first !== undefined) return { ok: true, file: first };
  return {
    ok: false,
    problem: {
      path: '(file)',
      message:
        files.length === 0
          ? 'no file was chosen; drop or choose one JSON file'
          : `${files.length} files were given; open one dataset file at a time`,
    },
  };
}
