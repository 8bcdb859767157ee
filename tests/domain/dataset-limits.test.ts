// @vitest-environment node
import { readFileSync } from 'node:fs';
import { DATASET_LIMITS } from '@/domain/dataset-limits';
import { Dataset } from '@/domain/schema';
import { formatCount } from '@/lib/format-count';

const README = readFileSync('README.md', 'utf8');
const limitsSection = README.slice(
  README.indexOf('**Reading a file, and its limits.**'),
  README.indexOf('**Evidence archive.**'),
);

/** The JSON Schema of the dataset, walked to the node at `path` (object properties and array items). */
function jsonSchemaAt(...path: string[]): Record<string, unknown> {
  const schema = JSON.parse(
    readFileSync('public/data/dialogue-dataset.schema.json', 'utf8'),
  ) as Record<string, unknown>;
  let node = schema;
  for (const step of path) {
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    node = step === '[]' ? (node.items as Record<string, unknown>) : properties![step]!;
  }
  return node;
}

describe('DATASET_LIMITS', () => {
  it('is what the README lists, number for number', () => {
    const { text, collection, list, fileBytes } = DATASET_LIMITS;
    expect(limitsSection).toContain(`| ${fileBytes / 1024 / 1024} MB `);
    for (const max of Object.values(text))
      expect(limitsSection).toContain(`${formatCount(max)} characters`);
    const words: Record<keyof typeof collection, string> = {
      meetings: 'meetings',
      commitments: 'commitments',
      sources: 'sources',
      topics: 'topics',
      people: 'people',
      conflicts: 'conflicts',
      reviews: 'reviews',
      reviewSeries: 'review series',
      contacts: 'contacts',
      dialogues: 'dialogues',
    };
    for (const [key, max] of Object.entries(collection))
      expect(limitsSection).toContain(`${formatCount(max)} ${words[key as keyof typeof words]}`);
    expect(limitsSection).toContain(`${formatCount(list.evidence)} evidence items per fact`);
    expect(limitsSection).toContain(`${formatCount(list.meetingTopics)} topics per meeting`);
    expect(limitsSection).toContain(`${formatCount(list.events)} events per commitment`);
    expect(limitsSection).toContain(
      `${formatCount(list.changelog)} changelog entries of ${formatCount(list.changes)} changes`,
    );
    expect(limitsSection).toContain(`${formatCount(list.small)} in any other list`);
  });

  it('is what the schema checks and the published JSON Schema carries', () => {
    const { text, collection, list } = DATASET_LIMITS;
    expect(jsonSchemaAt('sources', '[]', 'id').maxLength).toBe(text.id);
    expect(jsonSchemaAt('sources', '[]', 'title').maxLength).toBe(text.line);
    expect(jsonSchemaAt('sources', '[]', 'note').maxLength).toBe(text.free);
    expect(jsonSchemaAt('sources', '[]', 'url').maxLength).toBe(text.url);
    expect(jsonSchemaAt('sources').maxItems).toBe(collection.sources);
    expect(jsonSchemaAt('meetings', '[]', 'topics').maxItems).toBe(list.meetingTopics);
    expect(jsonSchemaAt('meetings', '[]', 'gaps').maxItems).toBe(list.small);
    expect(jsonSchemaAt('meta', 'changelog', '[]', 'changes').maxItems).toBe(list.changes);
    const ids = Dataset.shape.topics.element.shape.id;
    expect(ids.safeParse('a'.repeat(text.id)).success).toBe(true);
    expect(ids.safeParse('a'.repeat(text.id + 1)).success).toBe(false);
  });
});
