import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { abortPendingUrlUpdates } from './pending-url-updates';

// The first load imports the validator on demand (no Worker in jsdom); on a busy 2-core CI machine
// that alone can pass the 1 s default, which would make findBy* flaky rather than wrong.
configure({ asyncUtilTimeout: 5000 });
// jsdom has no layout: recharts' ResponsiveContainer needs ResizeObserver to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// jsdom does not implement modal dialogs; enough of <dialog> for the drawer to open and close.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom's Blob/File has no text() nor arrayBuffer(); every browser the app supports has both.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsArrayBuffer(this);
    });
  };
}
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(this);
    });
  };
}

afterEach(() => {
  abortPendingUrlUpdates();
});
