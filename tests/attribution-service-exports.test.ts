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
    const few =
      'Jane Doe\nWelcome to the show.\n\nSam Lee\nThanks for having me.\n\nJane Doe\nThat is all for today.\n';
    expect(turnRows(normalise(few)).filter((row) => row[1] !== null)).toEqual([]);
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

describe('records and interviews of archives', () => {
  it('should give `Q.` to the interviewer and `A.` to the narrator the header names', () => {
    const t = normalise(fixture('oral-history-fields.txt'));
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ruth Park', 'Narrator'],
      ['Leo Hart', 'Interviewer'],
    ]);
    const rows = turnRows(t, 2);
    expect(rows.map((row) => row[0])).toEqual([
      'Leo Hart',
      'Ruth Park',
      'Leo Hart',
      'Ruth Park',
      'Leo Hart',
      'Ruth Park',
    ]);
    // Without the narrator's field, the answers are nobody's the text names: never the interviewer's.
    const nameless = normalise(fixture('oral-history-fields.txt').replace('Narrator: Ruth Park\n', ''));
    const answers = turnRows(nameless, 2).filter((row) => row[1] === 'A');
    expect(answers.map((row) => row[0])).toEqual([null, null, null]);
  });

  it('should give `A:` to the one the title says is interviewed, where no header field names them', () => {
    const text = [
      '# An interview with Ruth Park',
      '',
      'Q: Where did you train?',
      '',
      'A: At Johns Hopkins, from 1958.',
      '',
      'Q: What was it like?',
      '',
      'A: Hard. There were two women in my class.',
      '',
    ].join('\n');
    const t = normalise(text);
    expect(turnRows(t, 2).map((row) => row[0])).toEqual(['Question', 'Ruth Park', 'Question', 'Ruth Park']);
    expect(t.body.find((b) => b.type === 'turn' && b.label === 'A')).toMatchObject({
      attribution: { evidence: ['labelled “A” (an answer); the title names Ruth Park as the one interviewed'] },
    });
    // A title that names nobody interviewed leaves the answers unattributed.
    const untitled = normalise(text.replace('# An interview with Ruth Park', '# Training surgeons'));
    expect(turnRows(untitled, 2).map((row) => row[0])).toEqual(['Question', null, 'Question', null]);
  });

  it('should read a printed hearing’s `The Chairman.` and `Mr. Okafor.` in mixed case as labels', () => {
    const t = normalise(fixture('hearing-gpo.txt'));
    expect(turnRows(t, 3)).toEqual([
      ['The Chairman', 'The Chairman', 'explicit', 'The committee will'],
      ['Mr. Okafor', 'Mr. Okafor', 'explicit', 'Thank you, Chairman'],
      ['The Chairman', 'The Chairman', 'explicit', 'Thank you. Mrs.'],
      ['Mrs. McAllister of Maine', 'Mrs. McAllister of Maine', 'explicit', 'Thank you, Mr.'],
      ['Mr. Okafor', 'Mr. Okafor', 'explicit', 'About one in'],
      ['Mrs. McAllister of Maine', 'Mrs. McAllister of Maine', 'explicit', 'And the year'],
      ['Mr. Okafor', 'Mr. Okafor', 'explicit', 'One in eight.'],
      ['The Chairman', 'The Chairman', 'explicit', 'We will recess'],
    ]);
  });

  it('should not read a wrapped line that starts with a name and a stop as a label in a record labelled otherwise', () => {
    const text = [
      'CHAIRWOMAN KRUEGER:  Good morning. I am joined by',
      'Senator Ana Ruiz. And I know I saw Senator Liu.',
      '',
      'SENATOR LIU:  I am here.',
      '',
      'CHAIRWOMAN KRUEGER:  Welcome. Mr. Okafor.',
      '',
      'MR. OKAFOR:  Thank you.',
      '',
      'CHAIRWOMAN KRUEGER:  Go ahead.',
      '',
      'SENATOR LIU:  Thanks.',
      '',
    ].join('\n');
    const names = normalise(text).participants.map((p) => p.name);
    expect(names).not.toContain('Senator Ana Ruiz');
    expect(names).toHaveLength(3);
  });

  it('should read names and the question word in capitals alone on a line, the speech under them', () => {
    const t = normalise(fixture('press-conference-nl.md'));
    expect(turnRows(t, 2).map((row) => [row[0], row[1]])).toEqual([
      ['Rutte', 'RUTTE'],
      ['De Vries', 'DE VRIES'],
      ['Rutte', 'RUTTE'],
      ['Question', 'VRAAG'],
      ['De Vries', 'DE VRIES'],
      ['Question', 'VRAAG'],
      ['Rutte', 'RUTTE'],
    ]);
    // Section headings in capitals, none printed twice, over prose: no speakers.
    const report =
      'INTRODUCTION\nThe harbour grew.\n\nMETHODS\nWe counted ships.\n\nRESULTS\nThere were more.\n\nDISCUSSION\nWhy?\n';
    expect(normalise(report).participants).toEqual([]);
  });

  it('should take prose under the page’s own sections before the first label out as front matter', () => {
    const text = [
      '# Ruth Park: an oral history',
      '',
      '## About Ruth Park',
      '',
      'Ruth Park was born in 1931. She trained as a surgeon.',
      '',
      '## Copyright Statement',
      '',
      'This manuscript is made available for research purposes only.',
      '',
      '## Interview',
      '',
      'Q: Where were you born?',
      '',
      'Park: In Dayton, in 1931.',
      '',
      'Q: And you trained where?',
      '',
      'Park: At Johns Hopkins.',
      '',
    ].join('\n');
    const t = normalise(text);
    expect(t.removed.filter((r) => r.reason === 'cover-page').map((r) => r.text.slice(0, 20))).toEqual([
      'Ruth Park was born i',
      'This manuscript is m',
    ]);
    expect(turnRows(t, 2)[0]).toEqual(['Question', 'Q', 'explicit', 'Where were']);
    // A talk under its own section heading before the questions is speech, not front matter.
    const talk = text.replace('## About Ruth Park', '## Early years').replace('## Copyright Statement', '## Training');
    expect(normalise(talk).removed.filter((r) => r.reason === 'cover-page')).toEqual([]);
  });
});

describe('web pages and printed records around the text', () => {
  it('should take a web page’s menu (a list of links alone) out, and name no speaker from it', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Press conference: Introductory statement</title></head><body>',
      '<div class="menu"><ul>',
      '<li><a href="/pub/a">Economic Bulletin</a></li>',
      '<li><a href="/pub/b">Annual Report</a></li>',
      '<li><a href="/pub/c">Working Papers</a></li>',
      '</ul></div>',
      '<h1>Press conference: Introductory statement</h1>',
      '<h2>Jane Roe, President of the Central Bank, 9 June 1998</h2>',
      '<p>Ladies and gentlemen, I am here today to report on the meeting of the council.</p>',
      '<p>Prices rose by 1.2% in May. The council decided to leave rates unchanged.</p>',
      '<ul><li>Prices: <a href="/p">table</a></li><li>Rates</li><li>Money</li></ul>',
      '</body></html>',
    ].join('\n');
    const t = normalise(html, { fileName: 'statement.html' });
    expect(t.removed.filter((r) => r.reason === 'site-navigation').map((r) => r.text)).toEqual([
      '- Economic Bulletin\n- Annual Report\n- Working Papers',
    ]);
    expect(t.participants.map((p) => [p.name, p.role])).toEqual([['Jane Roe', 'President of the Central Bank']]);
    expect(turnRows(t, 3)[0]).toEqual(['Jane Roe', null, 'inferred', 'Ladies and gentlemen,']);
  });

  it('should take a printed record’s contents out up to where its masthead is printed again', () => {
    const text = [
      'HANSARD RÉVISÉ * NUMÉRO 45',
      'TABLE DES MATIÈRES',
      'Le mercredi 9 février 2000',
      'DÉCLARATIONS DE DÉPUTÉS',
      'LE PORT',
      'M. Jean Roy',
      'LA PÊCHE',
      'Mme Anne Dubé',
      'HANSARD RÉVISÉ * NUMÉRO 45',
      'Le mercredi 9 février 2000',
      'La séance est ouverte à 14 heures.',
      '',
      'Le Président:',
      'Nous passons aux déclarations.',
      '',
      'M. Jean Roy (Gaspé, BQ):',
      'Monsieur le Président, le port est fermé.',
      '',
      'Des voix:',
      'Oh, oh!',
      '',
      'Le Président:',
      'À l’ordre.',
      '',
      'Des voix:',
      'Bravo!',
      '',
    ].join('\n');
    const t = normalise(text);
    const contents = t.removed.filter((r) => r.reason === 'table-of-contents').flatMap((r) => r.text.split('\n'));
    expect(contents.slice(0, 7)).toEqual([
      'TABLE DES MATIÈRES',
      'Le mercredi 9 février 2000',
      'DÉCLARATIONS DE DÉPUTÉS',
      'LE PORT',
      'M. Jean Roy',
      'LA PÊCHE',
      'Mme Anne Dubé',
    ]);
    expect(contents).not.toContain('La séance est ouverte à 14 heures.');
    expect(turnRows(t, 2).map((row) => row[1])).toEqual([
      'Le Président',
      'M. Jean Roy (Gaspé, BQ)',
      'Des voix',
      'Le Président',
      'Des voix',
    ]);
    expect(t.participants.find((p) => p.name === 'Des voix')?.kind).toBe('group');
  });
});

describe('written interviews and speeches on government pages', () => {
  it('should read questions printed as bold paragraphs as the interviewer’s, the answers as the one the title names', () => {
    const t = normalise(fixture('interview-bold-questions.md'));
    expect(t.body[0]).toMatchObject({ type: 'stageDirection' });
    expect(turnRows(t, 3)).toEqual([
      ['Question', null, 'inferred', 'What made you'],
      ['Maya Chen', null, 'inferred', 'My grandfather was'],
      ['Question', null, 'inferred', 'Was it hard'],
      ['Maya Chen', null, 'inferred', 'Very. The first'],
      ['Question', null, 'inferred', 'What comes next?'],
      ['Maya Chen', null, 'inferred', 'A new wing'],
    ]);
    // On a page that does not say it is an interview, bold questions are a talk's own.
    const talk = fixture('interview-bold-questions.md').replace('# Interview with Maya Chen:', '# Maya Chen:');
    expect(normalise(talk).participants.map((p) => p.name)).not.toContain('Question');
  });

  it('should never join a bold question to the answer under it', () => {
    const text =
      'Ann Bell: **Why the harbour?**\n\nBecause my grandfather was a pilot.\n\nCai Dunn: Yes.\n\nAnn Bell: Good.\n\nCai Dunn: Right.\n';
    const t = normalise(text);
    expect(t.changes.filter((c) => c.rule === 'join-paragraph')).toEqual([]);
  });

  it('should give a government page’s speech to the Rt Hon member it is from, the page’s lines not speech', () => {
    const t = normalise(fixture('speech-government-page.txt'));
    expect(t.participants.map((p) => p.name)).toEqual(['Jane Roe']);
    expect(turnRows(t, 3)).toEqual([['Jane Roe', null, 'inferred', 'Good afternoon everybody,']]);
    // Two members named: no speaker from that line.
    const two = fixture('speech-government-page.txt').replace(
      'The Rt Hon Jane Roe MP',
      'The Rt Hon Jane Roe MP and The Rt Hon Sam Lee MP',
    );
    expect(normalise(two).participants).toEqual([]);
  });
});

describe('parliaments’ records', () => {
  it('should read the European Parliament’s `Name (GROUP). –` as labels where the record prints its speakers so', () => {
    const t = normalise(fixture('parliament-dashed-labels.txt'));
    expect(turnRows(t, 2).map((row) => [row[0], row[1]])).toEqual([
      ['President', 'President'],
      ['Jane Roe', 'Jane Roe, rapporteur'],
      ['Hans Müller', 'Hans Müller, on behalf of the S&D Group'],
      ['Ana Costa', 'Ana Costa (PPE)'],
      ['President', 'President'],
      ['Piet de Wit', 'Piet de Wit, Member of the Commission'],
      ['President', 'President'],
    ]);
    // One sentence with a full stop and a dash in a talk is no label.
    const talk = 'The year was 1990. – That was when it started.\n\nWe had no harbour then, and no pilots.\n';
    expect(normalise(talk).participants).toEqual([]);
  });

  it('should leave a record’s clock time after the label out of who speaks', () => {
    const t = normalise(fixture('parliament-clock-labels.txt'));
    expect(t.participants.map((p) => p.labels.length)).toEqual([1, 1, 1]);
    expect(turnRows(t, 2).map((row) => row[1])).toEqual([
      'Mr ALBANESE (Grayndler—Leader of the Opposition)',
      'Mr HOWARD (Bennelong—Prime Minister)',
      'Mr ALBANESE (Grayndler—Leader of the Opposition)',
      'The SPEAKER',
      'Mr HOWARD (Bennelong—Prime Minister)',
    ]);
  });

  it('should read Hansard online’s member or office alone on a line, brackets after it, most seen once', () => {
    const t = normalise(fixture('hansard-online-names.txt'));
    expect(t.participants.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      // (The seat stays in the name, as a record's place tells namesakes apart.)
      ['Jane Roe (Harbourside)', null, 'Lab'],
      ['Rishi Sunak', 'Prime Minister', null],
      ['Mr Speaker', null, null],
      ['Keir Starmer (Holborn and St Pancras)', null, 'Lab'],
    ]);
    expect(turnRows(t, 2).map((row) => [row[0], row[3]])).toEqual([
      ['Jane Roe (Harbourside)', 'If he'],
      ['Rishi Sunak', 'This morning'],
      ['Jane Roe (Harbourside)', 'Will the'],
      ['Rishi Sunak', 'Yes.'],
      ['Mr Speaker', 'Order. I'],
      ['Keir Starmer (Holborn and St Pancras)', 'The harbour'],
      ['Rishi Sunak', 'It has'],
    ]);
  });
});

describe('a transcript printed as a table', () => {
  const table = [
    '# Interview with Maya Chen',
    '',
    '| Time | Speaker | Text |',
    '| --- | --- | --- |',
    '| 00:00 | Interviewer | What made you start the museum? |',
    '| 00:04 | **Maya Chen** | My grandfather was a pilot here. |',
    '| 00:09 | Interviewer | Was it hard to find money? |',
    '| 00:12 | Tom Reyes | Very. I was the treasurer \\| and the cleaner. |',
    '',
  ].join('\n');

  it('should read a Markdown table with speaker and words columns as labelled turns, each name a participant', () => {
    const t = normalise(table);
    expect(turnRows(t, 4)).toEqual([
      ['Interviewer', 'Interviewer', 'explicit', 'What made you start'],
      ['Maya Chen', 'Maya Chen', 'explicit', 'My grandfather was a'],
      ['Interviewer', 'Interviewer', 'explicit', 'Was it hard to'],
      ['Tom Reyes', 'Tom Reyes', 'explicit', 'Very. I was the'],
    ]);
    expect(JSON.stringify(t.body)).toContain('treasurer | and the cleaner.');
    expect(t.removed.filter((r) => r.reason.startsWith('table-')).map((r) => [r.reason, r.text])).toEqual([
      ['table-header', '| Time | Speaker | Text |\n| --- | --- | --- |'],
      ['table-column', '00:00\n00:04\n00:09\n00:12'],
    ]);
  });

  it('should leave a table whose header names no speaker and words columns alone', () => {
    const roster = table.replace('| Time | Speaker | Text |', '| Time | Name | Role |');
    const t = normalise(roster);
    expect(t.removed.map((r) => r.reason)).not.toContain('table-header');
    expect(t.participants.map((p) => p.name)).not.toContain('Tom Reyes');
  });
});
