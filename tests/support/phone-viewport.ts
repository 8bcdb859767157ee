/** The window of Vitest's happy-dom environment, whose viewport a test may set. */
type HappyDomWindow = {
  happyDOM: { setViewport(viewport: { width: number; height: number }): void };
};

/**
 * Lays out every test of the calling `describe` (or file) in a 390 × 844 window, a phone's, so the
 * app's CSS (src/phone-layout.css, loaded by setup.ts) shows the cards instead of the tables; then
 * back to happy-dom's 1024 × 768.
 */
export function usePhoneViewport(): void {
  const viewport = (width: number, height: number) =>
    (window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height });
  beforeEach(() => viewport(390, 844));
  afterEach(() => viewport(1024, 768));
}
