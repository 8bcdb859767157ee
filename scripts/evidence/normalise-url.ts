// Two spellings of one page should compare equal, and two pages never. So only differences that
// do not change which document a server returns are dropped:
// - the scheme (http/https) and a fragment (#…);
// - a leading `www.` or `m.` label (the mobile site serves the same path) and a trailing dot of a
//   fully qualified host name (`vlast.kz.`);
// - a trailing slash and an `/amp` suffix (the AMP rendering of the same article);
// - the case of percent-escapes (`%d0` = `%D0`) and `utm_*` tracking parameters.
// Other subdomains are kept: `en.inform.kz/news/…` and `www.inform.kz/en/…` are different
// articles, and a language edition is another text, so its quote would be a translation.

const URL_IN_TEXT = /https?:\/\/[^\s<>"'»«|)\]]+/g;

/** A comparison key for an http(s) URL (see above), or null when the text is not one. */
export function normaliseUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:www|m)\./, '');
  const path = url.pathname
    .replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
    .replace(/\/+$/, '')
    .replace(/\/amp$/i, '');
  const params = [...url.searchParams].filter(([key]) => !key.toLowerCase().startsWith('utm_'));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/** Every http(s) URL written in a text, without trailing sentence punctuation, in order. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
}
