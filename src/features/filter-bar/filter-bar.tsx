import { useId, useMemo, useState, type ReactNode } from 'react';
import { STATUS_SCALE } from '@/domain/commitment-status';
import { meetingName } from '@/domain/labels';
import { formatPartialDate } from '@/lib/dates';
import { ALL_DIALOGUES, isDefaultFilters, type Filters } from '@/view/filters';
import { useFilterControls } from '@/view/use-filter-controls';
import type { LoadedDataset } from '@/domain/dataset-index';
import { MultiSelect } from '@/components/ui/multi-select';
import { Button } from '@/components/ui/button';
import { compareText } from '@/lib/compare-text';
import { cn } from '@/lib/cn';
import { FilterSummary } from '@/features/filter-bar/filter-summary';
import { idFromOptionValue, idOptionValue } from '@/lib/option-value';
import { isolate } from '@/lib/isolate';

/** The Dialogue select's value for both dialogues; a dialogue's value is its prefixed id. */
const BOTH_DIALOGUES = 'both';

const STATUS_OPTIONS = STATUS_SCALE.map((entry) => ({
  value: entry.id,
  label: entry.label,
  description: entry.definition,
}));

/** The one filter bar shared by every panel; all state lives in the URL. */
export function FilterBar() {
  const { filters, vocabulary, dataset, updating, setFilters, resetFilters } = useFilterControls();
  const dialogueId = useId();
  const controlsId = useId();
  // Phones show the controls on request: the summary line and this toggle take one line.
  const [open, setOpen] = useState(false);
  const topicOptions = useMemo(() => {
    return dataset.topics
      .map((topic) => ({ value: topic.id, label: topic.label, description: topic.definition }))
      .toSorted((a, b) => compareText(a.label, b.label));
  }, [dataset.topics]);
  const yearOptions = useMemo(
    () => vocabulary.years.map((year) => ({ value: String(year), label: String(year) })),
    [vocabulary.years],
  );

  return (
    <section aria-label="Filters">
      <div
        id={controlsId}
        className={cn(
          'mx-auto max-w-6xl flex-wrap items-end gap-3 px-4 pt-2 pb-1 sm:flex sm:px-6',
          open ? 'flex' : 'hidden',
        )}
      >
        <MultiSelect
          label="Topic"
          options={topicOptions}
          selected={filters.topics}
          onChange={(topics) => setFilters({ topics })}
        />
        <MultiSelect
          label="Year"
          options={yearOptions}
          selected={filters.years.map(String)}
          onChange={(years) => setFilters({ years: years.map(Number) })}
        />
        <Field id={dialogueId} label="Dialogue">
          <select
            id={dialogueId}
            value={
              filters.dialogue === ALL_DIALOGUES ? BOTH_DIALOGUES : idOptionValue(filters.dialogue)
            }
            onChange={(event) => setFilters({ dialogue: idFromOptionValue(event.target.value) })}
            className={CONTROL}
          >
            <option value={BOTH_DIALOGUES}>Both dialogues</option>
            {dataset.dialogues.map((dialogue) => (
              <option key={dialogue.id} value={idOptionValue(dialogue.id)}>
                {dialogue.shortName}
              </option>
            ))}
          </select>
        </Field>
        <MultiSelect
          label="Status"
          options={STATUS_OPTIONS}
          selected={filters.statuses}
          onChange={(statuses) => setFilters({ statuses: statuses as Filters['statuses'] })}
        />
        <SearchBox value={filters.search} onSearch={(search) => setFilters({ search })} />
        <AsOfControl
          dataset={dataset}
          value={filters.asOf}
          onChange={(asOf) => setFilters({ asOf })}
        />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 py-1 text-xs text-muted sm:px-6 sm:pt-0">
        <p aria-live="polite">
          Showing: <FilterSummary filters={filters} dataset={dataset} />
          {/* A visual cue only: the panels themselves are aria-busy meanwhile. */}
          {updating && <span aria-hidden="true"> · updating the panels…</span>}
        </p>
        {!isDefaultFilters(filters) && (
          <Button variant="link" onClick={resetFilters} className="min-h-6">
            Reset filters
          </Button>
        )}
        <Button
          className="ml-auto py-0.5 text-xs sm:hidden"
          aria-expanded={open}
          aria-controls={controlsId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide filters' : 'Change filters'}
        </Button>
      </div>
    </section>
  );
}

const CONTROL = 'mt-0.5 min-h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink';

type FieldProps = { id: string; label: string; className?: string; children: ReactNode };

function Field({ id, label, className, children }: FieldProps) {
  return (
    <div className={cn('flex flex-col', className)}>
      <label htmlFor={id} className="text-xs text-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

type SearchBoxProps = {
  value: string;
  onSearch: (value: string) => void;
};

function SearchBox({ value, onSearch }: SearchBoxProps) {
  // The box keeps what is typed (trailing spaces included); the URL keeps the trimmed query.
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft.trim().replace(/\s+/g, ' ')) setDraft(value);
  }
  const id = useId();
  return (
    <Field id={id} label="Search" className="min-w-48 flex-1">
      <input
        id={id}
        type="search"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          onSearch(event.target.value);
        }}
        placeholder="Meetings, commitments, people, quotes…"
        className={cn(CONTROL, 'placeholder:text-muted')}
      />
    </Field>
  );
}

type AsOfControlProps = {
  dataset: LoadedDataset;
  value: string;
  onChange: (asOf: string) => void;
};

/** The "As of" option that stands for a date of the reader's choosing. */
const CHOSEN_DATE = 'date';

/**
 * One control for "As of": today, one click to the day of a held round ("as it stood at round 2"),
 * or any date (the date field shows once that is chosen). Dates read the app's way.
 */
function AsOfControl({ dataset, value, onChange }: AsOfControlProps) {
  const selectId = useId();
  const dateId = useId();
  const [choosingDate, setChoosingDate] = useState(false);
  // Reset (or Back) to today closes the date field a reader had opened.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (value === '') setChoosingDate(false);
  }
  const presets = useMemo(
    () =>
      dataset.index.meetingsByDate
        .filter((meeting) => meeting.status === 'held' && meeting.date.precision === 'day')
        .map((meeting) => ({
          date: meeting.date.value,
          label: `${isolate(meetingName(meeting, dataset.index.dialogueById))} (${formatPartialDate(meeting.date.value)})`,
        })),
    [dataset],
  );
  const preset = presets.some((entry) => entry.date === value);
  const chosen = value !== '' && !preset;
  const selected = chosen || (choosingDate && value === '') ? CHOSEN_DATE : value;
  return (
    <>
      <Field id={selectId} label="As of">
        <select
          id={selectId}
          value={selected}
          onChange={(event) => {
            const next = event.target.value;
            setChoosingDate(next === CHOSEN_DATE);
            if (next !== CHOSEN_DATE) onChange(next);
          }}
          className={cn(CONTROL, 'max-w-56')}
        >
          <option value="">Today (all records)</option>
          {presets.map((entry) => (
            <option key={entry.date} value={entry.date}>
              {entry.label}
            </option>
          ))}
          <option value={CHOSEN_DATE}>
            {chosen ? `${formatPartialDate(value)} (a date of your choice)` : 'Another date…'}
          </option>
        </select>
      </Field>
      {(chosen || choosingDate) && (
        <Field id={dateId} label="Date">
          <input
            id={dateId}
            type="date"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            className={CONTROL}
          />
        </Field>
      )}
    </>
  );
}
