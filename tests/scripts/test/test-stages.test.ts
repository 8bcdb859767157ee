import {
  runStages,
  summarize,
  type Step,
  type StepResult,
} from '../../../scripts/test/test-stages';

const STAGES: Step[][] = [
  [
    { name: 'a', command: 'a' },
    { name: 'b', command: 'b' },
  ],
  [{ name: 'c', command: 'c' }],
];

/** A step runner that records what started and lets the test end each step when it chooses. */
function controlledRunner(failing: string[] = []) {
  const started: string[] = [];
  const pending = new Map<string, () => void>();
  const runStep = (step: Step) =>
    new Promise<StepResult>((resolve) => {
      started.push(step.name);
      pending.set(step.name, () =>
        resolve({ name: step.name, ok: !failing.includes(step.name), seconds: 1, output: '' }),
      );
    });
  const end = async (name: string) => {
    pending.get(name)?.();
    await new Promise((settle) => setTimeout(settle, 0));
  };
  return { started, runStep, end };
}

describe('runStages', () => {
  it('starts every step of a stage before any has ended, and the next stage after all have', async () => {
    const { started, runStep, end } = controlledRunner();
    const reported: string[] = [];
    const run = runStages(STAGES, runStep, (result) => reported.push(result.name));
    await new Promise((settle) => setTimeout(settle, 0));
    expect(started).toEqual(['a', 'b']);
    await end('b');
    expect(reported).toEqual(['b']);
    expect(started).toEqual(['a', 'b']);
    await end('a');
    expect(started).toEqual(['a', 'b', 'c']);
    await end('c');
    expect((await run).map((result) => result.name)).toEqual(['a', 'b', 'c']);
  });

  it('runs no later stage once a step of a stage has failed, but lets that stage finish', async () => {
    const { started, runStep, end } = controlledRunner(['a']);
    const run = runStages(STAGES, runStep, () => {});
    await new Promise((settle) => setTimeout(settle, 0));
    await end('a');
    await end('b');
    const results = await run;
    expect(started).toEqual(['a', 'b']);
    expect(results.map((result) => [result.name, result.ok])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});

describe('summarize', () => {
  it('gives each step its verdict and time, and names the steps that never ran', () => {
    const results: StepResult[] = [
      { name: 'a', ok: true, seconds: 12.4, output: '' },
      { name: 'b', ok: false, seconds: 3, output: '' },
    ];
    expect(summarize(STAGES, results).split('\n')).toEqual([
      '  passed   12 s  a',
      '  FAILED    3 s  b',
      '  not run  c',
    ]);
  });
});
