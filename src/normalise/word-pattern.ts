/**
 * @module normalise/word-pattern
 * Patterns for a phrase the text names (a person, a role, a label): the phrase with its regular
 * expression characters escaped, and the phrase as a whole word, never inside a longer one.
 */

/** A text with every character a regular expression reads specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any of the phrases as a whole word: no letter before it or after it (`Fischer`, not `Fischers`). */
export function wordPattern(...phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
}
