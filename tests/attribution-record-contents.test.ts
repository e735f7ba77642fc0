// A sitting's record with its table of contents before the masthead is printed again, and labels
// a sentence-aligned corpus left with no words under them (issue #13). Fixture written for these
// tests in the shape such records print.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('a record whose masthead is printed again after its contents', () => {
  it('should take the contents out, so that no listed name or section starts a turn', () => {
    const t = normalise(fixture('hansard-contents-masthead.txt'));
    const contents = t.removed.find((r) => r.reason === 'table-of-contents');
    expect(contents?.text.split('\n')).toEqual([
      'FERRY SERVICES BILL',
      'Ms. Ada Lind',
      'Mr. Tom Rask',
      'QUESTION PERIOD',
      'Mr. Tom Rask',
      'HARBOUR ASSEMBLY RECORD * NUMBER 12',
      'Tuesday, May 14, 2024',
    ]);
    expect(turnRows(t, 3).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['The Speaker', 'Is the Assembly'],
      ['Ms. Ada Lind', 'Madam Speaker, the'],
      ['Mr. Tom Rask', 'Madam Speaker, the'],
      ['The Speaker', 'Order, please.'],
    ]);
  });

  it('should make no turn of a label with no words, and account for it', () => {
    const t = normalise(fixture('hansard-contents-masthead.txt'));
    expect(t.removed.filter((r) => r.reason === 'label-without-text').map((r) => r.text)).toEqual([
      'The Speaker:',
      'Mr. Tom Rask (Old Town):',
    ]);
    expect(t.diagnostics.filter((d) => d.rule === 'label-without-text')).toHaveLength(2);
  });

  it('should leave a first line printed again later, with sentences between, alone', () => {
    const text =
      'THE HARBOUR REPORT\nThe ferry ran late again.\nIt was foggy.\nThe pilots said so.\nThe mayor agreed.\nTHE HARBOUR REPORT\n';
    expect(normalise(text).removed.some((r) => r.reason === 'table-of-contents')).toBe(false);
  });
});
