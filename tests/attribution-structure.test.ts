// Turn structure of speeches, talks and statements (issue #13, part B): a one-speaker text stays
// one speaker whatever it asks itself or quotes, its salutation opens its first turn instead of
// becoming a speaker, and the speaker is named only when the lines before the speech name them.
// Fixtures in tests/fixtures/attribution/ are written for these tests in the shapes real
// transcripts print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../src/model/nodes.js';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { turnRows } from './helpers/turns.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'attribution');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Participants who are given at least one turn. */
function speakers(transcript: Transcript): string[] {
  const ids = new Set(turnRows(transcript).map((row) => row[0]));
  return [...ids].filter((id): id is string => id !== null);
}

describe('a one-speaker text', () => {
  it('should keep a one-speaker talk with rhetorical questions as one speaker', () => {
    // Questions it answers itself, "Let's start with…", "The next question is…", "We'll go to…",
    // a quoted phone call with a caller who says who they are: none of it is another voice.
    const transcript = normalise(fixture('lecture-rhetorical-questions.txt'));
    expect(speakers(transcript)).toEqual(['Hannah Weiss']);
    expect(transcript.participants.map((p) => p.name)).toEqual(['Hannah Weiss']);
    const turns = turnRows(transcript, 3);
    expect(turns).toHaveLength(1);
    expect(turns[0]).toEqual(['Hannah Weiss', null, 'inferred', 'Ladies and Gentlemen.']);
  });

  it('should leave a one-speaker talk unattributed, and still one turn, when nothing names its speaker', () => {
    const untitled = fixture('lecture-rhetorical-questions.txt').replace(/^# .*\n/, '');
    const transcript = normalise(untitled);
    expect(transcript.participants).toEqual([]);
    expect(turnRows(transcript, 3)).toEqual([[null, null, 'unknown', 'Ladies and Gentlemen.']]);
    expect(transcript.diagnostics.some((d) => d.rule === 'speaker-unknown')).toBe(true);
  });

  it('should say where the name came from, as a sentence a person can check', () => {
    const transcript = normalise(fixture('lecture-rhetorical-questions.txt'));
    const turn = transcript.body.find((b) => b.type === 'turn');
    expect(turn?.type === 'turn' && turn.attribution.evidence.join(' ')).toMatch(
      /names the one who speaks: “Lecture by Professor Hannah Weiss: Why Bridges Fall Down”, so Hannah Weiss is the speaker/,
    );
  });

  it('should keep a hard-wrapped salutation line in the speech, not take it for a title line', () => {
    // The salutation's line, cut at the margin after "bring the", reads as capitals: the wrap,
    // not the capitals, decides. Nothing of the opening is lost to the title block.
    const transcript = normalise(
      'FRIENDS AND FELLOW-MEMBERS OF THE ASSEMBLY: Tonight I bring the\nHarbour report and a long list of thanks.\n\nThe harbour works are finished. The new quay opened in April.\n',
    );
    expect(turnRows(transcript, 4).map((row) => row[3])).toEqual(['FRIENDS AND FELLOW-MEMBERS OF']);
    expect(transcript.removed).toEqual([]);
    // A title line of its own, however long, still goes to the title block.
    const titled = normalise(
      'ANNUAL ADDRESS OF THE GOVERNOR TO THE HARBOUR ASSEMBLY, SECOND SESSION\n\nFRIENDS AND FELLOW-MEMBERS OF THE ASSEMBLY: Tonight I report.\n',
    );
    expect(titled.removed[0]?.reason).toBe('title-block');
    expect(titled.removed[0]?.text).toMatch(/^ANNUAL ADDRESS/);
    // A Markdown heading a wrap cut on a lower-case word is the title all the same.
    const heading = normalise(
      '# Address of the Governor to the Harbour Assembly on the state of the\nHarbour Works\n\nFRIENDS AND FELLOW-MEMBERS OF THE ASSEMBLY: Tonight I report.\n',
    );
    expect(heading.meta.title).toBe('Address of the Governor to the Harbour Assembly on the state of the');
  });

  it('should read a salutation printed like a label as the opening of the speech, and "Again:" as a word', () => {
    const transcript = normalise(fixture('salutation-opening.txt'));
    expect(speakers(transcript)).toEqual(['Miriam Castell']);
    const turns = turnRows(transcript, 4);
    expect(turns).toHaveLength(1);
    expect(turns[0]).toEqual(['Miriam Castell', null, 'inferred', 'FRIENDS AND FELLOW-MEMBERS OF']);
    expect(transcript.participants[0]?.role).toBe('Governor');
    // The line that named the speaker opened the file: it is the title, and it is accounted for.
    expect(transcript.meta.title).toBe('Address of Governor Miriam Castell to the Harbour Assembly');
    expect(transcript.removed.find((r) => r.reason === 'monologue-front-matter')?.text).toBe(
      'Address of Governor Miriam Castell to the Harbour Assembly',
    );
  });

  it('should take the speaker and their role from a byline, and leave the byline out of the speech', () => {
    const transcript = normalise(fixture('press-statement-byline.txt'));
    expect(transcript.participants).toMatchObject([{ name: 'Ingrid Solberg', role: 'Minister for Transport' }]);
    const turns = turnRows(transcript, 3);
    expect(turns).toEqual([['Ingrid Solberg', null, 'inferred', 'Madam Chair, members']]);
    expect(transcript.removed.map((r) => r.reason)).toContain('monologue-front-matter');
  });

  it('should take the speaker from a line holding only their name and handle, and move the title and link out of the speech', () => {
    const transcript = normalise(fixture('speaker-line-talk.txt'));
    expect(turnRows(transcript, 4)).toEqual([['Tomas Ekberg', null, 'inferred', 'I am going to']]);
    expect(transcript.body[0]).toMatchObject({ type: 'heading' });
    const removed = transcript.removed.filter((r) => r.reason === 'monologue-front-matter').map((r) => r.text);
    expect(removed).toEqual(['Tomas Ekberg (tomas_ek)', '<https://example.org/talks/small-boats>']);
  });

  it('should name nobody when the opening names two people', () => {
    const two = fixture('lecture-rhetorical-questions.txt').replace(
      'Lecture by Professor Hannah Weiss',
      'Lecture by Hannah Weiss and Omar Haddad',
    );
    const transcript = normalise(two);
    expect(transcript.participants).toEqual([]);
    expect(turnRows(transcript)[0]?.[2]).toBe('unknown');
  });

  it('should leave a labelled transcript to its labels', () => {
    const labelled = 'Remarks by Jane Roe\n\nJANE ROE: Good evening.\n\nQ: Will you run again?\n\nJANE ROE: No.\n';
    const transcript = normalise(labelled);
    expect(turnRows(transcript, 2).map((row) => row[2])).toEqual(['explicit', 'explicit', 'explicit']);
  });
});

describe('a deposition with a break the examiner called', () => {
  const transcript = normalise(fixture('deposition-break.txt'));

  it('should go on with the examiner’s turn when her question under “BY …:” follows the break she called, and not when someone else spoke last', () => {
    expect(turnRows(transcript, 3)).toEqual([
      ['Ms. Okafor', 'Q', 'explicit', 'Mr. Nagy, when'],
      ['Tomas Nagy', 'A', 'explicit', 'In the autumn'],
      ['Ms. Okafor', 'MS. OKAFOR', 'explicit', 'Thank you. That'],
      ['Tomas Nagy', 'A', 'explicit', 'My deputy did.'],
      ['Mr. Lind', 'MR. LIND', 'explicit', 'Can we take'],
      ['Ms. Okafor', 'MS. OKAFOR', 'explicit', 'Of course.'],
      ['Mr. Lind', 'MR. LIND', 'explicit', 'Thank you.'],
      ['Ms. Okafor', 'Q', 'explicit', 'Did your deputy'],
      ['Tomas Nagy', 'A', 'explicit', 'No, he did'],
    ]);
    const resumed = [...turnsOf(transcript.body)][2]!;
    expect(spokenText(resumed.paragraphs.flat())).toContain('Going back to exhibit 4, who wrote the second page?');
    expect(transcript.removed.filter((r) => r.reason === 'label-repeated').map((r) => r.place?.line)).toEqual([16]);
  });
});

describe('a deposition', () => {
  const transcript = normalise(fixture('deposition.txt'));

  it('should give Q to the examiner named by "BY …:" and A to the witness named where they were deposed', () => {
    expect(turnRows(transcript, 3)).toEqual([
      ['Mr. Reyes', 'MR. REYES', 'explicit', 'We are on'],
      ['Marta Kowalski', 'THE WITNESS', 'explicit', 'Marta Kowalski.'],
      ['Mr. Reyes', 'Q', 'explicit', 'Ms. Kowalski, how'],
      ['Marta Kowalski', 'A', 'explicit', 'Eleven years, since'],
      ['Mr. Reyes', 'Q', 'explicit', 'And what was'],
      ['Marta Kowalski', 'A', 'explicit', 'I ran the'],
      ['Ms. Fischer', 'MS. FISCHER', 'explicit', 'Can we go'],
      ['Mr. Reyes', 'MR. REYES', 'explicit', 'Sure.'],
      ['Ms. Fischer', 'Q', 'explicit', 'Who told you'],
      ['Marta Kowalski', 'A', 'explicit', 'Nobody told me.'],
      ['Ms. Fischer', 'Q', 'explicit', 'Did you report'],
      ['Marta Kowalski', 'A', 'explicit', 'That same night,'],
      ['Marta Kowalski', 'BY THE WITNESS', 'explicit', 'And I kept'],
    ]);
  });

  it('should make nobody of the markers and the front matter', () => {
    expect(transcript.participants.map((p) => p.name)).toEqual(['Mr. Reyes', 'Marta Kowalski', 'Ms. Fischer']);
    const reasons = (text: string) => transcript.removed.filter((r) => r.text === text).map((r) => r.reason);
    // The cover page's fields go before the title block reads them (header-fields, with the lines under them).
    const cover = (start: string) => transcript.removed.filter((r) => r.text.startsWith(start)).map((r) => r.reason);
    expect(cover('APPEARANCES:')).toEqual(['header-field']);
    expect(cover('ALSO PRESENT:')).toEqual(['header-field']);
    expect(reasons('BY MR. REYES:')).toEqual(['examination-marker']);
    expect(reasons('BY MS. FISCHER:')).toEqual(['examination-marker']);
  });

  it('should say why a question is the examiner’s', () => {
    const question = [...transcript.body].find((b) => b.type === 'turn' && b.label === 'Q');
    expect(question?.type === 'turn' && question.attribution.evidence[0]).toMatch(
      /^labelled “Q”: a question under “BY MR\. REYES:” \(line \d+\), so Mr\. Reyes asks/,
    );
  });

  it('should leave Q and A alone where no examination marker is printed', () => {
    const plain = normalise('MINISTER: We begin.\n\nQ: Will it rain?\n\nA: Perhaps.\n');
    expect(plain.participants.some((p) => p.name === 'Question' || p.id === 'p-questioner')).toBe(true);
  });
});

describe('a hearing printed with numbered lines and a cover page', () => {
  const transcript = normalise(fixture('numbered-hearing-river.txt'));

  it('should read the labels behind the line numbers, and make nobody of the cover page', () => {
    expect(turnRows(transcript, 2).map((row) => row.slice(0, 2))).toEqual([
      ['Senator Voss', 'SENATOR VOSS'],
      ['Assemblyman Lind', 'ASSEMBLYMAN LIND'],
      ['Senator Voss', 'SENATOR VOSS'],
      ['Ms. Kemp', 'MS. KEMP'],
      ['Senator Voss', 'SENATOR VOSS'],
      ['Ms. Kemp', 'MS. KEMP'],
      ['Senator Voss', 'SENATOR VOSS'],
      ['Assemblyman Lind', 'ASSEMBLYMAN LIND'],
      ['Ms. Kemp', 'MS. KEMP'],
    ]);
    expect(transcript.participants.map((p) => p.name)).toEqual(['Senator Voss', 'Assemblyman Lind', 'Ms. Kemp']);
    // The list heads are header fields (header-fields); the rest of the cover page goes before the first speech.
    const removedAs = (reason: string) => transcript.removed.filter((r) => r.reason === reason).map((r) => r.text);
    expect(removedAs('header-field')).toEqual(['PRESIDING:', 'PRESENT:']);
    expect(removedAs('cover-page')).toEqual([
      'May 4, 2024, at 6:00 p.m.',
      'Senator Clara Voss, Chair',
      'Assemblyman Hugo Lind',
    ]);
  });

  it('should account for the numbers: stripped with a count, a number alone removed, the page number left to page-chrome', () => {
    const stripped = transcript.changes.find((c) => c.rule === 'line-numbers');
    expect(stripped?.count).toBe(29);
    expect(transcript.removed.filter((r) => r.reason === 'page-number').map((r) => r.text.trim())).toEqual(['2']);
    const lind = [...turnsOf(transcript.body)][1]!;
    expect(lind.paragraphs.map((p) => spokenText(p)).join(' ')).toBe(
      'Thank you, Senator. I have heard from many of you already, and the message is clear: the river is silting up faster than anyone planned for.',
    );
  });

  it('should keep the numbers of a numbered list', () => {
    const list = Array.from({ length: 30 }, (_, i) => `${(i % 3) + 1}  Point ${i}: we agreed.`).join('\n');
    const listed = normalise(`CHAIR: The points.\n${list}\n`);
    expect(listed.changes.some((c) => c.rule === 'line-numbers')).toBe(false);
  });
});

describe('records printed with full-stop labels', () => {
  it('should start a turn at "Mr. HOLLOWAY." and read "Mr. HOLLOWAY addressed the Chair." as narration', () => {
    const transcript = normalise(fixture('senate-record.txt'));
    expect(transcript.body[0]).toMatchObject({ type: 'stageDirection' });
    expect(turnRows(transcript, 3)).toEqual([
      ['The Presiding Officer', 'The PRESIDING OFFICER', 'explicit', 'The Senator from'],
      ['Mr. Holloway', 'Mr. HOLLOWAY', 'explicit', 'Mr. President, I'],
      ['Mr. Holloway', 'Mr. HOLLOWAY', 'explicit', 'Mr. President, I'],
      ['Mrs. Park', 'Mrs. PARK', 'explicit', 'Mr. President, will'],
      ['Mr. Holloway', 'Mr. HOLLOWAY', 'explicit', 'I yield.'],
      ['Mrs. Park', 'Mrs. PARK', 'explicit', 'Does the bill'],
      ['Mr. Holloway', 'Mr. HOLLOWAY', 'explicit', 'It does.'],
    ]);
  });

  it('should keep a document inserted into the record inside the speaker’s turn', () => {
    const transcript = normalise(fixture('senate-record.txt'));
    const first = [...turnsOf(transcript.body)].find((t) => t.label === 'Mr. HOLLOWAY')!;
    const text = first.paragraphs.map((p) => spokenText(p)).join(' ');
    expect(text).toMatch(/ordered to be printed in the Record, as follows:/);
    expect(text).toMatch(/Dear Senator Holloway: We write in support of the bill\./);
  });

  it('should read a committee transcript: "CHAIR ARDEN.", "MR. COLE.1", an unnamed "PARTICIPANT.", and the list of those present as its cover page', () => {
    const transcript = normalise(fixture('committee-meeting.txt'));
    expect(turnRows(transcript, 2).map((row) => row.slice(0, 2))).toEqual([
      ['Chair Arden', 'CHAIR ARDEN'],
      ['Mr. Cole', 'MR. COLE'],
      ['Ms. Dahl', 'MS. DAHL'],
      ['Chair Arden', 'CHAIR ARDEN'],
      ['Vice Chair Beck', 'VICE CHAIR BECK'],
      ['Participant', 'PARTICIPANT'],
      ['Vice Chair Beck', 'VICE CHAIR BECK'],
      ['Mr. Cole', 'MR. COLE'],
      ['Vice Chair Beck', 'VICE CHAIR BECK'],
      ['Chair Arden', 'CHAIR ARDEN'],
    ]);
    expect(transcript.participants.find((p) => p.name === 'Participant')?.kind).toBe('unknown');
    expect(transcript.removed.some((r) => r.reason === 'cover-page' && /Those present were/.test(r.text))).toBe(true);
  });
});

describe('questioners who say who they are, in a labelled transcript', () => {
  const transcript = normalise(fixture('press-questioners.txt'));

  it('should make them named participants, and keep follow-ups with them only where the text shows it', () => {
    expect(turnRows(transcript, 2).map((row) => row[0])).toEqual([
      'Prime Minister',
      'Geoff Hartley', // "Geoff Hartley, Coastal Review."
      'Prime Minister',
      'Geoff Hartley', // "But for how long?" after a reply of two words
      'Prime Minister',
      'Geoff Hartley', // the answer before calls him "Geoff"
      'Prime Minister',
      'Question', // a new subject, nobody named: the anonymous questioner
      'Prime Minister',
      'Nadia Osei', // "Nadia Osei from Radio Sound."
      'Prime Minister',
      'Question', // "And the parking?" after a long answer that does not name her
      'Prime Minister',
    ]);
    expect(transcript.participants.find((p) => p.name === 'Geoff Hartley')).toMatchObject({
      role: 'journalist',
      affiliation: 'Coastal Review',
      labels: ['QUESTION'],
    });
  });

  it('should give the self-introduction as evidence', () => {
    const turn = [...turnsOf(transcript.body)][1]!;
    expect(turn.attribution.method).toBe('explicit');
    expect(turn.attribution.evidence).toContain('the questioner says who they are: “Geoff Hartley, Coastal Review”');
  });
});

describe('where a speech starts', () => {
  it('should end the chair’s turn at a "Speech by …" heading and give what follows to the speaker it names', () => {
    const transcript = normalise(fixture('forum-opening.txt'));
    expect(turnRows(transcript, 3)).toEqual([
      ['Chair', 'CHAIR', 'explicit', 'Good morning and'],
      ['Ana Ribeiro', null, 'inferred', 'Ladies and Gentlemen.'],
      ['Chair', 'CHAIR', 'explicit', 'Thank you, Minister.'],
    ]);
    expect(transcript.participants.find((p) => p.name === 'Ana Ribeiro')?.role).toBe('Minister for Fisheries');
    expect(transcript.body.some((b) => b.type === 'heading')).toBe(true);
  });

  it('should make a salutation standing before the first label the first words of that speaker’s turn', () => {
    const transcript = normalise(fixture('salutation-before-label.txt'));
    expect(turnRows(transcript, 3)[0]).toEqual(['Minister', 'MINISTER', 'explicit', 'Ladies and Gentlemen.']);
    expect(turnRows(transcript)).toHaveLength(3);
    const first = [...turnsOf(transcript.body)][0]!;
    expect(first.paragraphs.map((p) => spokenText(p))).toEqual([
      'Ladies and Gentlemen.',
      'Thank you for coming. The new quay opens on Monday.',
    ]);
  });

  it('should leave a paragraph that only mentions a speech where it is', () => {
    const transcript = normalise(
      'CHAIR: Welcome.\n\nThe speech by the Minister was long, and we thank her for it.\n\nMINISTER: Thank you.\n\nCHAIR: Next.\n',
    );
    expect(turnRows(transcript, 2).map((row) => row[0])).toEqual(['Chair', 'Minister', 'Chair']);
  });
});

describe('a speaker labelled again to finish an interrupted sentence', () => {
  it('should go on with the same turn, the interruption inside it', () => {
    const transcript = normalise(
      'SENATOR ROE:  I want to thank the Assemblyman for\n\n(Laughter.)\n\nSENATOR ROE:  -- for bringing us together.\n\nSENATOR LIND:  Thank you.\n',
    );
    expect(turnRows(transcript, 3)).toEqual([
      ['Senator Roe', 'SENATOR ROE', 'explicit', 'I want to'],
      ['Senator Lind', 'SENATOR LIND', 'explicit', 'Thank you.'],
    ]);
    expect(transcript.diagnostics.some((d) => d.rule === 'turn-resumed')).toBe(true);
  });

  it('should keep two turns when the second does not take up a sentence', () => {
    const transcript = normalise(
      'SENATOR ROE:  I want to thank you.\n\n(Laughter.)\n\nSENATOR ROE:  Now to business.\n\nSENATOR LIND:  Thank you.\n',
    );
    expect(turnRows(transcript, 1).map((row) => row[0])).toEqual(['Senator Roe', 'Senator Roe', 'Senator Lind']);
  });
});

describe('meeting notes', () => {
  const transcript = normalise(fixture('meeting-notes.md'), { fileName: 'meeting-notes.md' });

  it('should make nobody of the notetakers and attendees lists, and keep the agenda headings', () => {
    expect(transcript.participants.map((p) => p.labels[0])).toEqual(['RMN', 'JBK', 'LOZ']);
    expect(
      transcript.removed.filter((r) => r.reason === 'cover-page').some((r) => r.text.includes('Remote attendees:')),
    ).toBe(true);
    expect(transcript.body.filter((b) => b.type === 'heading')).toHaveLength(2);
  });

  it('should read "Presenter: Name (ABC)" as a note of who presents, not as a speaker or the last speaker’s words', () => {
    expect(transcript.participants.some((p) => /presenter/i.test(p.name))).toBe(false);
    expect(turnRows(transcript, 2).map((row) => row[1])).toEqual(['RMN', 'JBK', 'RMN', 'JBK', 'LOZ']);
    // header-fields takes each "Presenter:" field out (reason name-field), its initials the person's label.
    expect(transcript.removed.filter((r) => r.reason === 'name-field').map((r) => r.text)).toEqual([
      'Presenter: Ravi Menon (RMN)',
      'Presenter: Jo Becker (JBK)',
    ]);
    expect(transcript.body.filter((b) => b.type === 'stageDirection')).toHaveLength(0);
  });

  it('should find the cover page when the labels stand on lines of their own', () => {
    const ownLines = fixture('meeting-notes.md').replace(/^(RMN|JBK|LOZ): /gm, '$1:\n');
    const notes = normalise(ownLines, { fileName: 'meeting-notes.md' });
    expect(notes.participants.map((p) => p.labels[0])).toEqual(['RMN', 'JBK', 'LOZ']);
  });

  it('should still read "PRESENTER:" as a label where it introduces speech', () => {
    const broadcast = normalise(
      'PRESENTER: Good evening. Our guest tonight is Jane Roe.\n\nJANE ROE: Thank you.\n\nPRESENTER: Welcome.\n',
    );
    expect(turnRows(broadcast, 1).map((row) => row[1])).toEqual(['PRESENTER', 'JANE ROE', 'PRESENTER']);
  });
});

describe('a talk with header fields', () => {
  const transcript = normalise(fixture('talk-header-fields.md'), { fileName: 'talk-header-fields.md' });

  it('should take the speaker from "Name:" so that her label, printed once, is confirmed', () => {
    expect(turnRows(transcript, 2)[0]).toEqual(['Maya Lindqvist', 'Maya Lindqvist', 'explicit', 'Good afternoon.']);
    expect(transcript.removed.find((r) => r.text === 'Name: Maya Lindqvist')?.reason).toBe('name-field');
  });

  it('should make nobody of "Video:" and "Slides:" links', () => {
    expect(transcript.participants.some((p) => /video|slides/i.test(p.name))).toBe(false);
    expect(transcript.removed.filter((r) => /^(?:Video|Slides):/.test(r.text)).map((r) => r.reason)).toEqual([
      'header-field',
      'header-field',
    ]);
  });
});

describe('a timed log', () => {
  it('should keep one speaker’s entries separated only by time stamps as one turn, and a change of speaker as a new one', () => {
    const log = [
      '[00:00:10]',
      'GROUND: Radio check.',
      '',
      '[00:00:12]',
      'CREW: Loud and clear.',
      '',
      '[00:00:15]',
      'CREW: Cabin pressure holding.',
      '',
      '[00:00:21]',
      'GROUND: Copy.',
      '',
    ].join('\n');
    const transcript = normalise(log);
    expect(turnRows(transcript, 3).map((row) => [row[1], row[3]])).toEqual([
      ['GROUND', 'Radio check.'],
      ['CREW', 'Loud and clear.'],
      ['GROUND', 'Copy.'],
    ]);
    const crew = [...turnsOf(transcript.body)][1]!;
    expect(crew.paragraphs.map((p) => spokenText(p)).join(' ')).toMatch(/Loud and clear\..*Cabin pressure holding\./);
  });
});

describe('a label with no words before the first speech', () => {
  it('should be front matter: no empty turn, no participant', () => {
    const transcript = normalise('HARBOUR FORUM PANEL:\nCHAIR:  Welcome, everyone.\n\nMS. ROE:  Thank you.\n');
    expect(turnRows(transcript, 2)).toEqual([
      ['Chair', 'CHAIR', 'explicit', 'Welcome, everyone.'],
      ['Ms. Roe', 'MS. ROE', 'explicit', 'Thank you.'],
    ]);
    expect(transcript.participants.map((p) => p.name)).toEqual(['Chair', 'Ms. Roe']);
    // Taken by header-fields (a label-shaped line printed once before the first spoken turn).
    expect(transcript.removed.map((r) => r.reason)).toContain('header-field');
  });

  it('should make no empty turn after someone has spoken, but list the label and warn', () => {
    const transcript = normalise('CHAIR:  Welcome.\n\nMS. ROE:\nCHAIR:  Ms. Roe?\n');
    expect(turnRows(transcript, 1).map((row) => row[1])).toEqual(['CHAIR', 'CHAIR']);
    expect(transcript.diagnostics.some((d) => d.rule === 'label-without-text')).toBe(true);
    expect(transcript.removed.filter((r) => r.reason === 'label-without-text').map((r) => r.text)).toEqual([
      'MS. ROE:',
    ]);
  });
});

describe('an unlabelled hearing whose short replies look like calls', () => {
  it('should not invent a moderator from "Yes." or "Okay." before a question', () => {
    const rows = [
      'Thank you for coming. We will hear the witness now.',
      'Please tell us what you saw that night?',
      'Yes.',
      'Can you describe the aircraft?',
      'It was a small plane, flying low over the river without lights.',
      'Okay.',
      'And did anyone else see it?',
      'My neighbour saw it too, and she called the police.',
      'Right.',
      'Was it reported to the airport?',
      'Not that I know of. Nobody ever called us back about it.',
    ].join('\n');
    const transcript = normalise(`${rows}\n`);
    expect(transcript.participants.some((p) => p.name === 'Moderator')).toBe(false);
  });
});

describe('a monologue named by its title', () => {
  const speech = (title: string) =>
    normalise(
      `${title}\n\nThank you all for coming. The harbours are busy again this year.\n\nWe will open a training school in May.\n`,
    );
  const speaker = (title: string) => {
    const transcript = speech(title);
    return transcript.participants.map((p) => [p.name, p.role]);
  };

  it('should name the one an office and a name or a title and a surname designate', () => {
    expect(speaker('Speech by the Minister for Fisheries, Ana Ribeiro')).toEqual([
      ['Ana Ribeiro', 'Minister for Fisheries'],
    ]);
    // The role the name already says is dropped (participant-details).
    expect(speaker('Remarks by President Trump at the Air Force Academy')).toEqual([['President Trump', null]]);
  });

  it('should name an office when the title gives no name', () => {
    expect(speaker('# Speech by the Minister for Fisheries at the Harbour Forum')).toEqual([
      ['Minister for Fisheries', null],
    ]);
  });

  it('should name nobody when the title names two speakers', () => {
    expect(speaker('Speech by the Minister for Fisheries and the Minister for Ports')).toEqual([]);
    expect(turnRows(speech('Speech by the Minister for Fisheries and the Minister for Ports'))[0]?.[2]).toBe('unknown');
  });
});

describe('a court record with no examination marker', () => {
  const transcript = normalise(fixture('court-without-markers.txt'));

  it('should give A to the sworn witness, never to the judge who spoke last', () => {
    expect(turnRows(transcript, 2).map((row) => [row[0], row[1]])).toEqual([
      ['The Court', 'THE COURT'],
      ['Mr. Adeyemi', 'MR. ADEYEMI'],
      ['The Court', 'THE COURT'],
      ['Question', 'Q'],
      ['Tomas Rennick', 'A'],
      ['Question', 'Q'],
      ['Tomas Rennick', 'A'],
      ['The Court', 'THE COURT'],
      ['Tomas Rennick', 'THE WITNESS'],
    ]);
  });

  it('should read the swearing-in as the record’s narration', () => {
    const narration = transcript.body.find((b) => b.type === 'stageDirection');
    expect(narration && spokenText(narration.children)).toBe(
      'TOMAS RENNICK, having been first duly sworn, testified as follows:',
    );
  });
});

describe('header fields that name a role', () => {
  it('should give "Host:" and "Guest:" people their role, so that a "HOST:" label names the host', () => {
    const transcript = normalise(
      'Harbour Talk, Episode 12\nHost: Jane Roe\nGuest: Omar Haddad\n\nHOST:  Welcome back. My guest today builds boats.\n\nOMAR HADDAD:  Thanks for having me.\n',
    );
    expect(transcript.participants.map((p) => [p.name, p.role])).toEqual([
      ['Jane Roe', 'Host'],
      ['Omar Haddad', 'Guest'],
    ]);
    expect(turnRows(transcript, 1).map((row) => row[0])).toEqual(['Jane Roe', 'Omar Haddad']);
  });
});

describe('a diariser’s generic label in the middle of a sentence', () => {
  it('should not cut the speaker’s sentence or make a participant of "Speaker 1"', () => {
    const transcript = normalise(
      '**Jane Roe:** We rebuilt the harbour and I moved\n\n**Speaker 1:** a crane or two over to the north quay, which nobody expected.\n\nAnd it worked. Thank you.\n',
    );
    expect(transcript.participants.map((p) => p.name)).toEqual(['Jane Roe']);
    const turns = [...turnsOf(transcript.body)];
    expect(turns).toHaveLength(1);
    expect(spokenText(turns[0]!.paragraphs[0]!)).toBe(
      'We rebuilt the harbour and I moved a crane or two over to the north quay, which nobody expected.',
    );
    expect(transcript.removed.map((r) => r.reason)).toContain('generic-label-mid-sentence');
  });

  it('should keep "Speaker 1" as a voice where it finishes the sentence before with a word or two, then speaks sentences of its own', () => {
    const transcript = normalise(
      '**Jane Roe:** Our next caller is a boatbuilder. Go ahead, how are\n\n**Speaker 1:** you? Thanks for taking my call. I build dinghies on the north quay.\n\n**Jane Roe:** Welcome.\n',
    );
    expect(turnRows(transcript, 2).map((row) => [row[1], row[3]])).toEqual([
      ['Jane Roe', 'Our next'],
      ['Speaker 1', 'you? Thanks'],
      ['Jane Roe', 'Welcome.'],
    ]);
    expect(transcript.removed.map((r) => r.reason)).not.toContain('generic-label-mid-sentence');
  });

  it('should keep "Speaker 1" as a voice where it starts a sentence of its own', () => {
    const transcript = normalise('**Jane Roe:** We rebuilt the harbour.\n\n**Speaker 1:** Can I ask about the quay?\n');
    expect(turnRows(transcript, 1).map((row) => row[1])).toEqual(['Jane Roe', 'Speaker 1']);
  });
});

describe('a section heading inside a labelled transcript', () => {
  const text = fixture('workshop-section-headings.md');

  it('should give the unlabelled speech after a heading to the labelled speaker before it, and say why', () => {
    const transcript = normalise(text);
    expect(turnRows(transcript, 4)).toEqual([
      ['Marta', 'Marta', 'explicit', 'Good morning. We start'],
      ['Pieter', 'Pieter', 'explicit', 'Do we cover the'],
      ['Marta', 'Marta', 'explicit', 'Both. The float gauges'],
      ['Marta', null, 'inferred', 'So what does a'],
      ['Pieter', 'Pieter', 'explicit', 'And then it reads'],
      ['Marta', 'Marta', 'explicit', 'Exactly, and nobody notices'],
      ['Pieter', 'Pieter', 'explicit', 'Before you start on'],
      ['Marta', 'Marta', 'explicit', 'Go ahead.'],
    ]);
    const continued = [...turnsOf(transcript.body)][3]!;
    expect(continued.attribution.evidence.join(' ')).toMatch(
      /no label after the heading “Float Gauges”: Marta, who spoke before it, goes on/,
    );
    expect(transcript.diagnostics.some((d) => d.rule === 'speaker-continues-after-heading')).toBe(true);
  });

  it('should not continue anyone across the headings of a record, where each item is opened by a label', () => {
    // Items of business: most headings are followed by a new speaker's label, and the one whose
    // label was lost opens by addressing the chair.
    const record = [
      '## Harbour Dues',
      'Ms. Ada Quill (Northport):',
      'Mr. Speaker, when will the dues for small boats be set?',
      'Hon. Ben Rook (Minister of Harbours):',
      'Mr. Speaker, they will be set next week.',
      '## Ferry Timetables',
      'Mr. Speaker, the winter timetable leaves the islands without a morning crossing.',
      'Hon. Ben Rook (Minister of Harbours):',
      'Mr. Speaker, the morning crossing returns in March.',
      '## Lighthouse Repairs',
      'Ms. Ada Quill (Northport):',
      'Mr. Speaker, the lighthouse at Northport has been dark for a month.',
      'Hon. Ben Rook (Minister of Harbours):',
      'Mr. Speaker, the repair crew is on its way.',
    ].join('\n\n');
    const rows = turnRows(normalise(record), 4);
    expect(rows.find((row) => row[3] === 'Mr. Speaker, the winter')).toEqual([
      null,
      null,
      'unknown',
      'Mr. Speaker, the winter',
    ]);
  });

  it('should not continue anyone across a heading when a participant is never labelled', () => {
    // A host named in the header but never labelled could be the one who speaks after the heading.
    const withHost = text.replace('---\n\nMarta:', '---\n\nTide Gauges, Episode 3\nHost: Ines Duarte\n\nMarta:');
    const transcript = normalise(withHost);
    expect(transcript.participants.map((p) => p.name)).toContain('Ines Duarte');
    const rows = turnRows(transcript, 4);
    const afterHeading = rows.find((row) => row[3] === 'So what does a');
    expect(afterHeading?.[0]).not.toBe('Marta');
  });
});

describe('lines before the first label of a labelled transcript', () => {
  it('should take a page title, subtitle and link with no sentence in them out of the speech, with the reason', () => {
    const transcript = normalise(fixture('podcast-page-opening.md'));
    expect(turnRows(transcript, 2).map((row) => [row[0], row[3]])).toEqual([
      ['Jane Roe', 'Welcome back'],
      ['Omar Haddad', 'Thanks for'],
      ['Jane Roe', 'Let’s start'],
      ['Omar Haddad', 'Older than'],
    ]);
    const unspoken = transcript.removed.filter((r) => r.reason === 'unspoken-opening').map((r) => r.text);
    expect(unspoken).toEqual([
      'Harbour Talk Podcast with Omar Haddad - March 3rd 2022',
      'The Boats That Built the North Pier',
    ]);
    // The link's field was already taken out as a header field.
    expect(transcript.removed.find((r) => r.text.startsWith('Episode:'))?.reason).toBe('header-field');
  });

  it('should leave an opening that holds a sentence as speech', () => {
    const text = fixture('podcast-page-opening.md').replace(
      'The Boats That Built the North Pier',
      'Before we start, a word about our sponsor.',
    );
    const transcript = normalise(text);
    expect(transcript.removed.filter((r) => r.reason === 'unspoken-opening')).toEqual([]);
    expect(turnRows(transcript, 3)[0]?.[3]).toBe('Harbour Talk Podcast');
    expect(turnRows(transcript)).toHaveLength(5);
  });

  it('should take a note about the transcript itself (how it was made, its licence) out of the speech, sentences and all', () => {
    const note =
      'This transcript was made with automated artificial intelligence and lightly edited; it may contain errors. All content on this site is licensed under Creative Commons Attribution 4.0.';
    const text = fixture('podcast-page-opening.md').replace('The Boats That Built the North Pier', note);
    const transcript = normalise(text);
    expect(transcript.removed.find((r) => r.text === note)?.reason).toBe('unspoken-opening');
    expect(turnRows(transcript, 2)[0]).toEqual(['Jane Roe', 'Jane Roe', 'explicit', 'Welcome back']);
  });
});

describe('a diariser’s voice printed again with nothing between', () => {
  it('should go on with the same turn, and keep a named speaker’s repeated label as two turns', () => {
    const diarised = normalise(
      'Speaker 0: We should start with the ferry.\n\nSpeaker 0: And then the pier, if there is time.\n\nSpeaker 1: Agreed.\n\nSpeaker 0: Good.\n',
    );
    expect(turnRows(diarised, 3).map((row) => [row[1], row[3]])).toEqual([
      ['Speaker 0', 'We should start'],
      ['Speaker 1', 'Agreed.'],
      ['Speaker 0', 'Good.'],
    ]);
    expect([...turnsOf(diarised.body)][0]!.paragraphs).toHaveLength(2);
    const named = normalise('MS. ADAMS: We start with the ferry.\n\nMS. ADAMS: Then the pier.\n\nMR. BRAND: Agreed.\n');
    expect(turnRows(named)).toHaveLength(3);
  });
});

describe('a timestamped name printed again with nothing between', () => {
  const transcript = normalise(fixture('timestamped-bold-relabels.md'));

  it('should read the paragraphs an export stamped one by one as one turn of the speaker', () => {
    expect(turnRows(transcript, 3)).toEqual([
      ['Marisol', 'Marisol', 'explicit', 'Hi everyone, welcome'],
      ['Bram', 'Bram', 'explicit', 'Hello hello.'],
      ['Marisol', 'Marisol', 'explicit', 'So it’s been'],
      ['Bram', 'Bram', 'explicit', 'Day one, yes.'],
      // "Can you settle it, Bram?" is somebody else asking: Bram's answer is a turn of its own.
      ['Bram', 'Bram', 'explicit', 'No. Nobody can'],
      ['Juniper', 'Juniper', 'explicit', 'It is green'],
      ['Marisol', 'Marisol', 'explicit', 'Okay, we’ll leave'],
      // After an elision ("..." alone) the speaker is labelled again for a new turn.
      ['Marisol', 'Marisol', 'explicit', 'So, coming back'],
    ]);
    const bram = [...turnsOf(transcript.body)][3]!;
    expect(bram.paragraphs.map((p) => spokenText(p).trim().split(' ').slice(0, 2).join(' '))).toEqual([
      'Day one,',
      'Actually five',
      'Anyway, the',
      'And the',
    ]);
  });

  it('should account for each repeated label and say why', () => {
    expect(transcript.removed.filter((r) => r.reason === 'label-repeated').map((r) => r.text)).toEqual([
      'Bram',
      'Bram',
      'Juniper',
    ]);
    const notes = transcript.diagnostics.filter((d) => d.rule === 'label-repeated');
    expect(notes).toHaveLength(3);
    expect(notes[0]?.message).toMatch(/“Bram” is printed again at a new time stamp with nothing said between/);
  });

  it('should keep untimed repeated names, and a role many people fill, as separate turns', () => {
    const untimed = normalise(
      '**Marisol**: We start with the ferry.\n\n**Marisol**: Then the pier.\n\n**Bram**: Agreed.\n\n**Marisol**: Good.\n',
    );
    expect(turnRows(untimed)).toHaveLength(4);
    const audience = normalise(
      '[00:01] **Marisol**: Questions?\n\n[00:04] **Audience**: Is the shed insured?\n\n[00:09] **Audience**: And the boats?\n\n[00:12] **Marisol**: Both are.\n',
    );
    expect(turnRows(audience)).toHaveLength(4);
  });
});

describe('the record’s narration before the first label', () => {
  it('should keep a past-tense report of what labelled people did, with no “I”, “we” or “you”, as a stage direction, not a turn', () => {
    const transcript = normalise(fixture('joint-sitting-record.txt'));
    expect(turnRows(transcript, 3).map((row) => [row[0], row[3]])).toEqual([
      ['The Speaker', 'The joint sitting'],
      ['The President of the Senate', 'The Senate appoints'],
      ['The President', 'Mr. Speaker, members'],
      ['The Speaker', 'The joint sitting'],
    ]);
    const directions = transcript.body.filter((b) => b.type === 'stageDirection');
    expect(directions.map((d) => spokenText(d.children).split(' ').slice(0, 3).join(' '))).toEqual([
      'The adjournment having',
    ]);
    expect(transcript.diagnostics.filter((d) => d.rule === 'narrated-opening')).toHaveLength(1);
  });

  it('should leave an opening in the first or second person as speech', () => {
    const text = fixture('joint-sitting-record.txt').replace(
      'The adjournment having ended, the Assembly',
      'We were told the adjournment had ended and the Assembly',
    );
    const transcript = normalise(text);
    expect(turnRows(transcript, 3)[0]?.[3]).toBe('We were told');
    expect(transcript.diagnostics.filter((d) => d.rule === 'narrated-opening')).toEqual([]);
  });
});

describe('the title printed again, and a link, before unlabelled speech nobody is named for', () => {
  it('should make the repeated title a heading and take the link out, so the unattributed speech starts where it does', () => {
    const transcript = normalise(fixture('notes-title-again.md'));
    expect(turnRows(transcript, 4).map((row) => [row[0], row[2], row[3]])).toEqual([
      [null, 'unknown', 'Should the council pay'],
    ]);
    expect(transcript.participants).toEqual([]);
    expect(transcript.body[0]).toMatchObject({ type: 'heading', children: [{ value: 'Harbour dredging plans' }] });
    expect(transcript.removed.filter((r) => r.reason === 'monologue-front-matter').map((r) => r.text)).toEqual([
      '<https://example.org/harbour/notes/2024-05-14>',
    ]);
    expect(transcript.diagnostics.find((d) => d.rule === 'speaker-unknown')?.place?.line).toBe(10);
  });

  it('should keep a first line that only shares words with the title as speech', () => {
    const text = fixture('notes-title-again.md').replace(
      'Harbour dredging plans\n',
      'Harbour dredging plans, again.\n',
    );
    const transcript = normalise(text);
    expect(transcript.body[0]?.type).toBe('turn');
    expect(turnRows(transcript, 3)[0]?.[3]).toBe('Harbour dredging plans,');
  });
});

describe('meeting notes in Markdown', () => {
  const text = fixture('minutes-agenda-lists.md');

  it('should keep an unlabelled list between labelled speech as the notes’ stage directions, not a turn', () => {
    const transcript = normalise(text);
    expect(turnRows(transcript, 3).filter((row) => row[3].startsWith('-'))).toEqual([]);
    const directions = transcript.body
      .filter((b) => b.type === 'stageDirection')
      .map((d) => spokenText(d.children).slice(0, 12));
    expect(directions).toEqual(['- [survey](h', '- The board ', '- [proposal]']);
    expect(transcript.diagnostics.filter((d) => d.rule === 'notes-list')).toHaveLength(3);
  });

  it('should keep a list inside a labelled turn as the speaker’s', () => {
    const transcript = normalise(
      text.replace(
        'OHD: The pilots support that.',
        'OHD: The pilots support that:\n\n- sealed lamps\n- brighter lamps',
      ),
    );
    expect(transcript.diagnostics.filter((d) => d.rule === 'notes-list')).toHaveLength(3);
    expect(turnRows(transcript, 3).at(-1)).toEqual(['Omar Haddad', 'OHD', 'explicit', 'The pilots support']);
  });
});

describe('a page’s opening with its list of who attended', () => {
  it('should take a note to readers and the attendee table before the first label out of the speech', () => {
    const transcript = normalise(fixture('minutes-agenda-lists.md'));
    expect(turnRows(transcript, 3)[0]).toEqual(['Omar Haddad', 'OHD', 'explicit', 'The channel has']);
    expect(transcript.removed.filter((r) => r.reason === 'cover-page').map((r) => r.text.slice(0, 20))).toEqual([
      'Members: please use ',
      'The list of initials',
      '**Attendees:** | Nam',
    ]);
  });

  it('should leave an opening without such a list to the other rules', () => {
    const text = fixture('minutes-agenda-lists.md').replace(/\*\*Attendees:\*\*\n(?:\|.*\n)+/, '');
    const transcript = normalise(text);
    expect(transcript.removed.filter((r) => r.reason === 'cover-page')).toEqual([]);
    expect(turnRows(transcript, 3)[0]?.[3]).toBe('Members: please use');
  });
});
