import { readFileSync } from 'node:fs';
import { flagCommitment } from '@/domain/commitment-flags';
import { completionText, deriveStatus } from '@/domain/commitment-status';
import { validateDataset } from '@/domain/validate-dataset';
import type { Dataset } from '@/domain/schema';
import { JSON_SCHEMA_FILE, renderJsonSchema } from '../../scripts/json-schema';

// The one contract test on the real bundled dataset; every other test uses fixtures.
const raw: unknown = JSON.parse(readFileSync('public/data/dialogue-dataset.json', 'utf8'));

function loadBundled(): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
}

describe('the bundled dataset', () => {
  const dataset = loadBundled();
  const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
  const rounds = dataset.meetings.filter((meeting) => meeting.dialogue === primary?.id);

  it('passes the schema and every integrity rule', () => {
    expect(validateDataset(raw)).toMatchObject({ ok: true });
  });

  it('has the three held rounds of the US–Kazakhstan dialogue and the planned fourth', () => {
    expect(primary?.parties).toEqual(['us', 'kz']);
    const held = rounds.filter((meeting) => meeting.status === 'held');
    expect(held.map((meeting) => [meeting.round, meeting.date.value])).toEqual([
      [1, '2022-04-11'],
      [2, '2023-01-24'],
      [3, '2024-05-20'],
    ]);
    expect(held[0]?.location.city).toBe('Nur-Sultan');
    const planned = rounds.filter((meeting) => meeting.status === 'planned');
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ round: 4, date: { value: '2025', precision: 'year' } });
    expect(planned[0]?.location.city).toMatch(/^Washington/);
  });

  it('has the EU–Kazakhstan dialogue as a second series', () => {
    const eu = dataset.dialogues.find((dialogue) => dialogue.parties.includes('eu'));
    expect(eu?.primary).toBe(false);
    expect(
      dataset.meetings.filter((meeting) => meeting.dialogue === eu?.id).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('tracks at least twelve commitments, each with a dated history and a derivable status', () => {
    expect(dataset.commitments.length).toBeGreaterThanOrEqual(12);
    for (const commitment of dataset.commitments) {
      expect(commitment.events.length).toBeGreaterThan(0);
      // Only a commitment made in words alone may have no act recorded (the January 2022 inquiry).
      if (commitment.kind !== 'announcement-only')
        expect(deriveStatus(commitment).status).not.toBe('no-evidence');
    }
  });

  it('has a controlled vocabulary of 15–25 topics, each used somewhere', () => {
    expect(dataset.topics.length).toBeGreaterThanOrEqual(15);
    expect(dataset.topics.length).toBeLessThanOrEqual(25);
    const used = new Set([
      ...dataset.meetings.flatMap((meeting) => meeting.topics.map((raised) => raised.topic)),
      ...dataset.commitments.flatMap((commitment) => commitment.topics),
    ]);
    expect(dataset.topics.filter((topic) => !used.has(topic.id)).map((topic) => topic.id)).toEqual(
      [],
    );
  });

  it('records the conflicts the sources are known to have', () => {
    expect(dataset.conflicts.length).toBeGreaterThanOrEqual(3);
    for (const conflict of dataset.conflicts) {
      const sources = new Set(
        conflict.claims.flatMap((claim) => claim.evidence.map((e) => e.source)),
      );
      expect(sources.size).toBeGreaterThanOrEqual(1);
    }
  });

  it('ships a JSON Schema generated from the current zod schema', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });
});

// The reference date of the issue that set these expectations; pinned so the test cannot drift.
const TODAY = '2026-12-06';

describe('the bundled dataset read on 6 December 2026', () => {
  const dataset = loadBundled();
  const derived = new Map(dataset.commitments.map((c) => [c.id, deriveStatus(c, TODAY)]));
  const completion = (id: string) => {
    const status = derived.get(id);
    return status ? completionText(status) : 'missing';
  };

  it('reads the completed reforms as complete', () => {
    expect(completion('death-penalty-abolition')).toBe('Abolition in force');
    expect(completion('constitutional-referendum-2022')).toBe('In effect');
    expect(completion('human-rights-commissioner')).toBe('Operating');
    expect(completion('constitutional-court')).toBe('Operating');
    expect(completion('human-rights-action-plan')).toBe('Adopted (in force)');
    expect(derived.get('new-kazakhstan')).toMatchObject({ label: 'Announced', complete: true });
  });

  it('puts no flag on a complete reform', () => {
    for (const commitment of dataset.commitments) {
      const status = derived.get(commitment.id);
      if (!status?.complete) continue;
      expect(flagCommitment(commitment, status, TODAY)).toMatchObject({
        quiet: false,
        overdue: false,
      });
    }
  });

  it('keeps the anti-corruption Concept in its 2022–2026 term, with no successor recorded', () => {
    const concept = dataset.commitments.find((c) => c.id === 'anti-corruption');
    const status = derived.get('anti-corruption');
    if (!concept || !status) throw new Error('commitment missing');
    expect(flagCommitment(concept, status, TODAY).term).toEqual({
      from: '2022',
      to: '2026',
      ended: false,
      successor: null,
    });
    expect(flagCommitment(concept, status, '2027-01-01').term?.ended).toBe(true);
  });

  it('sets every completion by an act or finding whose word is recorded', () => {
    for (const status of derived.values()) {
      if (status.stage === 'no-evidence') continue;
      expect(status.reachedBy?.voice).toBeDefined();
      expect(status.reachedBy?.evidence.length).toBeGreaterThan(0);
    }
  });

  it('marks government-reported practice as such, and has outside findings where they were found', () => {
    const headline = (id: string) => derived.get(id)?.practice.headline;
    expect(headline('domestic-violence-law')).toMatchObject({
      finding: 'shortfalls',
      governmentReported: false,
    });
    expect(headline('asset-recovery')).toMatchObject({
      finding: 'applied',
      governmentReported: true,
    });
  });

  it('has the 2026 Constitution in effect and records the December 2025 restriction as a reversal', () => {
    expect(completion('constitution-2026')).toBe('In effect');
    expect(completion('mass-media-law')).toBe('In force, partly reversed');
    expect(derived.get('mass-media-law')?.reversal?.event.date.value).toBe('2025-12-30');
  });

  it('holds at least five assessments of 2025–2026 from outside the Kazakh government, each saying whose word it is', () => {
    const outside = new Set(['us-government', 'eu', 'un-or-intergovernmental', 'independent']);
    const findings = dataset.commitments.flatMap((c) =>
      c.events.filter(
        (e) =>
          (e.type === 'assessed' || e.type === 'criticised') &&
          outside.has(e.voice) &&
          e.date.value >= '2025' &&
          e.date.value <= TODAY,
      ),
    );
    const voices = new Map((dataset.reviewSeries ?? []).map((s) => [s.id, s.voice]));
    const reviews = (dataset.reviews ?? []).filter(
      (r) => r.date.value >= '2025' && outside.has(voices.get(r.series) ?? ''),
    );
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(reviews.length).toBeGreaterThanOrEqual(5);
  });
});
