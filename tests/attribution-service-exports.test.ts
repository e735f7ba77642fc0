// Shapes of what newsrooms and press offices bring, written for these tests (issue #13): exports
// of transcription services and meeting apps (a timestamp in parentheses after the name, a
// bracketed name and a clock time, the service's credit and page heads), a name alone on a line
// over its speech, a broadcaster's "NAME, ROLE:" printed once, a broadcaster's notice in capitals
// before the first label, and a press office's bare `Q` mark on a line with no question.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;
const speakers = (text: string) => turnRows(normalise(text)).map((row) => row[0]);

describe('transcription services and meeting apps', () => {
  it('should read `Name (00:00:05):` over the speech as the name, the time no part of who speaks', () => {
    const t = normalise(fixture('service-export-rev.txt'));
    expect(t.participants.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Speaker 1', null, null],
      ['Tomas Lake', null, null],
      ['Wren Abara', null, null],
    ]);
    expect(turnRows(t, 3)).toEqual([
      ['Speaker 1', 'Speaker 1', 'explicit', 'Good morning. Let’s'],
      ['Tomas Lake', 'Tomas Lake', 'explicit', 'Thank you. The'],
      ['Speaker 1', 'Speaker 1', 'explicit', 'Go ahead, Tomas.'],
      ['Tomas Lake', 'Tomas Lake', 'explicit', 'The budget is'],
      ['Wren Abara', 'Wren Abara', 'explicit', 'Will the channel'],
      ['Tomas Lake', 'Tomas Lake', 'explicit', 'For two nights'],
      ['Speaker 1', 'Speaker 1', 'explicit', 'Thank you both.'],
    ]);
  });

  it('should take the service’s credit and export notes out, and the page heads beside them', () => {
    const t = normalise(fixture('service-export-rev.txt'));
    const reasons = t.removed.map((r) => [r.reason, r.text.slice(0, 24)]);
    expect(reasons.filter(([reason]) => reason === 'transcription-service')).toEqual([
      ['transcription-service', 'Transcript by Rev.com'],
      ['transcription-service', 'Transcript by Rev.com'],
      ['transcription-service', 'This transcript was expo'],
      ['transcription-service', 'This transcript was expo'],
    ]);
    expect(reasons).toContainEqual(['running-head', 'Harbour Board Meeting (C']);
    const words = [...t.body].flatMap((b) => (b.type === 'turn' ? JSON.stringify(b.paragraphs) : []));
    expect(words.join(' ')).not.toMatch(/Rev\.com|exported|Completed/);
  });

  it('should read `[Name] 18:01:02` over the speech as a label, a name seen once included', () => {
    expect(speakers(fixture('service-export-zoom.txt'))).toEqual([
      'Maria Lopez',
      'John Park',
      'Maria Lopez',
      'John Park',
      'Ada Ekwueme',
    ]);
  });

  it('should take “Transcribed by https://otter.ai” out of the last turn', () => {
    const t = normalise(fixture('service-export-otter.txt'));
    expect(t.removed.map((r) => [r.reason, r.text])).toContainEqual([
      'transcription-service',
      'Transcribed by https://otter.ai',
    ]);
    expect(turnRows(t, 5).at(-1)).toEqual(['Bob Smith', 'Bob Smith', 'explicit', 'One bug, already fixed.']);
  });

  it('should keep a line that only mentions a service, and a speaker who says it', () => {
    const text =
      'Ann Bell: We tried Otter.\n\nCai Dunn: Transcribed by Rev, I think.\n\nAnn Bell: Yes.\n\nCai Dunn: Right.\n';
    const t = normalise(text);
    expect(t.removed).toEqual([]);
    expect(turnRows(t, 4).map((row) => row[3])).toEqual(['We tried Otter.', 'Transcribed by Rev, I', 'Yes.', 'Right.']);
  });
});

describe('a name alone on a line over its speech', () => {
  it('should read each name as a label where the document prints every speaker so', () => {
    const t = normalise(fixture('names-alone.txt'));
    expect(turnRows(t, 3)).toEqual([
      ['Jane Doe', 'Jane Doe', 'explicit', 'Welcome to the'],
      ['Sam Lee', 'Sam Lee', 'explicit', 'Thanks for having'],
      ['Jane Doe', 'Jane Doe', 'explicit', 'So tell us'],
      ['Sam Lee', 'Sam Lee', 'explicit', 'We make planning'],
      ['Jane Doe', 'Jane Doe', 'explicit', 'And what comes'],
      ['Sam Lee', 'Sam Lee', 'explicit', 'A version for'],
      ['Jane Doe', 'Jane Doe', 'explicit', 'Amazing. Thanks, Sam.'],
    ]);
  });

  it('should not read names alone as labels where they are too few, or where the document labels its speakers otherwise', () => {
    // Three names alone: a heading or a signature as likely as a speaker.
    const few = 'Jane Doe\nWelcome to the show.\n\nSam Lee\nThanks for having me.\n\nJane Doe\nGood.\n';
    expect(normalise(few).participants).toEqual([]);
    // Speakers labelled with colons, and two people's names as section headings over prose.
    const labelled = [
      'Host: Today two founders.',
      'Guest: Hello.',
      'Host: First, a word on each.',
      'Guest: Go on.',
      'Host: Here are their stories.',
      '',
      'Jane Doe',
      'Jane started a bakery in 2010.',
      '',
      'Sam Lee',
      'Sam builds tools for teachers.',
      '',
      'Jane Doe',
      'Jane later sold it.',
      '',
      'Sam Lee',
      'Sam moved to Nairobi.',
      '',
    ].join('\n');
    expect(normalise(labelled).participants.map((p) => p.name)).toEqual(['Host', 'Guest']);
  });
});

describe('broadcast and press-office pages', () => {
  it('should take a broadcaster’s page title, air date and notice in capitals out before the first label', () => {
    const t = normalise(fixture('broadcast-news.txt'));
    expect(turnRows(t, 2)[0]).toEqual(['Dana Bash', 'DANA BASH, CNN HOST', 'explicit', 'Hello, I’m']);
    const opening = t.removed.filter((r) => r.reason === 'unspoken-opening').map((r) => r.text.slice(0, 20));
    expect(opening).toEqual([
      'Return to Transcript',
      'STATE OF THE UNION I',
      'Aired March 3, 2024 ',
      'THIS IS A RUSH TRANS',
    ]);
  });

  it('should keep a sentence in capitals before the first label where the speech is in capitals too', () => {
    const text = 'THANK YOU ALL FOR COMING.\n\nMR. ROE: WE BEGIN.\n\nMS. POE: GOOD.\n\nMR. ROE: THANK YOU.\n';
    const t = normalise(text);
    expect(t.removed.map((r) => r.reason)).not.toContain('unspoken-opening');
  });

  it('should read “NAME, ROLE:” alone on its line as a label even seen once, where three people are printed so', () => {
    const t = normalise(fixture('radio-host-once.txt'));
    expect(turnRows(t, 3).slice(0, 3)).toEqual([
      ['Steve Inskeep', 'STEVE INSKEEP, HOST', 'explicit', 'The economy added'],
      ['Leila Fadel', 'LEILA FADEL, HOST', 'explicit', 'NPR’s Scott Horsley'],
      ['Scott Horsley', 'SCOTT HORSLEY, BYLINE', 'explicit', 'Good morning.'],
    ]);
    // With only one person printed so, a line in that shape alone is a heading.
    const alone = fixture('radio-host-once.txt')
      .replace('LEILA FADEL, HOST:\n\n', 'FADEL: ')
      .replace('SCOTT HORSLEY, BYLINE:', 'HORSLEY:');
    expect(normalise(alone).participants.map((p) => p.name)).not.toContain('Steve Inskeep');
  });

  it('should give “Q Thank you.” to the questioner where the questions are marked `Q` with a question mark', () => {
    const t = normalise(fixture('press-briefing-q.txt'));
    expect(turnRows(t, 2).at(-1)).toEqual(['Question', 'Q', 'explicit', 'Thank you.']);
    // Two marked questions are not enough: the line stays the answer's.
    const two = fixture('press-briefing-q.txt').replace('Q Jay, one more?', 'Q Jay, one more.');
    expect(turnRows(normalise(two), 2).filter((row) => row[1] === 'Q')).toHaveLength(2);
  });
});
