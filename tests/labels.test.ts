// Speaker labels in every form the corpus shows, resolved to participants — and the things
// that look like labels but are not.
import { describe, expect, it } from 'vitest';
import { turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { turnRows as turns } from './helpers/turns.js';
import { labelAt } from '../src/normalise/labels.js';

describe('speaker labels', () => {
  it('should read a label on its own line, with or without a colon, through the participants line', () => {
    const t = normalise(
      'with NATO Secretary General, Lord Robertson\n\nSecretary General:\n\nFirst answer.\n\nQuestion: Why?\n\nSecretary General\n\nSecond answer.\n',
    );
    expect(turns(t)).toEqual([
      ['Lord Robertson', 'Secretary General', 'explicit', 'First answer.'],
      ['Question', 'Question', 'explicit', 'Why?'],
      ['Lord Robertson', 'Secretary General', 'explicit', 'Second answer.'],
    ]);
  });

  it('should read capitals with honorifics and a missing space after the colon, and make POWELL and SECRETARY POWELL one person', () => {
    const t = normalise(
      'THE PRESIDENT:Thank you very much.\n\nSECRETARY POWELL: Good afternoon.\n\nQ:  And then?\n\nPOWELL: Indeed.\n\nMS. JEAN-PIERRE: Okay.\n',
    );
    expect(turns(t)).toEqual([
      ['The President', 'THE PRESIDENT', 'explicit', 'Thank you very'],
      ['Secretary Powell', 'SECRETARY POWELL', 'explicit', 'Good afternoon.'],
      ['Question', 'Q', 'explicit', 'And then?'],
      ['Secretary Powell', 'POWELL', 'explicit', 'Indeed.'],
      ['Ms. Jean-Pierre', 'MS. JEAN-PIERRE', 'explicit', 'Okay.'],
    ]);
    expect(t.participants.find((p) => p.name === 'Secretary Powell')?.labels).toEqual(['SECRETARY POWELL', 'POWELL']);
  });

  it('should read Q / A / Q. / Question / JOURNALIST markers as one anonymous questioner', () => {
    const t = normalise(
      'MINISTER SMITH: Welcome.\n\nQ. First?\n\nMINISTER SMITH: Yes.\n\nQuestion: Second?\n\nMINISTER SMITH: No.\n\nJOURNALIST: Third?\n\nMINISTER SMITH: Maybe.\n',
    );
    const questioners = t.participants.filter((p) => p.kind === 'anonymous');
    expect(questioners).toHaveLength(1);
    expect(questioners[0]!.labels).toEqual(['Q', 'Question', 'JOURNALIST']);
  });

  it('should read a label behind a Markdown list’s asterisk as behind its dash, and a field there as no label', () => {
    const t = normalise(
      '* Date: 9 June 2017\n\n*\tQ: Did you know about the foul?\n\n\tSteveKerr: I thought they called it on Draymond.\n\n* Q: And the defence?\n\n\tSteveKerr: We have to be better.\n',
      { fileName: 'postgame.md' },
    );
    expect(turns(t, 2).map((row) => [row[0], row[3]])).toEqual([
      ['Question', 'Did you'],
      ['SteveKerr', 'I thought'],
      ['Question', 'And the'],
      ['SteveKerr', 'We have'],
    ]);
  });

  it('should treat A: after a label as an answer marker, not a speaker called A', () => {
    const t = normalise('MR. LEE:\n\nA: The answer.\n');
    expect(turns(t)).toEqual([['Mr. Lee', 'MR. LEE', 'explicit', 'The answer.']]);
    expect(t.participants.map((p) => p.name)).toEqual(['Mr. Lee']);
    expect(t.removed.map((r) => [r.reason, r.text])).toEqual([['answer-marker', 'A:']]);
  });

  it('should read Markdown bold labels and parenthesised roles and parties', () => {
    const t = normalise('**Rob Pike:** Hello.\n\n**Robert Griesemer:** Hi.\n\n**Rob Pike:** Again.\n', {
      format: 'markdown',
    });
    expect(turns(t).map((x) => x[0])).toEqual(['Rob Pike', 'Robert Griesemer', 'Rob Pike']);
    const h = normalise(
      'Mr. Julian Reed (Parliamentary Secretary to Minister of Foreign Affairs, Lib.):\nMr. Speaker, I rise.\nDr. Bertram (Z) : Meine Damen und Herren!\n',
    );
    expect(h.participants.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Mr. Julian Reed', 'Parliamentary Secretary to Minister of Foreign Affairs', 'Lib.'],
      ['Dr. Bertram', null, 'Z'],
    ]);
  });

  it('should read WebVTT voice tags that appear only on the first cue of a turn, and plain "Name:" in a cue', () => {
    const vtt =
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Travis> Hello there,\n\n00:00:02.000 --> 00:00:04.000\nand welcome.\n\n00:00:04.000 --> 00:00:06.000\n<v Sarah> Thanks.\n\n00:00:06.000 --> 00:00:08.000\nGilon: Me too.\n\n00:00:08.000 --> 00:00:09.000\nGilon: Yes.\n';
    const t = normalise(vtt);
    expect(turns(t)).toEqual([
      ['Travis', 'Travis', 'explicit', 'Hello there, and'],
      ['Sarah', 'Sarah', 'explicit', 'Thanks.'],
      ['Gilon', 'Gilon', 'explicit', 'Me too. Yes.'],
    ]);
    expect(t.meta.source.format).toBe('webvtt');
  });

  it('should not take headings, "Subjects:" lines or "as follows:" for speakers', () => {
    const t = normalise(
      'Subjects: Afghanistan; Middle East.\n\nMR. X: The terms are as follows:\n\nfirst, second.\n\nSOUTHERN BLUEFIN TUNA:\n\nMR. X: On tuna, nothing.\n',
    );
    expect(t.meta.subjects).toEqual(['Afghanistan', 'Middle East']);
    expect(t.participants.map((p) => p.name)).toEqual(['Mr. X']);
    expect(t.body.map((b) => b.type)).toEqual(['turn', 'heading', 'turn']);
  });

  it('should not take a reference list’s journal and volume, hard-wrapped onto a line of their own, for speakers', () => {
    const refs = [
      '1. D. Baltimore, "Viral RNA polymerase," Cold Spring',
      'Harbor Symposium Quant. Biol. 27 (1962): 175-198.',
      '2. D. Baltimore and R. M. Franklin, "A new enzyme,"',
      'Biochemical and Biophysical Research Communications 9: 388-392.',
      '3. J. Roe, "Translation," Journal of Molecular',
      'Biology 54: 327-340.',
    ].join('\n');
    const t = normalise(
      `INTERVIEWER: Which papers mattered most?\n\nBALTIMORE: These three.\n\n${refs}\n\nINTERVIEWER: Thank you.\n\nBALTIMORE: Thank you.\n`,
    );
    expect(t.participants.map((p) => p.name)).toEqual(['Interviewer', 'Baltimore']);
  });

  it('should read a podcast page’s fields, a title among them, as its header, not speakers', () => {
    const text = [
      'HARBOUR RADIO\thttp://harbour.example/',
      '',
      'SERIES:\t\tHarbour Hour',
      'EPISODE:\t#5',
      'DATE:\t\tSeptember 15, 2005',
      'TITLE:\t\tFerry Timetables - Part 2',
      'FILE ARCHIVE:\thttp://harbour.example/archive.htm',
      '',
      'DESCRIPTION:  Our previous episode, which discussed the timetables, brought so many letters that we go on.',
      '',
      'ANA RUIZ:  This is Harbour Hour, episode 5. And here we are in Lisbon.',
      '',
      'TOM ABEL:  Glad to be here.',
      '',
      'ANA RUIZ:  Let us start.',
      '',
      'SLIDE: The new ferry',
      '',
      'TOM ABEL:  It is bigger.',
      '',
      'SLIDE: The old ferry',
      '',
    ].join('\n');
    const t = normalise(text);
    expect(t.participants.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Abel']);
    expect(t.removed.filter((r) => r.reason === 'header-field').map((r) => r.text.split(':')[0])).toEqual(
      expect.arrayContaining(['SERIES', 'DESCRIPTION']),
    );
  });

  it('should keep a label nobody answers to, with its text, even when the text reads like a heading', () => {
    // Found by the caption-rows property test: the turn was taken for narration and its label lost.
    const t = normalise('Hello there.\n\nA\nStraße the');
    expect(turns(t)).toEqual([
      [null, null, 'unknown', 'Hello there.'],
      [null, 'A', 'unknown', 'Straße the'],
    ]);
  });
});

describe('inline editorial marks', () => {
  it('should turn every printed form into a semantic node and keep the printed form', () => {
    const t = normalise(
      'MR. X: We (inaudible) and [inaudible] then (Laughter) (Applause.) [crosstalk] mistake (sic) (As interpreted.) [Redacted.] at [04:22] done.\n\nQ: inaudible\n',
    );
    const nodes = [...turnsOf(t.body)].flatMap((turn) => turn.paragraphs.flat()).filter((n) => n.type !== 'text');
    expect(
      nodes.map((n) => [
        n.type,
        'reason' in n ? n.reason : 'kind' in n ? n.kind : '',
        'asPrinted' in n ? n.asPrinted : '',
      ]),
    ).toEqual([
      ['gap', 'inaudible', '(inaudible)'],
      ['gap', 'inaudible', '[inaudible]'],
      ['incident', 'laughter', '(Laughter)'],
      ['incident', 'applause', '(Applause.)'],
      ['gap', 'crosstalk', '[crosstalk]'],
      ['sic', '', '(sic)'],
      ['interpretation', '', '(As interpreted.)'],
      ['gap', 'redacted', '[Redacted.]'],
      ['timeMark', '', '[04:22]'],
      ['gap', 'inaudible', 'inaudible'],
    ]);
  });
});

describe('language detection', () => {
  it.each([
    [
      'en',
      'MR. X: We have had a very constructive discussion today about the future of our partnership and the work ahead of us.',
    ],
    [
      'fr',
      'M. X: Nous avons eu aujourd’hui une discussion très constructive sur l’avenir de notre partenariat et sur le travail qui nous attend.',
    ],
    [
      'de',
      'HERR X: Wir hatten heute eine sehr konstruktive Diskussion über die Zukunft unserer Partnerschaft und über die Arbeit, die vor uns liegt.',
    ],
    [
      'ru',
      'Г-Н ИКС: Сегодня у нас была очень конструктивная дискуссия о будущем нашего партнерства и о работе, которая нам предстоит.',
    ],
    [
      'et',
      'HR X: Tere tulemast pressikonverentsile. Täna arutasime valitsusega eelarve küsimusi ning leppisime kokku, et järgmisel nädalal jätkame läbirääkimisi. Eesti jaoks on see väga oluline otsus, sest see puudutab kõiki inimesi.',
    ],
  ])('should mark a %s transcript as such', (language, text) => {
    const t = normalise(`${text}\n`);
    expect(t.meta.language).toBe(language);
    expect(t.meta.languageSource).toBe('detected');
  });

  it('should let front matter and the option win over detection', () => {
    expect(normalise('---\nlanguage: fr\n---\nMR. X: Hello there, this is English text really.\n').meta).toMatchObject({
      language: 'fr',
      languageSource: 'front-matter',
    });
    expect(normalise('MR. X: Hello there, this is English text really.\n', { language: 'de' }).meta).toMatchObject({
      language: 'de',
      languageSource: 'option',
    });
  });
});

describe('labels a full stop and a dash end (the Spanish stenographic record)', () => {
  it('should read `PRESIDENTA.-` and `SR. RAJOY.-` as labels, never `U.S.-China` nor a roster line `INC. - CFO`', () => {
    expect(labelAt('PRESIDENTA.-  Hemos tenido una reunión.')).toMatchObject({
      label: 'PRESIDENTA',
      rest: 'Hemos tenido una reunión.',
    });
    expect(labelAt('SR. RAJOY.- Gracias.')).toMatchObject({ label: 'SR. RAJOY', rest: 'Gracias.' });
    expect(labelAt('U.S.-China relations are strong.')).toBeNull();
    expect(labelAt('LARCHMONT FERRIES INC. - CFO')?.rest ?? '').not.toBe('CFO');
  });
});

describe('a label printed as a link', () => {
  it('should read the link’s words as the label, and the later short label as the same speaker', () => {
    expect(labelAt('**[Donald Knuth](https://en.wikipedia.org/wiki/Donald_Knuth):** I am not sure.')).toMatchObject({
      label: 'Donald Knuth',
      rest: 'I am not sure.',
    });
    const t = normalise(
      '**[Donald Knuth](https://example.org/knuth):** Welcome, all questions answered.\n\n**Audience member:** What about the organ?\n\n**DK:** It is in volume three.\n\n**Audience member:** And music?\n\n**DK:** Always.\n',
    );
    expect(turns(t, 1).map((row) => row[0])).toEqual([
      'Donald Knuth',
      'Question',
      'Donald Knuth',
      'Question',
      'Donald Knuth',
    ]);
  });
});
