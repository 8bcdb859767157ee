/**
 * A synchronous hint that a custom dataset is stored: the first paint must know, before IndexedDB
 * answers, whether the prerendered (bundled) page can be hydrated as it is. Kept apart from the
 * store so the page's tiny first script can read it without loading IndexedDB code.
 */
const FLAG_KEY = 'dialogue-tracker:custom-dataset';

export function writeCustomDatasetFlag(on: boolean): void {
  try {
    if (on) localStorage.setItem(FLAG_KEY, '1');
    else localStorage.removeItem(FLAG_KEY);
  } catch {
    // Storage can be disabled (private mode, policy); IndexedDB stays the source of truth.
  }
}

/** True when this browser probably holds a custom dataset (read synchronously, before first render). */
export function hasStoredCustomDataset(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(FLAG_KEY) === '1';
  } catch {
    return false;
  }
}
