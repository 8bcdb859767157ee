import { readFileSync } from 'node:fs';
import { walkEvidence, type EvidenceSite } from '@/domain/evidence-walk';
import type { Dataset } from '@/domain/schema';
import { formatJsonPath } from '@/lib/json-path';
import { collectSourceIds } from '@/domain/cited-sources';
import {
  evidence,
  makeCommitment,
  makeContact,
  makeDataset,
  makeMeeting,
  makeReview,
} from '../support/fixtures';

/** Each visited list as `path (owner kind/fact kind): sources`. */
function walked(dataset: Dataset): string[] {
  const out: string[] = [];
  walkEvidence(dataset, (list, site: EvidenceSite) => {
    const sources = list.map((item) => item.source).join(',');
    out.push(`${formatJsonPath(site.path)} (${site.owner.kind}/${site.fact.kind}): ${sources}`);
  });
  return out;
}

describe(walkEvidence, () => {
  it('visits every evidence list of a meeting and a commitment with its citing path, in order', () => {
    const meeting = makeMeeting({
      topics: [{ topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence('src-b') }],
    });
    const commitment = makeCommitment({
      discussedAt: [{ meeting: meeting.id, evidence: evidence('src-b') }],
      term: { from: '2022', to: '2026', evidence: evidence('src-a') },
    });
    const dataset = makeDataset({ meetings: [meeting], commitments: [commitment], people: [] });
    expect(walked({ ...dataset, conflicts: [], reviews: [], contacts: [] })).toEqual([
      'meetings[0].date.evidence (meeting/date): src-a',
      'meetings[0].location.evidence (meeting/place): src-a',
      ...meeting.coChairs.map(
        (_, c) => `meetings[0].coChairs[${c}].evidence (meeting/co-chair): src-a`,
      ),
      'meetings[0].topics[0].evidence (meeting/topic-raised): src-b',
      ...meeting.outcomes.map(
        (_, o) => `meetings[0].outcomes[${o}].evidence (meeting/outcome): src-a`,
      ),
      'commitments[0].discussedAt[0].evidence (commitment/discussed-at): src-b',
      ...commitment.events.map(
        (_, e) => `commitments[0].events[${e}].evidence (commitment/event): src-a`,
      ),
      'commitments[0].term.evidence (commitment/term): src-a',
      ...dataset.dialogues.flatMap((d, i) =>
        d.origin ? [`dialogues[${i}].origin.evidence (dialogue/origin): src-a`] : [],
      ),
    ]);
  });

  it('visits review editions (value, then date) and contacts (date, place, human rights)', () => {
    const dataset = makeDataset({
      meetings: [],
      commitments: [],
      people: [],
      conflicts: [],
      dialogues: [],
      reviews: [makeReview({ evidence: evidence('src-b') })],
      contacts: [makeContact({ location: null })],
    });
    const lines = walked(dataset);
    expect(lines.slice(0, 3)).toEqual([
      'reviews[0].evidence (review/value): src-b',
      'reviews[0].date.evidence (review/date): src-a',
      'contacts[0].date.evidence (contact/date): src-a',
    ]);
    expect(lines.slice(3).every((line) => line.includes('(contact/human-rights)'))).toBe(true);
  });

  it('visits nothing in a dataset without records', () => {
    const empty = makeDataset({
      meetings: [],
      commitments: [],
      people: [],
      conflicts: [],
      dialogues: [],
    });
    expect(walked({ ...empty, reviews: undefined, contacts: undefined })).toEqual([]);
  });

  it('misses no evidence list of the bundled dataset', () => {
    const bundled = JSON.parse(
      readFileSync('public/data/dialogue-dataset.json', 'utf8'),
    ) as Dataset;
    const everyList = (node: unknown): number => {
      if (node === null || typeof node !== 'object') return 0;
      return Object.entries(node).reduce(
        (sum, [key, child]) => sum + (key === 'evidence' ? 1 : everyList(child)),
        0,
      );
    };
    let lists = 0;
    const cited = new Set<string>();
    walkEvidence(bundled, (list) => {
      lists += 1;
      list.forEach((item) => cited.add(item.source));
    });
    expect(lists).toBe(everyList(bundled));
    expect([...cited].toSorted()).toEqual(collectSourceIds(bundled).toSorted());
  });
});
