import { z } from 'zod';

/**
 * What `z.compile` generates for a schema, frozen into a module ahead of time (see
 * scripts/dataset-parser.ts). z.compile builds its fast parser with `new Function`, which our
 * Content-Security-Policy forbids; zod's answer is `z.withParser` with a parser generated at build
 * time. The generated code refers to values only zod holds at run time (its INVALID marker, regular
 * expressions, the schema's refinements), passed in as the factory's arguments.
 */
export type FrozenParser = {
  /** digestOf() the generated function body, to tell whether it still matches schema and zod. */
  digest: string;
  factory: (...constants: unknown[]) => (input: unknown) => unknown;
};

/** The arguments z.compile passed to `new Function` for the parser: parameter names, then the body. */
export type GeneratedCode = { parameters: string[]; body: string };

/** cyrb53: a fast 53-bit string hash. Not a security check: both sides come from our own build. */
export function digestOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

type GlobalWithFunction = { Function: unknown };

/**
 * Runs z.compile with `Function` standing in for the duration of the call: `answer` receives what
 * zod would evaluate and returns the factory to use instead, or throws to refuse it. Nothing is
 * evaluated from a string, so no CSP allowance is needed. Synchronous, and restored in `finally`.
 */
function compileWith<T extends z.ZodType>(
  schema: T,
  answer: (code: GeneratedCode) => FrozenParser['factory'],
): T {
  const global = globalThis as unknown as GlobalWithFunction;
  const original = global.Function;
  global.Function = function StandIn(...args: string[]) {
    return answer({ parameters: args.slice(0, -1), body: args.at(-1) ?? '' });
  };
  try {
    return z.compile(schema, { strict: true });
  } finally {
    global.Function = original;
  }
}

/** The code z.compile generates for `schema`'s parser (for the generator script and its test). */
export function generateParserCode(schema: z.ZodType): GeneratedCode {
  let first: GeneratedCode | undefined;
  try {
    compileWith(schema, (code) => {
      first ??= code;
      throw new Error('captured');
    });
  } catch {
    // Expected: the stand-in refuses to evaluate, so zod reports the schema as uncompiled.
  }
  if (!first) throw new Error('z.compile generated no parser for this schema');
  return first;
}

/**
 * The schema with the frozen parser as its fast path when the code zod generates today is the code
 * that was frozen; otherwise (a schema or zod changed without regenerating) the schema unchanged,
 * which is slower but just as correct. Invalid input always goes to zod's own parser, so messages
 * do not change either way.
 */
export function withFrozenParser<T extends z.ZodType>(
  schema: T,
  frozen: FrozenParser,
): { schema: T; frozen: boolean } {
  let used = false;
  try {
    const compiled = compileWith(schema, ({ body }) => {
      // z.compile also asks for an assert-only variant; only the parser was frozen.
      if (used || digestOf(body) !== frozen.digest) throw new Error('not the frozen code');
      used = true;
      return frozen.factory;
    });
    return used ? { schema: compiled, frozen: true } : { schema, frozen: false };
  } catch {
    return { schema, frozen: false };
  }
}
