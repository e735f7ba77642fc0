// A podcast page in Markdown (issue #13): a list of bold fields with bullets is the page's
// metadata, a quoted note to readers before the first label is the page's, and a timestamp then
// a name alone on a line (often a Markdown heading) is a label, one seen once too where the export
// prints every speaker so. The fixture is written for these tests in the shape such pages print.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { labelAt } from '../src/normalise/labels.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('timestamped name headings', () => {
  it('should read `### [00:00:12] Name` as a label, a name seen once included, and nothing before it as speech', () => {
    const t = normalise(fixture('podcast-timed-headings.md'));
    expect(turnRows(t, 3)).toEqual([
      ['Mara', 'Mara', 'explicit', 'Welcome to Harbour'],
      ['Teo', 'Teo', 'explicit', 'And our guest'],
      ['Ingrid Solberg', 'Ingrid Solberg', 'explicit', 'Thank you both.'],
      ['Mara', 'Mara', 'explicit', 'What changed the'],
      ['Ingrid Solberg', 'Ingrid Solberg', 'explicit', 'Nothing you could'],
    ]);
  });

  it('should take the bulleted fields and the quoted note out as the page’s, each with its reason', () => {
    const t = normalise(fixture('podcast-timed-headings.md'));
    const reasons = t.removed.map((r) => [r.reason, r.text.slice(0, 14)]);
    expect(reasons).toContainEqual(['metadata-date', '- **Published:']);
    expect(reasons).toContainEqual(['metadata-field', '- **Guest:** I']);
    expect(reasons).toContainEqual(['unspoken-opening', '> Note on the ']);
    expect(t.meta.date).toBe('2025-03-03');
  });

  it('should not take a name seen once in that shape when fewer than three speakers are printed so', () => {
    const text = fixture('podcast-timed-headings.md')
      .replace('### [00:00:31] Mara\n', '')
      .replace('### [00:00:37] Ingrid Solberg\n', '');
    const t = normalise(text);
    expect(t.participants.map((p) => p.name)).not.toContain('Teo');
  });

  it('should keep a time of day on its own line (`12:33 P.M. EDT`) from reading as a time and a name', () => {
    expect(labelAt('12:33 P.M. EDT')).toBeNull();
    expect(labelAt('10:02 AM CET')).toBeNull();
    expect(labelAt('6:40 P.M. (Local)')).toBeNull();
    expect(labelAt('10:38 A.M. EST')).toBeNull();
    expect(labelAt('[00:00:25] Kyle')).toMatchObject({ label: 'Kyle', timed: true });
  });

  it('should keep a chapter list (a time and a title on each line) out of the speakers', () => {
    const t = normalise(
      'Chapters\n\n00:00 Introduction\n03:12 Early years\n10:40 The big move\n\nWelcome back to the show. Today I tell you about the move.\n',
    );
    expect(t.participants).toEqual([]);
  });
});

describe('a name, a colon and a time stamp, the speech below', () => {
  it('should take a name seen once in that shape where the export prints every speaker so', () => {
    const text = [
      'Ana Ruiz: (00:05)',
      'Good morning and welcome to the harbour briefing.',
      'Ben Ode: (00:40)',
      'Thank you. The ferry timetable changes on Monday.',
      'Ana Ruiz: (01:10)',
      'Questions, please. Carla?',
      'Carla Mendes: (01:15)',
      'When does the night crossing return?',
      'Ben Ode: (01:20)',
      'In June, weather permitting.',
      '',
    ].join('\n');
    const t = normalise(text);
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual([
      'Ana Ruiz',
      'Ben Ode',
      'Ana Ruiz',
      'Carla Mendes',
      'Ben Ode',
    ]);
  });
});
