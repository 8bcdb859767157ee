/** The feed's file name, next to index.html (the page links it as `<base>feed.xml`). */
export const FEED_FILE = 'feed.xml';

/**
 * The site's origin from `SITE_URL` (e.g. `https://tracker.example.org`), or null when it is not
 * set: the feed's links are then root-relative, and readers resolve them against the feed's own
 * address. Throws on anything but an absolute http(s) URL.
 */
export function siteOrigin(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://tracker.example.org (got ${JSON.stringify(value)}).`,
    );
  return url.origin;
}
