/**
 * @module render/edition/marks
 * How editorial marks read in every edition: a gap prints as `[inaudible]`, an incident as
 * `[laughter]`, sic as `[sic]`, an interpretation mark as `[as interpreted]`, a time mark as
 * `[04:22]` — in the theme's brackets, flagged italic when the theme says so, the words from the
 * message catalogue of the transcript's language (`[unverständlich]`). Decided here once so that
 * the PDF, the Word copy and the e-book print the same words. The recording time a `timing` node
 * gives a paragraph prints as `[04:22] ` when the theme shows timestamps, and a word of an
 * `uncertain` node below the theme's threshold is followed by ` [?]` when the theme marks them:
 * the spaces belong to those marks, so every format spaces them alike.
 */
import type { Messages } from '../../messages/catalogue.js';
import type { Inline } from '../../model/nodes.js';
import type { Theme } from '../../theme/theme.js';

/** A mark as printed in an edition. */
export interface MarkDisplay {
  /** The words, brackets included: "[inaudible]". */
  text: string;
  /** Set the words in italic (brackets stay upright). */
  italic: boolean;
  /** The words without brackets. */
  inner: string;
  /** Opening and closing bracket. */
  open: string;
  close: string;
}

/** Editorial inline nodes (everything but text, emphasis, foreign and note references). */
export type MarkNode = Extract<Inline, { type: 'gap' | 'incident' | 'sic' | 'interpretation' | 'timeMark' | 'timing' }>;

/** True for inline nodes that print as bracketed editorial marks. */
export function isMark(node: Inline): node is MarkNode {
  return (
    node.type === 'gap' ||
    node.type === 'incident' ||
    node.type === 'sic' ||
    node.type === 'interpretation' ||
    node.type === 'timeMark' ||
    node.type === 'timing'
  );
}

function innerWords(node: MarkNode, words: Messages['marks']): string {
  switch (node.type) {
    case 'gap':
      return node.reason === 'other' ? stripBrackets(node.asPrinted).toLowerCase() : words[node.reason];
    case 'incident': {
      const words = node.description.replace(/[.!]+$/, '').trim();
      // "(Laughter.)" and "[laughs]" read as one convention, "[laughter]": a single English
      // word is lower-cased; longer descriptions ("Beifall bei der SPD") stay as printed.
      return (node.kind === 'laughter' || node.kind === 'applause') && /^[A-Za-z]+$/.test(words)
        ? words.toLowerCase()
        : words;
    }
    case 'sic':
      return words.sic;
    case 'interpretation':
      return words.interpretation;
    case 'timeMark':
      return stripBrackets(node.asPrinted);
    case 'timing':
      return clockTime(node.start);
  }
}

function stripBrackets(text: string): string {
  return text
    .replace(/^\\?[[(]\s*/, '')
    .replace(/\s*\\?[\])]$/, '')
    .replace(/[.]$/, '');
}

/** Seconds as a clock time: "04:22" below an hour, "1:02:03" from an hour on. */
export function clockTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** How a mark prints under a theme, with the words of the edition's catalogue; null for a time mark the theme hides. */
export function markDisplay(node: MarkNode, theme: Theme, words: Messages['marks']): MarkDisplay | null {
  if (node.type === 'timeMark' && !theme.marks.showTimeMarks) return null;
  if (node.type === 'timing' && !theme.marks.timestamps) return null;
  const [open, bracket] = theme.marks.brackets === 'square' ? ['[', ']'] : ['(', ')'];
  // A paragraph's timestamp stands before its first word.
  const close = node.type === 'timing' ? `${bracket} ` : bracket;
  const inner = innerWords(node, words);
  return {
    text: `${open}${inner}${close}`,
    italic: theme.marks.italic && node.type !== 'timeMark' && node.type !== 'timing',
    inner,
    open,
    close,
  };
}

/** The mark printed after words a recogniser was unsure of (` [?]`), or null when the theme does not mark them. */
export function uncertainDisplay(node: Extract<Inline, { type: 'uncertain' }>, theme: Theme): MarkDisplay | null {
  const { show, threshold } = theme.marks.lowConfidence;
  if (!show || node.confidence >= threshold) return null;
  const [bracket, close] = theme.marks.brackets === 'square' ? ['[', ']'] : ['(', ')'];
  const open = ` ${bracket}`;
  return { text: `${open}?${close}`, italic: false, inner: '?', open, close };
}
