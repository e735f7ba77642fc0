// Speaker attribution on transcripts nobody tuned for (issue #13, part A): label shapes of
// transcripts of record, speech-to-text exports and chat logs; header fields and page
// furniture that must never become speakers. Fixtures are our own text in those shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { turnsOf } from '../src/model/walk.js';
import { normalise, normaliseBytes } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows as turns } from './helpers/turns.js';

const fixture = (name: string) => new URL(`./fixtures/attribution/${name}`, import.meta.url);
const read = (name: string) => normaliseBytes(readFileSync(fixture(name)), { fileName: name });
const speakers = (text: string) => turns(normalise(text)).map((row) => row[0]);

describe('web page furniture around a transcript', () => {
  it('should remove menus, skip and print links and rights lines, and never make a turn or a speaker of them', () => {
    const furniture = [
      'Home | Briefings | Archive | Contact',
      'Skip to main content',
      'Print this page   Email this page',
      'Harbour Press Office, 2024. All rights reserved.',
    ];
    const body = 'MS. ADAMS: Good morning, everyone.\n\nMR. BRAND: When does the pier open?\n\nMS. ADAMS: In March.';
    const t = normalise(`${furniture.join('\n\n')}\n\n${body}\n\n${furniture.join('\n')}\n`);
    expect(turns(t).map((row) => row[3])).toEqual(['Good morning, everyone.', 'When does the', 'In March.']);
    expect(t.removed.filter((r) => r.reason === 'site-navigation' || r.reason === 'copyright')).toHaveLength(8);
  });

  it('should take an export’s underscore fields out, so that one speaker’s entries across a page stay one turn', () => {
    const text = [
      '[00:00:01:20]',
      '_page : 12',
      '_tape : Tape 2/1',
      'PILOT: Cabin pressure holding.',
      '',
      '[00:00:01:26]',
      '_page : 13',
      'PILOT: Horizon in sight.',
      '',
      '[00:00:01:31]',
      '_extra : OVER THE CAPE (FIRST PASS)',
      'CAPCOM: Roger, we read you.',
      '',
      '[00:00:01:40]',
      'PILOT: Thank you.',
    ].join('\n');
    const t = normalise(text);
    expect(turns(t, 3).map((row) => [row[0], row[3]])).toEqual([
      ['Pilot', 'Cabin pressure holding.'],
      ['Capcom', 'Roger, we read'],
      ['Pilot', 'Thank you.'],
    ]);
    expect(t.removed.filter((r) => r.reason === 'export-field').map((r) => r.text)).toEqual([
      '_page : 12',
      '_tape : Tape 2/1',
      '_page : 13',
      '_extra : OVER THE CAPE (FIRST PASS)',
    ]);
  });

  it('should keep a line of bars that reads as speech', () => {
    const t = normalise('MS. ADAMS: We looked at three options: north | south | east. None was cheap.\n');
    expect(t.removed).toEqual([]);
  });

  it('should read a title-like first line that runs on into the next line as speech, not as a title', () => {
    const t = normalise(
      'MR. SPEAKER AND FELLOW-CITIZENS OF THE HARBOUR: The facts with\nwhich I begin are old and familiar to all of you.\n',
    );
    expect(t.removed.filter((r) => r.reason === 'title-block')).toEqual([]);
    expect(
      turns(t, 20)
        .map((row) => row[3])
        .join(' '),
    ).toMatch(/The facts with which I begin/);
  });
});

describe('header fields and page furniture', () => {
  // Label-shaped lines of the kinds headers print, each seen once before the first spoken turn.
  const headerLines = [
    'TRANSCRIPTION: PROOF COPY ONLY',
    'VENUE: Town Hall, Eastbridge',
    'Topic: Budget review',
    'Video: No video posted online',
    'Name: Weekly planning call',
    'PRESENT: Mr. Ames, Chair',
    'Present: Ms. Ruth Ng',
    'Notetakers: R. Diaz',
    'In-person attendees:',
    'Agenda: <https://example.org/agenda/7>',
    'SENATE FINANCE COMMITTEE:',
    'ALSO PRESENT: Mr. Lowe, Counsel',
    'Harbour Authority Press Office: For immediate release',
  ];
  const bodies = [
    'PREMIER: Good morning. I have two things to say.\n\nQ: What about the rail line?\n\nPREMIER: It opens in May.\n',
    'Speaker 0: Can everyone hear me?\n\nSpeaker 1: Yes, loud and clear.\n\nSpeaker 0: Good, then let us start.\n',
    'CHAIRMAN AMES. Good afternoon, everyone.\nMR. LOWE. Thank you, Mr. Chairman.\nCHAIRMAN AMES. Any questions?\n',
  ];

  it('should never create a participant from a line that appears once before the first spoken turn', () => {
    for (const body of bodies) {
      const alone = normalise(body);
      const expected = alone.participants.map((p) => p.name);
      for (const header of headerLines) {
        for (const separator of ['\n', '\n\n']) {
          const t = normalise(`${header}${separator}${body}`);
          expect(
            t.participants.map((p) => p.name),
            `${header} before ${body.slice(0, 20)}`,
          ).toEqual(expected);
          expect(speakers(`${header}${separator}${body}`)).toEqual(speakers(body));
          expect(t.removed.map((r) => r.text).join('\n')).toContain(header.split(':')[0]);
        }
      }
    }
  });

  it('should make nobody of a field printed again in a witness list ("Affiliation:")', () => {
    const t = normalise(
      [
        'The Chair: Welcome. We have two witnesses today.',
        'Dr. Ann Moss\nAffiliation: Coastal Research Institute',
        "Mr. Ben Tal\nAffiliation: Harbour Workers' Union",
        'The Chair: Dr. Moss, please begin.',
      ].join('\n\n'),
    );
    expect(t.participants.map((p) => p.name)).toEqual(['The Chair']);
  });

  it('should take a field with the list that continues it, and say why', () => {
    const t = read('minutes-header-fields.md');
    expect(t.participants.map((p) => p.name)).toEqual(['Speaker 0', 'Speaker 1', 'Speaker 2']);
    const fields = t.removed.filter((r) => r.reason === 'header-field');
    expect(fields.map((r) => r.text.split(':')[0])).toEqual([
      'Name',
      'Topic',
      'Video',
      'Agenda',
      'Notetakers',
      'In-person attendees',
    ]);
    expect(fields.at(-1)!.text).toContain('Tobias Ferreira (TF)');
    expect(fields[0]!.explanation).toMatch(/before the first spoken turn/);
    expect(t.meta.place).toBe('Video bridge');
  });

  it('should keep a label seen once when it introduces speech, and a known participant', () => {
    expect(speakers('MODERATOR: Welcome to the debate, and thank you all for coming tonight.\n')).toEqual([
      'Moderator',
    ]);
    expect(speakers('MR. LEE:\n\nA: The answer.\n')).toEqual(['Mr. Lee']);
  });

  it('should read a name seen once that the chair just called by name, in a hard-wrapped record', () => {
    const text = [
      'Timothy Colton:',
      'Good afternoon, ladies and gentlemen. We begin with the',
      'opening statements. Please, Ms Halonen.',
      'Tarja Halonen: Mr President, Excellencies, ladies and',
      'gentlemen, it is an honour to speak first.',
      'Timothy Colton:',
      'Thank you. Please now, Mr Fischer.',
      'Heinz Fischer:',
      'Mr President, distinguished audience, thank you.',
      'Timothy Colton:',
      'Thank you. I now invite President Putin to take the podium.',
      'President of Russia Vladimir Putin:',
      'Colleagues, ladies and gentlemen, good afternoon.',
      'Timothy Colton:',
      'Thank you very much. And now a word from',
      'Anna Weber: a colleague of ours, who could not come.',
      '',
    ].join('\n');
    const t = normalise(text);
    expect(turns(t, 2).map((row) => [row[0], row[3]])).toEqual([
      ['Timothy Colton', 'Good afternoon,'],
      ['Tarja Halonen', 'Mr President,'],
      ['Timothy Colton', 'Thank you.'],
      ['Heinz Fischer', 'Mr President,'],
      ['Timothy Colton', 'Thank you.'],
      ['Vladimir Putin', 'Colleagues, ladies'],
      ['Timothy Colton', 'Thank you'],
    ]);
    // (Nobody called Weber, and the line before runs on: "Anna Weber:" is no label.)
    expect(t.participants.map((p) => p.name)).not.toContain('Anna Weber');
  });

  it('should make participants of a field naming people, with the initials the minutes use as labels', () => {
    const text =
      '# Committee minutes\n\n## Item 1\n\nPresenter: Rosa Delgado (RDO)\n\nRDO: I will be brief.\n\nKT: Thanks.\n\n## Item 2\n\nPresenter: Kim Tran (KT)\n\nKT: Two slides only.\n\nRDO: Fine.\n';
    const t = normalise(text, { format: 'markdown' });
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Rosa Delgado', 'RDO'],
      ['Kim Tran', 'KT'],
      ['Kim Tran', 'KT'],
      ['Rosa Delgado', 'RDO'],
    ]);
    expect(t.removed.filter((r) => r.reason === 'name-field').map((r) => r.text)).toEqual([
      'Presenter: Rosa Delgado (RDO)',
      'Presenter: Kim Tran (KT)',
    ]);
    expect(speakers('Presenter: Thank you all for coming tonight.\n\nQ: Why?\n\nPresenter: Because.\n')).toEqual([
      'Presenter',
      'Question',
      'Presenter',
    ]);
  });

  it('should read a role field in another language, the name before what the person is, its key their label', () => {
    const text =
      'Entrevistado: Professor Mário Farelo - Departamento de História - Universidade do Minho\n\nEntrevistadora: Daniella Roe - Estudante de Mestrado\n\nEntrevistadora: Boa tarde, professor. É um prazer tê-lo aqui.\n\nMário Farelo: Boa tarde, Daniella.\n\nEntrevistadora: Como começou o seu interesse pela história medieval?\n\nMário Farelo: Começou muito cedo, em Lisboa.\n';
    const t = normalise(text);
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Daniella Roe', 'Entrevistadora'],
      ['Mário Farelo', 'Mário Farelo'],
      ['Daniella Roe', 'Entrevistadora'],
      ['Mário Farelo', 'Mário Farelo'],
    ]);
    expect(t.participants.find((p) => p.name === 'Daniella Roe')?.role).toBe('Interviewer');
    expect(t.removed.filter((r) => r.reason === 'name-field')).toHaveLength(2);
  });

  it('should read a full name labelled once, at the start, as the speaker its recurring initials stand for', () => {
    const text =
      'Maxime Jorat : 22 h à Paris. Bienvenue dans ce journal, avec moi ce soir Sylvie Berg, bonsoir.\n\nSylvie Berg : Bonsoir Maxime, bonsoir à tous.\n\nMJ : À la Une ce soir, une surprise à Kiev.\n\nSB : Et puis en France, les migrants évacués ce matin.\n\nMJ : L’histoire est à peine croyable.\n\nSB : Le journaliste est donc en vie.\n';
    const t = normalise(text);
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Maxime Jorat', 'Maxime Jorat'],
      ['Sylvie Berg', 'Sylvie Berg'],
      ['Maxime Jorat', 'MJ'],
      ['Sylvie Berg', 'SB'],
      ['Maxime Jorat', 'MJ'],
      ['Sylvie Berg', 'SB'],
    ]);
    expect(t.participants).toHaveLength(2);
  });

  it('should not take an address to the audience or a step of an argument for a speaker', () => {
    const speech =
      'Fellow-Citizens of the Republic:\n\nI come before you today to speak of the harbour and of the years ahead.\n\nAgain: if the harbour fails, the town fails with it.\n\nAgain: no town has thrived with its port closed.\n\nLadies and Gentlemen: thank you.\n';
    const t = normalise(speech);
    expect(t.participants.map((p) => p.name)).toEqual([]);
    expect(turns(t).every((row) => row[1] === null)).toBe(true);
  });

  it('should read a field value as such, not as the speech of a label', () => {
    const t = read('press-office-header.txt');
    expect(t.participants.map((p) => p.name)).toEqual(['Minister', 'Question']);
    expect(t.removed.find((r) => r.reason === 'header-field')?.text).toBe('TRANSCRIPTION: PROOF COPY ONLY');
    expect(t.meta.place).toBe('Civic Hall, Lakeport');
    expect(t.meta.subjects).toEqual(['Ferry timetable', 'harbour levy']);
  });

  it('should read names one under another as an attendance list, not as labels with nothing said', () => {
    const text =
      'A call of the board was held on Monday. Those present were:\nMs. Amari, Chair\nMr. Bello\nMs. Chen\nMr. Dorn\n\nCHAIR AMARI. Good morning.\nMR. BELLO. Morning.\nCHAIR AMARI. We begin.\nMR. BELLO. Agreed.\n';
    expect(speakers(text)).toEqual(['Chair Amari', 'Mr. Bello', 'Chair Amari', 'Mr. Bello']);
    // The sentence and the list before the first speech are the record's cover page (examination).
    expect(normalise(text).removed.find((r) => r.reason === 'cover-page')?.text).toMatch(/^A call of the board/);
  });

  it('should blank the line numbers of a reporter’s transcript, so that its labels start their lines', () => {
    const t = read('numbered-hearing-harbour.txt');
    expect(turns(t).map((row) => row[0])).toEqual([
      'Councillor Ruiz',
      'Harbour Master Dorn',
      'Councillor Ruiz',
      'Harbour Master Dorn',
      'Councillor Ruiz',
      'Harbour Master Dorn',
      'Councillor Ruiz',
      'Harbour Master Dorn',
      'Councillor Ruiz',
    ]);
    expect(t.changes.find((c) => c.rule === 'line-numbers')?.count).toBe(18);
    const numberedParagraphs = Array.from({ length: 40 }, (_, i) => `${i + 1}  Paragraph ${i + 1} of the report.`);
    expect(normalise(numberedParagraphs.join('\n')).changes.some((c) => c.rule === 'line-numbers')).toBe(false);
  });

  it('should blank the line numbers even where a hard wrap left a stray figure above thirty first on a line', () => {
    // A table's column wrapped onto a line of its own ("  58") is no line number, and one such
    // stray does not make the margin numbers something else.
    const text = readFileSync(fixture('numbered-hearing-harbour.txt'), 'utf8').replace(
      'Town Hall, Eastbridge',
      'Town Hall, Eastbridge, pages 12 to\n  58',
    );
    const t = normalise(text);
    expect(turns(t).map((row) => row[0])).toEqual(turns(read('numbered-hearing-harbour.txt')).map((row) => row[0]));
    expect(t.changes.find((c) => c.rule === 'line-numbers')?.count).toBe(18);
    expect(t.removed.some((r) => r.reason === 'line-number' && r.text.trim() === '58')).toBe(false);
    // Numbers above thirty on more than one line in twenty: not a reporter's margin.
    const listed = Array.from({ length: 36 }, (_, i) => `${i + 1}  Item ${i + 1} of the list.`);
    expect(normalise(listed.join('\n')).changes.some((c) => c.rule === 'line-numbers')).toBe(false);
  });

  it('should remove page markers of extracted PDFs wherever they stand', () => {
    const t = read('record-of-proceedings.txt');
    expect(t.removed.filter((r) => r.reason === 'page-marker').map((r) => r.text)).toEqual([
      '--- Page 1 ---',
      '--- Page 2 ---',
      '--- Page 3 ---',
    ]);
    expect(turns(t)[0]).toEqual(['Chairman Okafor', 'CHAIRMAN OKAFOR', 'explicit', 'Good afternoon. We']);
  });
});

describe('show notes before a transcript', () => {
  it('should take the notes before “TRANSCRIPT BELOW:” out, and make no speaker of their bold headings', () => {
    const t = read('podcast-show-notes.md');
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Lena Park', 'Tomasz Wren']);
    expect(
      turns(t)
        .filter((row) => row[1] !== null)
        .map((row) => [row[0], row[3]]),
    ).toEqual([
      ['Lena Park', 'Welcome to Night'],
      ['Tomasz Wren', 'Three winters, if'],
      ['Lena Park', 'Three, then. Where'],
      ['Tomasz Wren', 'With a soft'],
      ['Lena Park', 'Thanks for listening,'],
    ]);
    const notes = t.removed.find((r) => r.reason === 'show-notes');
    expect(notes?.text).toMatch(
      /^In this episode, Lena Park[\s\S]*Tell a friend about \[the show\]\(https:\/\/example.org\/show\)$/,
    );
    expect(t.removed.find((r) => r.reason === 'transcript-marker')?.text).toBe('**TRANSCRIPT BELOW:**');
    // A bold heading over a list inside the transcript is a heading, not a speaker.
    const headings = t.body.filter((b) => b.type === 'heading');
    expect(headings.map((h) => (h.type === 'heading' ? h.children : null))).toEqual([
      [{ type: 'text', value: 'Further reading' }],
    ]);
    expect(t.changes.find((c) => c.rule === 'section-heading')?.before).toBe('**Further reading:**');
    expect(t.diagnostics.filter((d) => d.rule === 'section-heading')).toHaveLength(1);
  });

  it('should take a results page’s takeaways and glossary out before “Full Conference Call Transcript”', () => {
    const text = [
      'Harbourline Freight (HLF) Q3 2025 Earnings Call',
      '',
      'Net Revenues-- $802.4 million, an increase of 31.5% year over year.',
      '',
      'Fleet Utilisation-- Stable at about 80% throughout the quarter.',
      '',
      'INDUSTRY GLOSSARY',
      '',
      'Backhaul: A return trip that carries freight instead of running empty.',
      '',
      'Full Conference Call Transcript',
      '',
      'Ines Albrecht:Thank you, operator, and welcome to our third quarter call.',
      '',
      'Tomasz Wielgosz:Thanks, Ines. Volumes rose four percent on the year.',
      '',
      'Ines Albrecht:Operator, we are ready for questions.',
      '',
    ].join('\n');
    const t = normaliseBytes(new TextEncoder().encode(text), { fileName: 'call.txt' });
    expect(turns(t).map((row) => [row[0], row[3]])).toEqual([
      ['Ines Albrecht', 'Thank you, operator,'],
      ['Tomasz Wielgosz', 'Thanks, Ines. Volumes'],
      ['Ines Albrecht', 'Operator, we are'],
    ]);
    expect(t.removed.find((r) => r.reason === 'transcript-marker')?.text).toBe('Full Conference Call Transcript');
    expect(t.removed.find((r) => r.reason === 'show-notes')?.text).toMatch(
      /^Net Revenues-- [\s\S]*instead of running empty\.$/,
    );
  });

  it('should take bold headings over lists before anyone speaks out as notes when no line announces the transcript', () => {
    const text = readFileSync(fixture('podcast-show-notes.md'), 'utf8').replace('**TRANSCRIPT BELOW:**\n', '');
    const t = normaliseBytes(new TextEncoder().encode(text), { fileName: 'notes.md' });
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Lena Park', 'Tomasz Wren']);
    const sections = t.removed.filter((r) => r.reason === 'show-notes').map((r) => r.text.split('\n')[0]);
    expect(sections).toEqual([
      '**Meet the people:**',
      '**Mentioned:**',
      '**Events:**',
      '**If you liked this one, please do either:**',
    ]);
    expect(t.diagnostics.filter((d) => d.rule === 'section-heading')).toHaveLength(5);
    // The summary paragraph reports in the third person what the labelled people do: the page's
    // narration (narrated-opening), kept in the body as a stage direction, not a turn.
    expect(t.body[0]?.type).toBe('stageDirection');
    expect(t.diagnostics.some((d) => d.rule === 'narrated-opening')).toBe(true);
    expect(turns(t)[0]?.slice(0, 3)).toEqual(['Lena Park', 'Lena Park', 'explicit']);
  });

  it('should keep speech before the marker when its speaker is labelled again after it', () => {
    const t = normalise(
      '**Lena Park:** A clip from later in the show.\n\n## Transcript\n\n**Lena Park:** Welcome.\n\n**Tomasz Wren:** Thanks.\n',
    );
    expect(t.removed.filter((r) => r.reason === 'show-notes')).toEqual([]);
    expect(turns(t)[0]?.[3]).toBe('A clip from');
  });
});

describe('a WEBVTT header over a file with no cues', () => {
  it('should read the `Name: text` lines as a labelled transcript, and say so', () => {
    const t = read('call-export-no-cues.vtt');
    expect(t.meta.source.format).toBe('text');
    expect(t.participants.map((p) => p.name)).toEqual(['Priya Nair', 'Owen Hale', 'Dana Whit']);
    expect(turns(t).map((row) => [row[0], row[3]])).toEqual([
      ['Priya Nair', 'Can everyone hear'],
      ['Owen Hale', 'Loud and clear.'],
      ['Priya Nair', 'Great. Let’s go'],
      ['Dana Whit', 'Before that, one'],
      ['Priya Nair', 'Go ahead.'],
      ['Dana Whit', 'The early boat'],
      ['Owen Hale', 'That’s the third'],
      ['Priya Nair', 'Okay, let’s put'],
    ]);
    expect(t.removed.find((r) => r.reason === 'subtitle-header')?.text).toBe('WEBVTT');
    expect(t.diagnostics.filter((d) => d.rule === 'webvtt-without-cues').map((d) => d.severity)).toEqual(['info']);
  });

  it('should still read a WEBVTT file with cues as captions', () => {
    const t = normalise('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nPriya Nair: Can everyone hear me?\n');
    expect(t.meta.source.format).toBe('webvtt');
    expect(t.diagnostics.some((d) => d.rule === 'webvtt-without-cues')).toBe(false);
  });
});

describe('label shapes', () => {
  it('should read labels of a transcript of record ending in a full stop, with a footnote digit', () => {
    const t = read('record-of-proceedings.txt');
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Chairman Okafor', 'CHAIRMAN OKAFOR'],
      ['Mr. Halvorsen', 'MR. HALVORSEN'],
      ['Vice Chairman Lindqvist', 'VICE CHAIRMAN LINDQVIST'],
      ['Mr. Halvorsen', 'MR. HALVORSEN'],
      ['Vice Chairman Lindqvist', 'MS. LINDQVIST'],
      ['Chairman Okafor', 'CHAIRMAN OKAFOR'],
    ]);
    expect(speakers('Mr. DUNMORE. Madam President, I yield.\n\nThe PRESIDING OFFICER. The Senator yields.\n')).toEqual([
      'Mr. Dunmore',
      'The Presiding Officer',
    ]);
  });

  it('should read an office of record with a qualifier (`The VICE PRESIDENT.`, `The DEPUTY CLERK.`) as a label', () => {
    const text = [
      'The SPEAKER. The sitting will come to order.',
      '',
      'The VICE PRESIDENT. The Senate appoints the following members to the committee.',
      '',
      'The DEPUTY CLERK. The Clerk will read the list.',
      '',
      'The SPEAKER. Thank you.',
      '',
    ].join('\n');
    expect(speakers(text)).toEqual(['The Speaker', 'The Vice President', 'The Deputy Clerk', 'The Speaker']);
  });

  it('should read a label in capitals whose surname keeps the small letters of its prefix (`SENATOR LaVALLE:`)', () => {
    const text = [
      'CHAIRWOMAN OKAFOR:   Good morning. Senator, welcome.',
      '',
      'SENATOR LaVALLE:   That is all right.',
      '',
      'CHAIRWOMAN OKAFOR:   Our first witness.',
      '',
      'MR. McDONALD:   Thank you, Chairwoman.',
      '',
    ].join('\n');
    expect(speakers(text)).toEqual(['Chairwoman Okafor', 'Senator LaValle', 'Chairwoman Okafor', 'Mr. McDonald']);
  });

  it('should not take a sentence in capitals for a label of record', () => {
    expect(speakers('WE MET MR. HALE. He was late.\n')).toEqual([null]);
  });

  it('should read diarisation labels as numbered anonymous voices, in text and in captions', () => {
    const minutes = read('minutes-header-fields.md');
    expect(minutes.participants.map((p) => [p.id, p.kind])).toEqual([
      ['p-speaker-0', 'anonymous'],
      ['p-speaker-1', 'anonymous'],
      ['p-speaker-2', 'anonymous'],
    ]);
    const captions = read('diarised.srt');
    expect(turns(captions).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Speaker 2', 'SPEAKER_02', 'The meeting will'],
      ['Speaker 0', 'SPEAKER_00', 'Councillor Amari?'],
      ['Speaker 1', 'SPEAKER_01', 'Present.'],
      ['Speaker 0', 'SPEAKER_00', 'All members present.'],
    ]);
    expect(speakers('[Speaker 2] [04:22] Shall we start?\n\n[Speaker 3] [04:25] Yes.\n')).toEqual([
      'Speaker 2',
      'Speaker 3',
    ]);
    expect(speakers('Speaker 1 said that the plan had changed since March.\n')).toEqual([null]);
    expect(speakers('**[SPEAKER_01]:** Hello.\n\n[SPEAKER_02]: Hi.\n\n[SPEAKER_01]: Again.\n')).toEqual([
      'Speaker 1',
      'Speaker 2',
      'Speaker 1',
    ]);
  });

  it('should read labels with a timestamp after, before or inside them', () => {
    expect(turns(read('timed-labels.txt')).map((row) => row[0])).toEqual([
      'Rosa Delgado',
      'Emeka Obi',
      'Rosa Delgado',
      'Speaker 1',
      'Emeka Obi',
    ]);
    expect(
      speakers(
        '[04:22] Ana Ruiz: Hello.\n\n[04:25] Ben Ode: Hi.\n\n[04:30] Ana Ruiz: Shall we?\n\n[04:31] Ben Ode: Yes.\n',
      ),
    ).toEqual(['Ana Ruiz', 'Ben Ode', 'Ana Ruiz', 'Ben Ode']);
    expect(
      speakers(
        'Ana Ruiz (00:04:22): Hello.\n\nBen Ode (00:04:25): Hi.\n\nAna Ruiz (00:04:30): Shall we?\n\nBen Ode (00:04:31): Yes.\n',
      ),
    ).toEqual(['Ana Ruiz', 'Ben Ode', 'Ana Ruiz', 'Ben Ode']);
  });

  it('should read a chat log by nick, a nick’s consecutive lines as one turn', () => {
    const t = read('chat-log.txt');
    expect(turns(t).map((row) => row[0])).toEqual(['lena_k', 'arnav', 'pq_dev', 'lena_k', 'arnav', 'pq_dev', 'lena_k']);
    expect(speakers('<div> hello there\n<div> again\n')).toEqual([null]);
  });

  it('should never take a line a hard wrap started with a word and a colon for a speaker in a chat log', () => {
    // "RBF: section …" and "arnav: so …" start lines of messages, not turns: in a chat log the
    // nick names the speaker.
    const t = read('chat-log-wrapped.txt');
    expect(t.participants.map((p) => p.name).sort()).toEqual(['arnav', 'lena_k', 'pq_dev']);
    const rows = turns(t, 13);
    expect(rows.map((row) => row[0])).toEqual([
      'lena_k',
      'arnav',
      'pq_dev',
      'lena_k',
      'arnav',
      'pq_dev',
      'lena_k',
      'arnav',
      'lena_k',
      'arnav',
      'pq_dev',
      'lena_k',
    ]);
    expect(rows[4]?.[3]).toBe('I did, mostly the tests. The old rule is in the RBF: section');
  });

  it('should read Q and A with a dash, and Q before a question without a colon', () => {
    expect(
      turns(normalise('DR. PATEL: Welcome.\n\nQ - Hi, a question on budgets?\n\nA - Here is the answer.\n')).map(
        (row) => [row[0], row[1]],
      ),
    ).toEqual([
      ['Dr. Patel', 'DR. PATEL'],
      ['Question', 'Q'],
      ['Dr. Patel', 'A'],
    ]);
    expect(speakers('DR. PATEL: Welcome.\n\nQ How long will it take?\n\nDR. PATEL: A year.\n')).toEqual([
      'Dr. Patel',
      'Question',
      'Dr. Patel',
    ]);
    expect(speakers('DR. PATEL: Welcome.\n\nA lot has changed.\n')).toEqual(['Dr. Patel']);
  });

  it('should read a role of two words with a lower-case second word when it recurs', () => {
    expect(
      speakers(
        'MAYOR DIAZ: Questions?\n\nAudience member: Why the delay?\n\nMAYOR DIAZ: Funding.\n\nFloor speaker: And the park?\n\nMAYOR DIAZ: Next year.\n\nFloor speaker: Thanks.\n',
      ),
    ).toEqual(['Mayor Diaz', 'Question', 'Mayor Diaz', 'Floor speaker', 'Mayor Diaz', 'Floor speaker']);
  });
});

describe('a speaker relabelled after an interruption', () => {
  it('should continue the turn when the same label follows only a timestamp or a stage direction', () => {
    const t = normalise(
      '[00:01:02]\nCDR: Roger. Clock.\n\n[00:01:09]\nCDR: We have a roll program.\n\n[00:01:15]\nCC: Roger. Roll.\n\nCC: Stand by.\n\nSENATOR AMES: We will hear the panel.\n\n(The witnesses were sworn.)\n\nSENATOR AMES: First, the harbour master.\n',
    );
    expect(turns(t).map((row) => [row[0], row[3]])).toEqual([
      ['Cdr', 'Roger. Clock.'],
      ['CC', 'Roger. Roll.'],
      ['CC', 'Stand by.'],
      ['Senator Ames', 'We will hear'],
    ]);
    expect(t.removed.filter((r) => r.reason === 'label-repeated').map((r) => r.text)).toEqual(['CDR', 'SENATOR AMES']);
  });
});

describe('a name printed once as a label', () => {
  it('should be a speaker in a body of speakers labelled by their names, and a note is not', () => {
    const t = read('seminar-once-seen-speakers.md');
    const rows = turns(t, 2);
    expect(rows.find((row) => row[3] === 'Yes, one.')?.[0]).toBe('Tomasz');
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Lucia', 'Marta', 'Pieter', 'Tomasz']);
    // "Note:" stays words of the speaker before it.
    expect(rows.find((row) => row[1] === 'Note')).toBeUndefined();
  });

  it('should not be a speaker where few speakers are labelled by name', () => {
    const t = normalise(
      'Marta: Welcome.\n\nPieter: Thanks.\n\nMarta: Shall we start?\n\nPieter: Yes.\n\nTomasz: One question first.\n',
    );
    expect(t.participants.map((p) => p.name)).not.toContain('Tomasz');
  });
});

describe('front matter a hard wrap went through', () => {
  it('should read YAML front matter whose value a wrap ran on at the margin, and make no turn of it', () => {
    const text = [
      '---',
      'layout: episode',
      'title: "Harbour dredging and the ferry timetable, a long title that',
      'ran past the margin (part two)"',
      'host: lena_k',
      '---',
      '',
      'LENA: Welcome back to the show.',
      '',
      'ARNAV: Thanks for having me.',
    ].join('\n');
    const t = normalise(text);
    expect(t.meta.title).toBe(
      'Harbour dredging and the ferry timetable, a long title that ran past the margin (part two)',
    );
    expect(turns(t).map((row) => row[0])).toEqual(['Lena', 'Arnav']);
    expect(t.diagnostics.map((d) => d.rule)).toContain('front-matter-rewrapped');
    // YAML broken otherwise stays text, with its warning.
    const broken = normalise('---\ntitle: "no closing quote\n---\n\nLENA: Hello.\n');
    expect(broken.diagnostics.map((d) => d.rule)).toContain('front-matter-invalid');
  });
});

describe('damaged and displaced labels', () => {
  it('should read a label whose word the text prints only with one letter a scan confuses as that word, never a new speaker', () => {
    // "MOPROW" is printed nowhere but in its label and "Morrow" is printed in the appearances;
    // "CDP" once where "CDR" is printed twice. Nobody new speaks.
    const t = read('interview-misprinted-labels.txt');
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Cdr', 'Mr. Hall', 'Ms. Morrow']);
    const rows = turns(t);
    expect(rows[2]).toEqual(['Ms. Morrow', 'MS. MOPROW', 'explicit', 'Thank you. When']);
    expect(rows.at(-1)?.[0]).toBe('Cdr');
    const misread = [...t.body].find((block) => block.type === 'turn' && block.label === 'MS. MOPROW');
    expect(misread?.type === 'turn' && misread.attribution.evidence[0]).toMatch(
      /read as “MS. MORROW” \(“MOPROW” is printed nowhere but in labels and “MORROW” is, one letter a scan confuses away\)/,
    );
  });

  it('should read a short label a scan damaged as an initialism the attendee list defines, or as its digit-damaged prints, never a new speaker', () => {
    // "TWV" once where the attendees print "Tom Wu (TWU)"; "TFO" once where "TEO" and "TE0" are
    // printed once each; "PSH" and "NFX", defined and printed undamaged, stay themselves.
    const t = read('meeting-notes-scanned-initials.md');
    const labels = Object.fromEntries(t.participants.map((p) => [p.id, p.labels]));
    expect(Object.keys(labels).sort()).toEqual(['p-nfx', 'p-psh', 'p-reyes', 'p-teo', 'p-twu']);
    expect(labels['p-teo']).toEqual(['TEO', 'TE0', 'TFO']);
    expect(labels['p-twu']).toEqual(['TWV']);
    const last = [...t.body].filter((block) => block.type === 'turn').at(-1);
    expect(last?.type === 'turn' && last.attribution.evidence[0]).toMatch(
      /read as “TWU” \(“TWV” is printed nowhere but in labels/,
    );
  });

  it('should not read a label that recurs as an initialism it is one letter from', () => {
    const text = [
      '**Remote attendees:** Tom Wu (TWU), Ana Lee (ALE)',
      'TWV: We start with the budget.',
      'ALE: The budget is ready.',
      'TWV: Then we can close.',
    ].join('\n\n');
    const t = normalise(text);
    expect(t.participants.flatMap((p) => p.labels)).toContain('TWV');
    expect(t.participants.find((p) => p.labels.includes('TWV'))?.labels).not.toContain('TWU');
  });

  it('should not read an abbreviation with a case ending after its colon as a label where a hard wrap put it first', () => {
    const text =
      '# Tal av statsministern\n\nUnder våren behöver vi även driva\nEU:s politiska arbete framåt, och stödet till\nFN:s organ fortsätter.\n';
    const t = normalise(text);
    expect(t.participants.map((p) => p.name)).not.toContain('EU');
    expect(t.participants.map((p) => p.name)).not.toContain('FN');
    expect(turns(t, 6).map((row) => row[1])).toEqual([null]);
  });

  it('should read a diariser’s caption label a scan damaged as the label that recurs, and say so', () => {
    const cues = [
      '[SPEAKER_01]: The meeting will come to order.',
      '[SPEAKER_02]: Thank you, Madam Chair.',
      '[SPEAKEP_01]: The clerk will call the roll.',
      '[SPEAKER_02]: Present.',
      '[SPEAKER_01]: Thank you.',
    ];
    const srt = cues.map((text, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${text}\n`).join('\n');
    const t = normaliseBytes(Buffer.from(srt), { fileName: 'meeting.srt' });
    expect(t.participants.map((p) => p.name)).toEqual(['Speaker 1', 'Speaker 2']);
    const damaged = [...t.body].find((block) => block.type === 'turn' && block.label === 'SPEAKEP_01');
    expect(damaged?.type === 'turn' && damaged.attribution.evidence[0]).toMatch(/read as “SPEAKER_01”/);
  });

  it('should read a caption’s label set on a line of its own above its words, as an inline one is', () => {
    const cues = [
      'Ines:\nIt is Monday the tenth.',
      'Ines: And this is the harbour podcast.',
      'Tomas:\nLet us begin.',
      'Tomas: The ferry is late again.',
      'Ines:\nIt always is.',
    ];
    const srt = cues.map((text, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${text}\n`).join('\n');
    const t = normaliseBytes(Buffer.from(srt), { fileName: 'podcast.srt' });
    expect(t.participants.map((p) => p.name)).toEqual(['Ines', 'Tomas']);
    expect(turns(t, 3)).toEqual([
      ['Ines', 'Ines', 'explicit', 'It is Monday'],
      ['Tomas', 'Tomas', 'explicit', 'Let us begin.'],
      ['Ines', 'Ines', 'explicit', 'It always is.'],
    ]);
  });

  it('should read captions whose labels a scan printed with a semicolon, after a `>>` too, where the cues print them so again and again', () => {
    const cues = [
      'INES MORA; Welcome to the seminar.',
      'We will look at the harbour model.',
      '>> TOMAS ABEL; Thanks, Ines.',
      'Let me show the first demo.',
      '>> INES MORA; Go ahead.',
      '>> And then the second one.',
      '>> TOMAS ABEL; Here it is.',
      '>> INES MORA; Lovely.',
      '>> TOMAS ABEL; One more.',
      '>> INES MORA; Thank you, Tomas.',
    ];
    const srt = cues.map((text, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${text}\n`).join('\n');
    const t = normaliseBytes(Buffer.from(srt), { fileName: 'seminar.srt' });
    expect(t.participants.map((p) => p.name)).toEqual(['Ines Mora', 'Tomas Abel']);
    expect(turns(t, 3).map((row) => [row[0], row[3]])).toEqual([
      ['Ines Mora', 'Welcome to the'],
      ['Tomas Abel', 'Thanks, Ines. Let'],
      ['Ines Mora', 'Go ahead. And'],
      ['Tomas Abel', 'Here it is.'],
      ['Ines Mora', 'Lovely.'],
      ['Tomas Abel', 'One more.'],
      ['Ines Mora', 'Thank you, Tomas.'],
    ]);
    // (A name printed so once, never with a colon, is no label: the cue keeps its words.)
    const once = cues
      .slice(0, 2)
      .map((text, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${text}\n`)
      .join('\n');
    expect(normaliseBytes(Buffer.from(once), { fileName: 'seminar.srt' }).participants).toEqual([]);
  });

  it('should leave a label alone when the word one letter away is printed no more often than its own', () => {
    // "LFO" and "LEO" once each: nothing says which is the misprint, so both stay as printed.
    const t = normalise('LEO: We start with the budget.\n\nRPR: Agreed.\n\nLFO: And the ferry?\n\nRPR: Next week.\n');
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Leo', 'Lfo', 'Rpr']);
  });

  it('should read a label seen once whose letter lost a stroke as the label seen once it misprints, never a new speaker', () => {
    // "MR. BFCK" (an E without its foot) once, "MR. BECK" once: the F is the misprint. "MR. BECK"
    // printed as itself stays itself, and a label one letter away by no lost stroke stays apart.
    const text = [
      'MS. ORTEGA: Please state your name.',
      'MR. BECK: I object to the form.',
      'MS. ORTEGA: Noted. Go on.',
      'MR. BFCK: The witness may answer.',
      'MS. ORTEGA: Thank you.',
      'MR. HALE: One more objection.',
      'MS. ORTEGA: Noted.',
    ].join('\n\n');
    const t = normalise(text);
    expect(t.participants.map((p) => p.name).sort()).toEqual(['Mr. Beck', 'Mr. Hale', 'Ms. Ortega']);
    const misread = [...t.body].find((block) => block.type === 'turn' && block.label === 'MR. BFCK');
    expect(misread?.type === 'turn' && misread.attribution.evidence[0]).toMatch(
      /^labelled “MR. BFCK”, read as “MR. BECK” \(one letter that lost a stroke, “F” for “E”/,
    );
    // The other way round, an E for an F, is no lost stroke: nothing says which is the misprint.
    const reversed = normalise(text.replace('MR. BECK', 'MR. BFCK').replace('MR. BFCK: The', 'MR. BECK: The'));
    expect(reversed.participants.map((p) => p.name)).toContain('Mr. Beck');
  });

  it('should never take a title before a role for the same role: the Vice President is not the President', () => {
    for (const label of ['THE VICE PRESIDENT', 'THE VICE PPESIDENT']) {
      const t = normalise(
        `THE PRESIDENT: Thank you. I would like to ask the Vice President to say a few words.\n\n${label}: Thank you, Mr. President.\n\nTHE PRESIDENT: Thank you, Mike.\n`,
      );
      expect(turns(t).map((row) => row[0])).toEqual(['The President', 'The Vice President', 'The President']);
    }
  });

  it('should read a strong label seen once with a semicolon for its colon where the scan prints confirmed labels so', () => {
    // "MS. ORTEGA;" twice: this scan prints colons as semicolons, so "MR. BECK;" once is a label.
    const t = normalise(
      'MS. ORTEGA; Please state your name for the record.\n\nMR. HALE: Tom Hale.\n\nMS. ORTEGA; Thank you. Counsel?\n\nMR. BECK; Adam Beck, for the witness.\n\nMR. HALE: Can we start?\n',
    );
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Ms. Ortega', 'MS. ORTEGA'],
      ['Mr. Hale', 'MR. HALE'],
      ['Ms. Ortega', 'MS. ORTEGA'],
      ['Mr. Beck', 'MR. BECK'],
      ['Mr. Hale', 'MR. HALE'],
    ]);
    // One semicolon label alone proves nothing about the scan: it stays text.
    const once = normalise('MS. ORTEGA: Welcome.\n\nMR. HALE: Thanks.\n\nMR. BECK; Adam Beck.\n\nMS. ORTEGA: Go on.\n');
    expect(once.participants.map((p) => p.name)).not.toContain('Mr. Beck');
  });

  it('should read a label seen once with a digit for a letter as the name the text prints', () => {
    // "F0STER" once, "Jason Foster" in the speech: Mr. Foster speaks, under his own name.
    const t = normalise(
      'MS. ORTEGA: Let us go round the table.\n\nMR. F0STER: Jason Foster, counsel for the committee.\n\nMS. ORTEGA: Thank you.\n\nMR. HALE: Tom Hale.\n',
    );
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Ms. Ortega', 'MS. ORTEGA'],
      ['Mr. Foster', 'MR. F0STER'],
      ['Ms. Ortega', 'MS. ORTEGA'],
      ['Mr. Hale', 'MR. HALE'],
    ]);
  });

  it('should read letter-spaced, one-letter-wrong, digit and semicolon labels as the labels that recur, and never make a speaker of them', () => {
    const t = read('scanned-press-release.txt');
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Prime Minister', 'PRIME MINISTER'],
      ['Question', 'Q'],
      ['Prime Minister', 'PRIME MINISTER'],
      ['Question', 'Q'],
      ['Prime Minister', 'PRIME MINISTEP'],
      ['Question', '0'],
      ['Prime Minister', 'PRIME MINISTER'],
      ['Dr. Ana Sule', 'Dr. Ana Sule'],
      ['Dr. Ana Sule', 'DR. ANA SULE'],
      ['Dr. Ana Sule', 'DR. ANA SULE'],
    ]);
    expect(t.participants.map((p) => p.name)).toEqual(['Prime Minister', 'Question', 'Dr. Ana Sule']);
    const misread = [...t.body].find((block) => block.type === 'turn' && block.label === 'PRIME MINISTEP');
    expect(misread?.type === 'turn' && misread.attribution.evidence[0]).toMatch(
      /^labelled “PRIME MINISTEP”, read as “PRIME MINISTER” \(one letter apart, a scanning error; “PRIME MINISTER” recurs in the text\)/,
    );
    expect(t.changes.filter((c) => c.rule === 'label-run-in').map((c) => c.after)).toEqual(['\nDr. Ana Sule: O']);
  });

  it('should read a digit in a label of capitals as its letter, and prefer the form a scan did not visibly misread', () => {
    const text =
      'STEPHAN LlVERA: Welcome.\n\nJAMES 0’BEIRNE: Thanks.\n\nSTEPHAN LlVERA: First question.\n\nJAMES O’BEIRNE: Sure.\n\nSTEPHAN LIVERA: Next.\n\nJAMES O’BEIRNE: Fine.\n\nSTEPHAN LlVERA: Thanks.\n';
    const t = normalise(text);
    expect(turns(t).map((row) => [row[0], row[1]])).toEqual([
      ['Stephan Livera', 'STEPHAN LlVERA'],
      ['James O’Beirne', 'JAMES 0’BEIRNE'],
      ['Stephan Livera', 'STEPHAN LlVERA'],
      ['James O’Beirne', 'JAMES O’BEIRNE'],
      ['Stephan Livera', 'STEPHAN LIVERA'],
      ['James O’Beirne', 'JAMES O’BEIRNE'],
      ['Stephan Livera', 'STEPHAN LlVERA'],
    ]);
    expect(t.participants.map((p) => p.name)).toEqual(['Stephan Livera', 'James O’Beirne']);
  });

  it('should read a full name misread once as the speaker its mended family name labels, never a new one', () => {
    // The family name is misread more often than it is printed cleanly; the full name only misread.
    const text =
      'ROBERT MACNElL: Good evening.\n\nLEHRER: Good evening.\n\nMACNElL: First, the budget.\n\nLEHRER: Yes.\n\nMACNElL: Then trade.\n\nMACNEIL: And last, the weather.\n\nLEHRER: Thank you.\n';
    const t = normalise(text);
    expect(t.participants.map((p) => p.name)).toEqual(['Robert Macneil', 'Lehrer']);
    const first = [...turnsOf(t.body)][0]!;
    expect(first.attribution.evidence[0]).toBe(
      'labelled “ROBERT MACNElL”, read as “ROBERT MACNEIL” (a letter misread in print; “MACNEIL” is printed cleanly in the text); labelled “ROBERT MACNEIL”',
    );
  });

  it('should read a label split over two lines, the second a role, as one label', () => {
    const t = normalise(
      'Jane Smith:\nChief Designer:\nWe started with two people.\n\nQ: Did you have a Ph.D.?\n\nJane Smith: Yes, in 1968.\n',
    );
    expect(turns(t).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Jane Smith', 'Jane Smith', 'We started with'],
      ['Question', 'Q', 'Did you have'],
      ['Jane Smith', 'Jane Smith', 'Yes, in 1968.'],
    ]);
    expect(t.participants.find((p) => p.name === 'Jane Smith')?.role).toBe('Chief Designer');
    expect(t.removed.find((r) => r.reason === 'label-second-line')?.text).toBe('Chief Designer:');
  });

  it('should keep two speakers whose recurring labels differ by a letter apart, and numbered voices apart', () => {
    const text =
      'MR. JOHNSON: One.\n\nMR. JOHNSTON: Two.\n\nMR. JOHNSON: Three.\n\nMR. JOHNSTON: Four.\n\nSpeaker 10: Five.\n\nSpeaker 11: Six.\n\nSpeaker 10: Seven.\n';
    expect(speakers(text)).toEqual([
      'Mr. Johnson',
      'Mr. Johnston',
      'Mr. Johnson',
      'Mr. Johnston',
      'Speaker 10',
      'Speaker 11',
      'Speaker 10',
    ]);
  });

  it('should not split a sentence at a name and a colon the text never uses as a label', () => {
    expect(speakers('MAYOR DIAZ: We met. Ana Ruiz: she came too.\n\nQ: And?\n\nMAYOR DIAZ: Nothing.\n')).toEqual([
      'Mayor Diaz',
      'Question',
      'Mayor Diaz',
    ]);
  });
});

describe('labels that name no one speaker, and headings set like labels', () => {
  it('should read a transcription service’s "Overlapping speakers" as a voice nobody named, never a person', () => {
    const text = [
      '**Justice Rowe** (00:01:02): Counsel, may I stop you there?',
      '',
      '**Dana Sullivan** (00:01:05): Of course, Justice.',
      '',
      '**Overlapping speakers** (00:01:09): I am drawing it. Yes.',
      '',
      '**Justice Rowe** (00:01:12): Thank you. Go on.',
      '',
      '**Dana Sullivan** (00:01:15): The point is the curative proviso.',
      '',
      '**Crosstalk** (00:01:20): So then if there is a concern.',
      '',
    ].join('\n');
    const t = normalise(text, { fileName: 'hearing.md' });
    // Each is a voice nobody named (kind `unknown`), as `Unidentified speaker` is: no person made of it.
    const kinds = new Map(t.participants.map((p) => [p.name, p.kind]));
    expect(kinds.get('Overlapping speakers')).toBe('unknown');
    expect(kinds.get('Crosstalk')).toBe('unknown');
    expect(turns(t).map((row) => row[0])).toEqual([
      'Justice Rowe',
      'Dana Sullivan',
      'Overlapping speakers',
      'Justice Rowe',
      'Dana Sullivan',
      'Crosstalk',
    ]);
  });

  it('should read a bold line over another bold heading as a heading, not a speaker with nothing said', () => {
    const part = (n: string, names: string) =>
      `**TEAM REPRESENTATIVES**\n\n**Part ${n}: ${names}**\n\n**Q: What can we expect this weekend?**\n\n**Anna Berg:** A close fight, as always.\n\n**Q: And you?**\n\n**Tom Hale:** The same, I hope.\n\n**AB:** We will see on Sunday.\n`;
    const text = `${part('One', 'Anna BERG (Northline), Tom HALE (Westway)')}\n${part('Two', 'Anna BERG (Northline), Tom HALE (Westway)')}`;
    const t = normalise(text, { fileName: 'presser.md' });
    expect(t.participants.map((p) => p.name)).not.toContain('Team Representatives');
    expect(turns(t, 2).filter((row) => row[0] === null || /Team/i.test(row[0]))).toEqual([]);
  });

  it('should read a label with a number in it (`Lead 2A:`, `PROFESSOR 1:`), and an unnamed voice with a number as nobody', () => {
    const text = [
      'Lady Hallett:',
      'Good morning. Mr Dawson.',
      '',
      'Lady Hallett:',
      'When you are ready.',
      '',
      'Lead 2A:',
      'Thank you, my Lady. Could you give us your full name?',
      '',
      'The Witness:',
      'John Swinney.',
      '',
      'Lead 2A:',
      'Thank you. You have provided two statements.',
      '',
      'The Witness:',
      'That is right.',
      '',
      'PROFESSOR 1: We have a question from the room.',
      '',
      'MALE VOICE 1: Was the second statement signed?',
      '',
      'The Witness:',
      'It was.',
      '',
      'PROFESSOR 1: Thank you.',
      '',
    ].join('\n');
    const t = normalise(text, { fileName: 'hearing.txt' });
    expect(turns(t, 2).map((row) => [row[1], row[3]])).toEqual([
      ['Lady Hallett', 'Good morning.'],
      ['Lady Hallett', 'When you'],
      ['Lead 2A', 'Thank you,'],
      ['The Witness', 'John Swinney.'],
      ['Lead 2A', 'Thank you.'],
      ['The Witness', 'That is'],
      ['PROFESSOR 1', 'We have'],
      ['MALE VOICE 1', 'Was the'],
      ['The Witness', 'It was.'],
      ['PROFESSOR 1', 'Thank you.'],
    ]);
    expect(t.participants.find((p) => p.labels.includes('MALE VOICE 1'))?.kind).toBe('unknown');
  });
});

describe('a news bulletin whose reports follow a handover to a named correspondent', () => {
  it('should give each unlabelled report to the correspondent the presenter names, and the presenter back her label', () => {
    const t = normalise(attributionFixture('bulletin-correspondents.md'), { fileName: 'journal.md' });
    expect(turns(t, 2).map((row) => [row[0], row[2], row[3]])).toEqual([
      ['Claire Duval', 'explicit', 'Bonsoir à'],
      ['Claire Duval', 'explicit', 'Les dockers'],
      ['Julien Morel', 'inferred', 'Sur le'],
      ['Claire Duval', 'explicit', 'Au Portugal,'],
      ['Ana Ribeiro', 'inferred', 'Les affiches'],
      ['Claire Duval', 'explicit', 'Et c’est'],
    ]);
    expect(t.participants.find((p) => p.name === 'Julien Morel')?.role).toBe('Correspondent');
  });

  it('should hand over with a place and a name only in a bulletin that hands over in so many words', () => {
    const text = attributionFixture('bulletin-correspondents.md').replace(' Reportage Julien Morel.', '');
    const t = normalise(text, { fileName: 'journal.md' });
    expect(t.participants.map((p) => p.name)).not.toContain('Ana Ribeiro');
  });
});
