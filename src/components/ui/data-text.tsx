import { Fragment } from 'react';
import { cutText, showInvisible } from '@/lib/visible-text';

export type DataTextProps = { children: string };

/**
 * Text from the data (a label, a name, a title) inside a sentence of the app's own words. `<bdi>`
 * isolates it: a right-to-left label or a stray override character (U+202E) reorders only itself,
 * never the words around it.
 */
export function DataText({ children }: DataTextProps) {
  return <bdi>{children}</bdi>;
}

export type LongDataTextProps = { text: string; max: number };

/**
 * Data text that may be very long (a dataset title): cut to `max` characters for the layout, and
 * whole in the tooltip so nothing is lost.
 */
export function LongDataText({ text, max }: LongDataTextProps) {
  return <bdi title={text.length > max ? text : undefined}>{cutText(text, max)}</bdi>;
}

export type FileNameTextProps = { name: string };

/**
 * A file name as the reader's system gave it, isolated like data text, with invisible and reordering
 * characters written as escapes: `evil\u202Enosj.exe` shows as that, not as "evilexe.json"; a
 * name longer than 80 characters is cut.
 */
export function FileNameText({ name }: FileNameTextProps) {
  return <bdi>{showInvisible(cutText(name, 80))}</bdi>;
}

export type DataTextListProps = { values: readonly string[]; separator?: string };

/** Several texts from the data in a row ("Topic A, Topic B"), each isolated from its neighbours. */
export function DataTextList({ values, separator = ', ' }: DataTextListProps) {
  return values.map((value, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <bdi>{value}</bdi>
    </Fragment>
  ));
}
