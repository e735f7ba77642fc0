/**
 * @module normalise/passes/reporter-handover
 * Pass `reporter-handover`: a news bulletin's presenter ends a paragraph by handing over to a
 * correspondent, naming them ("… Reportage Charlotte Stievenard.", "À Washington, Anne Corpet.",
 * "… une opération planifiée. Anastasia Becchio", "Our correspondent Jane Roe reports."), and the
 * report follows with no label of its own, the presenter's label coming back after it. The
 * paragraphs after the handover, up to the next label, are the correspondent's turn: a new
 * participant (role `Correspondent`), `inferred`, with the handover quoted as evidence. Only a
 * full personal name of two words or more that no label of the transcript prints, in the last
 * sentence of a labelled turn's paragraph with more paragraphs after it, hands over; a name the
 * transcript labels elsewhere speaks under its own label. A name alone, or a place and a name,
 * hands over only in a bulletin that hands over in so many words at least once ("Reportage …",
 * "… reports.").
 */
import type { Participant } from '../../model/nodes.js';
import { diagnostic, isDraftTurn, type Draft, type DraftBlock, type DraftTurn, type Pass } from '../draft.js';
import { labelKey } from '../labels.js';
import { looksLikePersonalName, personFromName } from '../people.js';

const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+(?:de|del|della|di|da|van|von|le|la)?\s*\p{Lu}[\p{L}'’-]+){1,3})`;
/**
 * The last sentence of a paragraph that hands over to a named correspondent; `saysSo` where it
 * says so in a word ("Reportage", "reports"): the others count only beside one of those.
 */
const HANDOVER: readonly { pattern: RegExp; saysSo: boolean }[] = [
  // "Reportage Charlotte Stievenard.", "Reportage, William de Lesseux.", "Les précisions d'Anne Corpet."
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?…»”"]\s+)(?:Reportage|Report|Correspondance|Les précisions d['’]|Précisions d['’]|Informa|Crónica de|Bericht von)[,:]?\s*${NAME}\.?\s*$`,
      'u',
    ),
    saysSo: true,
  },
  // "À Washington, Anne Corpet.", "From Kyiv, Jane Roe.", "Desde Madrid, Ana Gil."
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?…»”"]\s+)(?:À|A|Depuis|From|In|Desde|En|Aus)\s+[\p{Lu}][^,.!?]{1,40},\s*${NAME}\.?\s*$`,
      'u',
    ),
    saysSo: false,
  },
  // "Our correspondent Jane Roe reports.", "Jane Roe reports from Kyiv."
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)(?:[\p{L} ]{0,40}\s)?${NAME}\s+reports(?:\s+from\s+[^.!?]{1,40})?\.\s*$`,
      'u',
    ),
    saysSo: true,
  },
  // "… une opération planifiée. Anastasia Becchio" — the name alone as the last sentence.
  { pattern: new RegExp(String.raw`[.!?…»”"]\s+${NAME}\.?\s*$`, 'u'), saysSo: false },
];

/** The correspondent a paragraph hands over to at its end, the words that do, and whether they say so in a word; null otherwise. */
function handoverIn(text: string): { name: string; words: string; saysSo: boolean } | null {
  for (const { pattern, saysSo } of HANDOVER) {
    const match = pattern.exec(text.trim());
    const name = match?.[1]?.trim();
    if (name && name.includes(' ') && looksLikePersonalName(name))
      return { name, words: match![0].replace(/^[.!?…»”"]\s+/, '').trim(), saysSo };
  }
  return null;
}

export const reporterHandover: Pass = {
  name: 'reporter-handover',
  run(draft: Draft): Draft {
    const labels = new Set(draft.blocks.filter(isDraftTurn).flatMap((t) => (t.label ? [labelKey(t.label)] : [])));
    // Only a bulletin that hands over in so many words somewhere ("Reportage Charlotte Stievenard.")
    // hands over with a name alone or a place and a name.
    const bulletin = draft.blocks.some(
      (b) =>
        isDraftTurn(b) &&
        b.label !== null &&
        b.paragraphs.slice(0, -1).some((p) => handoverIn(p.text)?.saysSo === true),
    );
    if (!bulletin) return draft;
    const participants: Participant[] = [...draft.participants];
    let handovers = 0;
    const blocks = draft.blocks.flatMap((block): DraftBlock[] => {
      if (!isDraftTurn(block) || block.label === null || block.paragraphs.length < 2) return [block];
      const out: DraftTurn[] = [];
      let current: DraftTurn = { ...block, paragraphs: [] };
      block.paragraphs.forEach((paragraph, index) => {
        current.paragraphs.push(paragraph);
        const handover = index + 1 < block.paragraphs.length ? handoverIn(paragraph.text) : null;
        if (!handover || labels.has(labelKey(handover.name))) return;
        const person = personFromName(handover.name);
        if (!person || person.name === current.label) return;
        let reporter = participants.find((p) => p.id === person.id);
        if (!reporter) participants.push((reporter = { ...person, role: 'Correspondent' }));
        out.push(current);
        handovers++;
        const next = block.paragraphs[index + 1]!;
        current = {
          type: 'draftTurn',
          speaker: reporter.id,
          label: null,
          labelForm: null,
          function: null,
          method: 'inferred',
          confidence: 0.75,
          evidence: [`the paragraph before hands over to ${reporter.name} (“${handover.words}”), and no label follows`],
          paragraphs: [],
          place: next.place,
        };
      });
      out.push(current);
      return out;
    });
    if (handovers === 0) return draft;
    return {
      ...draft,
      blocks,
      participants,
      diagnostics: [
        ...draft.diagnostics,
        diagnostic(
          'info',
          'reporter-handover',
          `${handovers} unlabelled reports follow a handover to a named correspondent: read as theirs.`,
        ),
      ],
    };
  },
};
