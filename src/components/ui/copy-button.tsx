import { useState } from 'react';

export type CopyButtonProps = {
  /** What goes to the clipboard. */
  text: string;
  /** The button's text, e.g. "Copy link". */
  label: string;
  /** Said once copied, e.g. "Link copied". */
  copiedMessage: string;
  className?: string;
};

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies `text` to the clipboard and says whether it worked; when the browser blocks the clipboard
 * the text is given to assistive technology to copy by hand.
 */
export function CopyButton({ text, label, copiedMessage, className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className={className ?? 'inline-flex items-center gap-2'}>
      <button
        type="button"
        onClick={() => void copy()}
        className="min-h-6 rounded border border-line px-2 text-xs hover:bg-accent-soft"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-muted">
        {state === 'copied' && copiedMessage}
        {state === 'failed' && 'Could not copy: the browser blocked the clipboard'}
      </span>
      {state === 'failed' && <span className="sr-only">{text}</span>}
    </span>
  );
}
