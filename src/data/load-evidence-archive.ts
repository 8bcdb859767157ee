import type { EvidenceArchive } from '@/domain/evidence-archive';
import { evidenceArchiveUrl } from '@/domain/passage-origin';

/** Why a source's archived passages cannot be shown, in words a reader can act on. */
export class EvidenceArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceArchiveError';
  }
}

/** The source the archive must belong to: its id names the file, its url must match. */
export type ArchivedSource = { id: string; url: string };

async function fetchArchive(url: string, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EvidenceArchiveError(`The archived passages could not be downloaded (${reason}).`);
  }
  // A static host may answer a missing file with the app's page instead of a 404.
  const html = (response.headers.get('content-type') ?? '').includes('text/html');
  if (response.status === 404 || (response.ok && html)) {
    throw new EvidenceArchiveError('No passages are archived for this source.');
  }
  if (!response.ok) {
    throw new EvidenceArchiveError(
      `The archived passages could not be downloaded: the server answered ${response.status}.`,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new EvidenceArchiveError('The archive file of this source is not valid JSON.');
  }
}

/**
 * Fetches a source's archive file and validates it; throws an EvidenceArchiveError when it is
 * missing, unreadable, invalid, or belongs to another page than the source's URL. The validator
 * (zod) is imported on demand, so it stays out of the first screen's JavaScript.
 */
export async function loadEvidenceArchive(
  source: ArchivedSource,
  fetcher: typeof fetch = fetch,
): Promise<EvidenceArchive> {
  const { parseEvidenceArchive } = await import('@/domain/evidence-archive');
  const json = await fetchArchive(evidenceArchiveUrl(source.id, import.meta.env.BASE_URL), fetcher);
  const parsed = parseEvidenceArchive(json);
  if (!parsed.ok) {
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : '';
    throw new EvidenceArchiveError(
      `The archive file of this source is not valid: ${parsed.problems[0]}${more}.`,
    );
  }
  const { archive } = parsed;
  if (archive.source !== source.id || archive.url !== source.url) {
    throw new EvidenceArchiveError(
      `The archive file was made for another page (${archive.url}), so its passages are not shown.`,
    );
  }
  return archive;
}
