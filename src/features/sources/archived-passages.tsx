import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { EvidenceArchive } from '@/domain/evidence-archive';
import { evidenceArchiveQueryOptions } from '@/data/evidence-archive-query';
import { EvidenceArchiveError } from '@/data/load-evidence-archive';
import { describePassageOrigin } from '@/domain/passage-origin';
import { formatPartialDate } from '@/lib/dates';
import { LanguageTag } from '@/components/evidence/language-tag';

export type ArchivedPassagesProps = {
  source: { id: string; url: string; language: string };
  /** The heading's id, for a contents list to link to; a generated one otherwise. */
  headingId?: string;
};

function PassageList({ archive, language }: { archive: EvidenceArchive; language: string }) {
  return (
    <>
      <p className="mt-2 text-sm">
        {archive.retrieved
          ? `Read on ${formatPartialDate(archive.retrieved)}.`
          : 'When the page was read is not recorded.'}
        {archive.note && <span className="text-muted"> {archive.note}</span>}
      </p>
      {archive.passages.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No passages are archived for this source.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {archive.passages.map((passage, index) => (
            <li key={index} className="rounded-md border-l-4 border-line bg-page px-3 py-2">
              <LanguageTag language={language} />
              <blockquote lang={language} className="text-sm wrap-anywhere">
                “{passage.text}”
              </blockquote>
              {passage.translation && (
                <p className="mt-1 text-sm wrap-anywhere">English: “{passage.translation}”</p>
              )}
              <p className="mt-1 text-xs wrap-anywhere text-muted">
                From: {describePassageOrigin(passage)}
              </p>
              {passage.note && (
                <p className="mt-1 text-xs wrap-anywhere text-muted">Note: {passage.note}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The passages archived for a source, fetched when its detail opens; a failure stays in this section. */
export function ArchivedPassages({ source, headingId: givenId }: ArchivedPassagesProps) {
  const generatedId = useId();
  const headingId = givenId ?? generatedId;
  const query = useQuery(evidenceArchiveQueryOptions(source));
  return (
    <section aria-labelledby={headingId} aria-busy={query.isPending}>
      <h3 id={headingId} className="mt-6 text-base font-semibold">
        Archived passages
      </h3>
      {query.isPending && (
        <p role="status" className="mt-2 text-sm text-muted">
          Loading the archived passages…
        </p>
      )}
      {query.isError && (
        <p className="mt-2 text-sm text-danger">
          {query.error instanceof EvidenceArchiveError
            ? query.error.message
            : 'The archived passages could not be shown.'}
        </p>
      )}
      {query.isSuccess && <PassageList archive={query.data} language={source.language} />}
    </section>
  );
}
