import { readFileSync } from 'node:fs';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  netlifyHeadersFile,
} from '../../../scripts/hosting/security-headers';

/** The first fenced code block of the README's "### Hosting" section, with its final newline. */
function readmeHostingExample(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('\n### Hosting\n')[1]?.split('\n## ')[0] ?? '';
  const block = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(section);
  if (!block?.[1]) throw new Error('README.md has no code block under "### Hosting"');
  return block[1];
}

describe('the security headers', () => {
  it('send the page’s own policy, plus the frame refusal a meta tag cannot carry', () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(
      `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_CONTENT_SECURITY_POLICY);
  });

  it('are what the README tells a host to send, word for word', () => {
    expect(readmeHostingExample()).toBe(netlifyHeadersFile('/feed.xml'));
  });
});

describe(netlifyHeadersFile, () => {
  it('sends every header on every path, and the Atom type on the feed only', () => {
    const lines = netlifyHeadersFile('/feed.xml').split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines.slice(1, 5)).toEqual(
      Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    );
    expect(lines.slice(5)).toEqual([
      '/feed.xml',
      '  Content-Type: application/atom+xml; charset=utf-8',
      '',
    ]);
  });
});
