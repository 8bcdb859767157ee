/**
 * Runs `callback` once the browser has painted the next frame (a task after the animation frame),
 * or after `fallbackMs` where no frame comes (a hidden tab). Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): () => void {
  let settled = false;
  const run = () => {
    if (settled) return;
    settled = true;
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => setTimeout(run, 0));
  const fallback = setTimeout(run, fallbackMs);
  function cancel() {
    settled = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  }
  return cancel;
}
