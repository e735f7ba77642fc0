/**
 * @module normalise/passes/build-turns
 * Pass `build-turns`: groups segments into turns and resolves each label to a participant.
 * A label starts a turn (`Q`, `Question`, `JOURNALIST` all resolve to the one anonymous
 * questioner; a role such as `Secretary General` to its holder from the participants line;
 * `POWELL` and `SECRETARY POWELL` to one person). An `A:` right after another label is an
 * answer marker, removed and recorded, not a speaker called "A". The same label again after
 * only timestamps or stage directions continues the turn (`label-repeated`), as does a person's
 * name printed again at the next time stamp with nothing between. Unlabelled paragraphs
 * continue the current turn; `infer-speakers` decides where that is wrong.
 */
import { QUESTIONER_ID, type Participant, type Removed } from '../../model/nodes.js';
import { diarisedNumber } from '../labels.js';
import {
  diagnostic,
  isDraftTurn,
  removal,
  type Draft,
  type DraftBlock,
  type DraftTurn,
  type Pass,
  type Segment,
  unattributedTurn,
  textDirection,
} from '../draft.js';
import {
  anonymousQuestioner,
  anonymousSpeaker,
  displayCase,
  labelMatch,
  labelClass,
  nameTokens,
  GIVEN_NAME_SCORE,
  intervieweeOfTitle,
  participantFromLabel,
} from '../people.js';
import type { Diagnostic } from '../../model/nodes.js';

/** Labels that mark a part of the programme rather than a speaker. */
const PSEUDO_SPEAKER =
  /^(?:break|music|intro|outro|ad break|advertisement|sponsor|interlude|theme music|jingle|pause)$/i;

function uniqueId(base: string, participants: Participant[]): string {
  let id = base;
  for (let n = 2; participants.some((p) => p.id === id); n++) id = `${base}-${n}`;
  return id;
}

interface Resolution {
  participant: Participant | null;
  confidence: number;
  evidence: string;
  function: DraftTurn['function'];
}

/**
 * A fuller label of a known person fills what their participant lacks: "Ms. Shaughnessy Cohen
 * (Windsor-St." cut off in one place, "Ms. Shaughnessy Cohen (Windsor-St. Clair, Lib.)" whole
 * in another, make one participant with the party. Mutates the working participant.
 */
function completeFromLabel(participant: Participant, label: string): void {
  if (!/\(/.test(label) || participant.kind !== 'person') return;
  const fromLabel = participantFromLabel(label, 'person');
  if (nameTokens(fromLabel.name).join(' ') !== nameTokens(participant.name).join(' ')) return;
  participant.role = participant.role ?? fromLabel.role;
  participant.affiliation = participant.affiliation ?? fromLabel.affiliation;
}

/** Find or make the participant a label names. Mutates the working participant list. */
function resolveLabel(
  label: string,
  participants: Participant[],
  lastAnswerer: string | null,
  title: string | null = null,
): Resolution {
  const kind = labelClass(label);
  if (kind === 'question') {
    // "Q." in an interview whose header names its one interviewer ("Interviewer: Leo Hart"): theirs.
    const interviewers = participants.filter((p) => /^interviewer$/i.test(p.role ?? ''));
    if (interviewers.length === 1)
      return {
        participant: interviewers[0]!,
        confidence: 0.8,
        evidence: `labelled “${label}” (a question); the header names ${interviewers[0]!.name} as the interviewer`,
        function: 'question',
      };
    let questioner = participants.find((p) => p.id === QUESTIONER_ID);
    if (!questioner) {
      questioner = anonymousQuestioner();
      participants.push(questioner);
    }
    return {
      participant: questioner,
      confidence: 0.95,
      evidence: `labelled “${label}”, the mark of a question from the floor`,
      function: 'question',
    };
  }
  if (kind === 'answer') {
    // "A." in an oral history whose header names the one interviewed ("Narrator: Ruth Park",
    // "Interviewee: …"): theirs.
    const interviewed = participants.filter((p) => /^(?:interviewee|narrator|respondent)$/i.test(p.role ?? ''));
    if (interviewed.length === 1)
      return {
        participant: interviewed[0]!,
        confidence: 0.8,
        evidence: `labelled “${label}” (an answer); the header names ${interviewed[0]!.name} as the one interviewed (${interviewed[0]!.role!.toLowerCase()})`,
        function: 'answer',
      };
    if (lastAnswerer) {
      const answerer = participants.find((p) => p.id === lastAnswerer)!;
      return {
        participant: answerer,
        confidence: 0.6,
        evidence: `labelled “${label}” (an answer); ${answerer.name} gave the last answer`,
        function: 'answer',
      };
    }
    // "A:" in an interview whose title names the one interviewed ("An interview with Ruth Park").
    const titled = intervieweeOfTitle(title, participants);
    if (titled) {
      if (!participants.includes(titled)) participants.push(titled);
      return {
        participant: titled,
        confidence: 0.75,
        evidence: `labelled “${label}” (an answer); the title names ${titled.name} as the one interviewed`,
        function: 'answer',
      };
    }
    // "A:" before anybody has answered names nobody: an answer by an unknown speaker.
    return {
      participant: null,
      confidence: 0,
      evidence: `labelled “${label}”, an answer marker that names nobody`,
      function: 'answer',
    };
  }
  const speakerNumber = diarisedNumber(label);
  if (speakerNumber !== null) {
    // "Speaker 1", "SPEAKER_01", "[Speaker 1]": one anonymous voice of a speech-to-text export,
    // numbered as printed.
    const id = `p-speaker-${speakerNumber}`;
    let voice = participants.find((p) => p.id === id);
    if (!voice) {
      voice = anonymousSpeaker(speakerNumber);
      participants.push(voice);
    }
    return {
      participant: voice,
      confidence: 0.95,
      evidence: `labelled “${label}”, speaker ${speakerNumber} of a transcription that numbers its speakers`,
      function: null,
    };
  }
  let best: { participant: Participant; score: number; reason: string } | null = null;
  let sameGivenName = 0;
  for (const participant of participants) {
    if (participant.kind === 'anonymous') continue;
    const { score, reason } = labelMatch(label, participant);
    if (score === GIVEN_NAME_SCORE) sameGivenName++;
    if (score > (best?.score ?? 0)) best = { participant, score, reason };
  }
  // ("JANE" where Jane Roe and Jane Abel both take part names neither of them.)
  if (best?.score === GIVEN_NAME_SCORE && sameGivenName > 1) best = null;
  if (best && best.score >= 0.8) {
    completeFromLabel(best.participant, label);
    return {
      participant: best.participant,
      confidence: best.score,
      evidence: `labelled “${label}”: ${best.reason}`,
      function: null,
    };
  }
  const made = participantFromLabel(label, kind === 'group' ? 'group' : kind === 'unknown' ? 'unknown' : 'person');
  const participant = { ...made, id: uniqueId(made.id, participants) };
  participants.push(participant);
  return { participant, confidence: 0.95, evidence: `labelled “${label}”`, function: null };
}

/** A label resolved as the label it stands for (`examination`: "Q" under "BY MS. ROE:" is Ms. Roe's). */
function standingFor(label: string, as: { label: string; evidence: string }, participants: Participant[]): Resolution {
  // "JANE ROE" named as the witness is the "MS. ROE" already labelled: one person.
  const sameFamily = participants.filter(
    (p) => p.kind === 'person' && nameTokens(p.name).at(-1) === nameTokens(as.label).at(-1),
  );
  const resolution: Resolution =
    sameFamily.length === 1
      ? {
          participant: sameFamily[0]!,
          confidence: 0.9,
          evidence: `“${as.label}” is ${sameFamily[0]!.name}, by the family name`,
          function: null,
        }
      : resolveLabel(as.label, participants, null);
  const kind = labelClass(label);
  return {
    ...resolution,
    evidence: `labelled “${label}”: ${as.evidence}; ${resolution.evidence.replace(/^labelled /, 'resolved as ')}`,
    function: kind === 'question' ? 'question' : kind === 'answer' ? 'answer' : resolution.function,
  };
}

function newTurn(segment: Segment & { kind: 'label' }, resolution: Resolution): DraftTurn {
  return {
    type: 'draftTurn',
    speaker: resolution.participant?.id ?? null,
    label: segment.label,
    labelForm: segment.form,
    function: resolution.function,
    method: resolution.participant ? 'explicit' : 'unknown',
    confidence: resolution.confidence,
    evidence: [resolution.evidence],
    paragraphs: [],
    place: segment.place,
  };
}

/**
 * The turn a label continues: the last turn, when only stage directions stand after it and it
 * has the same label (as printed, or read as), or when a diariser's numbered voice is printed
 * again right after its own turn. Null otherwise.
 */
/** True when the text ends with a question that calls the person of the label by name ("… again, Jo?"). */
function asksByName(text: string, label: string): boolean {
  const question = /([^.?!…]*\?)["”’')\]]*\s*$/u.exec(text)?.[1];
  if (!question) return false;
  const words = new Set(question.toLocaleLowerCase('en').match(/[\p{L}\p{N}’'-]+/gu) ?? []);
  const names = label.toLocaleLowerCase('en').match(/\p{L}[\p{L}\p{N}’'-]+/gu) ?? [];
  return names.some((name) => words.has(name));
}

function relabelledTurn(
  blocks: DraftBlock[],
  segment: Segment & { kind: 'label' },
  lastLabelTimed: boolean,
): DraftTurn | null {
  let i = blocks.length - 1;
  while (i >= 0 && blocks[i]!.type === 'stageDirection') i--;
  const last = blocks[i];
  if (!last || last.type !== 'draftTurn' || last.label === null) return null;
  const key = (label: string) => label.toLocaleUpperCase('en').replace(/\s+/g, ' ').trim();
  const same = key(segment.readAs?.label ?? segment.label) === key(last.label);
  if (i === blocks.length - 1) {
    // A diariser's voice ("Speaker 0") printed again with nothing between: it cut one voice's
    // speech at a pause, and the voice goes on.
    if (same && diarisedNumber(last.label) !== null) return last;
    // An export that stamps each paragraph with the time and the label ("[19:48] **Jo**: …" then
    // "[19:51] **Jo**: …"): a person's name again at the next stamp is the same turn going on.
    // Not after an elision ("…" alone), and not for a role many people fill ("Audience Member").
    // Nor after a question that calls the speaker by name: nobody asks themselves; another voice
    // spoke, unlabelled, and the answer is a turn of its own.
    const lastText = last.paragraphs.at(-1)?.text ?? '';
    return same &&
      segment.timed &&
      lastLabelTimed &&
      /\p{L}/u.test(lastText) &&
      !asksByName(lastText, last.label) &&
      labelClass(last.label) === 'name'
      ? last
      : null;
  }
  // A question under "BY MS. ROE:" after a break ("(A short break was had.)") when Ms. Roe spoke
  // last, labelled by name: she goes on asking.
  const examinerGoesOn =
    segment.as !== undefined && labelClass(segment.label) === 'question' && key(segment.as.label) === key(last.label);
  return (same || examinerGoesOn) && labelClass(last.label) === 'name' ? last : null;
}

export const buildTurns: Pass = {
  name: 'build-turns',
  run(draft: Draft): Draft {
    const participants = draft.participants.map((p) => ({ ...p, labels: [...p.labels] }));
    const blocks: DraftBlock[] = [];
    const removed: Removed[] = [];
    const diagnostics: Diagnostic[] = [];
    let turn: DraftTurn | null = null;
    let lastAnswerer: string | null = null;
    let previous: Segment | null = null;
    /** Whether the label of the turn being built was printed with a time stamp. */
    let lastLabelTimed = false;
    let headingCount = 0;
    let directionCount = 0;

    const close = () => {
      if (turn && turn.paragraphs.length > 0) blocks.push(turn);
      else if (turn && turn.label !== null && turn.labelForm !== 'voice' && !blocks.some(isDraftTurn)) {
        // A label with no words before anyone has spoken ("HARBOUR FORUM PANEL:" over the first
        // label): a heading of the front matter, not a speaker. (A caption's voice tag is a speaker.)
        removed.push(
          removal(
            `${turn.label}:`,
            'label-before-speech',
            `“${turn.label}:” is followed by no words before the first speech: front matter, not a speaker.`,
            turn.place,
          ),
        );
      } else if (turn && turn.label !== null) {
        // A label with no words before the next label (a record that printed a name and nothing
        // under it, a sentence-aligned corpus): no turn, which would print a label over nothing;
        // the label is accounted for, with a warning an editor can follow.
        diagnostics.push(
          diagnostic(
            'warning',
            'label-without-text',
            `The label “${turn.label}” is followed by no text: no turn is made, and the label is listed among the removed text.`,
            turn.place,
          ),
        );
        removed.push(
          removal(
            `${turn.label}:`,
            'label-without-text',
            `“${turn.label}:” is followed by no words before the next label.`,
            turn.place,
          ),
        );
      }
      turn = null;
    };

    const skip = new Set<number>();
    draft.segments.forEach((segment, index) => {
      if (skip.has(index)) return;
      if (segment.kind === 'label') {
        const kind = labelClass(segment.label);
        const t = turn;
        if (
          kind === 'answer' &&
          t &&
          t.paragraphs.length === 0 &&
          previous?.kind === 'label' &&
          t.function !== 'question'
        ) {
          removed.push(
            removal(
              `${segment.label}:`,
              'answer-marker',
              `“${segment.label}:” marks an answer by the speaker labelled just before it.`,
              segment.place,
            ),
          );
          t.function = 'answer';
          previous = segment;
          return;
        }
        if (PSEUDO_SPEAKER.test(segment.label)) {
          // "**Break:** [24:27]": a label-shaped marker of a pause in the programme, not a speaker.
          close();
          directionCount++;
          const next = draft.segments[index + 1];
          const sameLine =
            (next?.kind === 'para' || next?.kind === 'direction') && next.place.line === segment.place.line;
          const text = `${segment.label}:${sameLine ? ` ${next.text}` : ''}`;
          blocks.push(textDirection(text, segment.place, `d${directionCount}`));
          if (sameLine) skip.add(index + 1);
          previous = segment;
          return;
        }
        close();
        // The same label again after only a timestamp or a stage direction ("(Applause)",
        // "[00:03:13]"): the speaker goes on; the turn continues, the directions inside it.
        const interrupted = relabelledTurn(blocks, segment, lastLabelTimed);
        lastLabelTimed = segment.timed === true;
        if (interrupted) {
          const directions = blocks.splice(blocks.indexOf(interrupted) + 1);
          for (const direction of directions)
            if (direction.type === 'stageDirection')
              interrupted.paragraphs.push({
                text: direction.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
                place: direction.place ?? interrupted.place,
                blankLinesBefore: 1,
              });
          directionCount -= directions.length;
          removed.push(
            removal(
              segment.label,
              'label-repeated',
              segment.as && labelClass(segment.label) === 'question'
                ? `“${segment.label}” under “${segment.as.label}” after a stage direction, and ${segment.as.label} spoke last: the same speaker goes on, in the same turn.`
                : directions.length === 0
                  ? `“${segment.label}” again with nothing between${segment.timed ? ', at the next time stamp' : ''}: the same speaker goes on, in the same turn.`
                  : `“${segment.label}” again after a stage direction: the same speaker goes on, in the same turn.`,
              segment.place,
            ),
          );
          if (directions.length === 0 && segment.timed)
            diagnostics.push(
              diagnostic(
                'info',
                'label-repeated',
                `“${segment.label}” is printed again at a new time stamp with nothing said between: read as one turn.`,
                segment.place,
              ),
            );
          turn = interrupted;
          blocks.pop();
          previous = segment;
          return;
        }
        const resolution = segment.as
          ? standingFor(segment.label, segment.as, participants)
          : resolveLabel(segment.readAs?.label ?? segment.label, participants, lastAnswerer, draft.meta.title);
        if (segment.readAs && !segment.as)
          resolution.evidence = `labelled “${segment.label}”, read as “${segment.readAs.label}” (${segment.readAs.reason}); ${resolution.evidence}`;
        const participant = resolution.participant;
        if (participant && !participant.labels.includes(segment.label)) participant.labels.push(segment.label);
        // (A role printed in capitals, `MODERATOR`, is displayed as a role is: "Moderator".)
        if (participant && segment.role && participant.role === null) participant.role = displayCase(segment.role);
        if (participant && participant.kind !== 'anonymous' && resolution.function !== 'question')
          lastAnswerer = participant.id;
        turn = newTurn(segment, resolution);
      } else if (segment.kind === 'para') {
        const t = turn;
        if (!t || segment.startsTurn !== undefined) {
          close();
          turn = unattributedTurn(segment.place, [], segment.startsTurn === undefined ? [] : [segment.startsTurn]);
        }
        (turn as unknown as DraftTurn).paragraphs.push({
          text: segment.text,
          place: segment.place,
          blankLinesBefore: segment.blankLinesBefore,
          ...(segment.cue ? { cue: segment.cue } : {}),
          ...(segment.breaks ? { breaks: segment.breaks } : {}),
          ...(segment.time ? { time: segment.time } : {}),
        });
      } else if (segment.kind === 'heading') {
        close();
        headingCount++;
        blocks.push({
          type: 'heading',
          id: `h${headingCount}`,
          depth: segment.depth,
          children: [{ type: 'text', value: segment.text }],
          place: segment.place,
        });
      } else {
        // (Past the directions that follow this one: "(Boxes opened)" then "(Votes counted)".)
        let after = index + 1;
        while (draft.segments[after]?.kind === 'direction') after++;
        const next = draft.segments[after];
        const t = turn;
        // A direction inside a turn stays in it, unless the paragraph after it starts another turn;
        // so does one right under a label (`Antonio Veciana:` ⏎ `[Spanish 00:13:03]`): what that
        // speaker did is all the turn holds, or how it opens.
        const underLabel = t !== null && t.label !== null && t.paragraphs.length === 0 && blocks.some(isDraftTurn);
        if (underLabel || (t && t.paragraphs.length > 0 && next?.kind === 'para' && next.startsTurn === undefined)) {
          t.paragraphs.push({ text: segment.text, place: segment.place, blankLinesBefore: 1 });
        } else {
          close();
          directionCount++;
          blocks.push(textDirection(segment.text, segment.place, `d${directionCount}`));
        }
      }
      previous = segment;
    });
    close();
    // A participant made only from a label that turned out to be front matter speaks nowhere.
    const speaking = new Set(blocks.filter(isDraftTurn).map((t) => t.speaker));
    const known = new Set(draft.participants.map((p) => p.id));
    return {
      ...draft,
      participants: participants.filter((p) => known.has(p.id) || speaking.has(p.id)),
      blocks,
      segments: [],
      removed: [...draft.removed, ...removed],
      diagnostics: [...draft.diagnostics, ...diagnostics],
    };
  },
};
