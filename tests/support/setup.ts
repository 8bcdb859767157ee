import '@testing-library/jest-dom/vitest';
// jsdom has no layout: recharts' ResponsiveContainer needs ResizeObserver to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
