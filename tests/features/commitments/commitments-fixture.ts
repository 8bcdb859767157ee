import { parseDataset } from '@/data/parse-dataset';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { Dataset } from '@/domain/schema';
import { evidence, makeCommitment, makeDataset, makeEvent } from '../../support/fixtures';

/**
 * Four commitments: "Bravo", a law adopted; "Alpha", a law in force (with positions, an independent
 * practice finding and two meetings); "Charlie" with only a welcome (no evidence); "Delta", an
 * institution shown operating by a government-reported finding and later partly reversed.
 */
export function makeCommitmentsData(): Dataset {
  return makeDataset({
    commitments: [
      makeCommitment({
        id: 'bravo',
        title: 'Bravo law',
        events: [
          makeEvent({
            id: 'bravo-1',
            type: 'announced',
            date: { value: '2022-01-10', precision: 'day', uncertain: false },
            text: 'The president announced it.',
          }),
          makeEvent({
            id: 'bravo-2',
            type: 'adopted',
            date: { value: '2023-05-01', precision: 'day', uncertain: false },
            text: 'The law was signed.',
            evidence: evidence('src-b', 'signed into law'),
          }),
        ],
      }),
      makeCommitment({
        id: 'alpha',
        title: 'Alpha court',
        committedBy: 'President of Kazakhstan',
        topics: ['topic-a', 'topic-b'],
        discussedAt: [
          { meeting: 'meeting-2', evidence: evidence('src-b', 'raised again') },
          { meeting: 'meeting-1', evidence: evidence('src-a', 'the court was discussed') },
        ],
        events: [
          makeEvent({
            id: 'alpha-1',
            type: 'adopted',
            date: { value: '2023-01', precision: 'month', uncertain: false },
            text: 'The constitutional law was adopted.',
          }),
          makeEvent({
            id: 'alpha-2',
            type: 'in-force',
            date: { value: '2024-06-16', precision: 'day', uncertain: false },
            text: 'The law took effect.',
            meeting: 'meeting-1',
            evidence: evidence('src-a', 'entered into force on 16 June'),
          }),
          makeEvent({
            id: 'alpha-5',
            type: 'assessed',
            finding: 'shortfalls',
            voice: 'independent',
            date: { value: '2024-06-20', precision: 'day', uncertain: false },
            text: 'An NGO found it applied unevenly.',
            evidence: evidence('src-b', 'applied unevenly'),
          }),
          makeEvent({
            id: 'alpha-3',
            type: 'welcomed',
            voice: 'us-government',
            date: { value: '2024-07', precision: 'month', uncertain: false },
            text: 'The US welcomed it.',
          }),
          makeEvent({
            id: 'alpha-4',
            type: 'criticised',
            voice: 'independent',
            date: { value: '2024', precision: 'year', uncertain: true },
            text: 'An NGO criticised it.',
          }),
        ],
      }),
      makeCommitment({
        id: 'charlie',
        title: 'Charlie plan',
        discussedAt: [],
        events: [
          makeEvent({
            id: 'charlie-1',
            type: 'welcomed',
            voice: 'eu',
            date: { value: '2021', precision: 'year', uncertain: false },
            text: 'The EU welcomed the idea.',
          }),
        ],
      }),
      makeCommitment({
        id: 'delta',
        title: 'Delta office',
        kind: 'institution',
        committedBy: 'Government of Kazakhstan',
        topics: ['topic-b'],
        discussedAt: [],
        events: [
          makeEvent({
            id: 'delta-1',
            type: 'adopted',
            date: { value: '2020-03-01', precision: 'day', uncertain: false },
            text: 'A decree set up the office.',
          }),
          makeEvent({
            id: 'delta-2',
            type: 'assessed',
            finding: 'applied',
            date: { value: '2021-03', precision: 'month', uncertain: false },
            text: 'The office reported 100 cases handled.',
            evidence: evidence('src-a', '100 cases'),
          }),
          makeEvent({
            id: 'delta-3',
            type: 'reversed',
            extent: 'narrows',
            date: { value: '2022-02-01', precision: 'day', uncertain: false },
            text: 'A later law cut its powers.',
            evidence: evidence('src-b', 'powers were cut'),
          }),
        ],
      }),
    ],
  });
}

/** The same data validated and indexed, as `useDataset()` returns it. */
export function makeCommitmentsDataset(): LoadedDataset {
  return parseDataset(makeCommitmentsData());
}
