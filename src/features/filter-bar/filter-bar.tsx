import { useId, useMemo, useState } from 'react';
import { STATUS_SCALE } from '@/data/commitment-status';
import { useDataset } from '@/data/dataset-query';
import { meetingName } from '@/data/labels';
import { formatPartialDate } from '@/lib/dates';
import { describeFilters } from '@/filters/describe-filters';
import { ALL_DIALOGUES, isDefaultFilters, type Filters } from '@/filters/filters';
import { useFilters } from '@/filters/use-filters';
import { usePanelsUpdating } from '@/filters/filters-context';
import { MultiSelect } from '@/components/ui/multi-select';
import { Button } from '@/components/ui/button';
import { compareText } from '@/lib/compare-text';

const STATUS_OPTIONS = STATUS_SCALE.map((entry) => ({
  value: entry.id,
  label: entry.label,
  description: entry.definition,
}));

/** The one filter bar shared by every panel; all state lives in the URL. */
export function FilterBar() {
  const dataset = useDataset();
  const { filters, vocabulary, setFilters, resetFilters } = useFilters({ urgent: true });
  const updating = usePanelsUpdating();
  const dialogueId = useId();
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
    <section
      aria-label="Filters"
      className="border-b border-line bg-surface/95 backdrop-blur sm:sticky sm:top-0 sm:z-20"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-end gap-3 px-4 py-3 sm:px-6">
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
        <div className="flex flex-col">
          <label htmlFor={dialogueId} className="text-xs text-muted">
            Dialogue
          </label>
          <select
            id={dialogueId}
            value={filters.dialogue}
            onChange={(event) => setFilters({ dialogue: event.target.value })}
            className="mt-0.5 min-h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value={ALL_DIALOGUES}>Both dialogues</option>
            {dataset.dialogues.map((dialogue) => (
              <option key={dialogue.id} value={dialogue.id}>
                {dialogue.shortName}
              </option>
            ))}
          </select>
        </div>
        <MultiSelect
          label="Status"
          options={STATUS_OPTIONS}
          selected={filters.statuses}
          onChange={(statuses) => setFilters({ statuses: statuses as Filters['statuses'] })}
        />
        <SearchBox value={filters.search} onSearch={(search) => setFilters({ search })} />
        <AsOfControl />
        <Button
          onClick={resetFilters}
          disabled={isDefaultFilters(filters)}
          className="min-h-9 disabled:opacity-50"
        >
          Reset filters
        </Button>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-2 text-xs text-muted sm:px-6" aria-live="polite">
        Showing: {describeFilters(filters, dataset)}
        {/* A visual cue only: the panels themselves are aria-busy meanwhile. */}
        {updating && <span aria-hidden="true"> · updating the panels…</span>}
      </p>
    </section>
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
    <div className="flex min-w-48 flex-1 flex-col">
      <label htmlFor={id} className="text-xs text-muted">
        Search
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          onSearch(event.target.value);
        }}
        placeholder="Meetings, commitments, people, quotes…"
        className="mt-0.5 min-h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink placeholder:text-muted"
      />
    </div>
  );
}

/** "View as of": a date, or one click to the day of a meeting ("as it stood at round 2"). */
function AsOfControl() {
  const dataset = useDataset();
  const { filters, setFilters } = useFilters();
  const dateId = useId();
  const presetId = useId();
  const presets = useMemo(
    () =>
      dataset.index.meetingsByDate
        .filter((meeting) => meeting.status === 'held' && meeting.date.precision === 'day')
        .map((meeting) => ({
          date: meeting.date.value,
          label: `${meetingName(meeting, dataset.index.dialogueById)} (${formatPartialDate(meeting.date.value)})`,
        })),
    [dataset],
  );
  return (
    <>
      <div className="flex flex-col">
        <label htmlFor={dateId} className="text-xs text-muted">
          View as of
        </label>
        <input
          id={dateId}
          type="date"
          value={filters.asOf}
          onChange={(event) => setFilters({ asOf: event.target.value })}
          className="mt-0.5 min-h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink"
        />
      </div>
      <div className="flex flex-col">
        <label htmlFor={presetId} className="text-xs text-muted">
          As it stood at
        </label>
        <select
          id={presetId}
          value={presets.some((preset) => preset.date === filters.asOf) ? filters.asOf : ''}
          onChange={(event) => setFilters({ asOf: event.target.value })}
          className="mt-0.5 min-h-9 max-w-56 rounded-md border border-line bg-surface px-2 text-sm text-ink"
        >
          <option value="">Today (all records)</option>
          {presets.map((preset) => (
            <option key={preset.date} value={preset.date}>
              {preset.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
