import type { LoadedDataset } from '@/domain/dataset-index';
import { recordEndsOn } from '@/domain/record-end';
import { MAX_LINE_CHARS } from '@/lib/bounded-text';
import { formatPartialDate } from '@/lib/dates';
import { cutText, showInvisible } from '@/lib/visible-text';
import { isolate } from '@/lib/isolate';

/** "10 meetings · 21 topics · 12 commitments · 54 sources", with singulars where a count is one. */
export function describeCounts(dataset: LoadedDataset): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return [
    count(dataset.meetings.length, 'meeting'),
    count(dataset.topics.length, 'topic'),
    count(dataset.commitments.length, 'commitment'),
    count(dataset.sources.length, 'source'),
  ].join(' · ');
}

/** The dataset's own name (cut to MAX_LINE_CHARS) and version as its metadata states them. */
export function describeDataset(dataset: LoadedDataset): string {
  return `${isolate(cutText(dataset.meta.title, MAX_LINE_CHARS))}, version ${dataset.meta.version}`;
}

/** "Recorded up to 1 July 2026 (the newest dated record)." — or that nothing is dated. */
export function describeRecordEnd(dataset: LoadedDataset): string {
  const { text, note } = describeRecordEndParts(dataset);
  return note ? `${text} ${note}.` : `${text}.`;
}

/**
 * The same in two parts, so a phone can leave the note out: "Recorded up to 1 July 2026" and
 * "(the newest dated record)"; no note when nothing is dated.
 */
export function describeRecordEndParts(dataset: LoadedDataset): { text: string; note?: string } {
  const end = recordEndsOn(dataset);
  return end
    ? { text: `Recorded up to ${formatPartialDate(end)}`, note: '(the newest dated record)' }
    : { text: 'Nothing in it is dated' };
}

/** What a screen reader hears once a dataset is on screen. */
export function announceDataset(dataset: LoadedDataset): string {
  const origin = dataset.origin;
  const where =
    origin?.kind === 'custom'
      ? `Now showing your file ${isolate(showInvisible(origin.fileName))}`
      : 'Now showing the bundled dataset';
  return `${where}: ${describeDataset(dataset)} — ${describeCounts(dataset)}.`;
}

/** Megabytes with at most one decimal, for file-size messages: "20 MB", "1.5 MB". */
export function formatMegabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}
