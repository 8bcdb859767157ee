import { readAuditReport } from '../../../scripts/audit/audit-report';

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities } });

describe('readAuditReport', () => {
  it('is clean with no advisories, or only low and moderate ones', () => {
    expect(
      readAuditReport(report({ info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 })),
    ).toEqual({ kind: 'clean', total: 0 });
    expect(
      readAuditReport(report({ low: 2, moderate: 1, high: 0, critical: 0, total: 3 })),
    ).toEqual({ kind: 'clean', total: 3 });
  });

  it('fails on any high or critical advisory', () => {
    expect(
      readAuditReport(report({ low: 0, moderate: 0, high: 1, critical: 0, total: 1 })),
    ).toEqual({
      kind: 'vulnerable',
      high: 1,
      critical: 0,
      total: 1,
    });
    expect(readAuditReport(report({ high: 0, critical: 2 }))).toMatchObject({
      kind: 'vulnerable',
      critical: 2,
      total: 2,
    });
  });

  it('never calls an unreachable advisory service clean', () => {
    const mirror = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(readAuditReport(mirror)).toEqual({
      kind: 'unavailable',
      reason:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(readAuditReport('npm error network')).toMatchObject({ kind: 'unavailable' });
  });
});
