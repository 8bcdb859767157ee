// @vitest-environment node
import fc from 'fast-check';
import { HttpUrl } from '@/domain/schema';
import { safeHttpUrl } from '@/lib/safe-url';
import { HOSTILE_URLS } from '../../support/dataset-mutations';

const NON_HTTP_SCHEMES = [
  'javascript',
  'data',
  'vbscript',
  'file',
  'ftp',
  'ws',
  'wss',
  'blob',
  'about',
  'mailto',
  'tel',
  'chrome',
  'hxxp',
  'https-evil',
  'httpx',
];

/** http(s) URLs without a domain name: the schema refuses them, the render check only looks at the scheme. */
const isDomainless = (url: string) => /^https?:/i.test(url);

/** Anything a dataset author (or attacker) might put in a URL field that is not an http(s) URL. */
const nonHttpUrl = fc.oneof(
  fc.constantFrom(...HOSTILE_URLS.filter((url) => !isDomainless(url))),
  fc.webUrl({ validSchemes: NON_HTTP_SCHEMES, withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\t', '\n', '\u0000', '\u001f', '\u00a0', '\ufeff'),
      fc.mixedCase(fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'java\tscript')),
      fc.string(),
    )
    .map(([prefix, scheme, rest]) => `${prefix}${scheme}:${rest}`),
);

/** Everything the schema must refuse. */
const hostileUrl = fc.oneof(nonHttpUrl, fc.constantFrom(...HOSTILE_URLS));

const anyCandidate = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileUrl,
);

const isHttp = (url: string) =>
  /^https?:\/\//.test(url) && ['http:', 'https:'].includes(new URL(url).protocol);

describe('URL safety', () => {
  it('safeHttpUrl returns null or an absolute http(s) URL, whatever it is given', () => {
    fc.assert(
      fc.property(anyCandidate, (candidate) => {
        const safe = safeHttpUrl(candidate);
        expect(safe === null || isHttp(safe)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('safeHttpUrl refuses every hostile or non-http(s) URL and keeps every web URL', () => {
    fc.assert(
      fc.property(nonHttpUrl, (candidate) => {
        expect(safeHttpUrl(candidate)).toBeNull();
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(safeHttpUrl(url)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('the schema refuses every non-http(s) URL and every http(s) URL without a domain name', () => {
    fc.assert(
      fc.property(hostileUrl, (candidate) => {
        expect(HttpUrl.safeParse(candidate).success).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('whatever the schema accepts, the render-time check keeps as http(s)', () => {
    fc.assert(
      fc.property(anyCandidate, (candidate) => {
        if (!HttpUrl.safeParse(candidate).success) return;
        const safe = safeHttpUrl(candidate);
        expect(safe !== null && isHttp(safe)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
