// jsdom ships no types and @types/jsdom is not a dependency: this declares the one part of its API
// that check-feed-file.ts uses (a window whose DOMParser parses XML).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
