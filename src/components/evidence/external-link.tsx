import type { ReactNode } from 'react';
import { hostOf, safeHttpUrl } from '@/lib/safe-url';
import { LINK_STYLE } from '@/lib/link-style';

export type ExternalLinkProps = {
  href: string;
  children: ReactNode;
};

/** A link to an outside page, only if its URL is http(s); otherwise the text alone, marked as unlinked. */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const safe = safeHttpUrl(href);
  if (safe === null) {
    return (
      <span>
        {children} <span className="text-xs text-danger">(link refused: not an http(s) URL)</span>
      </span>
    );
  }
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className={LINK_STYLE}>
      {children}
      <span className="text-xs text-muted"> ({hostOf(safe)})</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
