// Court and committee records in shapes a reporter's or an archive's export prints (issue #13):
// bare `Q`/`A` markers, a parenthesis the record never closed, labels marked up as elements, a
// speech-to-text log that stamps every segment, the first page's number, a table's header row.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { normalise, normaliseBytes } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

describe('bare Q and A markers of an examination', () => {
  it('should read `Q Welcome back.` and `A Thank you.` as the examiner and the witness', () => {
    const t = normalise(attributionFixture('court-bare-markers.txt'));
    expect(turnRows(t, 2).slice(3, 9)).toEqual([
      ['Ms. Alder', 'Q', 'explicit', 'Good morning,'],
      ['The Witness', 'A', 'explicit', 'Good morning.'],
      ['Ms. Alder', 'Q', 'explicit', 'Welcome back.'],
      ['The Witness', 'A', 'explicit', 'Thank you.'],
      ['Ms. Alder', 'Q', 'explicit', 'Before the'],
      ['The Witness', 'A', 'explicit', 'That’s correct.'],
    ]);
  });

  it('should never read a line that starts with the article "A" as an answer where no examination is printed', () => {
    const t = normalise(
      'HOST: Welcome to the book hour.\n\nA Tale of Two Cities was our pick this month.\n\nA Room with a View comes next.\n\nGUEST: I loved both.\n\nHOST: So did I.\n',
    );
    expect(t.participants.map((p) => p.name)).toEqual(['Host', 'Guest']);
    expect(turnRows(t).map(([, label]) => label)).toEqual(['HOST', 'GUEST', 'HOST']);
  });
});

describe('a parenthesis the record never closed', () => {
  it('should not hold the next labels of the record inside the direction', () => {
    const t = normalise(attributionFixture('court-unclosed-direction.txt'));
    expect(turnRows(t, 2).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['The Court', 'Let’s go.'],
      ['The Court', 'Two matters'],
      ['Mr. Hale', 'Thank you,'],
      ['The Court', 'Of course.'],
      ['Mr. Hale', 'The first'],
    ]);
  });
});

describe('labels marked up as elements', () => {
  it('should read `<Speaker> Name ( Riding ) </Speaker> :` as the label, and the first page number as page furniture', () => {
    const t = normalise(attributionFixture('committee-tagged-labels.txt'));
    expect(turnRows(t, 2).map(([, label, method, words]) => [label, method, words])).toEqual([
      ['The Clerk (Ms. Ada Pruitt)', 'explicit', 'Honourable members'],
      ['Mr. Tom Reyes (Eastport, Ind.)', 'explicit', 'I move'],
      ['The Clerk', 'explicit', 'Is it'],
      ['Mr. Tom Reyes (Eastport, Ind.)', 'explicit', 'Agreed .'],
    ]);
    expect(t.participants.map((p) => p.name)).not.toContain('Speaker');
    expect(t.removed.find((r) => r.reason === 'page-number')?.text).toBe('1');
  });

  it('should know the first page’s number under a site’s banner, and read the title block below it', () => {
    const plain = normalise(attributionFixture('committee-tagged-labels.txt'));
    const t = normalise(
      `Transcript service - All rights reserved\n\n${attributionFixture('committee-tagged-labels.txt')}`,
    );
    expect(t.removed.filter((r) => r.reason === 'page-number').map((r) => r.text.trim())).toEqual(['1']);
    expect(t.meta.title).toBe(plain.meta.title);
    expect(turnRows(t, 2)).toEqual(turnRows(plain, 2));
  });
});

describe('a speech-to-text log that stamps every segment', () => {
  it('should not read a short stamped segment printed twice as a name over the speech', () => {
    const t = normalise(attributionFixture('podcast-timed-segments.md'));
    expect(t.participants).toEqual([]);
  });
});

describe('a web page whose transcript is a table', () => {
  it('should leave the table’s header row out as `table-header`, never a speaker', () => {
    const html = [
      '<html><body><table><thead><th>Time</th><th>Transcript</th></thead><tbody>',
      '<tr><td>0h00m00s</td><td>welcome to the third harbour podcast my name is Ada and today it is just me</td></tr>',
      '<tr><td>0h00m44s</td><td>the ferry timetable changes next month so here is what you need to know</td></tr>',
      '</tbody></table></body></html>',
    ].join('\n');
    const t = normaliseBytes(new TextEncoder().encode(html), { fileName: 'episode.html' });
    expect(t.participants).toEqual([]);
    expect(t.removed.find((r) => r.reason === 'table-header')?.text).toContain('<th>Time</th>');
  });
});

describe('records of assemblies in Korean, Japanese and Chinese', () => {
  it('should read the circle before each speaker as a label, each label even seen once, and keep stage directions in the turn', () => {
    const t = normalise(attributionFixture('council-circle-labels-ko.md'));
    expect(turnRows(t, 1).map(([speaker]) => speaker)).toEqual([
      '위원장 박수진',
      '이정호',
      '위원장 박수진',
      '이정호',
      '위원장 박수진',
      '한미영',
      '위원장 박수진',
    ]);
    // Two directions in a row inside the chair's turn, and the count after them still hers.
    const vote = [...t.body].filter((b) => b.type === 'turn')[4]!;
    expect(vote.type === 'turn' && vote.paragraphs.length).toBe(4);
  });

  it('should read a Japanese record’s circled speakers, the person in brackets after the office, and not its agenda heads', () => {
    const t = normalise(attributionFixture('council-circle-labels-ja.txt'));
    expect(turnRows(t, 1).map(([speaker, label]) => [speaker, label])).toEqual([
      ['山田太郎君', '議長（山田太郎君）'],
      ['佐藤花子君', '佐藤花子君'],
      ['山田太郎君', '議長（山田太郎君）'],
      ['佐藤花子君', '佐藤花子君'],
      ['中村次郎君', '市長（中村次郎君）'],
      ['山田太郎君', '議長（山田太郎君）'],
    ]);
    expect(t.participants.find((p) => p.name === '山田太郎君')?.role).toBe('議長');
    expect(t.participants.map((p) => p.name)).not.toContain('議事日程');
  });

  it('should read numbered questions and long office titles as labels, a note as no speaker, and keep the numbers', () => {
    const t = normalise(attributionFixture('council-numbered-questions-zh.txt'));
    expect(turnRows(t, 1).map(([speaker]) => speaker)).toEqual([
      '陳海明議員',
      '運輸及房屋局局長',
      '李嘉欣議員',
      '運輸及房屋局局長',
      '黃志強議員',
      '運輸及房屋局局長',
    ]);
    expect(t.participants.map((p) => p.name)).not.toContain('註');
    expect(t.removed.filter((r) => r.reason === 'question-number').map((r) => r.text)).toEqual(['1.', '2.', '3.']);
  });

  it('should not read a numbered list item as a label where the numbers do not run as questions', () => {
    const t = normalise('HOST: Welcome.\n\n1. Note: bring a coat.\n\nGUEST: Thanks.\n\nHOST: Let us begin.\n');
    expect(t.participants.map((p) => p.name)).toEqual(['Host', 'Guest']);
  });
});

describe('a record exported in markup of its own and saved as text', () => {
  it('should take out every tag, read the dagger and the record’s capitals as labels, each even seen once', () => {
    const t = normalise(attributionFixture('assembly-markup-record.md'));
    expect(
      turnRows(t, 1)
        .slice(1)
        .map(([speaker, label]) => [speaker, label]),
    ).toEqual([
      ['The Minister of Works', 'The MINISTER OF WORKS'],
      ['Mr. Pell', 'Mr. PELL'],
      ['The Minister of Works', 'The MINISTER OF WORKS'],
      ['An HON. MEMBER', 'An HON. MEMBER'],
      ['Mr. Oakes', 'Mr. OAKES'],
      ['The Minister of Works', 'The MINISTER OF WORKS'],
    ]);
    expect(t.changes.filter((c) => c.rule === 'html-tag').map((c) => c.before)).toContain('<from>');
  });

  it('should leave tags alone in a Markdown file that only has a few', () => {
    const t = normalise('HOST: Welcome, see <kbd>Ctrl</kbd> for help.\n\nGUEST: Thanks.\n\nHOST: Let us begin.\n');
    expect(t.changes.filter((c) => c.rule === 'html-tag')).toEqual([]);
  });
});

describe('a web page that prints each label as a portrait', () => {
  it('should read an image whose text is a label (`alt="Name:"`) as that label', () => {
    const html = [
      '<html><body><div class="interview">',
      '<img alt="Mara Quist:" src="quist.jpg" class="host"><p class="host">Welcome to the harbour hour.</p>',
      '<img alt="Teo Lind:" src="lind.jpg" class="guest"><p class="guest">Thank you.</p>',
      '<img alt="Mara Quist:" src="quist.jpg" class="host"><p class="host">Why did the ferry stop?</p>',
      '<img alt="Teo Lind:" src="lind.jpg" class="guest"><p class="guest">Money, mostly.</p>',
      '<img alt="A ferry at dusk" src="ferry.jpg"><p>Photo: the last crossing.</p>',
      '</div></body></html>',
    ].join('\n');
    const t = normaliseBytes(new TextEncoder().encode(html), { fileName: 'interview.html' });
    expect(turnRows(t, 2).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Mara Quist', 'Welcome to'],
      ['Teo Lind', 'Thank you.'],
      ['Mara Quist', 'Why did'],
      ['Teo Lind', 'Money, mostly.'],
    ]);
  });
});

describe('a record’s lists of those present and absent, in Chinese', () => {
  it('should name the members present, make nobody of those absent, and give every speaker an id of their own', () => {
    const t = normalise(attributionFixture('council-attendance-zh.txt'));
    expect(turnRows(t, 1).map(([speaker]) => speaker)).toEqual([
      '主席',
      '李嘉欣議員',
      '運輸及房屋局局長',
      '何美玲議員',
      '運輸及房屋局局長',
      '主席',
    ]);
    const ids = t.participants.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(t.participants.map((p) => p.name)).not.toContain('張大偉議員');
    const lists = t.removed.filter((r) => r.reason === 'participant-roster').map((r) => r.text.split('\n')[0]);
    expect(lists).toEqual(['出席議員：', '缺席議員：', '出席政府官員：']);
  });
});

describe('a record in Malay', () => {
  it('should read Malay names and offices as labels, the person in square brackets, and a member seen once after an honorific', () => {
    const t = normalise(attributionFixture('senate-record-ms.txt'));
    expect(turnRows(t, 1).map(([speaker]) => speaker)).toEqual([
      'Tuan Yang di-Pertua',
      'Datuk Seri Amir bin Hassan',
      'Tuan Yang di-Pertua',
      'Puan Siti Aminah binti Yusof',
      'Datuk Seri Amir bin Hassan',
      'Tuan Lim Kok Wah',
      'Datuk Seri Amir bin Hassan',
      'Tuan Yang di-Pertua',
      'Puan Siti Aminah binti Yusof',
    ]);
    expect(t.participants.find((p) => p.name === 'Datuk Seri Amir bin Hassan')?.role).toBe('Menteri Pengangkutan');
  });
});

describe('live captions saved as text', () => {
  it('should read `>> NAME:` as the label, an audience member as the anonymous questioner', () => {
    const t = normalise(
      [
        '>> MARA QUIST: So, about two hours ago my slides stopped working.',
        'We will hope for the best.',
        'This talk is about ferry timetables.',
        '',
        '>> HOST: We have time for questions.',
        '',
        '>> AUDIENCE MEMBER: Why not use trains?',
        '',
        '>> MARA QUIST: Because there is no bridge.',
        '',
      ].join('\n'),
    );
    expect(turnRows(t, 1).map(([speaker, label]) => [speaker, label])).toEqual([
      ['Mara Quist', 'MARA QUIST'],
      ['Host', 'HOST'],
      ['Question', 'AUDIENCE MEMBER'],
      ['Mara Quist', 'MARA QUIST'],
    ]);
  });
});

describe('a broadcaster’s transcript', () => {
  it('should read "NAME, ROLE:" seen once, alone on its line or not, as the first label of the surname that recurs', () => {
    const t = normalise(
      [
        'MARA QUIST, BYLINE: From Harbour Radio, this is the ferry quiz.',
        '',
        'QUIST: And here is your host, Teo Lind.',
        '',
        'TEO LIND, HOST:',
        '',
        'Thank you.',
        '',
        'LIND: Thank you, Mara. What a crowd.',
        '',
        'QUIST: They came for the ferries.',
        '',
        'LIND: Then let us begin.',
        '',
      ].join('\n'),
    );
    expect(turnRows(t, 2).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Mara Quist', 'From Harbour'],
      ['Mara Quist', 'And here'],
      ['Teo Lind', 'Thank you.'],
      ['Teo Lind', 'Thank you,'],
      ['Mara Quist', 'They came'],
      ['Teo Lind', 'Then let'],
    ]);
  });
});

describe('a podcast page’s fields in Chinese', () => {
  it('should take the host from the host field, the other fields and the note out, and give the host the talk', () => {
    const t = normalise(attributionFixture('podcast-fields-zh.md'));
    expect(turnRows(t, 1).map(([speaker, , method]) => [speaker, method])).toEqual([['林美華', 'inferred']]);
    expect(t.participants.find((p) => p.name === '林美華')?.role).toBe('Host');
    expect(t.removed.filter((r) => r.reason === 'header-field').map((r) => r.text.slice(0, 6))).toEqual([
      '- 集數編號',
      '- 日期：2',
      '- 來源：w',
      '> 註：此逐',
    ]);
  });
});
