/**
 * @module render/pdf/linebreak/hyphen-adapter
 * The one place that reads inside the \`hyphen\` package (written for 1.14.1): its pattern sets
 * are loaded through \`createRequire\` and explicit \`hyphen/<set>/index.js\` paths (a directory
 * import fails under ESM), and their \`patterns\` export — a table of levels, a trie and
 * exceptions, undocumented — is read so that \`hyphenate.ts\` can run Liang's algorithm itself,
 * about three times faster than the package's \`hyphenateSync\`. Data in another shape falls back
 * to \`hyphenateSync\` (same points, slower). \`tests/adapters.test.ts\` fails when the version or
 * the data's shape changes.
 */
import { createRequire } from 'node:module';
import type { HyphenationFunctionSync } from 'hyphen';

/** Folder names of the `hyphen` pattern sets this module uses. */
export type PatternSet = 'en-us' | 'en-gb' | 'fr' | 'de-1996' | 'ru';

/** The hyphen version this adapter was written and checked for. */
export const HYPHEN_ADAPTED_VERSION = '1.14.1';

const requireCjs = createRequire(import.meta.url);
const hyphenators = new Map<PatternSet, Hyphenator | null>();

/** A trie node of the `hyphen` pattern data: a level-table index, a child node, or both. */
export interface TrieNode {
  [letter: string]: TrieEntry | undefined;
}
export type TrieEntry = number | TrieNode | [TrieNode, number];

/** One language's pattern data. */
export interface Patterns {
  levels: readonly (readonly number[])[];
  trie: TrieNode;
  /** Lower-case words hyphenated by hand: break offsets. */
  exceptions: ReadonlyMap<string, readonly number[]>;
}

/** How a language is hyphenated: our Liang over the package's data, or the package itself. */
export type Hyphenator = { patterns: Patterns } | { library: HyphenationFunctionSync };

function isTrieNode(value: unknown): value is TrieNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The package's pattern data in the shape this module reads, or `null` if it is not. */
function readPatterns(data: unknown): Patterns | null {
  if (!Array.isArray(data)) return null;
  const [levels, trie, exceptions] = data as unknown[];
  if (!Array.isArray(levels) || !levels.every((l) => Array.isArray(l)) || !isTrieNode(trie)) return null;
  const table = new Map<string, readonly number[]>();
  if (isTrieNode(exceptions)) {
    for (const [word, markers] of Object.entries(exceptions)) {
      if (Array.isArray(markers) && markers.every((m) => typeof m === 'number'))
        table.set(word, [...(markers as number[])]);
    }
  }
  return { levels: levels as number[][], trie, exceptions: table };
}

/** How a pattern set is hyphenated (loaded once); null when the package has no such set. */
export function hyphenatorFor(set: PatternSet): Hyphenator | null {
  let h = hyphenators.get(set);
  if (h === undefined) {
    try {
      const mod = requireCjs(`hyphen/${set}/index.js`) as {
        hyphenateSync?: HyphenationFunctionSync;
        patterns?: unknown;
      };
      const patterns = readPatterns(mod.patterns);
      h =
        patterns !== null
          ? { patterns }
          : typeof mod.hyphenateSync === 'function'
            ? { library: mod.hyphenateSync }
            : null;
    } catch {
      h = null; // a missing pattern file means "no hyphenation", never an error at layout time
    }
    hyphenators.set(set, h);
  }
  return h;
}
