// Interviews printed with few labels or none (issue #13: oral histories with a time code over each
// block, print Q&As whose labels stop after the first exchange, blog interviews in plain
// paragraphs, career stories with their questions in bold and their fields in Markdown comments),
// and the label and stamp shapes such pages bring: `**Name: (00:00:13)**`, a `**(00:01:08)**`
// paragraph, a captioner's `>>` kept in text, a label framed by rules, `\r\r\n` line endings.
// Fixtures in tests/fixtures/attribution/ are written for these tests in the shapes real pages print.
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

describe('an oral history with a time code over each block and no labels', () => {
  const t = () => normalise(attributionFixture('oral-history-timecodes.txt'));

  it('should give each question to the interviewer and each answer to the one the fields name', () => {
    const rows = turnRows(t(), 3).map(([speaker, , method, words]) => [speaker, method, words]);
    expect(rows).toEqual([
      ['Ada Quince', 'inferred', 'My name is'],
      ['Question', 'inferred', 'Can you remember'],
      ['Ada Quince', 'inferred', 'Oh yes… I'],
      ['Question', 'inferred', 'Did you have'],
      ['Ada Quince', 'inferred', 'No, none whatsoever,'],
      ['Question', 'inferred', 'How many looms'],
      ['Ada Quince', 'inferred', 'I had four,'],
      ['Question', 'inferred', 'And were you'],
      ['Ada Quince', 'inferred', 'We were on'],
      ['Question', 'inferred', 'Do you still'],
      ['Ada Quince', 'inferred', 'I do, every'],
    ]);
  });

  it('should make each time code the time of the words under it, not a paragraph of its own', () => {
    const turns = [...turnsOf(t().body)];
    for (const turn of turns) expect(turn.paragraphs[0]![0]).toMatchObject({ type: 'timeMark' });
    expect(turns[1]!.paragraphs[0]![0]).toEqual({ type: 'timeMark', seconds: 3640, asPrinted: '01:00:40' });
    expect(turns.every((turn) => turn.paragraphs.every((p) => spokenText(p).trim() !== ''))).toBe(true);
  });

  it('should leave the archive’s notice and fields before the first words spoken to the page', () => {
    const t1 = t();
    const first = t1.body[0]!;
    expect(first.type).toBe('stageDirection');
    const turns = [...turnsOf(t1.body)];
    expect(turns[0]!.attribution.evidence[0]).toMatch(
      /^speaks in the first person before the first question is printed/,
    );
    expect(turns[1]!.attribution.evidence[0]).toMatch(/^asks a question \(line \d+: “Can you remember/);
    expect(t1.diagnostics.some((d) => d.rule === 'interview-from-paragraphs')).toBe(true);
  });
});

describe('a print interview whose labels stop after the first exchange', () => {
  it('should give the unlabelled questions to the one labelled over the first and the answers to the other', () => {
    const rows = turnRows(normalise(attributionFixture('print-interview-labels-dropped.md')), 2);
    expect(rows.slice(0, 5)).toEqual([
      ['Herald', 'HERALD', 'explicit', 'You had'],
      ['Okafor', 'OKAFOR', 'explicit', 'Well, I'],
      ['Herald', null, 'inferred', 'Madam Mayor,'],
      ['Okafor', null, 'inferred', 'I don’t'],
      ['Herald', null, 'inferred', 'Do you'],
    ]);
    expect(rows).toHaveLength(14);
    // A remark with no question mark stays in the answer it follows: nothing shows another voice.
    const answer = [...turnsOf(normalise(attributionFixture('print-interview-labels-dropped.md')).body)][5]!;
    expect(answer.paragraphs.map((p) => spokenText(p).split(' ')[0])).toEqual(['I', 'More', 'It’s']);
  });
});

describe('a blog interview in plain paragraphs', () => {
  const t = () => normalise(attributionFixture('blog-interview-unlabelled.md'), { fileName: 'interview.md' });

  it('should read the author’s introduction as the page’s and the answers as the one it names', () => {
    const t1 = t();
    expect(t1.body[0]!.type).toBe('stageDirection');
    const rows = turnRows(t1, 2).map(([speaker, , method, words]) => [speaker, method, words]);
    expect(rows).toEqual([
      ['Question', 'inferred', 'You once'],
      ['Ruth Adeyemi', 'inferred', 'I did,'],
      ['Question', 'inferred', 'Were the'],
      ['Ruth Adeyemi', 'inferred', 'I think'],
      ['Question', 'inferred', 'Have you'],
      ['Ruth Adeyemi', 'inferred', 'Yes, two'],
      ['Question', 'inferred', 'Did you'],
      ['Ruth Adeyemi', 'inferred', 'No, never.'],
      ['Question', 'inferred', 'What advice'],
      ['Ruth Adeyemi', 'inferred', 'I would'],
    ]);
  });

  it('should leave a talk that asks its audience questions as one speaker', () => {
    const talk = normalise(attributionFixture('lecture-rhetorical-questions.txt'));
    expect(talk.diagnostics.some((d) => d.rule === 'interview-from-paragraphs')).toBe(false);
    expect(new Set([...turnsOf(talk.body)].map((turn) => turn.speaker)).size).toBe(1);
  });
});

describe('a career story with its fields in Markdown comments and its questions in bold', () => {
  const t = () => normalise(attributionFixture('career-story-bold-questions.md'));

  it('should read the comments’ fields as metadata, keeping the comments in removed[]', () => {
    const t1 = t();
    expect(t1.meta.title).toBe('Maya Okonjo – Furniture Maker, Lisbon');
    const removed = t1.removed.find((r) => r.reason === 'front-matter');
    expect(removed?.text).toContain('[//]: # (main_image: https://example.org/uploads/maya-okonjo.jpg)');
  });

  it('should give the bold questions to the interviewer and the answers to the one the title names, the page saying no “interview”', () => {
    const t1 = t();
    const rows = turnRows(t1, 2).map(([speaker, , method, words]) => [speaker, method, words]);
    expect(rows.filter((_, i) => i % 2 === 1).every(([speaker]) => speaker === 'Maya Okonjo')).toBe(true);
    expect(rows.filter((_, i) => i % 2 === 0).every(([speaker]) => speaker === 'Question')).toBe(true);
    expect(rows).toHaveLength(12);
    expect([...turnsOf(t1.body)][1]!.attribution.evidence[0]).toMatch(
      /its questions to “you” are answered in the first person, the title names Maya Okonjo, and the questions are printed in bold$/,
    );
  });
});

describe('a podcast page labelled `**Name: (00:00:13)**`', () => {
  it('should read the bold name and colon as the label and the stamp as the time of the words', () => {
    const t = normalise(attributionFixture('podcast-bold-timed-labels.md'));
    const rows = turnRows(t, 2).map(([speaker, label, , words]) => [speaker, label, words]);
    expect(rows).toEqual([
      ['Nadia', 'Nadia', 'Welcome to'],
      ['Colm', 'Colm', 'And I’m'],
      ['Nadia', 'Nadia', 'The first'],
      ['Colm', 'Colm', 'Eleven times'],
      ['Nadia', 'Nadia', 'Is it?'],
      ['Colm', 'Colm', 'For a'],
    ]);
    const turns = [...turnsOf(t.body)];
    expect(turns[0]!.paragraphs[0]![0]).toEqual({ type: 'timeMark', seconds: 0, asPrinted: '(00:00:00)' });
    // A paragraph opened by a stamp in bold is the same speaker's, its stamp a time mark, no empty bold left.
    expect(turns[2]!.paragraphs).toHaveLength(2);
    expect(turns[2]!.paragraphs[1]![0]).toEqual({ type: 'timeMark', seconds: 40, asPrinted: '(00:00:40)' });
    expect(JSON.stringify(turns[2]!.paragraphs[1])).not.toContain('**');
  });
});

describe('a video transcript that keeps a captioner’s `>>` marks', () => {
  it('should start a new turn, by nobody named, at each mark, and drop the mark', () => {
    const t = normalise(attributionFixture('video-transcript-chevrons.md'));
    const turns = [...turnsOf(t.body)];
    expect(turns.map((turn) => spokenText(turn.paragraphs[0]!).trim().split(' ').slice(0, 2).join(' '))).toEqual([
      'Hello, everyone,',
      'Thanks for',
      'Six years.',
      'Honestly, a',
      'That’s the',
      'It is.',
      'All right,',
    ]);
    expect(turns.every((turn) => turn.speaker === null && turn.attribution.method === 'unknown')).toBe(true);
    expect(turns[1]!.attribution.evidence[0]).toMatch(/^a captioner’s mark of a new voice \(“>>”\) stands here/);
    expect(JSON.stringify(turns.map((turn) => turn.paragraphs))).not.toContain('>>');
    // The stamp that opens a line goes with the voice after its mark, and the turn starts on that line.
    expect(turns[1]!.paragraphs[0]![0]).toEqual({ type: 'timeMark', seconds: 9, asPrinted: '[00:09]' });
    expect(turns[1]!.place?.line).toBe(5);
    expect(turns[3]!.place?.line).toBe(7);
    expect(t.changes.find((c) => c.rule === 'caption-speaker-change')?.count).toBe(7);
  });
});

describe('a conference call whose labels stand between rules', () => {
  const text = () => attributionFixture('earnings-call-framed-labels.txt');

  it('should read each framed line as a label, its running number dropped, what they are kept as the role', () => {
    const t = normalise(text());
    const rows = turnRows(t, 2).map(([speaker, label]) => [speaker, label]);
    expect(rows.slice(0, 6)).toEqual([
      ['Operator', 'Operator'],
      ['Ines Vidal', 'Ines Vidal (Harbour Lines - CEO)'],
      ['Mark Osei', 'Mark Osei (Harbour Lines - CFO)'],
      ['Operator', 'Operator'],
      ['Ruth Penn', 'Ruth Penn (Castle Securities - Analyst)'],
      ['Mark Osei', 'Mark Osei (Harbour Lines - CFO)'],
    ]);
    // The framed section names after the first label are headings, the glossary's entries no speakers.
    const headings = t.body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.children : []));
    expect(JSON.stringify(headings)).toContain('Questions and Answers');
    expect(t.participants.map((p) => p.name)).not.toContain('Final Transcript');
    expect(t.changes.find((c) => c.rule === 'framed-label')?.count).toBe(6);
  });

  it('should read lines ending `\\r\\r\\n` (a CRLF file saved again as CRLF) as one line break each', () => {
    const doubled = normalise(text().replace(/\n/g, '\r\r\n'));
    expect(turnRows(doubled, 2)).toEqual(turnRows(normalise(text()), 2));
    expect(doubled.meta.source.lineEndings).toBe('crlf');
    expect(doubled.changes.find((c) => c.rule === 'line-endings')?.before).toBe('\r\r\n');
  });
});

describe('a recorder app’s export: minutes and seconds alone over each passage', () => {
  const text =
    '# Oral history of a mill town\n\n00:02\nThis is the start of the recording with Ada in Hebden.\n\n00:14\nAda, can you tell me where you were born?\n\n00:20\nI was born on the canal side in 1931.\n\n00:30\nAnd your father worked at the mill?\n';

  it('should make each stamp the time of the passage under it, the first one too, and no time of the event', () => {
    const t = normalise(text);
    const turns = [...turnsOf(t.body)];
    const paragraphs = turns.flatMap((turn) => turn.paragraphs);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs.map((p) => p[0])).toEqual([
      { type: 'timeMark', seconds: 2, asPrinted: '00:02' },
      { type: 'timeMark', seconds: 14, asPrinted: '00:14' },
      { type: 'timeMark', seconds: 20, asPrinted: '00:20' },
      { type: 'timeMark', seconds: 30, asPrinted: '00:30' },
    ]);
    expect(t.meta.time).toBeNull();
    expect(t.body.some((b) => b.type === 'stageDirection')).toBe(false);
  });

  it('should leave one clock time alone on its line as printed', () => {
    const t = normalise('# Notes\n\n10:30\nThe meeting opened with a minute of silence.\n');
    expect(JSON.stringify(t)).not.toContain('"asPrinted":"10:30"');
  });
});

describe('a print Q&A whose answers are labelled and whose questions are not', () => {
  it('should give each question standing right over a labelled answer to the interviewer', () => {
    const t = normalise(attributionFixture('entrevista-preguntas-sin-etiqueta.md'));
    const rows = turnRows(t, 2).map(([speaker, label, method, words]) => [speaker, label, method, words]);
    expect(rows.slice(1)).toEqual([
      ['Question', null, 'inferred', '¿Qué han'],
      ['Lucía Mena', 'LM', 'explicit', 'Hay mucha'],
      ['Question', null, 'inferred', '¿Hay alguna'],
      ['Lucía Mena', 'LM', 'explicit', 'Sí, los'],
      ['Question', null, 'inferred', '¿Y usted,'],
      ['Andrés Ruiz', 'AR', 'explicit', 'El tiempo.'],
      ['Question', null, 'inferred', '¿Ha cambiado'],
      ['Andrés Ruiz', 'AR', 'explicit', 'Por completo.'],
    ]);
    expect(t.diagnostics.some((d) => d.rule === 'questions-over-answers')).toBe(true);
    // (The introduction names each with the initials the answers are labelled by.)
    expect(t.participants.map((p) => [p.name, p.labels])).toEqual(
      expect.arrayContaining([
        ['Andrés Ruiz', ['AR']],
        ['Lucía Mena', ['LM']],
      ]),
    );
  });

  it('should leave a speaker’s closing question theirs where a blank line stands before the next label', () => {
    const debate = attributionFixture('entrevista-preguntas-sin-etiqueta.md').replace(/\?\n(LM|AR):/g, '?\n\n$1:');
    const t = normalise(debate);
    expect(t.diagnostics.some((d) => d.rule === 'questions-over-answers')).toBe(false);
    expect(turnRows(t, 2).some(([speaker]) => speaker === 'Question')).toBe(false);
  });
});

describe('a French print interview that opens each question with a dash', () => {
  it('should give the dashed paragraphs to the interviewer and the plain ones after them to one answer each', () => {
    const t = normalise(attributionFixture('entretien-questions-tirets.md'), { fileName: 'entretien.md' });
    const turns = [...turnsOf(t.body)];
    expect(turns.map((turn) => [turn.function, turn.paragraphs.length])).toEqual([
      ['question', 1],
      ['answer', 2],
      ['question', 1],
      ['answer', 1],
      ['question', 1],
      ['answer', 1],
      ['question', 1],
      ['answer', 1],
    ]);
    expect(turnRows(t, 2)[0]).toEqual(['Question', null, 'inferred', 'Pourquoi la']);
    // The page's introduction and credit are the page's, not speech.
    expect(t.body[0]!.type).not.toBe('turn');
    expect(t.diagnostics.some((d) => d.rule === 'dashed-questions')).toBe(true);
  });

  it('should leave dashed paragraphs alone on a page that does not say it is an interview', () => {
    const text = attributionFixture('entretien-questions-tirets.md').replace('Propos recueillis par Paul Lenoir\n', '');
    const t = normalise(text, { fileName: 'entretien.md' });
    expect(t.diagnostics.some((d) => d.rule === 'dashed-questions')).toBe(false);
  });
});
