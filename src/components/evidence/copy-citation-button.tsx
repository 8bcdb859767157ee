import { useState } from 'react';

export type CopyCitationButtonProps = {
  citation: string;
};

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a ready-made citation to the clipboard and says whether it worked. */
export function CopyCitationButton({ citation }: CopyCitationButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="min-h-6 rounded border border-line px-2 text-xs hover:bg-accent-soft"
      >
        Copy citation
      </button>
      <span role="status" className="text-xs text-muted">
        {state === 'copied' && 'Citation copied'}
        {state === 'failed' && 'Could not copy: the browser blocked the clipboard'}
      </span>
      {state === 'failed' && <span className="sr-only">{citation}</span>}
    </span>
  );
}
