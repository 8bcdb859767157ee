// Types of the generated dataset-parser.js (see src/data/frozen-parser.ts).
export const digest: string;
export function factory(...constants: unknown[]): (input: unknown) => unknown;
