// The one definition of what the site sends for its security: the page's meta CSP, the headers of
// `npm start` and the browser tests' server, and the README's hosting example are all derived from it.

/**
 * The Content-Security-Policy directives a `<meta>` tag can carry. `blob:` in img-src is for chart
 * export (an <img> of a serialised SVG); no 'unsafe-inline' anywhere, so the build has no inline
 * script or style.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
] as const;

/** The policy in the built page's `<meta http-equiv="Content-Security-Policy">`. */
export const META_CONTENT_SECURITY_POLICY = PAGE_DIRECTIVES.join('; ');

/**
 * The policy sent as a header: the page's, plus `frame-ancestors 'none'`, which browsers ignore in
 * a meta tag (a page must refuse to be framed before it is parsed).
 */
export const HEADER_CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join(
  '; ',
);

/**
 * Powerful features the app never uses, switched off for it and anything it might embed. Only
 * features Chromium knows: an unknown name is logged as a console error on every page load.
 */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
].join(', ');

/**
 * Headers for every response of the site. `no-referrer`: the dashboard links to government and
 * NGO sites, and what a reader was looking at (the URL holds the filters and the open record)
 * is nobody else's business; the app's own requests need no Referer.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
} as const satisfies Record<string, string>;

/** The media type of the Atom feed (RFC 4287); generic servers send `text/xml` or `application/xml`. */
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * A Netlify (and Cloudflare Pages) `_headers` file sending SECURITY_HEADERS on every path and the
 * Atom media type on the feed at `feedPath` (e.g. `/feed.xml`); lines end with a newline.
 */
export function netlifyHeadersFile(feedPath: string): string {
  const lines = [
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  lines.push(feedPath, `  Content-Type: ${ATOM_CONTENT_TYPE}`);
  return `${lines.join('\n')}\n`;
}
