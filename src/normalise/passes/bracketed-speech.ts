/**
 * @module normalise/passes/bracketed-speech
 * Pass `bracketed-speech`: a talk's transcriber often gives what someone in the audience said
 * in brackets of their own, on a paragraph of its own — `[Audience member: Deadlock.]`,
 * `(Question from the floor: What about the cost?)`. Such a paragraph is that voice's turn, not
 * the speaker's: it becomes a turn of the anonymous role it names, its words kept as printed
 * (a mark, since the transcriber reports them), and the paragraph after it starts a new turn,
 * the speaker's again where later passes can tell (info diagnostic `bracketed-speech`).
 */
import type { Diagnostic } from '../../model/nodes.js';
import type { Draft, Pass, Segment } from '../draft.js';

/** A paragraph that is only a role's words in brackets: `[Audience member: …]`. */
const BRACKETED_SPEECH =
  /^\s*[[(]\s*((?:an?\s+)?(?:audience member|member of the audience|audience|question from the floor|questioner|unidentified (?:speaker|man|woman|audience member)|student|attendee|caller))\s*:\s*((?:[^[\]()]|\([^()]*\))+?)\s*[\])]\s*$/i;

/** Why the paragraph after such a bracket starts a turn: a sentence a person can check. */
export const AFTER_BRACKETED_SPEECH = 'speaks after a bracketed remark from the audience, so a new turn starts here';

export const bracketedSpeech: Pass = {
  name: 'bracketed-speech',
  run(draft: Draft): Draft {
    const bracketed = (s: Segment) => (s.kind === 'para' || s.kind === 'direction') && BRACKETED_SPEECH.test(s.text);
    if (!draft.segments.some(bracketed)) return draft;
    const out: Segment[] = [];
    const diagnostics: Diagnostic[] = [];
    let after = false;
    for (const segment of draft.segments) {
      const match =
        segment.kind === 'para' || segment.kind === 'direction' ? BRACKETED_SPEECH.exec(segment.text) : null;
      if ((segment.kind === 'para' || segment.kind === 'direction') && match) {
        const role = match[1]!.replace(/^an?\s+/i, '');
        const label = role[0]!.toLocaleUpperCase('en') + role.slice(1);
        out.push({ kind: 'label', label, form: 'inline', place: segment.place });
        out.push({ kind: 'para', text: segment.text, place: segment.place, blankLinesBefore: 1 });
        diagnostics.push({
          severity: 'info',
          rule: 'bracketed-speech',
          message: `A remark in brackets, “${segment.text.trim().slice(0, 60)}”, is the turn of the ${role.toLowerCase()} it names, not the speaker's.`,
          place: segment.place,
        });
        after = true;
        continue;
      }
      if (segment.kind === 'para' && after) out.push({ ...segment, startsTurn: AFTER_BRACKETED_SPEECH });
      else out.push(segment);
      if (segment.kind === 'para' || segment.kind === 'label') after = false;
    }
    return { ...draft, segments: out, diagnostics: [...draft.diagnostics, ...diagnostics] };
  },
};
