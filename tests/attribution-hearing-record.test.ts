// A news service's record of a hearing (issue #13): one paragraph to a line, `[*]` before the
// first label, `(UNKNOWN):` for a voice nobody named, `(LAUGHTER)` in capitals inside a turn, and
// a label printed twice (`MWANGI: OSTROWSKI: …`). The fixture is written for these tests in the
// shape such records print.
import { describe, expect, it } from 'vitest';
import { spokenText, turnsOf } from '../src/model/walk.js';
import { normalise, normaliseBytes } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('a news service’s hearing record', () => {
  it('should read the first label after its `[*]` mark', () => {
    const t = normalise(fixture('hearing-news-service.txt'));
    expect(turnRows(t, 4)[0]).toEqual(['Ostrowski', 'OSTROWSKI', 'explicit', 'This hearing will come']);
  });

  it('should give `(UNKNOWN):` turns to an unknown voice, never to a named person', () => {
    const t = normalise(fixture('hearing-news-service.txt'));
    const unknown = t.participants.find((p) => p.labels.includes('(UNKNOWN)'));
    expect(unknown).toMatchObject({ kind: 'unknown', name: 'Unknown' });
    const rows = turnRows(t, 3).filter(([, label]) => label === '(UNKNOWN)');
    expect(rows.map(([speaker]) => speaker)).toEqual(['Unknown', 'Unknown']);
  });

  it('should keep the speaker’s words after `(LAUGHTER)` in the same turn', () => {
    const t = normalise(fixture('hearing-news-service.txt'));
    const turn = [...turnsOf(t.body)].find((candidate) =>
      candidate.paragraphs.some((p) => spokenText(p).startsWith('Nobody pours water')),
    );
    const texts = turn!.paragraphs.map((p) => spokenText(p));
    expect(texts.at(-1)).toBe('Now, Captain, tell us what you saw from the bridge at eleven o’clock.');
    expect(t.body.some((b) => b.type === 'heading' && JSON.stringify(b).includes('LAUGHTER'))).toBe(false);
  });

  it('should give a doubled label’s words to the second label, and account for the first', () => {
    const t = normalise(fixture('hearing-news-service.txt'));
    expect(turnRows(t, 4)).toContainEqual(['Ostrowski', 'OSTROWSKI', 'explicit', 'I think we need']);
    expect(t.removed.filter((r) => r.reason === 'label-doubled').map((r) => r.text)).toEqual(['MWANGI:']);
  });

  it('should keep a label whose words start with a name and a colon that is no label', () => {
    const t = normalise('VOSS: Note: the log was kept by hand.\nMWANGI: Thank you.\nVOSS: You are welcome.\n');
    expect(turnRows(t, 2)[0]).toEqual(['Voss', 'VOSS', 'explicit', 'Note: the']);
  });
});

describe('a blog post of a hearing', () => {
  it('should take an embedded video player out as the page’s, with its reason', () => {
    const t = normalise(
      "<iframe width=512 height=330 src='https://video.example.org/1'></iframe>\n\nVOSS: Good morning.\n\nMWANGI: Good morning, Captain.\n",
    );
    expect(t.removed.map((r) => r.reason)).toContain('embedded-media');
    expect(turnRows(t, 2).map(([speaker]) => speaker)).toEqual(['Voss', 'Mwangi']);
  });

  it('should never take a wire headline’s possessive attribution (`Fed’s Powell:`) for a speaker', () => {
    const t = normalise(
      "Fed's Powell: Rates stay on hold.<br>\nFed's Powell: Banks are well capitalised.<br>\n\nQ: Will you cut?\n\nPOWELL: Not yet.\n",
    );
    expect(t.participants.map((p) => p.name)).not.toContain("Fed's Powell");
    expect(t.participants.some((p) => p.labels.includes("Fed's Powell"))).toBe(false);
  });
});

describe('a Markdown page that carries its paragraphs as inline HTML', () => {
  it('should read `<p><b>MR. ROE</b>:  words</p>` as a label and words, and log what it took out', () => {
    const md = [
      '# Harbour v. Ferry Company',
      '',
      '  <p><b>MR. ROE</b>:  May it please the Court.</p>',
      '  <p><b>THE CHIEF JUSTICE</b>:  How many counsel are there, Mr.&nbsp;Roe?</p>',
      '  <p><b>MR. ROE</b>:  Two, <i>Your Honour</i>.</p>',
      '',
    ].join('\n');
    const t = normaliseBytes(Buffer.from(md), { fileName: 'argument.md' });
    expect(turnRows(t, 4)).toEqual([
      ['Mr. Roe', 'MR. ROE', 'explicit', 'May it please the'],
      ['The Chief Justice', 'THE CHIEF JUSTICE', 'explicit', 'How many counsel are'],
      ['Mr. Roe', 'MR. ROE', 'explicit', 'Two, Your Honour.'],
    ]);
    expect(t.changes.filter((c) => c.rule === 'html-tag')).toHaveLength(14);
    expect(JSON.stringify(t.body)).not.toMatch(/<\/?[bip]>|&nbsp;/);
  });
});
