import { describeV1Changes, guessKind, migrateV1toV2 } from '@/domain/migrate-v1';
import { validateDataset } from '@/domain/validate-dataset';
import { makeDataset } from '../support/fixtures';

/** A dataset as schema version 1 wrote it: no kind, `actor` instead of `voice`, "implemented". */
function versionOneDataset(): Record<string, unknown> {
  const dataset = JSON.parse(JSON.stringify(makeDataset())) as {
    meta: { schemaVersion: number };
    commitments: Record<string, unknown>[];
  };
  dataset.meta.schemaVersion = 1;
  const [commitment] = dataset.commitments;
  if (!commitment) throw new Error('fixture has a commitment');
  delete commitment.kind;
  commitment.title = 'Law on peaceful assemblies';
  commitment.events = [
    { ...(commitment.events as object[])[0], voice: undefined, actor: 'kz' },
    {
      id: 'event-2',
      date: { value: '2024-01-01', precision: 'day', uncertain: false },
      type: 'implemented',
      text: 'It was applied.',
      actor: 'other',
      evidence: [{ source: 'src-a', quote: 'a verbatim quote' }],
    },
  ].map((event) => JSON.parse(JSON.stringify(event)) as object);
  return dataset;
}

describe(guessKind, () => {
  it.each([
    ['Abolition of the death penalty', 'abolition', 'Abolition'],
    ['2022 constitutional referendum', 'constitutional-change', 'referendum'],
    ['Commissioner for Human Rights (Ombudsperson)', 'institution', 'Commissioner'],
    ['Second Optional Protocol', 'treaty', 'Protocol'],
    ['Decree on human rights', 'decree', 'Decree'],
    ['Action Plan on human rights', 'programme', 'Plan'],
    ['Law on peaceful assemblies', 'law', null],
  ] as const)('guesses %s is a %s', (title, kind, hint) => {
    expect(guessKind(title)).toEqual({ kind, hint });
  });
});

describe(migrateV1toV2, () => {
  it('upgrades a version-1 file to one that validates, listing what it assumed', () => {
    const { upgraded, assumptions } = migrateV1toV2(versionOneDataset());
    expect(validateDataset(upgraded).ok).toBe(true);
    expect(assumptions).toEqual([
      {
        path: 'commitments[0].kind',
        message: 'set to "law" (no word in the title suggested another kind); check it',
      },
      {
        path: 'commitments[0].events[0].voice',
        message: 'set to "kazakh-government" from actor "kz"',
      },
      {
        path: 'commitments[0].events[1].voice',
        message:
          'set to "independent" from actor "other"; check whose word it is (kazakh-government, us-government, eu, un-or-intergovernmental, independent, court)',
      },
      {
        path: 'commitments[0].events[1].type',
        message: 'changed from "implemented" to "assessed" with finding "applied"',
      },
    ]);
  });

  it('leaves anything that is not a version-1 object as it was', () => {
    const current = makeDataset();
    expect(migrateV1toV2(current)).toEqual({ upgraded: current, assumptions: [] });
    expect(migrateV1toV2([1, 2]).assumptions).toEqual([]);
  });
});

describe('a version-1 file opened in the app', () => {
  it('says what changed, path by path, and how to upgrade', () => {
    const result = validateDataset(versionOneDataset());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('meta.schemaVersion');
    expect(result.problems[0]?.message).toMatch(
      /^is 1: this file was written for schema version 1/,
    );
    expect(result.problems[0]?.message).toContain('npm run data:migrate FILE');
    expect(result.problems.slice(1)).toEqual(describeV1Changes(versionOneDataset()));
    expect(result.problems[1]).toEqual({
      path: 'commitments[0].kind',
      message:
        'is required in schema version 2: one of law, decree, programme, institution, treaty, constitutional-change, abolition, announcement-only',
    });
    expect(result.problems[2]?.path).toBe('commitments[0].events[0].actor');
  });

  it('also lists what is wrong with the file beyond the version change', () => {
    const dataset = versionOneDataset() as { sources: { url: string }[] };
    const [source] = dataset.sources;
    if (source) source.url = 'javascript:alert(1)';
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toContain('sources[0].url');
  });
});
