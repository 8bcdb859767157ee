import type { ReactNode } from 'react';
import { BoundedList, type BoundedListProps } from '@/components/ui/bounded-list';
import { cn } from '@/lib/cn';

/** A detail's list from data holds a handful of items; a longer one starts with ten. */
export const DETAIL_LIST_SHOWN = 10;

export type DetailListProps<T> = Omit<BoundedListProps<T>, 'pageSize'> & {
  /** Defaults to `DETAIL_LIST_SHOWN`. */
  pageSize?: number;
  /** Said in place of an empty list; without it an empty list renders nothing. */
  emptyText?: ReactNode;
  emptyClassName?: string;
};

/** A list in a detail panel: its first page with "Show more", or a muted sentence when empty. */
export function DetailList<T>({
  emptyText,
  emptyClassName,
  pageSize = DETAIL_LIST_SHOWN,
  ...list
}: DetailListProps<T>) {
  if (list.items.length > 0) return <BoundedList pageSize={pageSize} {...list} />;
  if (emptyText === undefined) return null;
  return <p className={cn('text-sm text-muted', emptyClassName)}>{emptyText}</p>;
}
