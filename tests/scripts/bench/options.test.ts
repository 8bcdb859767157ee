import { PARTS, parseOptions } from '../../../scripts/bench/options';

describe(parseOptions, () => {
  it('runs every part, building first, with 5 Lighthouse runs and ≥ 20 interactions by default', () => {
    const options = parseOptions([]);
    expect(options.parts).toEqual([...PARTS]);
    expect(options.build).toBe(true);
    expect(options.quick).toBe(false);
    expect(options.lighthouseRuns).toBe(5);
    expect(options.interactions).toBeGreaterThanOrEqual(20);
    expect(options.exportRuns).toBe(5);
    expect(options.pipelineScales).toEqual([1, 10, 100, 1000]);
  });

  it('makes --quick one Lighthouse run and fewer interactions', () => {
    const options = parseOptions(['--quick']);
    expect(options.lighthouseRuns).toBe(1);
    expect(options.interactions).toBeLessThan(20);
    expect(options.pipelineScales).not.toContain(1000);
  });

  it('keeps --only parts in report order whatever order they are given in', () => {
    expect(parseOptions(['--only=pipeline,sizes']).parts).toEqual(['sizes', 'pipeline']);
  });

  it('reads --no-build', () => {
    expect(parseOptions(['--no-build']).build).toBe(false);
  });

  it('rejects unknown parts and flags with the usage', () => {
    expect(() => parseOptions(['--only=sizes,speed'])).toThrow(/unknown part speed[\s\S]*Usage/);
    expect(() => parseOptions(['--only='])).toThrow(/--only/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown flag --fast/);
  });
});
