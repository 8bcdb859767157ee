import { useLayoutEffect, useRef, type ReactNode } from 'react';

export type DatasetAlertProps = {
  title: ReactNode;
  children: ReactNode;
  actions: ReactNode;
  testId: string;
};

/** A problem with the dataset, in the bar: takes focus so keyboard and screen-reader users land on it. */
export function DatasetAlert({ title, children, actions, testId }: DatasetAlertProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before the paint, so focus is never seen elsewhere a moment after the panel appears.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <div
      role="alert"
      className="mt-3 rounded-lg border border-danger bg-danger-soft p-4"
      data-testid={testId}
    >
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-danger">
        {title}
      </h2>
      {children}
      <div className="mt-4 flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}
