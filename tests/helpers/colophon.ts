// Checks of a colophon shared by the colophon tests on fixtures and on the corpus.
import { expect } from 'vitest';
import type { Messages } from '../../src/messages/catalogue.js';
import { formatCount } from '../../src/messages/messages.js';
import type { Transcript } from '../../src/model/nodes.js';
import { changeCounts, prepareEdition } from '../../src/render/edition/edition.js';
import { defaultTheme } from '../../src/theme/default.js';

export function colophonOf(transcript: Transcript): string[] {
  return prepareEdition(transcript, defaultTheme).colophon;
}

/** What every colophon must satisfy, whatever the input. */
export function expectPlainAndTrue(transcript: Transcript, messages: Messages): void {
  const colophon = colophonOf(transcript);
  const text = colophon.join('\n');
  const { source } = transcript.meta;
  // No count of zero (the input's name and checksum aside), no "not stated".
  const counted = colophon.filter(
    (p) => !p.startsWith(messages.colophon.checksum) && !p.includes(source.fileName ?? '\u0000'),
  );
  expect(counted.join('\n')).not.toMatch(/(?<![\d.,\u00A0\u202F])0(?![\d.,\u00A0\u202F])/);
  expect(text).not.toMatch(/not stated/i);
  // The source page, when there is one, is on a line of its own after its label.
  const withUrl = colophon.filter((p) => source.url !== null && p.includes(source.url));
  if (source.url) expect(withUrl).toEqual([`${messages.colophon.address} ${source.url}`]);
  else expect(text).not.toContain(messages.colophon.address);
  // A publisher is named only when the source names one.
  if (!source.publisher)
    expect(text).not.toContain(messages.colophon.publishedBy('\u0001', null, null).split('\u0001')[0]!);
  // Every kind of change is counted, in its plural form.
  for (const [kind, n] of changeCounts(transcript.changes))
    expect(text).toContain(formatCount(messages, n, messages.colophon.changeKinds[kind]));
  if (transcript.changes.length === 0) expect(text).toContain(messages.colophon.noChanges);
  expect(colophon[colophon.length - 1]).toMatch(new RegExp(`${messages.colophon.spelling.replace('.', '\\.')}$`));
}
