/**
 * @module render/edition/labels
 * The label printed before a turn, decided once for every format: a speaker's full name and
 * role on their first turn, the short name after; the anonymous questioner as "Question"; an
 * inferred speaker in square brackets (with the model's note explaining it on the first
 * inferred turn); a turn nobody could be given to as "[Unidentified speaker]".
 *
 * How every format prints the parts (see src/render/README.md): the name in the label style
 * (the theme's case and weight) in the speaker's colour; ", role" in italic, in the text
 * colour; the brackets of an inferred label in the label style, in the muted colour; then
 * the separator in the speaker's colour, then the note reference, then the space.
 */
import { QUESTIONER_ID, type Participant, type Turn } from '../../model/nodes.js';
import type { Labels } from '../../messages/catalogue.js';

/** A turn's label as every edition prints it. */
export interface EditionLabel {
  /** The name part: "Lord Robertson" (first turn), "Robertson" (later), "Question". */
  name: string;
  /** Role and affiliation, on the speaker's first turn only: "Secretary General, NATO". */
  role: string | null;
  /** The speaker was inferred: the whole label stands in square brackets. */
  inferred: boolean;
  /** The complete label as plain text: "[Igor Ivanov, Minister of Foreign Affairs, Russia]". */
  text: string;
  /**
   * Printed after the label when it runs into the paragraph (the theme's separator without its
   * trailing space, and without a full stop the label already ends with); "" for block labels.
   */
  separator: string;
  /** The space between the separator (and any note reference) and the speech. */
  space: string;
}

/** Labels for a sequence of turns: remembers who has spoken already. */
export class LabelMaker {
  private readonly seen = new Set<string>();

  constructor(
    private readonly participants: ReadonlyMap<string, Participant>,
    private readonly strings: Labels,
    private readonly layout: { runIn: boolean; separator: string } = { runIn: true, separator: ': ' },
  ) {}

  /** The label of the next turn in document order. */
  labelFor(turn: Turn): EditionLabel {
    const inferred = turn.attribution.method === 'inferred';
    const participant = turn.speaker ? this.participants.get(turn.speaker) : undefined;
    let name: string;
    let role: string | null = null;
    if (!participant) {
      name = turn.label ?? this.strings.unidentified;
    } else if (participant.kind === 'anonymous' && participant.id === QUESTIONER_ID) {
      // The questioner prints as the edition's word for "Question"; another anonymous speaker (a moderator) by name.
      name = this.strings.question;
    } else if (!this.seen.has(participant.id)) {
      name = participant.name;
      const parts = [participant.role, participant.affiliation].filter((p): p is string => p !== null && p !== '');
      // A name that already holds its role ("President Biden", "The President") needs no repeat.
      const fresh = parts.filter((p) => !participant.name.toLowerCase().includes(p.toLowerCase()));
      role = fresh.length > 0 ? fresh.join(', ') : null;
    } else {
      name = participant.shortName;
    }
    if (participant) this.seen.add(participant.id);
    const bracketed = inferred || (!participant && turn.label === null);
    const body = role ? `${name}, ${role}` : name;
    const text = bracketed ? `[${body}]` : body;
    let separator = this.layout.runIn ? this.layout.separator : '';
    // "Q." + ". " would double the full stop.
    if (text.endsWith('.') && separator.startsWith('.')) separator = separator.slice(1);
    const core = separator.trimEnd();
    return { name, role, inferred: bracketed, text, separator: core, space: separator.slice(core.length) };
  }
}
