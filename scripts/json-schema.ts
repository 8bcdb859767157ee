import { z } from 'zod';
import { Dataset, SCHEMA_VERSION } from '../src/domain/schema.ts';
import { DATASET_LIMITS } from '../src/domain/dataset-limits.ts';

export const JSON_SCHEMA_FILE = 'public/data/dialogue-dataset.schema.json';

/** The dataset's JSON Schema (draft 2020-12) as formatted text, ending in a newline. */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(Dataset, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  const document = {
    ...schema,
    $id: `https://dialogue-tracker.invalid/schema/v${SCHEMA_VERSION}/dialogue-dataset.schema.json`,
    title: 'Dialogue Tracker dataset',
    description:
      'Meetings, topics, reform commitments and sources of human-rights dialogues with Kazakhstan. ' +
      'Every fact cites a source id and a verbatim quote. Integrity rules beyond this schema ' +
      '(ids resolve, dates are calendar dates, events are chronological) are checked by `npm run data:check`. ' +
      `Every text and list has a maximum (maxLength, maxItems); the file may be at most ${DATASET_LIMITS.fileBytes / 1024 / 1024} MB, in UTF-8, ` +
      'with no key written twice in one object.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
