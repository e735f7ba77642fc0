// Speaker styles: every participant gets a stable key and colour by kind and registry order, the
// same in every run and every format, and Word style names never clash.
import { describe, expect, it } from 'vitest';
import type { Participant, ParticipantKind } from '../../src/model/nodes.js';
import { defaultTheme, monochromeTheme } from '../../src/theme/default.js';
import { contrastRatio, relativeLuminance, speakerStyles, unattributedStyle } from '../../src/theme/speakers.js';

function participant(id: string, name: string, kind: ParticipantKind = 'person'): Participant {
  return { id, name, shortName: name.split(' ').at(-1) ?? name, role: null, affiliation: null, kind, labels: [] };
}

const pressConference: Participant[] = [
  participant('p-robertson', 'Lord Robertson'),
  participant('p-questioner', 'Question', 'anonymous'),
  participant('p-ivanov', 'Igor Ivanov'),
  participant('p-members', 'Some hon. members', 'group'),
  participant('p-x', 'MR. X', 'unknown'),
];

describe('contrast', () => {
  it('should measure WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#777777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 12);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
  });

  it('should refuse something that is not #rrggbb', () => {
    expect(() => contrastRatio('#fff', '#ffffff')).toThrow('"#fff" is not a colour (expected #rrggbb)');
  });
});

describe('speaker styles', () => {
  it('should key persons in order and the other kinds by kind', () => {
    const styles = speakerStyles(pressConference, defaultTheme);
    expect([...styles.keys()]).toEqual(['p-robertson', 'p-questioner', 'p-ivanov', 'p-members', 'p-x']);
    const [palette0, palette1] = defaultTheme.speakers.palette;
    expect(styles.get('p-robertson')).toEqual({
      participantId: 'p-robertson',
      kind: 'person',
      key: 'speaker-1',
      colour: palette0,
      styleName: 'Speaker – Lord Robertson',
      cssClass: 'speaker-1',
    });
    expect(styles.get('p-ivanov')).toMatchObject({
      key: 'speaker-2',
      colour: palette1,
      styleName: 'Speaker – Igor Ivanov',
    });
    expect(styles.get('p-questioner')).toMatchObject({
      key: 'speaker-questioner',
      colour: defaultTheme.speakers.questioner,
      cssClass: 'speaker-questioner',
    });
    expect(styles.get('p-members')).toMatchObject({ key: 'speaker-group', colour: defaultTheme.speakers.group });
    expect(styles.get('p-x')).toMatchObject({ key: 'speaker-unknown', colour: defaultTheme.speakers.unknown });
  });

  it('should give the same styles for the same participants, every time', () => {
    const first = speakerStyles(pressConference, defaultTheme);
    const second = speakerStyles(
      pressConference.map((p) => ({ ...p })),
      defaultTheme,
    );
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it('should cycle through the palette when there are more persons than colours', () => {
    const { palette } = defaultTheme.speakers;
    const people = Array.from({ length: palette.length + 2 }, (_, i) => participant(`p-${i}`, `Person ${i}`));
    const styles = [...speakerStyles(people, defaultTheme).values()];
    expect(styles.map((s) => s.key)).toEqual(people.map((_, i) => `speaker-${i + 1}`));
    expect(styles[palette.length]?.colour).toBe(palette[0]);
    expect(styles[palette.length + 1]?.colour).toBe(palette[1]);
  });

  it('should number further participants of a shared kind and keep every key unique', () => {
    const styles = speakerStyles(
      [
        participant('q1', 'Question', 'anonymous'),
        participant('u1', 'VOICE', 'unknown'),
        participant('q2', 'Question', 'anonymous'),
        participant('u2', 'ANOTHER VOICE', 'unknown'),
        participant('g1', 'Members', 'group'),
        participant('g2', 'Opposition members', 'group'),
      ],
      defaultTheme,
    );
    expect([...styles.values()].map((s) => s.key)).toEqual([
      'speaker-questioner',
      'speaker-unknown',
      'speaker-questioner-2',
      'speaker-unknown-2',
      'speaker-group',
      'speaker-group-2',
    ]);
  });

  it('should keep Word style names unique even for participants with the same name', () => {
    const styles = speakerStyles(
      [
        participant('a', 'Question', 'anonymous'),
        participant('b', 'question', 'anonymous'),
        participant('c', 'Unattributed'),
      ],
      defaultTheme,
    );
    expect([...styles.values()].map((s) => s.styleName)).toEqual([
      'Speaker – Question',
      'Speaker – question (2)',
      'Speaker – Unattributed (2)',
    ]);
  });

  it('should not let a person take a key that depends on their name or id', () => {
    const renamed = pressConference.map((p, i) => ({ ...p, id: `other-${i}`, name: `Other ${i}` }));
    const keys = (ps: Participant[]): string[] => [...speakerStyles(ps, defaultTheme).values()].map((s) => s.key);
    expect(keys(renamed)).toEqual(keys(pressConference));
  });

  it('should keep keys and change only colours under the monochrome theme', () => {
    const colour = [...speakerStyles(pressConference, defaultTheme).values()];
    const mono = [...speakerStyles(pressConference, monochromeTheme).values()];
    expect(mono.map((s) => s.key)).toEqual(colour.map((s) => s.key));
    expect(new Set(mono.map((s) => s.colour))).toEqual(new Set([monochromeTheme.colours.text]));
  });

  it('should style turns with no speaker as unattributed', () => {
    expect(unattributedStyle(defaultTheme)).toEqual({
      participantId: null,
      kind: 'unattributed',
      key: 'speaker-unattributed',
      colour: defaultTheme.speakers.unknown,
      styleName: 'Speaker – Unattributed',
      cssClass: 'speaker-unattributed',
    });
  });
});
