import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

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

// jsdom's Blob/File has no text(); every browser the app supports does.
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

// jsdom has no popover API (its stylesheet hides every popover): enough of it for a button to
// open its popover, which shows while open and says so with a `toggle` event, as in a browser.
if (typeof HTMLElement !== 'undefined' && !('showPopover' in HTMLElement.prototype)) {
  const OPEN = 'data-test-popover-open';
  const style = document.createElement('style');
  style.textContent = `[popover][${OPEN}] { display: block; }`;
  document.head.append(style);
  const toggle = (element: HTMLElement, force?: boolean) => {
    const open = force ?? !element.hasAttribute(OPEN);
    if (open === element.hasAttribute(OPEN)) return open;
    element.toggleAttribute(OPEN, open);
    const event = Object.assign(new Event('toggle'), {
      oldState: open ? 'closed' : 'open',
      newState: open ? 'open' : 'closed',
    });
    element.dispatchEvent(event);
    return open;
  };
  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      toggle(this, true);
    },
    hidePopover(this: HTMLElement) {
      toggle(this, false);
    },
    togglePopover(this: HTMLElement, force?: boolean) {
      return toggle(this, force);
    },
  });
  // The browser's part, not a test's: a click on a button opens the popover it names.
  /* eslint-disable testing-library/no-node-access */
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[popovertarget]');
    const id = button && button.getAttribute('popovertarget');
    const target = id ? document.getElementById(id) : null;
    if (target) toggle(target);
  });
  /* eslint-enable testing-library/no-node-access */
}
