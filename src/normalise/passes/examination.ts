/**
 * @module normalise/passes/examination
 * Pass `examination`: the turn structure of court, deposition and hearing transcripts, on the
 * segments before turns are built.
 *  - A cover page printed before the first speech — `APPEARANCES:`, `ALSO PRESENT:`, `PRESENT:`,
 *    `PRESIDING:`, `FOR THE WITNESS:`, `INTERVIEW OF: JANE ROE`, `INDEX`, the lists under them and
 *    the lines above them — goes to `removed[]` (rule `cover-page`), in any record that prints
 *    one: nobody is called "Appearances" or "Present".
 *  - `BY MR. X:` (or a heading `EXAMINATION BY MR. X`) says who examines: it is no speaker
 *    (rule `examination-marker` in `removed[]` when it stands alone), and the `Q`/`Q.` lines
 *    after it are that examiner's.
 *  - `A`/`A.` lines, `THE WITNESS:` and `BY THE WITNESS:` are the witness's, named where the
 *    transcript names them: "INTERVIEW OF: JANE ROE", "DEPOSITION OF JANE ROE", "JANE ROE, having
 *    been first duly sworn, testified as follows".
 *  - "JANE ROE, having been first duly sworn, testified as follows:" is the record's narration.
 * (The last three only in a transcript with a `BY …:` marker or an examination heading, or with
 * `A` answers and a witness sworn, deposed or labelled `THE WITNESS`.)
 * The label stays as printed; the segment carries the label it is resolved as and why, which
 * `build-turns` gives as evidence.
 */
import type { Removed } from '../../model/nodes.js';
import { removal, type Draft, type Pass, type Segment } from '../draft.js';
import { displayCase, labelClass } from '../people.js';

/** A line of front matter printed like a label. */
const FRONT_MATTER_LABEL =
  /^(?:APPEARANCES?(?:\s*\(cont['’]?d\.?\))?|(?:ALSO|MEMBERS)\s+PRESENT|PRESENT|ABSENT|APOLOGIES|REGRETS|PRESIDING|SPEAKERS|WITNESSES|NOTE-?TAKERS?|(?:[\p{L}-]+\s+)?ATTENDEES|(?:ON\s+BEHALF\s+OF|FOR)\s+THE\s+[\p{L} ]{3,40}|INDEX|EXHIBITS?|(?:TRANSCRIBED\s+)?(?:INTERVIEW|DEPOSITION|TESTIMONY|EXAMINATION|STATEMENT)\s+OF|REPORTED\s+BY|TRANSCRIBED\s+BY|COURT\s+REPORTER|VIDEOGRAPHER|[\p{L} .'’-]{0,60}\b(?:COMMITTEE|SUBCOMMITTEE|COMMISSION))$/iu;
/** Prose that opens a list of who was there: "Those present were the following:". */
const COVER_PHRASE =
  /\b(?:[Tt]hose present were|[Pp]resent were the following|[Tt]he following (?:were|are) present|[Ii]n attendance(?: were)?:)/;
/** The label of the front-matter line that names the witness. */
const WITNESS_HEADER = /^(?:TRANSCRIBED\s+)?(?:INTERVIEW|DEPOSITION|TESTIMONY|EXAMINATION)\s+OF$/i;
const BY_MARKER = /^BY\s+(.+?)$/i;
const EXAMINATION_BY = /\bEXAMINATION\s+BY\s+(.+?)\s*:?\s*$/i;
const THE_WITNESS = /^(?:THE\s+)?WITNESS$/i;
const NAME = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}`;
const SWORN = new RegExp(
  String.raw`(?:^|\s)(${NAME}),\s+(?:having\s+(?:been\s+)?(?:first\s+)?(?:duly\s+)?(?:been\s+)?|being\s+(?:first\s+)?(?:duly\s+)?|was\s+(?:duly\s+)?|called\s+as\s+a\s+witness)(?:sworn|affirmed|called|herein)`,
  'u',
);
const NAMED_IN_HEADER = new RegExp(
  String.raw`\b(?:INTERVIEW|DEPOSITION|TESTIMONY|EXAMINATION)\s+OF:?\s+(${NAME})\s*$`,
  'iu',
);

interface Witness {
  label: string;
  evidence: string;
}

/** Who the witness is, from where the transcript calls or swears them. */
function findWitness(draft: Draft): Witness | null {
  const segments = draft.segments;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    if (
      segment.kind === 'label' &&
      WITNESS_HEADER.test(segment.label) &&
      next?.kind === 'para' &&
      next.place.line === segment.place.line
    ) {
      const name = next.text.trim().replace(/[.:]+$/, '');
      if (/^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 5)
        return {
          label: name,
          evidence: `the transcript is of the witness ${displayCase(name)} (“${segment.label}: ${name}”, line ${segment.place.line})`,
        };
    }
    if (segment.kind === 'para') {
      const sworn = SWORN.exec(segment.text);
      if (sworn)
        return {
          label: sworn[1]!,
          evidence: `${displayCase(sworn[1]!)} was sworn as the witness (line ${segment.place.line})`,
        };
    }
  }
  // A header line taken out before (by title-block, or by header-fields with the lines under it).
  for (const line of draft.removed.flatMap((entry) => entry.text.split('\n'))) {
    const named = NAMED_IN_HEADER.exec(line.trim());
    if (named)
      return {
        label: named[1]!,
        evidence: `the transcript is of the witness ${displayCase(named[1]!)} (“${line.trim()}”)`,
      };
  }
  return null;
}

/**
 * True when a label starts speech: text on its line, or sentences right under it (a list of
 * names under a name, "Mr. Angell" / "Mr. Black Mr. Forrestal", is a cover page's list).
 */
function startsSpeech(segments: readonly Segment[], index: number): boolean {
  const next = segments[index + 1];
  if (next?.kind !== 'para') return false;
  if (next.place.line === segments[index]!.place.line) return true;
  const lower = (next.text.match(/(?<![\p{L}.])\p{Ll}[\p{L}'’-]*/gu) ?? []).length;
  return lower >= 3 && lower >= next.text.split(/\s+/).length * 0.4;
}

/** A label, or a heading, that opens a list of the cover page ("APPEARANCES:", "PRESENT:"). */
function isFrontMatterLabel(segment: Segment): boolean {
  return (
    (segment.kind === 'label' && FRONT_MATTER_LABEL.test(segment.label)) ||
    (segment.kind === 'heading' && FRONT_MATTER_LABEL.test(segment.text.trim().replace(/\s*:$/, '')))
  );
}

/**
 * The segments of a cover page printed before the first speech, or none. `listedBefore`: the
 * `header-fields` or `title-block` pass already took a cover page's list ("PRESENT: Mr.
 * Greenspan, …", "**Notetakers:** …") out.
 */
function coverPage(segments: readonly Segment[], listedBefore: boolean): number {
  // The first speech: a label with words on its line (not a front-matter one), a question, a marker.
  const firstSpeech = segments.findIndex(
    (s, i) =>
      s.kind === 'label' &&
      (BY_MARKER.test(s.label) ||
        labelClass(s.label) === 'question' ||
        (!FRONT_MATTER_LABEL.test(s.label) && startsSpeech(segments, i))),
  );
  if (firstSpeech < 0) return 0;
  const opening = segments.slice(0, firstSpeech);
  const listed =
    listedBefore || opening.some((s) => isFrontMatterLabel(s) || (s.kind === 'para' && COVER_PHRASE.test(s.text)));
  // A cover page lists; it does not speak at length to anyone.
  const short = opening.every(
    (s) => s.kind !== 'para' || s.text.split(/\s+/).length <= 80 || !/\b(?:I(?![.\w])|[Ww]e|[Yy]ou)\b/.test(s.text),
  );
  return listed && short ? firstSpeech : 0;
}

export const examination: Pass = {
  name: 'examination',
  run(draft: Draft): Draft {
    const removed: Removed[] = [];
    // 1. A cover page (appearances, who is present, the index) before the first speech.
    const listedBefore = draft.removed.some(
      (r) =>
        (r.reason === 'header-field' || r.reason === 'metadata-field') &&
        FRONT_MATTER_LABEL.test(r.text.replace(/\*/g, '').split(':')[0]!.trim()),
    );
    const cover = coverPage(draft.segments, listedBefore);
    // A heading after the cover page's last list ("## Remote Plenaries") heads the proceedings: it stays.
    const lastListed = draft.segments
      .slice(0, cover)
      .findLastIndex((s) => isFrontMatterLabel(s) || (s.kind === 'para' && COVER_PHRASE.test(s.text)));
    const kept: Segment[] = [];
    for (const [index, segment] of draft.segments.slice(0, cover).entries()) {
      if (segment.kind === 'heading' && index > lastListed) {
        kept.push(segment);
        continue;
      }
      removed.push(
        removal(
          segment.kind === 'label' ? `${segment.label}:` : segment.text,
          'cover-page',
          'Cover page of the record (who appears or is present, the index, the title), before the first speech.',
          segment.place,
        ),
      );
    }
    const segments = [...kept, ...draft.segments.slice(cover)];
    const marked = segments.some(
      (s) =>
        (s.kind === 'label' && BY_MARKER.test(s.label)) ||
        (s.kind === 'heading' && EXAMINATION_BY.test(s.text)) ||
        (s.kind === 'para' && EXAMINATION_BY.test(s.text) && s.text.length < 80),
    );
    const witness = findWitness(draft);
    // No "BY …:" marker, but a witness sworn or deposed and answers marked "A": a court record
    // still; its answers are the witness's, never the judge's who spoke last.
    const answered = segments.some((s) => s.kind === 'label' && labelClass(s.label) === 'answer');
    const witnessLabelled = segments.some((s) => s.kind === 'label' && THE_WITNESS.test(s.label));
    const court = marked || (answered && (witness !== null || witnessLabelled));
    if (!court) return cover === 0 ? draft : { ...draft, segments, removed: [...draft.removed, ...removed] };
    const witnessLabel = witness?.label ?? 'THE WITNESS';
    const witnessEvidence = witness?.evidence ?? 'the answers in an examination are the witness’s';
    const out: Segment[] = [];
    let examiner: { label: string; marker: string; line: number } | null = null;

    // 2. Who examines and who answers.
    segments.forEach((segment, index) => {
      if (segment.kind === 'heading') {
        const by = EXAMINATION_BY.exec(segment.text);
        if (by) examiner = { label: by[1]!, marker: segment.text.trim(), line: segment.place.line };
        out.push(segment);
        return;
      }
      if (segment.kind === 'para' && segment.text.length < 80 && EXAMINATION_BY.test(segment.text)) {
        const by = EXAMINATION_BY.exec(segment.text)!;
        examiner = { label: by[1]!, marker: segment.text.trim(), line: segment.place.line };
        out.push({ kind: 'heading', text: segment.text, depth: 2, place: segment.place });
        return;
      }
      // "JANE ROE, having been first duly sworn, testified as follows:": the record's narration.
      if (segment.kind === 'para' && SWORN.test(segment.text) && segment.text.length < 200) {
        out.push({ kind: 'direction', text: segment.text, place: segment.place });
        return;
      }
      if (segment.kind !== 'label') {
        out.push(segment);
        return;
      }
      const by = BY_MARKER.exec(segment.label);
      if (by) {
        const who = by[1]!.trim();
        if (THE_WITNESS.test(who)) {
          out.push({
            ...segment,
            as: { label: witnessLabel, evidence: `the witness resumes the answer; ${witnessEvidence}` },
          });
          return;
        }
        examiner = { label: who, marker: `${segment.label}:`, line: segment.place.line };
        const next = segments[index + 1];
        if (next?.kind === 'label' || next === undefined) {
          removed.push(
            removal(
              `${segment.label}:`,
              'examination-marker',
              `“${segment.label}:” says who examines; the questions after it are theirs.`,
              segment.place,
            ),
          );
          return;
        }
        out.push({
          ...segment,
          as: { label: who, evidence: `“${segment.label}:” says who examines` },
        });
        return;
      }
      const kind = labelClass(segment.label);
      const current = examiner;
      if (kind === 'question' && current) {
        out.push({
          ...segment,
          as: {
            label: current.label,
            evidence: `a question under “${current.marker}” (line ${current.line}), so ${displayCase(current.label)} asks`,
          },
        });
        return;
      }
      if (kind === 'answer' || THE_WITNESS.test(segment.label)) {
        out.push({ ...segment, as: { label: witnessLabel, evidence: witnessEvidence } });
        return;
      }
      out.push(segment);
    });
    return { ...draft, segments: out, removed: [...draft.removed, ...removed] };
  },
};
