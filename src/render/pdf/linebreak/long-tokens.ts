/**
 * @module render/pdf/linebreak/long-tokens
 * Where a long unbreakable token — a URL, a hash, any run of 24 or more characters that
 * hyphenation cannot break — may be split at a line end, with nothing added (no hyphen): the
 * line ends with the first piece and the next starts with the rest, so a text extractor gives
 * the token back in order as a line's last word followed by the next line's first word.
 *
 * - URLs (`scheme://…`, `www.…`, or `domain.tld/path…`): after `/`, `.`, `-`, `_`, `?`, `&`, `=`
 *   (after the last of a run of them: never between the two slashes of `//`), never inside the
 *   scheme (`https://` stays with what follows), leaving at least 3 characters after a split;
 * - hashes (16 or more hexadecimal digits): every 8 characters;
 * - any token of 24 or more characters (a URL's stretch of 24 or more between two splits): every 8
 *   characters as a last resort (`resort: true`: the breaker uses these only in its emergency
 *   pass, heavily penalised, and never in a word that hyphenation can break), so that nothing
 *   runs past the margin.
 *
 * Leading and trailing punctuation (`(https://…).`) is part of the token but not of the URL.
 */

/** A place inside a long token where a line may end, nothing added. */
export interface TokenSplit {
  /** UTF-16 offset: the line ends with `token.slice(0, offset)`. */
  readonly offset: number;
  /** A character split of a token that is neither a URL nor a hash: used only when nothing else fits. */
  readonly resort: boolean;
}

/** Characters a URL may be split after. */
const URL_SPLIT_AFTER = new Set(['/', '.', '-', '_', '?', '&', '=']);
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const HASH = /^[0-9a-f]{16,}$/i;
const LEADING_PUNCTUATION = /^[("'‘“[<«]+/;
const TRAILING_PUNCTUATION = /[)"'’”\]>».,;:!?]+$/;
/** Characters between two splits of a hash or of a last-resort token. */
export const SPLIT_EVERY = 8;
/** Shortest token that gets last-resort splits. */
export const LONG_TOKEN = 24;
/** Fewest characters left after a URL split. */
const MIN_AFTER = 3;

const NONE: readonly TokenSplit[] = Object.freeze([]);

function everyN(start: number, end: number, resort: boolean): TokenSplit[] {
  const out: TokenSplit[] = [];
  for (let at = start + SPLIT_EVERY; at <= end - MIN_AFTER; at += SPLIT_EVERY) out.push({ offset: at, resort });
  return out;
}

/** Whether a token is a URL (after any leading punctuation). */
export function isUrl(token: string): boolean {
  return URL_START.test(token.replace(LEADING_PUNCTUATION, ''));
}

/** Last-resort splits of the stretches of `[0, length)` longer than `LONG_TOKEN` between `splits`. */
function withResort(splits: TokenSplit[], length: number): TokenSplit[] {
  const out: TokenSplit[] = [];
  let from = 0;
  for (const split of [...splits, { offset: length, resort: false }]) {
    if (split.offset - from >= LONG_TOKEN) out.push(...everyN(from, split.offset, true));
    if (split.offset < length) out.push(split);
    from = split.offset;
  }
  return out;
}

/** The splits of a token, in order of offset; none for a token of fewer than 12 characters. */
export function tokenSplits(token: string): readonly TokenSplit[] {
  if (token.length < 12) return NONE;
  const lead = LEADING_PUNCTUATION.exec(token)?.[0].length ?? 0;
  const trail = TRAILING_PUNCTUATION.exec(token.slice(lead))?.[0].length ?? 0;
  const core = token.slice(lead, token.length - trail);
  const end = lead + core.length;
  if (URL_START.test(core)) {
    const out: TokenSplit[] = [];
    const scheme = SCHEME.exec(core)?.[0].length ?? 0;
    for (let i = lead + scheme; i < end - MIN_AFTER; i++) {
      if (URL_SPLIT_AFTER.has(token[i]!) && !URL_SPLIT_AFTER.has(token[i + 1]!))
        out.push({ offset: i + 1, resort: false });
    }
    return withResort(out, token.length);
  }
  if (HASH.test(core)) return everyN(lead, end, false);
  return token.length >= LONG_TOKEN ? everyN(0, token.length, true) : NONE;
}
