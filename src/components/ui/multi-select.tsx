import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { DataTextList } from '@/components/ui/data-text';
import { useDismiss } from '@/components/ui/use-dismiss';
import { cn } from '@/lib/cn';

export type MultiSelectOption = {
  value: string;
  label: string;
  /** Shown when the option is hovered or focused, and read as its description. */
  description?: string;
};

export type MultiSelectProps = {
  /** The accessible name of the control and its visible label. */
  label: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
};

/** A disclosure button that opens a list of checkboxes; Escape or a click outside closes it. */
export function MultiSelect({ label, options, selected, onChange }: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const summaryId = useId();
  const chosen = new Set(selected);
  const chosenLabels = options
    .filter((option) => chosen.has(option.value))
    .map((option) => option.label);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);

  // A stable toggle lets each option skip re-rendering unless its own box changed: a dataset of
  // one's own can have thousands of topics, and every tick used to re-render them all.
  const latest = useRef({ selected, onChange });
  useLayoutEffect(() => {
    latest.current = { selected, onChange };
  });
  const toggle = useCallback((value: string) => {
    const { selected: current, onChange: change } = latest.current;
    change(current.includes(value) ? current.filter((v) => v !== value) : [...current, value]);
  }, []);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={summaryId}
        onClick={() => setOpen((value) => !value)}
        className={cn(
          'flex min-h-9 items-center gap-2 rounded-md border bg-surface px-3 text-sm',
          chosen.size > 0 ? 'border-accent' : 'border-line',
        )}
      >
        {label}
        {chosen.size > 0 && (
          <span aria-hidden="true" className="rounded-full bg-accent px-1.5 text-xs text-surface">
            {chosen.size}
          </span>
        )}
        <span aria-hidden="true" className="text-muted">
          ▾
        </span>
      </button>
      <span id={summaryId} className="sr-only">
        {chosenLabels.length > 0 ? (
          <>
            {chosenLabels.length} selected: <DataTextList values={chosenLabels} />
          </>
        ) : (
          'Any'
        )}
      </span>
      <div
        id={panelId}
        role="group"
        aria-label={label}
        hidden={!open}
        className="absolute z-30 mt-1 max-h-80 w-72 overflow-y-auto rounded-md border border-line bg-surface p-2 shadow-lg"
      >
        {options.map((option) => (
          <OptionRow
            key={option.value}
            option={option}
            checked={chosen.has(option.value)}
            onToggle={toggle}
          />
        ))}
        {chosen.size > 0 && (
          <button
            type="button"
            onClick={() => onChange([])}
            className="mt-1 min-h-6 w-full rounded px-2 text-left text-sm text-accent underline"
          >
            Clear {label.toLowerCase()}
          </button>
        )}
      </div>
    </div>
  );
}

type OptionRowProps = {
  option: MultiSelectOption;
  checked: boolean;
  onToggle: (value: string) => void;
};

const OptionRow = memo(function OptionRow({ option, checked, onToggle }: OptionRowProps) {
  const descriptionId = useId();
  return (
    <label className="group flex min-h-6 cursor-pointer items-start gap-2 rounded px-2 py-1 text-sm hover:bg-accent-soft">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-(--color-accent)"
        checked={checked}
        onChange={() => onToggle(option.value)}
        aria-describedby={option.description ? descriptionId : undefined}
      />
      <span>
        {option.label}
        {option.description && (
          <span
            id={descriptionId}
            className="hidden text-xs text-muted group-focus-within:block group-hover:block"
          >
            {option.description}
          </span>
        )}
      </span>
    </label>
  );
});
