import { Fragment, type ReactNode } from 'react';

export type InlineListProps<T> = {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  'aria-label'?: string;
};

/**
 * A list written as a run of text, "A, B, C": each comma stays with its item, so a line never
 * starts with one, and a long item still wraps inside itself.
 */
export function InlineList<T>({ items, itemKey, renderItem, ...props }: InlineListProps<T>) {
  return (
    <ul className="inline" {...props}>
      {items.map((item, index) => (
        <Fragment key={itemKey(item)}>
          {index > 0 && ' '}
          <li className="inline-flex max-w-full items-center">
            {renderItem(item)}
            {index < items.length - 1 && ','}
          </li>
        </Fragment>
      ))}
    </ul>
  );
}
