import {
  BUDGETS,
  checkBudget,
  overallVerdict,
  summarizeChecks,
  verdictMark,
} from '../../../scripts/bench/budgets';

describe(checkBudget, () => {
  it('passes a figure at the limit of an at-most budget and fails one above it', () => {
    expect(checkBudget(BUDGETS.lcp, 1500)).toBe('pass');
    expect(checkBudget(BUDGETS.lcp, 1500.1)).toBe('fail');
  });

  it('passes a score at the limit of an at-least budget and fails one below it', () => {
    expect(checkBudget(BUDGETS.lighthouseScore, 98)).toBe('pass');
    expect(checkBudget(BUDGETS.lighthouseScore, 97)).toBe('fail');
  });

  it('never passes a figure that was not measured', () => {
    expect(checkBudget(BUDGETS.tbt, undefined)).toBe('not-measured');
    expect(checkBudget(BUDGETS.tbt, Number.NaN)).toBe('not-measured');
  });

  it('holds the limits of issue #6', () => {
    expect(BUDGETS.initialJs.limit).toBe(150_000);
    expect(BUDGETS.cls.limit).toBe(0.01);
    expect(BUDGETS.filterP95At1x.limit).toBe(50);
    expect(BUDGETS.filterP95At4x.limit).toBe(100);
    expect(BUDGETS.filterP95At100xData.limit).toBe(100);
    expect(BUDGETS.pipelineAt100x.limit).toBe(200);
  });
});

describe(summarizeChecks, () => {
  it('names the missed and the unmeasured budgets', () => {
    expect(
      summarizeChecks([
        { name: 'LCP', verdict: 'pass' },
        { name: 'TBT', verdict: 'fail' },
        { name: 'initial JS', verdict: 'fail' },
        { name: 'pipeline 100×', verdict: 'not-measured' },
      ]),
    ).toBe('Budgets: 1 of 3 met; missed: TBT, initial JS; not measured: pipeline 100×');
  });

  it('says when every measured budget was met', () => {
    expect(summarizeChecks([{ name: 'LCP', verdict: 'pass' }])).toBe(
      'Budgets: 1 of 1 met; all measured budgets met',
    );
  });

  it('says when no budget applies', () => {
    expect(summarizeChecks([])).toBe('Budgets: none apply to the parts that were run');
  });
});

describe(overallVerdict, () => {
  it('fails if any check failed, passes if some passed, else is not measured', () => {
    expect(
      overallVerdict([
        { name: 'a', verdict: 'pass' },
        { name: 'b', verdict: 'fail' },
      ]),
    ).toBe('fail');
    expect(overallVerdict([{ name: 'a', verdict: 'pass' }])).toBe('pass');
    expect(overallVerdict([{ name: 'a', verdict: 'not-measured' }])).toBe('not-measured');
    expect(overallVerdict([])).toBe('not-measured');
  });

  it('maps verdicts to marks', () => {
    expect([verdictMark('pass'), verdictMark('fail'), verdictMark('not-measured')]).toEqual([
      '✔',
      '✖',
      '–',
    ]);
  });
});
