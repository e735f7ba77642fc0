/**
 * @module normalise/passes/timed-entries
 * Pass `timed-entries`: in a record of time-stamped entries that labels every entry — a mission's
 * air-to-ground log ("[00:00:03:19]" / "CDR: Roger."), an export that stamps and labels each
 * paragraph — an entry whose time stamp is there but whose label is not is a new utterance, not
 * more of the turn before: nothing says the speaker before goes on, and the record would have
 * printed their label again (it does, where a speaker has two entries in a row). The entry
 * starts a turn of its own, unattributed, with a warning `unlabelled-timed-entry` for an editor
 * to check; the speaker is never guessed from who spoke before or after.
 *
 * A record counts as labelling every entry when at least eight entries are a time stamp and a
 * label, at least two of them print the same label as the entry before (so a speaker's second
 * entry is labelled again, not left bare), and unlabelled stamped entries are at most a third of
 * the labelled ones. An export that labels only a change of speaker relabels nobody, and its
 * stamped paragraphs without a label stay with the speaker before.
 */
import type { Diagnostic } from '../../model/nodes.js';
import { diagnostic, type Draft, type Pass, type Segment } from '../draft.js';

/** A time stamp opening a line: "[00:00:03:19]", "[-00:00:00:03]", "00:01:16", "[01:10.5]". */
const STAMP = /^\s*(\[-?\d{1,3}(?::\d{2}){1,3}(?:[.,]\d+)?\]|-?\d{1,3}(?::\d{2}){2,3}(?:[.,]\d+)?)/;
const STAMP_ONLY = new RegExp(`${STAMP.source}\\s*$`);
/** A stamp, then the words of the entry: the words start with a letter, a digit or a quote. */
const STAMP_THEN_WORDS = new RegExp(`${STAMP.source}\\s+(?=[\\p{L}\\p{N}"“'‘(])`, 'u');

const MIN_LABELLED = 8;
const MIN_RELABELLED = 2;
const MAX_UNLABELLED_SHARE = 1 / 3;

const BARE_ENTRY_EVIDENCE =
  'a time-stamped entry printed without a label, in a record that labels every entry (a speaker’s second entry included): a new utterance, by nobody the text names';

type Para = Segment & { kind: 'para' };

/** The text of a segment that can hold a time stamp standing alone. */
function stampOnly(segment: Segment | undefined): boolean {
  return (segment?.kind === 'para' || segment?.kind === 'direction') && STAMP_ONLY.test(segment.text);
}

/** Where an unlabelled entry starts: a paragraph opening with its stamp, or one after a stamp standing alone. */
interface BareEntry {
  index: number;
  /** The stamp is the paragraph's opening; it is split off as a direction. */
  stampInside: string | null;
}

export const timedEntries: Pass = {
  name: 'timed-entries',
  run(draft: Draft): Draft {
    const segments = draft.segments;
    let labelled = 0;
    let relabelled = 0;
    let lastLabel: string | null = null;
    const bare: BareEntry[] = [];
    const key = (label: string) => label.toLocaleUpperCase('en').replace(/\s+/g, ' ').trim();
    segments.forEach((segment, index) => {
      const before = segments[index - 1];
      if (segment.kind === 'label') {
        const stamped = segment.timed === true || stampOnly(before);
        if (stamped) {
          labelled++;
          if (lastLabel !== null && key(segment.readAs?.label ?? segment.label) === lastLabel) relabelled++;
        }
        lastLabel = key(segment.readAs?.label ?? segment.label);
        return;
      }
      if (segment.kind !== 'para' || lastLabel === null) return;
      const opening = STAMP_THEN_WORDS.exec(segment.text);
      if (opening) bare.push({ index, stampInside: opening[0] });
      else if (stampOnly(before) && !STAMP_ONLY.test(segment.text)) bare.push({ index, stampInside: null });
    });
    if (
      bare.length === 0 ||
      labelled < MIN_LABELLED ||
      relabelled < MIN_RELABELLED ||
      bare.length > labelled * MAX_UNLABELLED_SHARE
    )
      return draft;
    const out: Segment[] = [];
    const diagnostics: Diagnostic[] = [];
    const starts = new Map(bare.map((entry) => [entry.index, entry]));
    segments.forEach((segment, index) => {
      const entry = starts.get(index);
      if (!entry || segment.kind !== 'para') {
        out.push(segment);
        return;
      }
      const para: Para = { ...segment, startsTurn: BARE_ENTRY_EVIDENCE };
      if (entry.stampInside !== null) {
        const stamp = entry.stampInside.trim();
        out.push({ kind: 'direction', text: stamp, place: { line: segment.place.line } });
        para.text = segment.text.slice(entry.stampInside.length);
        // Reflowed line breaks are offsets into the text: shift them with it.
        if (segment.breaks)
          para.breaks = segment.breaks
            .map((b) => ({ ...b, offset: b.offset - entry.stampInside!.length }))
            .filter((b) => b.offset > 0);
      }
      out.push(para);
      diagnostics.push(
        diagnostic(
          'warning',
          'unlabelled-timed-entry',
          `The entry at ${(entry.stampInside ?? (segments[index - 1] as Para).text).trim()} has a time stamp but no label, where the record labels every entry: it starts a turn of its own, speaker unknown.`,
          segment.place,
        ),
      );
    });
    return { ...draft, segments: out, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};
