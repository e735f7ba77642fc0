/**
 * @module normalise/passes/markdown-escapes
 * Pass `markdown-escapes` (Markdown input only): removes Markdown's backslash escapes
 * (`\[laughs\]` → `[laughs]`, `\#` → `#`) so later passes see the text as printed on a page.
 * Logged as one summary change with a count.
 */
import { change, type Draft, type Pass } from '../draft.js';

const ESCAPE = /\\([[\]\\`*_{}()#+\-.!|>~])/g;

export const markdownEscapes: Pass = {
  name: 'markdown-escapes',
  run(draft: Draft): Draft {
    if (draft.format !== 'markdown') return draft;
    let count = 0;
    let first = 0;
    const lines = draft.lines.map((line) => {
      if (!line.text.includes('\\')) return line;
      const text = line.text.replace(ESCAPE, (_m, char: string) => {
        if (count === 0) first = line.no;
        count++;
        return char;
      });
      return { no: line.no, text };
    });
    if (count === 0) return draft;
    return {
      ...draft,
      lines,
      changes: [...draft.changes, change('markdown-escape', '\\[', '[', { line: first }, count)],
    };
  },
};
