import { useQuery } from '@tanstack/react-query';
import { useRef, type ChangeEvent } from 'react';
import { datasetQueryOptions } from '@/data/dataset-query';
import { LOAD_STAGES, type LoadStage } from '@/data/load-dataset';
import type { LoadedDataset } from '@/domain/dataset-index';
import { MAX_LINE_CHARS } from '@/lib/bounded-text';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { DatasetMenu } from '@/features/dataset/dataset-menu';
import { DatasetProblems } from '@/features/dataset/dataset-problems';
import { KeptFileUnreadable } from '@/features/dataset/kept-file-unreadable';
import { useDatasetSwitcher } from '@/features/dataset/use-dataset-switcher';
import { FileNameText, LongDataText } from '@/components/ui/data-text';
import { describeRecordEndParts } from '@/features/dataset/dataset-summary';

/**
 * The dataset's own title (from its file, so isolated) and version. `quiet` leaves the title out on
 * a phone, where it took two of the first screen's lines: which file and which version are the news.
 */
function DatasetName({ dataset, quiet }: { dataset: LoadedDataset | undefined; quiet?: boolean }) {
  if (!dataset) return <>no dataset</>;
  return (
    <>
      <span className={quiet ? 'max-sm:hidden' : undefined}>
        {quiet && ': '}
        <LongDataText text={dataset.meta.title} max={MAX_LINE_CHARS} />
      </span>
      {`, version ${dataset.meta.version}`}
    </>
  );
}

function CurrentDataset({ dataset }: { dataset: LoadedDataset | undefined }) {
  if (!dataset) return <>No dataset is on screen yet.</>;
  const origin = dataset.origin;
  const end = describeRecordEndParts(dataset);
  const what = (
    <>
      <DatasetName dataset={dataset} quiet />. {end.text}
      {end.note && <span className="max-sm:hidden"> {end.note}</span>}.
    </>
  );
  if (origin?.kind !== 'custom') {
    return (
      <>
        Showing the <strong>bundled dataset</strong>
        {what}
      </>
    );
  }
  return (
    <>
      Showing{' '}
      <strong>
        your file “<FileNameText name={origin.fileName} />”
      </strong>
      {what}{' '}
      {origin.persisted
        ? 'Kept in this browser until you go back to the bundled dataset.'
        : 'This browser would not keep it, so it will be gone after a reload.'}
    </>
  );
}

const STAGE_COUNT = Object.keys(LOAD_STAGES).length;
const stageNumber = (stage: LoadStage) => Object.keys(LOAD_STAGES).indexOf(stage) + 1;

/**
 * One quiet line saying which dataset is on screen, the "Dataset" menu (open one's own file, what it
 * must be), the way back while a file of one's own is shown, and why a file was not opened.
 */
export function DatasetBar() {
  const { data: dataset } = useQuery(datasetQueryOptions);
  const { state, announcement, openFiles, showBundled, dismiss } = useDatasetSwitcher();
  const input = useRef<HTMLInputElement>(null);
  // In the prerendered page the picker cannot work until the app has started: say so by disabling it.
  const hydrated = useHydrated();
  const custom = dataset?.origin?.kind === 'custom';
  const bundledOrigin = dataset?.origin?.kind === 'bundled' ? dataset.origin : undefined;
  const { rejectedStored, unreadableStored } = bundledOrigin ?? {};
  // Problems with the kept file show until the user acts, also after another tab's change.
  const settled = state.phase === 'idle' || state.phase === 'followed';
  const current = <DatasetName dataset={dataset} />;

  const menuButton = useRef<HTMLButtonElement>(null);
  const choose = () => input.current?.click();
  // The panel that held focus goes away: hand focus back to where the user started.
  const close = () => {
    dismiss();
    menuButton.current?.focus();
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    event.target.value = '';
    if (files.length > 0) openFiles(files);
  };

  return (
    <section aria-label="Dataset" className="border-b border-line bg-page">
      <div className="mx-auto max-w-6xl px-4 py-2 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 sm:gap-x-4">
          <p
            className="min-w-[min(100%,16rem)] flex-1 text-xs wrap-anywhere text-muted"
            data-testid="dataset-indicator"
          >
            <CurrentDataset dataset={dataset} />
          </p>
          <div className="flex flex-wrap items-center justify-end gap-2">
            {/* Beside the menu too: while a file of one's own is shown, the way back stays in view. */}
            {custom && (
              <Button className="py-0.5 text-xs" onClick={showBundled}>
                Back to the bundled dataset
              </Button>
            )}
            <DatasetMenu
              buttonRef={menuButton}
              canChoose={hydrated && state.phase !== 'checking'}
              custom={custom}
              onChoose={choose}
              onShowBundled={showBundled}
            />
            {hydrated && (
              <input
                ref={input}
                type="file"
                accept=".json,application/json"
                hidden
                data-testid="dataset-file-input"
                onChange={onChange}
              />
            )}
          </div>
        </div>
        <p role="status" className="mt-2 text-sm font-medium empty:hidden">
          {state.phase === 'checking' && (
            <>
              Opening “<FileNameText name={state.fileName} />
              ”: step {stageNumber(state.stage)} of {STAGE_COUNT}, {LOAD_STAGES[state.stage]}…
            </>
          )}
        </p>
        {state.phase === 'rejected' && (
          <DatasetProblems
            title={
              <>
                “<FileNameText name={state.fileName} />” was not opened
              </>
            }
            problems={state.problems}
            fileName={state.fileName}
            actions={
              <>
                <Button onClick={choose}>Choose another file…</Button>
                <Button onClick={close}>Dismiss</Button>
              </>
            }
          >
            The dashboard still shows {current}, and your filters are unchanged.
          </DatasetProblems>
        )}
        {state.phase === 'failed' && (
          <DatasetProblems
            title="The bundled dataset could not be loaded"
            problems={state.problems}
            fileName="bundled-dataset"
            actions={
              <>
                <Button onClick={showBundled}>Try again</Button>
                <Button onClick={close}>Dismiss</Button>
              </>
            }
          >
            {state.message} The dashboard still shows {current}.
          </DatasetProblems>
        )}
        {state.phase === 'followed' && (
          <p className="mt-2 text-sm font-medium">
            Another tab changed the dataset kept in this browser; this tab shows it now.
          </p>
        )}
        {settled && unreadableStored && (
          <KeptFileUnreadable
            reason={unreadableStored.reason}
            actions={
              <>
                <Button onClick={showBundled}>Remove it from this browser</Button>
                <Button onClick={choose}>Open another file…</Button>
              </>
            }
          />
        )}
        {settled && rejectedStored && (
          <DatasetProblems
            title={
              <>
                Your saved dataset “<FileNameText name={rejectedStored.fileName} />” could not be
                opened
              </>
            }
            problems={rejectedStored.problems}
            fileName={rejectedStored.fileName}
            actions={
              <>
                <Button onClick={showBundled}>Remove it from this browser</Button>
                <Button onClick={choose}>Open another file…</Button>
              </>
            }
          >
            The bundled dataset is shown instead. Your file is still kept in this browser until you
            remove it.
          </DatasetProblems>
        )}
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </section>
  );
}
