const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The URL normalised by the URL parser if it is absolute http(s), otherwise null. Applied at render
 * time on top of the schema check, so `javascript:`, `data:` and relative URLs are never linked.
 */
export function safeHttpUrl(candidate: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(candidate.trim());
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** The host name of an http(s) URL without a leading `www.`, or null if it is not one. */
export function hostOf(candidate: string): string | null {
  const safe = safeHttpUrl(candidate);
  return safe === null ? null : new URL(safe).hostname.replace(/^www\./, '');
}
