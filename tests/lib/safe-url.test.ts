import { hostOf, safeHttpUrl } from '@/lib/safe-url';

describe(safeHttpUrl, () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://www.state.gov/x/')).toBe('https://www.state.gov/x/');
    expect(safeHttpUrl('  http://example.org ')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:a@b.c',
    'ftp://example.org/file',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %j', (candidate) => {
    expect(safeHttpUrl(candidate)).toBeNull();
  });
});

describe(hostOf, () => {
  it('returns the host without www, or null for unsafe URLs', () => {
    expect(hostOf('https://www.inform.kz/en/a')).toBe('inform.kz');
    expect(hostOf('https://astanatimes.com/2024/05/x/')).toBe('astanatimes.com');
    expect(hostOf('javascript:alert(1)')).toBeNull();
  });
});
