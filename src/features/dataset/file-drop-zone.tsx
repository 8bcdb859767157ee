import { useEffect, useRef, useState } from 'react';
import { useDatasetSwitcher } from '@/features/dataset/use-dataset-switcher';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Lets a user drop a dataset file anywhere on the page; shows a full-page target while a file is
 * dragged over it. The "Dataset" menu's "Open your own file…" does the same without dragging
 * (WCAG 2.5.7).
 */
export function FileDropZone() {
  const { openFiles } = useDatasetSwitcher();
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child element crossed; count them to know when we really left.
  const depth = useRef(0);

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setActive(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      openFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [openFiles]);

  if (!active) return null;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-page/90 p-6"
      data-testid="file-drop-zone"
    >
      <p className="rounded-lg border-2 border-dashed border-accent bg-surface px-8 py-10 text-center text-lg font-semibold">
        Drop the JSON file to open it as the dataset
        <span className="mt-2 block text-sm font-normal text-muted">
          It is checked in this browser; nothing is uploaded.
        </span>
      </p>
    </div>
  );
}
