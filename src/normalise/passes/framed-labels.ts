/**
 * @module normalise/passes/framed-labels
 * Pass `framed-labels`: a conference-call service's text transcript prints each speaker's label
 * on a line of its own between two rules, with what they are after a comma and a running number
 * in brackets:
 *
 *     --------------------------------------------------------------------------------
 *      Joe Wu,  NetDragon - CFO   [2]
 *     --------------------------------------------------------------------------------
 *      Thank you. Good evening, everyone.
 *
 * Where three or more lines stand so — between rules of ten or more `-`, `=` or `_`, short, with
 * no sentence's end, each a capitalised name (or role, `Operator`) — each is a label: it is
 * rewritten in the form every reader knows, `Joe Wu (NetDragon - CFO):`, the running number
 * dropped, and the rules around it left empty (they frame the label and are not words). Where
 * the labels are numbered, a framed line without a number is a section's name (`Questions and
 * Answers`, `Definitions`) and is read as a heading. One `framed-label` change records the
 * rewrite with a count. A single framed line (a title between
 * rules, a section's name such as `Presentation`) is left as printed.
 */
import { change, type Draft, type Pass, type SourceLine } from '../draft.js';

/** A rule: ten or more dashes, equals signs or underscores, alone on the line. */
const RULE = /^\s*(?:-{10,}|={10,}|_{10,})\s*$/;
/** A framed label: a name, optionally what they are after a comma, optionally a running number. */
const FRAMED = /^\s*(\p{Lu}[\p{L}\p{M}.'’ -]{0,50}?)\s*(?:,\s+(\S[^[\]]{0,100}?))?\s*(?:\[(\d{1,4})\])?\s*$/u;

/** At least this many framed labels make the convention. */
const MIN_FRAMED = 3;

export const framedLabels: Pass = {
  name: 'framed-labels',
  run(draft: Draft): Draft {
    const lines = draft.lines;
    const framed: { index: number; name: string; role: string | undefined; numbered: boolean }[] = [];
    let numbered = 0;
    for (let i = 1; i + 1 < lines.length; i++) {
      if (!RULE.test(lines[i - 1]!.text) || !RULE.test(lines[i + 1]!.text)) continue;
      const match = FRAMED.exec(lines[i]!.text);
      if (!match || /[.?!:]$/.test(match[1]!.trim())) continue;
      framed.push({
        index: i,
        name: match[1]!.trim().replace(/\s+/g, ' '),
        role: match[2]?.trim().replace(/\s+/g, ' '),
        numbered: match[3] !== undefined,
      });
      if (match[3] !== undefined) numbered++;
    }
    // (Section names between rules, "Presentation", are not numbered; labels are, or are many.)
    if (framed.length < MIN_FRAMED || (numbered < MIN_FRAMED && framed.length < 2 * MIN_FRAMED)) return draft;
    const out: SourceLine[] = [...lines];
    // (Where the labels are numbered, a framed line without a number is a section's name.)
    const labels = numbered >= MIN_FRAMED ? framed.filter((f) => f.numbered) : framed;
    for (const { index, name, role } of labels) {
      out[index] = { ...lines[index]!, text: role ? `${name} (${role}):` : `${name}:` };
      out[index - 1] = { ...lines[index - 1]!, text: '' };
      out[index + 1] = { ...lines[index + 1]!, text: '' };
    }
    // The section names framed the same way after the first label ("Questions and Answers",
    // "Definitions") are headings; one before it is the title block's.
    for (const { index, name, role } of framed)
      if (index > labels[0]!.index && !labels.some((label) => label.index === index) && role === undefined)
        out[index] = { ...lines[index]!, text: `## ${name}` };
    const first = lines[labels[0]!.index]!;
    return {
      ...draft,
      lines: out,
      changes: [
        ...draft.changes,
        change('framed-label', first.text.trim(), out[labels[0]!.index]!.text, { line: first.no }, labels.length),
      ],
    };
  },
};
