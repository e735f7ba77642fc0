/**
 * @module normalise/passes/segment
 * Pass `segment`: turns the remaining lines into segments — labels, paragraphs, headings and
 * stand-alone stage directions. It decides which label candidates are real (strong forms; weak
 * mixed-case forms only when they recur, carry a role in parentheses, or name a known
 * participant — or, once, at a paragraph's start in a body where at least three speakers are
 * labelled by recurring names and the word is no note or field; an own-line label without a
 * colon only when it repeats an accepted label or a
 * participant's role or name), reflows hard-wrapped lines into paragraphs and rejoins words
 * hyphenated across a line end only where the document shows the word unhyphenated.
 */
import type { Change, Participant, Removed } from '../../model/nodes.js';
import { clockSeconds, dateLine, spanStartSeconds, TIME_SPAN } from '../dates.js';
import {
  change,
  placeOf,
  removal,
  type Draft,
  type LineBreak,
  type Pass,
  type PrintedTime,
  type Segment,
  type SourceLine,
} from '../draft.js';
import {
  CAPITALS_ALONE,
  damagedFormOf,
  damagedLabelAt,
  diarisedNumber,
  isRoleField,
  labelAt,
  labelKey,
  lettersForDigits,
  misprintedWordIn,
  mendedOnItsFace,
  misreadOnItsFace,
  shortTimedSegment,
  strokeLostFrom,
  type LabelCandidate,
} from '../labels.js';
import { initialsOf, isRolePhrase, labelClass, labelMatch, looksLikePersonalName } from '../people.js';
import { escapeRegExp, wordPattern } from '../word-pattern.js';

const SENTENCE_END = /[.?!…:;"”')\]—–-]\s*$/;
const BRACKETED = /^\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/;
const TIME_LINE = /^\s*(?:END\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*$/;
/** A Markdown heading, `#` to `######`; the model keeps three depths, so `####` and below are depth 3. */
const MD_HEADING = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/;

function isAllCapsHeading(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  const words = text.trim().split(/\s+/);
  return (
    letters.length >= 5 && upper.length / letters.length >= 0.85 && words.length <= 14 && !/[:.,]$/.test(text.trim())
  );
}

/** A name of two or more capitalised words, then its initialism in brackets: "Rob Palmer (RPR)". */
const DEFINED_INITIALISM = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s*[([](\p{Lu}{2,5})[)\]]/gu;

type ReadAs = NonNullable<(Segment & { kind: 'label' })['readAs']>;

/** Which label candidates the document confirms. */
function acceptedLabels(
  lines: SourceLine[],
  participants: Participant[],
  removedTexts: readonly string[] = [],
): {
  candidates: Map<number, LabelCandidate>;
  keys: Set<string>;
  readAs: Map<number, ReadAs>;
  counts: Map<string, number>;
} {
  const candidates = new Map<number, LabelCandidate>();
  const rejected: [number, LabelCandidate][] = [];
  const counts = new Map<string, number>();
  lines.forEach((line, index) => {
    const candidate = labelAt(line.text) ?? damagedLabelAt(line.text) ?? nameAloneAt(lines, index);
    if (!candidate || shortTimedSegment(lines, index, candidate) || definesItself(candidate)) return;
    candidates.set(index, candidate);
    const key = labelKey(candidate.label);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const keys = new Set<string>();
  const readAs = new Map<number, ReadAs>();
  // The printed form of each recurring label, and the keys printed undamaged.
  const printed = new Map<string, string>();
  // Forms printed cleanly at least once: what a label visibly misread may be read as.
  const clean = new Map<string, string>();
  const undamagedKeys = new Set<string>();
  for (const candidate of candidates.values()) {
    const key = labelKey(candidate.label);
    if ((counts.get(key) ?? 0) >= 2 && !candidate.damaged && !printed.has(key)) printed.set(key, candidate.label);
    if (!candidate.damaged && !misreadOnItsFace(candidate.label) && !clean.has(key)) clean.set(key, candidate.label);
    if (!candidate.damaged) undamagedKeys.add(key);
  }
  const strongCount = [...candidates.values()].filter((c) => c.strength === 'strong').length;
  // The labels printed in each weak shape, before any is accepted.
  const printedShapes = new Map<LabelCandidate['convention'], Set<string>>();
  for (const candidate of candidates.values())
    if (candidate.convention)
      printedShapes.set(
        candidate.convention,
        (printedShapes.get(candidate.convention) ?? new Set()).add(labelKey(candidate.label)),
      );
  // Every word of the document outside labels, and every word of a label, upper case, counted.
  const textWords = new Map<string, number>();
  const labelWords = new Map<string, number>();
  const count = (map: Map<string, number>, text: string) => {
    for (const word of text.match(/[\p{L}\d’']+/gu) ?? []) {
      const upperWord = word.toLocaleUpperCase('en');
      map.set(upperWord, (map.get(upperWord) ?? 0) + 1);
    }
  };
  lines.forEach((line, index) => {
    const candidate = candidates.get(index);
    if (candidate) {
      count(labelWords, candidate.label);
      count(textWords, candidate.rest);
    } else count(textWords, line.text);
  });
  // Lines earlier passes took out (a cover page's appearances, a title) are printed text too.
  for (const text of removedTexts) count(textWords, text);
  // Initialisms the text defines after a name ("Rob Palmer (RPR)"), as an attendee list does.
  const initialisms = new Set<string>();
  for (const text of [...lines.map((line) => line.text), ...removedTexts])
    for (const match of text.matchAll(DEFINED_INITIALISM)) initialisms.add(match[1]!);
  const firstLine = lines.findIndex((line) => line.text.trim() !== '');
  // Named labels on lines of their own with a timestamp (a diariser's "Speaker 1" aside).
  const timedOwnLine = [...candidates].filter(
    ([i, c]) => c.rest === '' && /\d:\d\d/.test(lines[i]!.text) && diarisedNumber(c.label) === null,
  ).length;
  const ownLineLabels = [...candidates.values()].filter((c) => c.rest === '' && c.strength === 'strong').length;
  // A chat log names its speakers in the nick of each line: a line there that starts "word:" is
  // a message wrapped onto it or addressed to someone ("emzy: regtest is the way"), no speaker.
  const chatLines = [...candidates.values()].filter((c) => c.chat).length;
  const chatLog = chatLines >= 10 && chatLines >= candidates.size * 0.8;
  // A scan that reads one label's colon as a semicolon reads others so: where two or more lines
  // print a label the text confirms with a semicolon, the semicolon is this document's colon, and
  // a label of a strong form printed so is a label even seen once.
  const confirmedSemicolons = [...candidates].filter(([index, c]) => {
    if (!c.damaged || !/^[^;:]{1,80};/.test(lines[index]!.text)) return false;
    const key = labelKey(c.label);
    return (
      undamagedKeys.has(key) ||
      (c.strength === 'strong' && (counts.get(key) ?? 0) >= 2) ||
      participants.some((p) => labelMatch(c.label, p).score > 0)
    );
  }).length;
  const semicolonColons = confirmedSemicolons >= 2;
  // "Q Welcome back." / "A Thank you.": markers with one space and no question mark, read only
  // where three or more answers are printed so and three or more questions are marked `Q`
  // (a reporter's examination), never one alone.
  const marked = (marker: string, bare: boolean) =>
    [...candidates.values()].filter((c) => c.label === marker && (!bare || c.bareMarker)).length;
  const bareMarkersConfirmed = marked('Q', false) >= 3 && marked('A', true) >= 3;
  // ("Q Thank you." where three or more questions are marked `Q` with a question mark, as a press
  // office prints every questioner: the mark is that document's, even on a line with no question.)
  const questionMarkConfirmed = marked('Q', false) - marked('Q', true) >= 3;
  // "1. 林健鋒議員：…", "2. 王國興議員：…": numbered labels are a record's numbered questions where
  // three or more are printed so, numbered in order; otherwise a label printed unnumbered too.
  const numbers = [...candidates.values()].flatMap((c) => (c.numbered === undefined ? [] : [c.numbered]));
  const numberedQuestions = numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
  // "○의장 김병국": where two or more different labels are marked with the circle and one
  // recurs, the circle marks the record's speakers, each of them even seen once.
  const printsSpeakersIn = (convention: LabelCandidate['convention']) => {
    const printed = new Set(
      [...candidates.values()].filter((c) => c.convention === convention).map((c) => labelKey(c.label)),
    );
    return printed.size >= 2 && [...printed].some((key) => (counts.get(key) ?? 0) >= 2);
  };
  const circledSpeakers = printsSpeakersIn('circle');
  // "President. –", "Jane Roe (PPE). –": likewise where two or more speakers are printed with the
  // European Parliament's dash and one recurs, each of them even seen once.
  const dashedSpeakers = printsSpeakersIn('dash');
  // "**Jen Luker** Hello.": a name in bold before the speech, no colon, likewise.
  const boldRunSpeakers = printsSpeakersIn('bold-run');
  // "Jane Roe — Thank you.": a name and a dash before the speech, likewise.
  const dashRunSpeakers = printsSpeakersIn('dash-run');
  // "GUYON Thank you …": a name in capitals before the speech, no colon, is a label only where two
  // or more such names each open three or more paragraphs and together they open three in ten of
  // them (an acronym opens a paragraph now and then; a dialogue's speakers open most of them).
  const eachLineAParagraph = onePerLine(lines);
  const paragraphStart = (index: number) =>
    index === firstLine || eachLineAParagraph || (lines[index - 1]?.text.trim() ?? '') === '';
  const paragraphs = lines.filter((line, index) => line.text.trim() !== '' && paragraphStart(index)).length;
  /** The keys of a convention's names that open `least` or more paragraphs each, where two or more do and together they open three in ten. */
  const openingSpeakers = (convention: LabelCandidate['convention'], least: number): Set<string> => {
    const opening = new Map<string, number>();
    let total = 0;
    for (const [index, c] of candidates)
      if (c.convention === convention && paragraphStart(index)) {
        opening.set(labelKey(c.label), (opening.get(labelKey(c.label)) ?? 0) + 1);
        total++;
      }
    const frequent = [...opening].filter(([, n]) => n >= least).map(([key]) => key);
    return new Set(frequent.length >= 2 && total >= paragraphs * 0.3 ? frequent : []);
  };
  const capsRunSpeakers = openingSpeakers('caps-run', 3);
  // "[Jane Roe] Thank you.", "Jane Roe > Thank you.", "Jane Roe 00:12 Thank you.": a name set off
  // by a mark other than a colon is a label only where two or more such names each open two or
  // more paragraphs, and together they open three in ten of them.
  const markRunSpeakers = openingSpeakers('mark-run', 2).size > 0;
  // A name alone on its line, likewise, where four or more lines print one so and few labels of
  // other forms stand beside them (Hansard online: most members speak once).
  const namesAlone = [...candidates.values()].filter((c) => c.convention === 'name-alone');
  // (Printed again is the name without its brackets too: "Jane Roe (Harbourside) (Lab)", then "Jane Roe".)
  const nameStems = namesAlone.map((c) => labelKey(c.label.replace(/\s*\([^()]*\)/g, '')));
  const nameAloneSpeakers =
    namesAlone.length >= 4 &&
    new Set(nameStems).size >= 2 &&
    nameStems.some((stem, index) => nameStems.indexOf(stem) !== index) &&
    candidates.size - namesAlone.length < namesAlone.length / 4;
  const peopleWithRoles = new Set(
    [...candidates.values()].filter((c) => namedPersonWithRole(c.label)).map((c) => labelKey(c.label)),
  ).size;
  const unnumberedKeys = new Set(
    [...candidates.values()].filter((c) => c.numbered === undefined).map((c) => labelKey(c.label)),
  );
  for (const [index, candidate] of candidates) {
    if (chatLog && !candidate.chat) {
      candidates.delete(index);
      continue;
    }
    const key = labelKey(candidate.label);
    const known = participants.some((p) => labelMatch(candidate.label, p).score > 0);
    // ("JACK (OUTRO):", "ジャック (イントロ):": a label printed elsewhere, a note in brackets after it.)
    const stem = labelKey(candidate.label.replace(/\s*[(（][^()（）]{1,30}[)）]$/u, ''));
    const recurring = (counts.get(key) ?? 0) >= 2 || (stem !== key && (counts.get(stem) ?? 0) >= 2);
    const ownLineFollowedByBlank = candidate.rest === '' && (lines[index + 1]?.text.trim() ?? '') === '';
    // In a record dense with labels, or one that prints three or more people so, "Name, Role:" is a
    // label even when it appears once ("STEVE INSKEEP, HOST:", as broadcasters print).
    const nameWithRole = personWithRole(candidate.label);
    // A speech-to-text export of one voice: its only label, a name and a timestamp on the first
    // line ("Donald J. Trump  45:11"), the speech under it.
    const soleTimedOpening =
      timedOwnLine === 1 &&
      index === firstLine &&
      candidate.rest === '' &&
      /\d:\d\d/.test(lines[index]!.text) &&
      looksLikePersonalName(candidate.label) &&
      (lines[index + 1]?.text.trim() ?? '') !== '';
    let ok =
      candidate.strength === 'strong' ||
      recurring ||
      known ||
      soleTimedOpening ||
      (nameWithRole && (strongCount >= 8 || peopleWithRoles >= 3));
    if (candidate.bareMarker) ok = bareMarkersConfirmed || (candidate.label === 'Q' && questionMarkConfirmed);
    // (Alone on its line, a circled label must recur: `○議事日程` heads the agenda.)
    if (candidate.convention === 'circle') ok = circledSpeakers && (candidate.rest !== '' || recurring);
    if (candidate.convention === 'dash') ok = dashedSpeakers;
    if (candidate.convention === 'bold-run') ok = boldRunSpeakers;
    // (A known name and its role alone on a line over the speech, "METIRIA TUREI – Green Party
    // Co-Leader", is a label however the document prints its other speakers.)
    if (candidate.convention === 'dash-run') ok = dashRunSpeakers || (candidate.role !== undefined && known);
    if (candidate.convention === 'caps-run') ok = paragraphStart(index) && capsRunSpeakers.has(key);
    if (candidate.convention === 'mark-run') ok = paragraphStart(index) && markRunSpeakers;
    if (candidate.convention === 'name-alone') ok = nameAloneSpeakers;
    // ("**TEAM REPRESENTATIVES**" over "**Part One: Christian HORNER (Red Bull Racing)**": a heading
    // over a heading, nothing said under it; a bold question under a bold name is speech.)
    if (candidate.convention === 'bold-alone') {
      const next =
        lines
          .slice(index + 1)
          .find((line) => line.text.trim() !== '')
          ?.text.trim() ?? '';
      if (/^\*\*[^*]+\*\*$/.test(next) && !/[?.!…]/.test(next.slice(-4))) ok = false;
    }
    if (candidate.numbered !== undefined) ok = known || numberedQuestions || unnumberedKeys.has(key);
    if (candidate.damaged)
      ok =
        known ||
        undamagedKeys.has(key) ||
        (candidate.strength === 'strong' &&
          (recurring || (semicolonColons && /^[^;:]{1,80};/.test(lines[index]!.text))));
    // A word of the label printed nowhere but in labels, one scan-confused letter from a word the
    // text prints: the label is read with that word, over what comparing labels reads (whose
    // reason is given where both agree).
    // (An initialism the text defines is evidence only for a label seen once.)
    const misprinted = known
      ? null
      : misprintedWordIn(candidate.label, textWords, labelWords, recurring ? undefined : initialisms);
    if (!known) {
      // A label that a scan damaged from one that recurs more often is that label; never a new
      // speaker. (Seen once, any one letter; itself recurring, only letters scans confuse.) A
      // label visibly misread (`LlVERA`, `D0NALD`) is read as a form printed cleanly even once.
      const misread = misreadOnItsFace(candidate.label);
      const targets = [...(misread ? clean : printed)];
      // A digit read as its letter that gives a form printed elsewhere wins over a letter changed.
      const byDigits = lettersForDigits(key);
      targets.sort(([a], [b]) => Number(b === byDigits) - Number(a === byDigits));
      for (const [other, label] of targets) {
        const count = counts.get(key) ?? 0;
        const rarer = misread || (!misreadOnItsFace(label) && (counts.get(other) ?? 0) > count);
        const reason = other === key || (recurring && !rarer) ? null : damagedFormOf(key, other, recurring);
        if (!reason) continue;
        const seen = (counts.get(other) ?? 0) >= 2 ? 'recurs in' : 'is printed cleanly in';
        readAs.set(index, { label, reason: `${reason}; “${label}” ${seen} the text` });
        ok = true;
        break;
      }
      // A full name visibly misread (`ROBERT MACNElL`) whose family name, mended, is a label
      // printed cleanly (`MACNEIL`): that name as it was printed, the same speaker.
      if (!readAs.has(index) && misread) {
        const mended = mendedOnItsFace(candidate.label);
        const family = labelKey(mended.split(/\s+/).at(-1) ?? '');
        if (mended !== candidate.label && /\s/.test(mended) && clean.has(family)) {
          readAs.set(index, {
            label: mended,
            reason: `a letter misread in print; “${clean.get(family)!}” is printed cleanly in the text`,
          });
          ok = true;
        }
      }
      // Seen once, as another label is seen once: a letter whose print lost a stroke (`LFVY`
      // where `LEVY` is printed) is the misprint, never a second speaker. (The text's own words,
      // where they tell, are the better evidence: `misprinted` below.)
      if (!readAs.has(index) && !misprinted && !recurring && !candidate.damaged)
        for (const [other, label] of clean) {
          const reason = strokeLostFrom(key, other);
          if (!reason) continue;
          readAs.set(index, { label, reason: `${reason}; “${label}” is printed cleanly in the text` });
          ok = true;
          break;
        }
    }
    if (
      misprinted &&
      (ok || counts.has(labelKey(misprinted.label)) || (candidate.damaged && candidate.strength === 'strong')) &&
      labelKey(readAs.get(index)?.label ?? '') !== labelKey(misprinted.label)
    ) {
      readAs.set(index, misprinted);
      ok = true;
    }
    // An all-capitals "HEADING:" alone on its line before a blank line is a heading unless it recurs.
    // (A document whose speakers are all labelled on lines of their own is the exception.)
    const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Hon|Prof|Rev)\.?\s/i.test(candidate.label);
    if (
      ok &&
      ownLineFollowedByBlank &&
      !recurring &&
      !known &&
      !honorific &&
      !namedPersonWithRole(candidate.label) &&
      ownLineLabels < 4 &&
      candidate.form !== 'bold' &&
      // (A name alone in capitals, in a record that prints its speakers so, is no heading: "BRANDT".)
      !(candidate.convention === 'name-alone' && !/\p{Ll}/u.test(candidate.label)) &&
      // (Nor a full name alone, "### Edward Boyd", in a document that prints its speakers so.)
      !(
        candidate.convention === 'name-alone' &&
        /^\s*#{1,6}\s/.test(lines[index]!.text) &&
        /\s/.test(candidate.label) &&
        looksLikePersonalName(candidate.label)
      ) &&
      !/^(?:Q|A|Question|Answer)$/i.test(candidate.label)
    )
      ok = false;
    if (ok) keys.add(key);
    else {
      candidates.delete(index);
      if (!candidate.damaged) rejected.push([index, candidate]);
    }
  }
  const unconventional = unconventionalLabels(candidates, printedShapes, counts, participants);
  for (const index of unconventional) candidates.delete(index);
  if (unconventional.length > 0) {
    const remaining = new Set([...candidates.values()].map((c) => labelKey(c.label)));
    for (const key of keys) if (!remaining.has(key)) keys.delete(key);
  }
  // A name printed once as a label, in a body of speakers labelled by their names: a speaker
  // who spoke once.
  const nameLabels = [...candidates.values()].filter(
    (c) =>
      c.strength === 'weak' &&
      c.form === 'inline' &&
      ONCE_SEEN_NAME.test(c.label) &&
      (counts.get(labelKey(c.label)) ?? 0) >= 2,
  );
  const firstAccepted = Math.min(...candidates.keys());
  /** Accept the labels turned down above that `test` shows to be labels after all. */
  // (A label of a weak shape is taken back only where the document prints speakers in that shape.)
  const acceptedShapesOfConvention = new Set([...candidates.values()].map((c) => c.convention));
  const acceptRejected = (test: (candidate: LabelCandidate, index: number) => boolean) => {
    for (const [index, candidate] of rejected)
      if (
        !candidates.has(index) &&
        (candidate.convention === undefined || acceptedShapesOfConvention.has(candidate.convention)) &&
        test(candidate, index)
      ) {
        candidates.set(index, candidate);
        keys.add(labelKey(candidate.label));
      }
  };
  // A full name printed once as a label where its initials recur as a label ("Maxime Jaglin :" at
  // the start, "MJ :" from then on): the same speaker, named in full the first time.
  const recurringKeys = new Set(
    [...candidates.values()].map((c) => labelKey(c.label)).filter((key) => (counts.get(key) ?? 0) >= 2),
  );
  acceptRejected(
    (candidate) =>
      candidate.form === 'inline' &&
      candidate.rest !== '' &&
      ONCE_SEEN_NAME.test(candidate.label) &&
      candidate.label.includes(' ') &&
      recurringKeys.has(labelKey(initialsOf(candidate.label))),
  );
  if (new Set(nameLabels.map((c) => labelKey(c.label))).size >= 3)
    acceptRejected(
      (candidate, index) =>
        index > firstAccepted &&
        candidate.form === 'inline' &&
        candidate.rest !== '' &&
        (lines[index - 1]?.text.trim() ?? '') === '' &&
        ONCE_SEEN_NAME.test(candidate.label) &&
        !NOT_A_SPEAKER.test(candidate.label),
    );
  // A full name seen once between two turns of one speaker ("Marta Okonjo:" … "Leon Brandt:" …
  // "Marta Okonjo:"), in a body whose speakers are labelled by their names: read as text, the
  // speaker would go on answering themselves; a second voice spoke once.
  if (nameLabels.length > 0)
    acceptRejected((candidate, index) => {
      if (
        index <= firstAccepted ||
        candidate.form !== 'inline' ||
        candidate.rest === '' ||
        (lines[index - 1]?.text.trim() ?? '') !== '' ||
        !ONCE_SEEN_NAME.test(candidate.label) ||
        !candidate.label.includes(' ') ||
        !looksLikePersonalName(candidate.label) ||
        // (The words after it are speech: "Navigation Path: Home›Media›…" is a page's.)
        (candidate.rest.match(/(?:^|\s)\p{Ll}\p{L}*/gu) ?? []).length < 2
      )
        return false;
      const accepted = [...candidates.keys()];
      const before = candidates.get(Math.max(...accepted.filter((at) => at < index)))!;
      const after = candidates.get(Math.min(...accepted.filter((at) => at > index)));
      // (The speaker on both sides is a person by name: a page's "Webcasts:" twice says nothing.)
      return (
        after !== undefined &&
        labelKey(before.label) === labelKey(after.label) &&
        (counts.get(labelKey(before.label)) ?? 0) >= 2 &&
        looksLikePersonalName(before.label)
      );
    });
  // An honorific and a name seen once ("Tuan Chiw Tiang Chai:", "Dato’ Hajah Saripah Aminah binti
  // Haji Syed Mohamed:"), speech after it, after a blank line, a finished sentence or a line of no
  // words (a page's or a clock's number), in a record
  // where three or more labels recur: a member who spoke once.
  const recurringAccepted = new Set(
    [...candidates.values()].map((c) => labelKey(c.label)).filter((key) => (counts.get(key) ?? 0) >= 2),
  );
  if (recurringAccepted.size >= 3)
    acceptRejected(
      (candidate, index) =>
        index > firstAccepted &&
        candidate.rest !== '' &&
        HONORIFIC_NAME.test(candidate.label) &&
        (/(?:^|[.?!…)”"])\s*$/u.test(lines[index - 1]?.text.trim() ?? '') ||
          !/\p{L}/u.test((lines[index - 1]?.text ?? '').replace(/\([^()]*\)/g, ''))),
    );
  // A full name seen once whose family name is a label that recurs ("Marc Weber:" first, then
  // "Weber:" throughout, as oral histories and interviews print; "PETER SAGAL, HOST:" alone on its
  // line, then "SAGAL:", as broadcasters print): that speaker's first label.
  acceptRejected((candidate, index) => {
    const name = candidate.label
      .replace(/\([^)]*\)/g, ' ')
      .split(',')[0]!
      .trim();
    const family = name.split(/\s+/).at(-1);
    const next = lines.findIndex((line, at) => at > index && line.text.trim() !== '');
    return (
      (candidate.rest !== '' || (next >= 0 && !candidates.has(next))) &&
      family !== undefined &&
      looksLikePersonalName(name) &&
      keys.has(labelKey(family)) &&
      (counts.get(labelKey(family)) ?? 0) >= 2
    );
  });
  // A name (or an office and a name) seen once, after a label that recurs, whose family name the
  // words just before it call ("Thank you. Please now, Mr Fischer." / "Heinz Fischer:"; "… invite
  // President Putin to take the podium." / "President of Russia Vladimir Putin:"): the chair
  // handing the floor to the one it names, who speaks once.
  if (recurringAccepted.size >= 1)
    acceptRejected((candidate, index) => {
      if (index <= firstAccepted || candidate.form !== 'inline') return false;
      const words = candidate.label
        .replace(/\([^()]*\)/g, ' ')
        .trim()
        .split(/\s+/);
      const family = words.at(-1) ?? '';
      // (A long office stands only alone on its line: "Board Chairman of the Foundation for … Andrei Bystritsky:".)
      const longest = candidate.rest === '' ? 20 : 8;
      if (words.length < 2 || words.length > longest || !looksLikePersonalName(words.slice(-2).join(' '))) return false;
      const previous = lines[index - 1]?.text.trim() ?? '';
      if (previous !== '' && !/[.?!…:]["”’)]?$/u.test(previous)) return false;
      const next = lines.findIndex((line, at) => at > index && line.text.trim() !== '');
      if (candidate.rest === '' && (next < 0 || candidates.has(next))) return false;
      const before = lines
        .slice(0, index)
        .filter((line) => line.text.trim() !== '')
        .slice(-4)
        .map((line) => line.text)
        .join(' ');
      // (Called by the given name, "So, Andrei, please.", where the chair introduced them in full.)
      const given = words.at(-2)!;
      const introduced = lines
        .slice(Math.max(0, index - 40), index)
        .some((line) => wordPattern(`${given} ${family}`).test(line.text));
      return wordPattern(family).test(before) || (introduced && wordPattern(given).test(before));
    });
  // A voice nobody named, seen once ("MALE VOICE 1:", "Unidentified speaker:"), with speech after
  // it, in a record whose labels recur: an unknown voice spoke; no person is made of it.
  if (recurringAccepted.size >= 2)
    acceptRejected(
      (candidate, index) =>
        index > firstAccepted &&
        candidate.rest !== '' &&
        labelClass(candidate.label) === 'unknown' &&
        (lines[index - 1]?.text.trim() ?? '') === '',
    );
  // "Costa Rica | Representative" seen once where "IAHWG | Co-Chair" recurs: a record that prints
  // every speaker as who they are and, after a bar, their role; the role says it is a label.
  const barred = (label: string) => /^[^|]{2,60}\s\|\s([^|]{2,40})$/.exec(label);
  if ([...candidates.values()].some((c) => barred(c.label) !== null && (counts.get(labelKey(c.label)) ?? 0) >= 2))
    acceptRejected((candidate) => {
      const role = barred(candidate.label)?.[1];
      return role !== undefined && isRolePhrase(role) && candidate.rest === '';
    });
  // A name or a role seen once in the shape the export prints every speaker in (`### [00:00:12] Teo`,
  // the speech below), where three or more labels in that shape are accepted: a speaker who spoke once.
  // (Inline, `Ana Ruiz (00:05): Hello.`, the shape is the line up to the speech.)
  const timedShape = (index: number, candidate: LabelCandidate) => {
    const text = lines[index]!.text.trimEnd();
    const head = candidate.rest !== '' && text.endsWith(candidate.rest) ? text.slice(0, -candidate.rest.length) : text;
    return head.replace(candidate.label, 'NAME').replace(/\d/g, '9').trim();
  };
  // (A label whose only words are a time stamp, "Deborah Birx: (08:14)", is printed so too.)
  const stampedOwnLine = (candidate: LabelCandidate) =>
    (candidate.timed === true && candidate.rest === '') || /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]$/.test(candidate.rest);
  const stampedInline = (candidate: LabelCandidate) => candidate.timed === true && candidate.rest !== '';
  const acceptedShapes = new Map<string, number>();
  for (const [index, candidate] of candidates)
    if (stampedOwnLine(candidate) || stampedInline(candidate)) {
      const shape = timedShape(index, candidate);
      acceptedShapes.set(shape, (acceptedShapes.get(shape) ?? 0) + 1);
    }
  acceptRejected(
    (candidate, index) =>
      (stampedOwnLine(candidate) || stampedInline(candidate)) &&
      (acceptedShapes.get(timedShape(index, candidate)) ?? 0) >= 3 &&
      (stampedInline(candidate) || (lines[index + 1]?.text.trim() ?? '') !== '') &&
      (ONCE_SEEN_NAME.test(candidate.label) || isRolePhrase(candidate.label)) &&
      !NOT_A_SPEAKER.test(candidate.label),
  );
  return { candidates, keys, readAs, counts };
}

/**
 * A personal name alone on a line, no colon, no time (`Jane Doe`), or a name or an office with
 * what the record prints after it in brackets, as the UK Parliament's Hansard online does (`Keir
 * Starmer (Holborn and St Pancras) (Lab)`, `The Prime Minister (Rishi Sunak)`, `Q1. [901234] Jane
 * Roe (Harbourside) (Lab)` with its question number).
 */
const NAME_ALONE =
  /^\s*(?:Q?\d{1,3}\.\s+(?:\[\d+\]\s+)?)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s+(?:of|of the)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?)((?:\s+\([^()]{1,60}\)){0,2})\s*$/u;

/** A name in capitals of up to seven words alone on a line, an office after a comma (`NAME, GOVERNOR OF X`) or not. */
const CAPITALS_LONG =
  /^\s*(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]*){0,6})(?:\s*,\s*(\p{Lu}[\p{Lu}\p{M}'’.()-]*(?:\s[\p{Lu}\p{M}'’.()-]+){0,11}))?\s*$/u;

const lowerCaseWordsOf = new WeakMap<readonly SourceLine[], Set<string>>();

/**
 * The words a document prints in lower case: a heading's "Data" is a word where the text says
 * "data", a given name ("Zino") is printed with its capital everywhere.
 */
function lowerCaseWords(lines: readonly SourceLine[]): Set<string> {
  let words = lowerCaseWordsOf.get(lines);
  if (!words) {
    words = new Set(lines.flatMap((line) => line.text.match(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*/gu) ?? []));
    lowerCaseWordsOf.set(lines, words);
  }
  return words;
}

/**
 * A personal name (or a name or role in capitals) alone on a line after a blank line (or first),
 * the speech on the line right under it (or, under a Markdown heading that is the name, the
 * paragraph below): how some editors and exports print each speaker. A weak label of the `name-alone`
 * convention, read only where the document prints its speakers so (`unconventionalLabels`).
 */
function nameAloneAt(lines: SourceLine[], index: number): LabelCandidate | null {
  // "#### Robert Jordan": a Markdown heading that is a name, the speech a paragraph below it.
  const heading = /^\s*#{1,6}\s+/.exec(lines[index]!.text);
  // "[Jane Roe]": a name in square brackets alone on its line, as some transcription tools print it.
  const text = (heading ? lines[index]!.text.slice(heading[0].length) : lines[index]!.text).replace(
    /^\s*\[([^[\]]+)\]\s*$/,
    '$1',
  );
  // "MIGUEL BARBOSA HUERTA, GOBERNADOR DE PUEBLA", "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR": in
  // capitals, a name of up to seven words, and an office after a comma.
  const nameMatch = NAME_ALONE.exec(text);
  const inCapitals = nameMatch ? null : CAPITALS_LONG.exec(text);
  const match = nameMatch ?? inCapitals;
  if (!match) return null;
  // (So is a name set a paragraph above its speech, "JANE ROE", blank, the speech: where the
  // document prints its speakers so, `nameAloneSpeakers`.)
  // ("COOPER" ⏎ "MODERATOR" ⏎ ⏎ the speech: a debate's record prints the role under the name.)
  const underText = lines[index + 1]?.text.trim() ?? '';
  const roleBelow =
    CAPITALS_ALONE.test(underText) &&
    isRolePhrase(underText) &&
    (lines[index + 2]?.text.trim() ?? '') === '' &&
    (lines[index + 3]?.text.trim() ?? '') !== ''
      ? underText
      : null;
  const below = roleBelow ? index + 3 : (lines[index + 1]?.text.trim() ?? '') === '' ? index + 2 : index + 1;
  const next = lines[below]?.text.trim() ?? '';
  const previous = lines[index - 1]?.text.trim() ?? '';
  // (A name right under it is a list of names; "Yes." under it is speech.)
  const nameUnder = !/[.?!…]$/u.test(next) && (NAME_ALONE.test(next) || CAPITALS_ALONE.test(next));
  // (Set right under the last speaker's finished sentence, with no blank line, it is one too.)
  // (Or under a date line, "02 de agosto de 2019": a title block's line is finished too.)
  const finished =
    previous === '' || /[.?!…"”’)\]]$/u.test(previous) || /--$/.test(previous) || dateLine(previous) !== null;
  // (A comma or a dash alone under it is a byline's punctuation, no speech; an office alone under
  // it, "Nonresident Senior Fellow", a byline's or a list's line.)
  // (Where speech follows the office, it is a call's label and its roster line: "Owen Pryce-Davies" ⏎
  // "Larchmont Ferries Inc. - CFO" ⏎ "Thanks, …".)
  const afterOffice = lines[below + 1]?.text.trim() ?? '';
  const speechAfter = afterOffice.split(/\s+/).length > 4 || /[.?!…]$/u.test(afterOffice);
  const officeUnder =
    !roleBelow && !speechAfter && isRolePhrase(next) && next.split(/\s+/).length <= 6 && !/[.?!…]$/u.test(next);
  if (next === '' || !finished || nameUnder || officeUnder || !/\p{L}/u.test(next)) return null;
  const name = match[1]!.trim();
  const bracketed = inCapitals ? '' : (match[2] ?? '').trim();
  const capitals = !/\p{Ll}/u.test(name);
  // A name of one word only in capitals ("RUTTE") or with the record's brackets after it.
  // (A given name alone is one only as a heading, "### Zino": a line of prose may be one word.)
  const named =
    capitals ||
    (looksLikePersonalName(name) && (name.includes(' ') || bracketed !== '')) ||
    (heading !== null &&
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) &&
      !lowerCaseWords(lines).has(name.toLocaleLowerCase('en'))) ||
    isRolePhrase(name);
  if (!named || /[.'’-]$/.test(name) || NOT_A_SPEAKER.test(name)) return null;
  const label = bracketed === '' ? name : `${name} ${bracketed}`;
  const office = inCapitals?.[2]?.trim();
  return {
    label: office ? `${label}, ${office}` : label,
    rest: '',
    form: 'inline',
    strength: 'weak',
    convention: 'name-alone',
    ...(roleBelow ? { roleBelow } : {}),
  };
}

/**
 * The labels of a weak shape (a heading that is a name and a colon, a bold line alone, a Han-script
 * phrase before a colon) that the document does not use as its convention: a shape is one where
 * at least two different labels are printed in it and one of them recurs (a dialogue, or a chair
 * and the voices called). One bold line printed again and again is a heading on every page; one
 * phrase before a colon again and again is a turn of phrase. Labels naming a listed participant, or
 * accepted in another form too, stay.
 */
function unconventionalLabels(
  candidates: Map<number, LabelCandidate>,
  printedShapes: Map<LabelCandidate['convention'], Set<string>>,
  counts: Map<string, number>,
  participants: Participant[],
): number[] {
  const known = (candidate: LabelCandidate) => participants.some((p) => labelMatch(candidate.label, p).score > 0);
  const dropped: number[] = [];
  const inShape = (convention: LabelCandidate['convention']) =>
    [...candidates.values()].filter((c) => c.convention === convention).length;
  const strong = [...candidates.values()].filter((c) => c.strength === 'strong').length;
  for (const [convention, printed] of printedShapes) {
    const recurs = [...printed].some((key) => (counts.get(key) ?? 0) >= 2);
    // (A name alone on a line, a name in capitals before the speech: `acceptedLabels` kept those
    // only where the document prints its speakers so, `nameAloneSpeakers`, `capsRunSpeakers`.)
    if (convention === 'name-alone' || convention === 'caps-run' || convention === 'mark-run') continue;
    // A hearing's `Mr. Koo.` is its way only where it outnumbers the labels of strong forms: in a
    // record labelled `CHAIRWOMAN KRUEGER:`, "Senator Anna Kaplan. And I know…" is a wrapped line.
    const dominant = convention !== 'record' || strong < inShape(convention);
    if (printed.size >= 2 && recurs && dominant) continue;
    const elsewhere = new Set(
      [...candidates.values()].filter((c) => c.convention !== convention).map((c) => labelKey(c.label)),
    );
    for (const [index, candidate] of candidates)
      if (
        candidate.convention === convention &&
        (!known(candidate) || !dominant) &&
        !elsewhere.has(labelKey(candidate.label))
      )
        dropped.push(index);
  }
  return dropped;
}

/** An honorific, then a name of one to six words (Malay patronymics and particles allowed). */
const HONORIFIC_NAME =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Profesor|Tuan|Puan|Encik|Cik|Datuk|Dato[’']?|Datin|Tan Sri|Puan Sri|Senator|Sir|Dame|Lord|Lady|Herr|Frau|Monsieur|Madame|Señor|Señora|Hon)\.?\s+)+(?:(?:\p{Lu}[\p{L}’'.-]*|bin|binti|bte|di|da|de|van|von|al)\s*){1,6}$/u;

/** "Name, Role": a label that says who somebody is and what they are. */
function personWithRole(label: string): boolean {
  return /^[^,]+,\s*\S/.test(label) && isRolePhrase(label.split(',').slice(1).join(','));
}

/** "STEVE INSKEEP, HOST": a personal name, then a role. */
function namedPersonWithRole(label: string): boolean {
  return personWithRole(label) && looksLikePersonalName(label.split(',')[0]!);
}

/**
 * A glossary's entry, not a speaker: what follows the colon opens with the label's own words in
 * quotes (`FINAL TRANSCRIPT: "Final Transcript" indicates that …`).
 */
function definesItself(candidate: LabelCandidate): boolean {
  const quoted = /^\s*["“'‘]([^"”'’]{1,80})["”'’]/.exec(candidate.rest)?.[1];
  return quoted !== undefined && labelKey(quoted) === labelKey(candidate.label);
}

/** A label of one to three capitalised words, letters only: a name or a role ("Audience Member"). */
const ONCE_SEEN_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}$/u;
/** Words a paragraph starts with before a colon that name no speaker: notes, fields, sections. */
const NOT_A_SPEAKER =
  /^(?:Note|Notes|Example|Examples|Edit|Update|Source|Sources|Summary|Topic|Slide|Slides|Video|Audio|Location|Link|Links|Step|Warning|Tip|Agenda|Action|Actions|Answer|Result|Results|Conclusion|Conclusions|Resolution|Decision|Outcome|Date|Time|Name|Title|Transcript|Abstract|Background|Context|Definition|Problem|Solution|Goal|Idea|Disclaimer|Reference|References|Quote|Translation|Correction|Question|Questions|Proposal|Status|Summary|Reason|Rationale|Context|Presenter|Presenters|Speaker|Speakers|Chair|Attendees|Present|Absent)$/i;

/** The time stamp a timed label's line prints outside its speech, and its seconds; null when there is none. */
function labelTime(text: string, candidate: LabelCandidate): PrintedTime | null {
  const head = candidate.rest === '' ? text : text.slice(0, Math.max(0, text.lastIndexOf(candidate.rest)));
  const span = TIME_SPAN.exec(head);
  if (span) {
    const seconds = spanStartSeconds(span[1]!);
    return seconds === null ? null : { seconds, asPrinted: span[0] };
  }
  const stamp = /[[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?/.exec(head);
  const seconds = stamp ? clockSeconds(stamp[1]!) : null;
  return seconds === null ? null : { seconds, asPrinted: stamp![0] };
}

/**
 * Labels run into the end of the previous paragraph (`… a Ph.D.? Jane Smith: Yes, in 1968.`):
 * after the end of a sentence, a label the text prints at the start of a line at least twice
 * starts a line of its own. Only labels known that way: a colon after a name inside a sentence
 * is not enough.
 */
function splitRunInLabels(lines: SourceLine[]): { lines: SourceLine[]; changes: Change[] } {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const candidate = labelAt(line.text);
    if (candidate && candidate.label.length >= 4)
      counts.set(labelKey(candidate.label), (counts.get(labelKey(candidate.label)) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, count]) => count >= 2).map(([key]) => key);
  if (recurring.length === 0) return { lines, changes: [] };
  const escaped = recurring.sort((a, b) => b.length - a.length).map((key) => escapeRegExp(key).replace(/ /g, '\\s+'));
  const runIn = new RegExp(String.raw`([.?!…]["”’)]?)\s+((?:${escaped.join('|')})\s*:\s+\S)`, 'iu');
  const out: SourceLine[] = [];
  const changes: Change[] = [];
  for (const line of lines) {
    let text = line.text;
    let match: RegExpExecArray | null;
    while (
      (match = runIn.exec(text)) !== null &&
      labelAt(text.slice(match.index + match[0].length - match[2]!.length))
    ) {
      const cut = match.index + match[1]!.length;
      out.push({ no: line.no, text: text.slice(0, cut) });
      changes.push(
        change('label-run-in', text.slice(cut, cut + 1 + match[2]!.length), `\n${match[2]!}`, placeOf(line.no)),
      );
      text = text.slice(cut).trimStart();
    }
    out.push(text === line.text ? line : { no: line.no, text });
  }
  return { lines: out, changes };
}

/** True when a colon-less line alone is a label the document already uses. */
function isBareLabel(text: string, keys: Set<string>, participants: Participant[]): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 80 || SENTENCE_END.test(trimmed.replace(/[)]$/, ''))) return null;
  if (keys.has(labelKey(trimmed))) return trimmed;
  if (participants.some((p) => labelMatch(trimmed, p).score >= 0.9)) return trimmed;
  return null;
}

/** True for a file with (almost) no blank lines: it puts one paragraph on each line. */
function onePerLine(lines: readonly SourceLine[]): boolean {
  const filled = lines.filter((line) => line.text.trim() !== '').length;
  return filled > 20 && lines.length - filled < filled * 0.1;
}

/**
 * Lines right under labels printed on lines of their own that hold one of a few short values again
 * and again (`No StressLens`, `No Signal (0.531)`, `Strong (2.572)`: a speech-analysis export's
 * score under each speaker's name): under four in five such labels or more, at least five times,
 * at most six forms (numbers aside), four words or fewer and no sentence's end. Not speech.
 */
function labelAnnotations(lines: readonly SourceLine[], candidates: ReadonlyMap<number, LabelCandidate>): Set<number> {
  const under: { index: number; form: string }[] = [];
  let ownLine = 0;
  for (const [index, candidate] of candidates) {
    if (candidate.rest !== '') continue;
    ownLine++;
    const text = lines[index + 1]?.text.trim() ?? '';
    if (text === '' || candidates.has(index + 1) || text.split(/\s+/).length > 4 || /[.?!…:;,]$/u.test(text)) continue;
    under.push({ index: index + 1, form: text.replace(/\d+(?:[.,]\d+)?/g, '#') });
  }
  const forms = new Set(under.map((u) => u.form));
  return under.length >= 5 && under.length >= ownLine * 0.8 && forms.size <= 6
    ? new Set(under.map((u) => u.index))
    : new Set();
}

/** Words of the document, for deciding whether a line-end hyphen splits a word. */
function wordSet(lines: SourceLine[]): Set<string> {
  const set = new Set<string>();
  for (const line of lines)
    for (const word of line.text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) set.add(word);
  return set;
}

/**
 * Subtitle-length rows with sentences wrapped across them (an ASR or caption export saved as
 * text): nearly every row fits a caption (at most 110 characters) and many end mid-sentence.
 * One sentence per line (a Hansard) or one turn per line (an earnings call) is not this.
 */
function looksLikeCaptionRows(lines: SourceLine[]): boolean {
  const rows = lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const short = rows.filter((t) => t.length <= 110).length;
  const wrapped = rows.filter((t) => !SENTENCE_END.test(t)).length;
  return short >= rows.length * 0.95 && wrapped >= rows.length * 0.2;
}

interface Accumulator {
  lines: SourceLine[];
  blankLinesBefore: number;
}

export const segment: Pass = {
  name: 'segment',
  run(draft: Draft): Draft {
    const runIn = splitRunInLabels(draft.lines);
    const lines = runIn.lines;
    const { candidates, keys, readAs, counts } = acceptedLabels(
      lines,
      draft.participants,
      draft.removed.map((r) => r.text),
    );
    const removed: Removed[] = [];
    // Lines a list of participants printed under a name (`participant-roster`).
    const rosterDetails = new Set(
      draft.removed
        .filter((r) => r.reason === 'participant-roster')
        .flatMap((r) => r.text.split('\n').slice(1))
        .map((t) => t.trim().toLocaleLowerCase('en'))
        .filter((t) => t !== '' && !looksLikePersonalName(t)),
    );
    /** Index of the line of the last label printed on a line of its own. */
    let ownLineLabelIndex = -1;
    /** Index of the last line taken as what the list of participants printed under a name. */
    let rosterDetailIndex = -1;
    /** Index of the line under a name alone that printed the speaker's role (`MODERATOR`). */
    let roleBelowIndex = -1;
    /** Lines an export printed under each label, the same few short values (`No StressLens`). */
    const annotations = labelAnnotations(lines, candidates);
    for (const index of annotations)
      removed.push(
        removal(
          lines[index]!.text,
          'label-annotation',
          'A value the export printed under the label, as under most of its labels (a score, a flag): not speech.',
          placeOf(lines[index]!.no),
        ),
      );
    const words = wordSet(lines);
    const lineMode = onePerLine(lines);
    const captionRows = lineMode && looksLikeCaptionRows(lines);
    const segments: Segment[] = [];
    const changes: Change[] = [...runIn.changes];
    let reflowed = 0;
    let reflowFirst = 0;
    let current: Accumulator | null = null;
    let blankRun = 0;
    /** The nick of the chat line that opened the current turn, while its lines go on. */
    let chatSpeaker: string | null = null;

    // The time the last label printed, until the paragraph it times is made.
    let pendingTime: { time: PrintedTime; label: string; line: number } | null = null;
    const dropPendingTime = () => {
      if (pendingTime)
        removed.push(
          removal(
            pendingTime.time.asPrinted,
            'label-time',
            `The time stamp printed with the label “${pendingTime.label}”, which no words follow.`,
            placeOf(pendingTime.line),
          ),
        );
      pendingTime = null;
    };
    const flush = () => {
      if (!current || current.lines.length === 0) {
        current = null;
        return;
      }
      const first = current.lines[0]!;
      const last = current.lines[current.lines.length - 1]!;
      let text = first.text.trim().replace(/ {2,}/g, ' ');
      // Where each later line begins, for passes that need the source lines back (a reflowed
      // caption file with no labels: `split-unlabelled-dialogue`).
      const breaks: LineBreak[] = [];
      for (let i = 1; i < current.lines.length; i++) {
        const next = current.lines[i]!.text.trim().replace(/ {2,}/g, ' ');
        const hyphen = /([\p{L}\p{M}]+)-$/u.exec(text);
        const nextWord = /^([\p{Ll}][\p{L}\p{M}]*)/u.exec(next);
        if (hyphen && nextWord) {
          const joined = (hyphen[1]! + nextWord[1]!).toLowerCase();
          const hyphenated = `${hyphen[1]!}-${nextWord[1]!}`.toLowerCase();
          if (words.has(joined) && !words.has(hyphenated)) {
            changes.push(
              change(
                'dehyphenate',
                `${hyphen[1]!}-\n${nextWord[1]!}`,
                hyphen[1]! + nextWord[1]!,
                placeOf(current.lines[i - 1]!.no),
              ),
            );
            text = text.slice(0, -1) + next;
            continue;
          }
          text += next;
          reflowed++;
          continue;
        }
        if (reflowed === 0) reflowFirst = current.lines[i]!.no;
        reflowed++;
        text += ' ';
        breaks.push({ offset: text.length, line: current.lines[i]!.no });
        text += next;
      }
      const place = placeOf(first.no, last.no);
      // Words on a label's own line are that speaker's, bracketed or not ("MR. ROE. [Statement--see Appendix.]").
      const afterLabel = segments.at(-1)?.kind === 'label' && segments.at(-1)!.place.line === first.no;
      if (
        !afterLabel &&
        BRACKETED.test(text) &&
        !/^\s*[([]\s*(?:inaudible|inaud\.?|indiscernible|crosstalk|cross-talk|laughter|laughs|applause)[^)\]]*[)\]]\s*$/i.test(
          text,
        )
      ) {
        segments.push({ kind: 'direction', text, place });
      } else {
        segments.push({
          kind: 'para',
          text,
          place,
          blankLinesBefore: current.blankLinesBefore,
          ...(breaks.length > 0 ? { breaks } : {}),
          ...(pendingTime ? { time: pendingTime.time } : {}),
        });
        pendingTime = null;
      }
      current = null;
    };

    const addText = (line: SourceLine) => {
      if (!current) current = { lines: [], blankLinesBefore: blankRun };
      current.lines.push(line);
    };

    const nextNonBlankIndex: number[] = new Array<number>(lines.length).fill(-1);
    for (let i = lines.length - 2, next = -1; i >= 0; i--) {
      if (lines[i + 1]!.text.trim() !== '') next = i + 1;
      nextNonBlankIndex[i] = next;
    }
    const firstLabel = candidates.size > 0 ? Math.min(...candidates.keys()) : -1;
    lines.forEach((line, index) => {
      const text = line.text;
      if (text.trim() === '') {
        flush();
        blankRun++;
        return;
      }
      if (index === roleBelowIndex || annotations.has(index)) return; // in removed[] with its label
      const heading = MD_HEADING.exec(text);
      const open = current ? current.lines.map((l) => l.text).join(' ') : '';
      // (A parenthesis the record never closed does not hold a recurring label of a strong form
      // after a line that ended its sentence: "(WHEREUPON, SEALED PROCEEDINGS WERE HELD." then
      // "THE COURT: …".)
      const unclosed = (open.match(/\(/g) ?? []).length > (open.match(/\)/g) ?? []).length;
      const labelAfterSentence =
        candidates.get(index)?.strength === 'strong' &&
        (counts.get(labelKey(candidates.get(index)!.label)) ?? 0) >= 2 &&
        /[.?!)\]]["”’]?\s*$/.test(current?.lines.at(-1)?.text ?? '');
      const insideParenthesis = unclosed && !labelAfterSentence;
      const candidate = insideParenthesis ? undefined : candidates.get(index);
      const nextIndex = nextNonBlankIndex[index] ?? -1;
      // Names one under another ("Those present were: / Mr. Fisher / Mr. Kohn") are a list,
      // not a run of labels with nothing said.
      const inList = (other: SourceLine | undefined) =>
        other !== undefined &&
        (isBareLabel(other.text, keys, draft.participants) !== null || looksLikePersonalName(other.text.trim()));
      // (Before the first label, a known name alone on its line over what they are is a letter's
      // signature, "Cauveri Sriram" ⏎ "Company Secretary & Compliance Officer", not a speaker's label.)
      // (Nor over a comma or a dash alone: a page's byline, "Jane Roe" ⏎ "," ⏎ "Jane Roe" ⏎ "Senior Fellow".)
      const signature =
        index < firstLabel &&
        nextIndex >= 0 &&
        (isRolePhrase(lines[nextIndex]!.text.trim().replace(/\s*&\s*/g, ' and ')) ||
          !/\p{L}/u.test(lines[nextIndex]!.text));
      const bare =
        candidate || insideParenthesis || inList(lines[index - 1]) || inList(lines[index + 1]) || signature
          ? null
          : isBareLabel(text, keys, draft.participants);
      const secondLine = index === ownLineLabelIndex + 1 && current === null ? labelAt(text) : null;
      const labelled = segments[segments.length - 1];
      if (
        (index === ownLineLabelIndex + 1 || index === rosterDetailIndex + 1) &&
        current === null &&
        labelled?.kind === 'label' &&
        rosterDetails.has(text.trim().toLocaleLowerCase('en'))
      ) {
        // (And the line under it, where the list's detail was wrapped over two: "… Senior Equity"
        // then "Research Analyst".)
        rosterDetailIndex = index;
        // "Mark J. Olear" then "Getty Realty Corp. - Executive VP": the line the list printed
        // under the name, printed again under the label.
        removed.push(
          removal(
            text,
            'label-second-line',
            `Second line of the label “${labelled.label}”: what the list of participants says they are.`,
            placeOf(line.no),
          ),
        );
      } else if (
        secondLine &&
        secondLine.rest === '' &&
        labelled?.kind === 'label' &&
        labelled.role === undefined &&
        (counts.get(labelKey(secondLine.label)) ?? 0) < 2 &&
        isRolePhrase(secondLine.label)
      ) {
        // "Jane Smith:" then "Chief Designer:": one label over two lines, the second a role.
        labelled.role = secondLine.label;
        removed.push(
          removal(
            text,
            'label-second-line',
            `Second line of the label “${labelled.label}”: the role of the speaker it names.`,
            placeOf(line.no),
            { 'participant.role': secondLine.label },
          ),
        );
      } else if (candidate?.chat && chatSpeaker === labelKey(candidate.label)) {
        // A chat log's next line by the same nick: a new paragraph of the same turn.
        flush();
        addText({ no: line.no, text: candidate.rest });
      } else if (candidate) {
        flush();
        // "FEINSTEIN: FORD: I didn't get to…": a label with no words, then another the text
        // confirms: the words are the second speaker's, the first label a slip of the record.
        const inner = candidate.rest === '' || candidate.chat ? null : labelAt(candidate.rest);
        if (inner && inner.strength === 'strong' && inner.rest !== '' && keys.has(labelKey(inner.label))) {
          removed.push(
            removal(
              `${candidate.label}:`,
              'label-doubled',
              `“${candidate.label}:” stands before another label with no words of its own: the words are “${inner.label}”'s.`,
              placeOf(line.no),
            ),
          );
          dropPendingTime();
          segments.push({ kind: 'label', label: inner.label, form: 'inline', place: placeOf(line.no) });
          addText({ no: line.no, text: inner.rest });
          blankRun = 0;
          return;
        }
        chatSpeaker = candidate.chat ? labelKey(candidate.label) : null;
        const damaged = readAs.get(index);
        if (candidate.rest === '') ownLineLabelIndex = index;
        if (candidate.numbered !== undefined)
          removed.push(
            removal(
              `${candidate.numbered}.`,
              'question-number',
              `The number of the record's question ${candidate.numbered}, before the label “${candidate.label}”.`,
              placeOf(line.no),
            ),
          );
        // The time printed with the label (`00:01:12 - Jane Roe:`, `Jane Roe 00:12 …`) is when the
        // turn starts in the recording: a time mark before its first paragraph's words. (A time left
        // from a label no words followed goes to `removed[]` before it is replaced.)
        dropPendingTime();
        const printedTime = candidate.timed ? labelTime(text, candidate) : null;
        if (printedTime) pendingTime = { time: printedTime, label: candidate.label, line: line.no };
        segments.push({
          kind: 'label',
          label: candidate.label,
          form: candidate.form === 'bold' ? 'bold' : candidate.rest === '' ? 'own-line' : 'inline',
          place: placeOf(line.no),
          ...(damaged ? { readAs: damaged } : {}),
          ...(candidate.timed ? { timed: true as const } : {}),
          ...(candidate.role || candidate.roleBelow ? { role: (candidate.role ?? candidate.roleBelow)! } : {}),
        });
        if (candidate.role)
          removed.push(
            removal(
              candidate.role,
              'label-role',
              `The role printed after the label “${candidate.label}”: what the speaker it names is.`,
              placeOf(line.no),
              { 'participant.role': candidate.role },
            ),
          );
        if (candidate.roleBelow) {
          roleBelowIndex = index + 1;
          removed.push(
            removal(
              lines[index + 1]!.text,
              'label-role',
              `The role printed under the label “${candidate.label}”: what the speaker it names is.`,
              placeOf(lines[index + 1]!.no),
              { 'participant.role': candidate.roleBelow },
            ),
          );
        }
        if (candidate.rest !== '') addText({ no: line.no, text: candidate.rest });
      } else if (bare && nextIndex >= 0 && !candidates.has(nextIndex)) {
        flush();
        dropPendingTime();
        chatSpeaker = null;
        ownLineLabelIndex = index;
        segments.push({ kind: 'label', label: bare, form: 'own-line', place: placeOf(line.no) });
      } else if (isRoleField(text)) {
        // "Presenter: Jane Roe (JRE)" in minutes: a note of who presents, not the last speaker's words.
        flush();
        segments.push({ kind: 'direction', text: text.trim(), place: placeOf(line.no) });
      } else if (TIME_LINE.test(text)) {
        // "9:54 P.M. CEST" or "END 1:20 P.M. EDT" standing alone in the body: when the event
        // ended or resumed.
        flush();
        segments.push({ kind: 'direction', text: text.trim(), place: placeOf(line.no) });
      } else if (heading) {
        flush();
        segments.push({
          kind: 'heading',
          text: heading[2]!,
          depth: Math.min(heading[1]!.length, 3) as 1 | 2 | 3,
          place: placeOf(line.no),
        });
      } else if (
        isAllCapsHeading(text.replace(/:\s*$/, '')) &&
        // "(LAUGHTER)" in capitals is a stage direction, never a heading.
        !BRACKETED.test(text) &&
        (lineMode ||
          ((lines[index + 1]?.text.trim() ?? '') === '' &&
            // Standing alone, or after a paragraph whose last sentence ended ("…harbour loan." then
            // "QUESTIONS AND ANSWERS" and a blank line).
            (current === null || SENTENCE_END.test(current.lines.at(-1)!.text.trim()))))
      ) {
        // An all-capitals line standing alone (a "HEADING:" the label rules turned down too).
        flush();
        segments.push({ kind: 'heading', text: text.trim(), depth: 2, place: placeOf(line.no) });
      } else {
        if (lineMode && current) {
          const previous: SourceLine = current.lines[current.lines.length - 1]!;
          // An interjection still open ("(Bravorufe. — Abg. Strauß: …! —" on one line, its end on
          // the next) goes on, for a few lines.
          const accumulated = current.lines;
          const openInterjection = insideParenthesis && /^\s*\(/.test(accumulated[0]!.text) && accumulated.length < 6;
          const continues = openInterjection || !SENTENCE_END.test(previous.text.trim()) || /^\s*\p{Ll}/u.test(text);
          if (!continues) flush();
        }
        addText(line);
      }
      blankRun = 0;
    });
    flush();
    dropPendingTime();
    if (reflowed > 0) changes.push(change('reflow', '\n', ' ', placeOf(reflowFirst || 1), reflowed));
    return {
      ...draft,
      captionUnits: captionRows ? 'rows' : draft.captionUnits,
      segments,
      lines: [],
      changes: [...draft.changes, ...changes],
      removed: [...draft.removed, ...removed],
    };
  },
};
