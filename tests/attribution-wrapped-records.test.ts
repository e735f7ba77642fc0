// Records whose labels a hard wrap or a cover page disturbs (issue #13): a long office and name
// wrapped over lines of their own, a record in markup whose tags the wrap split, names alone on a
// line with the role under them, a conference call's cover letter and cover page, and the Dutch
// parliament's `De heer Naam (Partij):` labels with a conversion's stray emphasis. Each must give
// the turns a reader sees, and none of the look-alikes (a title over a label, an examiner's
// heading, a cover page's list) may make a speaker.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { turnRows } from './helpers/turns.js';

/** Speaker name and first words of each turn. */
function rows(text: string, fileName = 'record.txt'): string[] {
  return turnRows(normalise(text, { fileName }), 3).map(([speaker, , , words]) => `${speaker ?? '?'} | ${words}`);
}

describe('labels wrapped over lines of their own', () => {
  const RECORD = `Meeting of the Harbour Forum
The chair opened the meeting in the
main hall, with every delegation in its seat.
Moderator Jane Roe:
Good afternoon. Before we start, I would like to
introduce Petra Lindqvist, who has chaired the working
group on the northern quays for three years now and
knows the subject better than anyone here.
So, Petra, please.
Chair of the Working Group on the Northern Quays and
the Development of the Old Harbour Petra
Lindqvist:
Thank you very much. The group met eleven times and
agreed on most of the plan.
Moderator Jane Roe:
Thank you. Are there questions from the floor
about the timetable?
`;

  it('should read a long office and name wrapped over three lines as one label, the speaker called by her given name', () => {
    const t = normalise(RECORD, { fileName: 'forum.txt' });
    expect(rows(RECORD)).toEqual([
      '? | The chair opened',
      'Moderator Jane Roe | Good afternoon. Before',
      'Petra Lindqvist | Thank you very',
      'Moderator Jane Roe | Thank you. Are',
    ]);
    // The office is her role, the name hers alone.
    expect(t.participants.find((p) => p.name === 'Petra Lindqvist')?.role).toBe(
      'Chair of the Working Group on the Northern Quays and the Development of the Old Harbour',
    );
    expect(t.changes.find((c) => c.rule === 'wrapped-label')?.after).toBe(
      'Chair of the Working Group on the Northern Quays and the Development of the Old Harbour Petra Lindqvist:',
    );
  });

  it('should leave a wrapped sentence before a colon, and a heading over an examiner, as they are', () => {
    const prose = RECORD.replace(
      'So, Petra, please.\nChair of the Working Group on the Northern Quays and\nthe Development of the Old Harbour Petra\nLindqvist:',
      'So she spoke, as the chair had promised\nwhen she wrote to the minister and\nthe Development Office of the Harbour\nLindqvist:',
    );
    const t = normalise(prose, { fileName: 'forum.txt' });
    expect(t.changes.some((c) => c.rule === 'wrapped-label')).toBe(false);
    const court = `${'Q. Where were you that night?\nA. At home, with my\nsister and her husband.\n'.repeat(4)}
                    EXAMINATION
BY MR. DAVIS:
Q. Good morning. Please state your name.
A. Anna Berg.
`;
    const examined = normalise(court, { fileName: 'deposition.txt' });
    expect(examined.changes.some((c) => c.rule === 'wrapped-label')).toBe(false);
  });

  it('should put back a tag a hard wrap split, in a record exported in markup and saved as text', () => {
    const speech = (who: string, id: string, words: string) =>
      `<speech by="#${id}">\n\n<from>The <person refersTo="#${id}">${who}</person>:</from>\n\n<p>${words} <span\nclass="col" refersTo="page_${id.length}"/>and so\non to the end of the matter before the House.</p>\n\n</speech>\n`;
    const body = [
      speech('PRIME\nMINISTER', 'pm', 'I rise to make a statement on the conference'),
      speech('LEADER OF THE\nOPPOSITION', 'lo', 'Is this the agreed statement which has been read'),
      speech('PRIME\nMINISTER', 'pm', 'Yes, that is the agreed statement, as laid'),
      speech('LEADER OF THE\nOPPOSITION', 'lo', 'Then we shall ask for a day to debate it'),
      speech('PRIME\nMINISTER', 'pm', 'The Government will find a day for it'),
    ].join('\n');
    const text = `---\ntitle: House of Assembly\n---\n\n<debateSection name="#statement">\n\n<heading>STATEMENT.</heading>\n\n${body}\n</debateSection>\n`;
    const t = normalise(text, { fileName: 'debate.md' });
    expect(rows(text, 'debate.md')).toEqual([
      'The Prime Minister | I rise to',
      'The Leader of the Opposition | Is this the',
      'The Prime Minister | Yes, that is',
      'The Leader of the Opposition | Then we shall',
      'The Prime Minister | The Government will',
    ]);
    // Nothing of the markup is left in the words, and every tag is recorded as removed.
    expect(JSON.stringify(t.body)).not.toMatch(/<|refersTo/);
    expect(t.changes.filter((c) => c.rule === 'html-tag').some((c) => c.before.includes('refersTo="page_'))).toBe(true);
  });
});

describe('a hard-wrapped Markdown list of fields over the transcript', () => {
  it('should keep the lines a wrap broke off a list item with the item, never a turn nobody speaks', () => {
    const fields = `# Harbour Cast 19: The North Pier

- **Source audio:** harbour_cast_019.mp3
- **Hosts present:** Jane Roe and Tom Abel
- **Guest:** Captain Petra Lindqvist, harbour master of the port of
Northbridge since 2015; former pilot on the inner channel
- **Transcription:** automatic, speaker names added by hand from
what each says

`;
    const exchange = Array.from(
      { length: 3 },
      (_, n) =>
        `### Jane Roe\nSo tell us about the pier and what happened to it in the winter storms of\nthat year, number ${n + 1}.\n\n### Petra Lindqvist\nThe pier was older than the harbour wall, and the storm took the\nlast of its timber before anyone could save it.\n`,
    ).join('\n');
    const t = normalise(fields + exchange, { fileName: 'cast.md' });
    expect(rows(fields + exchange, 'cast.md').every((row) => !row.startsWith('?'))).toBe(true);
    expect(rows(fields + exchange, 'cast.md')).toHaveLength(6);
    expect(t.changes.find((c) => c.rule === 'wrapped-list-item')?.count).toBe(2);
  });
});

describe('a name alone on its line with the role under it', () => {
  const DEBATE = `OKAFOR
MODERATOR

Good evening, and welcome to the debate on the city's future.
LINDQVIST
MODERATOR

Each candidate has one minute for an opening statement.
HARTLEY

Thank you. I am running because the harbour needs work.
OKAFOR
MODERATOR

Thank you. Ms. Brandt?
BRANDT

Thank you. I have lived here for forty years.
HARTLEY

May I answer that?
LINDQVIST
MODERATOR

Briefly, please.
`;

  it('should give each turn to the name over it, the role line kept out of the words', () => {
    const t = normalise(DEBATE, { fileName: 'debate.txt' });
    expect(rows(DEBATE)).toEqual([
      'Okafor | Good evening, and',
      'Lindqvist | Each candidate has',
      'Hartley | Thank you. I',
      'Okafor | Thank you. Ms.',
      'Brandt | Thank you. I',
      'Hartley | May I answer',
      'Lindqvist | Briefly, please.',
    ]);
    expect(t.participants.find((p) => p.name === 'Okafor')?.role).toBe('Moderator');
    expect(t.removed.filter((r) => r.reason === 'label-role').map((r) => r.text)).toContain('MODERATOR');
  });
});

describe("a conference call's cover letter and cover page", () => {
  const CALL = `January 15, 2025
The Listing Department
Sub.: Transcript of the Investors' Conference Call for the quarter ended December 31, 2024
Please find enclosed the transcript of the investors' conference call held on January 9, 2025,
for your information and records.
Yours faithfully,
Company Secretary
Harbourline Limited Q3 Earnings Conference Call
MANAGEMENT: MR. ARJUN MEHTA – MANAGING DIRECTOR AND
CHIEF EXECUTIVE OFFICER – HARBOURLINE LIMITED
MS. PRIYA NAIR – CHIEF FINANCIAL OFFICER
MODERATOR: MR. DEV SHARMA – NORTHBRIDGE ADVISORS
Moderator: Ladies and gentlemen, good day, and welcome to the Harbourline conference call.
I now hand the conference over to Mr. Dev Sharma. Thank you, and over to you, sir.
Dev Sharma: Thank you. Good evening to all the participants on this call.
Arjun Mehta: Thank you, Dev. The quarter was a good one for the company.
Moderator: Thank you. The first question is from the line of Kavya Rao.
Kavya Rao: Congratulations on the quarter. What drove the margin?
Priya Nair: Mostly the mix of services, and lower costs.
`;

  it('should make no speaker of the cover page fields, and no turn of the covering letter', () => {
    const t = normalise(CALL, { fileName: 'call.txt' });
    const names = t.participants.map((p) => p.name);
    expect(names).not.toContain('Management');
    expect(names).not.toContain('Sub.');
    // The covering letter is the page's, kept in removed[] with its reason.
    expect(t.removed.find((r) => r.text.includes('Yours faithfully'))?.reason).toBe('unspoken-opening');
    expect(rows(CALL)).toEqual([
      'Moderator | Ladies and gentlemen,',
      'Dev Sharma | Thank you. Good',
      'Arjun Mehta | Thank you, Dev.',
      'Moderator | Thank you. The',
      'Kavya Rao | Congratulations on the',
      'Priya Nair | Mostly the mix',
    ]);
  });
});

describe('the Dutch parliament’s labels', () => {
  it('should read `De heer Naam (Partij):`, with a conversion’s emphasis round the party, as the member', () => {
    const text = `**Mevrouw Gerkens (SP):** Voorzitter! Twee weken geleden stond ik hier.

**De heer Vendrik (GroenLinks):** Voorzitter. Dat is een goede vraag.

**Mevrouw Gerkens (SP):** Dat vind ik niet.

-   De heer Vendrik (\\*GroenLinks\\*):\\* Voorzitter. Ik wens dat dit geen herhaling wordt.

De heer Hessels (CDA): Ik begrijp dat mevrouw Gerkens het anders ziet.
`;
    expect(rows(text, 'debat.md')).toEqual([
      'Mevrouw Gerkens | Voorzitter! Twee weken',
      'De heer Vendrik | Voorzitter. Dat is',
      'Mevrouw Gerkens | Dat vind ik',
      'De heer Vendrik | Voorzitter. Ik wens',
      'De heer Hessels | Ik begrijp dat',
    ]);
  });
});
