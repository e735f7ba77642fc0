/**
 * @module theme/speakers
 * Speaker → style, decided once for all renderers so that a person has the same style key,
 * label colour, Word style name and CSS class in the PDF, the Word copy and the e-book. Also the
 * WCAG contrast arithmetic that keeps label colours readable.
 *
 * The rule, by participant kind, walking `participants` in registry order:
 * - `person`: keys `speaker-1`, `speaker-2`, … counting persons only; colours from
 *   `theme.speakers.palette`, cyclically (the ninth person of an eight-colour palette takes the
 *   first colour again).
 * - `anonymous`: key `speaker-questioner` (a second one `speaker-questioner-2`, …), colour
 *   `theme.speakers.questioner`.
 * - `group`: key `speaker-group` (then `speaker-group-2`, …), colour `theme.speakers.group`.
 * - `unknown`: key `speaker-unknown` (then `speaker-unknown-2`, …), colour `theme.speakers.unknown`.
 * A colour in `theme.speakers.byParticipant` (by participant id, or by name) overrides the
 * kind's colour for that speaker. A turn whose `speaker` is null takes `unattributedStyle`: key `speaker-unattributed`, the
 * `unknown` colour. Keys depend only on kinds and order, never on names or ids, so they are
 * stable and always valid as CSS classes and Word style ids.
 */
import type { Participant, ParticipantKind } from '../model/nodes.js';
import type { Colour, Theme } from './theme.js';

/** WCAG 2 level AA minimum contrast for normal-size text. */
export const WCAG_AA_CONTRAST = 4.5;

/** How one speaker's label is styled in every format. */
export interface SpeakerStyle {
  /** The participant's id; null only for `unattributedStyle`. */
  participantId: string | null;
  /** The participant's kind (or `unattributed` for turns with no speaker). */
  kind: ParticipantKind | 'unattributed';
  /** Stable style key: `speaker-1`, `speaker-questioner`, `speaker-group`, `speaker-unknown`, … */
  key: string;
  /** Label colour, `#rrggbb`. */
  colour: Colour;
  /** Word character style name for the label ("Speaker – Lord Robertson"); unique in a transcript. */
  styleName: string;
  /** CSS class for the label and turn in EPUB (equal to `key`). */
  cssClass: string;
}

/** The sRGB channels of a `#rrggbb` colour, 0–255; throws for anything else. */
export function parseHexColour(hex: string): [number, number, number] {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new TypeError(`${JSON.stringify(hex)} is not a colour (expected #rrggbb)`);
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21, in either order. */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = relativeLuminance(hexA);
  const b = relativeLuminance(hexB);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Kind → [key stem, theme colour] for the kinds that share one colour. */
const SHARED_KIND_STYLE = {
  anonymous: ['speaker-questioner', 'questioner'],
  group: ['speaker-group', 'group'],
  unknown: ['speaker-unknown', 'unknown'],
} as const satisfies Record<Exclude<ParticipantKind, 'person'>, readonly [string, 'questioner' | 'group' | 'unknown']>;

/**
 * The style of every participant, keyed by participant id, in participant order (see the module
 * comment for the rule). Same participants and theme in, same styles out.
 */
export function speakerStyles(participants: readonly Participant[], theme: Theme): Map<string, SpeakerStyle> {
  const styles = new Map<string, SpeakerStyle>();
  const palette = theme.speakers.palette;
  const usedStyleNames = new Set<string>([unattributedStyle(theme).styleName.toLowerCase()]);
  let persons = 0;
  const seenOfKind: Record<Exclude<ParticipantKind, 'person'>, number> = { anonymous: 0, group: 0, unknown: 0 };
  for (const participant of participants) {
    let key: string;
    let colour: Colour;
    if (participant.kind === 'person') {
      persons += 1;
      key = `speaker-${persons}`;
      colour = palette[(persons - 1) % palette.length] ?? theme.colours.text;
    } else {
      const [stem, colourKey] = SHARED_KIND_STYLE[participant.kind];
      seenOfKind[participant.kind] += 1;
      const count = seenOfKind[participant.kind];
      key = count === 1 ? stem : `${stem}-${count}`;
      colour = theme.speakers[colourKey];
    }
    // A colour the theme sets for this very speaker wins; the style key stays positional.
    colour = theme.speakers.byParticipant[participant.id] ?? theme.speakers.byParticipant[participant.name] ?? colour;
    styles.set(participant.id, {
      participantId: participant.id,
      kind: participant.kind,
      key,
      colour,
      styleName: uniqueStyleName(`Speaker – ${participant.name}`, usedStyleNames),
      cssClass: key,
    });
  }
  return styles;
}

/** The style of a turn whose `speaker` is null (nobody could be named). */
export function unattributedStyle(theme: Theme): SpeakerStyle {
  return {
    participantId: null,
    kind: 'unattributed',
    key: 'speaker-unattributed',
    colour: theme.speakers.unknown,
    styleName: 'Speaker – Unattributed',
    cssClass: 'speaker-unattributed',
  };
}

/** `name`, or `name (2)`, `name (3)`, … if taken (Word compares style names case-insensitively). */
function uniqueStyleName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${name} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}
