import { BUNDLED_DATASET_URL, loadDataset } from '@/data/load-dataset';
import { makeDataset } from '../support/fixtures';
import { failureOf, respond } from '../support/dataset-loading';

const bundled = { kind: 'bundled' } as const;

describe(loadDataset, () => {
  it('returns the validated dataset with its lookups', async () => {
    const loaded = await loadDataset(bundled, respond(JSON.stringify(makeDataset())));
    expect(loaded.index.meetingById.get('meeting-2')?.status).toBe('planned');
    expect(loaded.index.topicById.get('topic-b')?.label).toBe('Topic B');
    expect(loaded.index.meetingsByDate.map((meeting) => meeting.id)).toEqual([
      'meeting-1',
      'meeting-2',
    ]);
  });

  it('reports an HTTP failure with the status', async () => {
    const error = await failureOf(
      loadDataset(bundled, respond('nope', { status: 404, statusText: 'Not Found' })),
    );
    expect(error.problems).toEqual([
      { path: '(file)', message: `the server answered 404 Not Found for ${BUNDLED_DATASET_URL}` },
    ]);
  });

  it('reports a network failure', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const error = await failureOf(loadDataset(bundled, offline));
    expect(error.problems[0]?.message).toBe('network error: Failed to fetch');
  });

  it('reports text that is not JSON', async () => {
    const error = await failureOf(loadDataset(bundled, respond('{"meta": ')));
    expect(error.message).toBe('The dataset has 1 problem.');
    expect(error.problems[0]?.path).toBe('(file)');
    expect(error.problems[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it('reports every validation problem with its path', async () => {
    const broken = makeDataset();
    const raw = JSON.parse(JSON.stringify(broken));
    raw.meetings[0].date.value = '2024-02-30';
    raw.sources[0].url = 'javascript:alert(1)';
    const error = await failureOf(loadDataset(bundled, respond(JSON.stringify(raw))));
    expect(error.message).toBe('The dataset has 2 problems.');
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'sources[0].url',
      'meetings[0].date.value',
    ]);
  });
});
