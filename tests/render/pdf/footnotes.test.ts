// Footnotes across many pages: a long transcript with a note every two pages or so (the long
// press conference repeated, each copy with a note of its own) keeps every typesetting rule —
// each note set on the page that refers to it, never split from its reference — on A4 and in an
// A5 book, and every note is set exactly once.
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../../src/model/json.js';
import { prepareEdition } from '../../../src/render/edition/edition.js';
import { layoutPdf } from '../../../src/render/pdf/layout.js';
import { defaultTheme, themePresets } from '../../../src/theme/default.js';
import { notedPressConference } from '../../helpers/fixtures.js';
import { labelsStranded, violations } from './layout-rules.js';

describe('PDF footnotes on many pages', () => {
  const transcript = notedPressConference(12);

  it('should be a valid model with twelve notes', () => {
    expect(() => checkTranscript(JSON.parse(JSON.stringify(transcript)))).not.toThrow();
    expect(transcript.notes.map((n) => n.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it.each([
    ['A4', defaultTheme],
    ['A5 book', themePresets['a5-book']],
  ] as const)('should set each note once, on the page of its reference, in %s', (_name, theme) => {
    const layout = layoutPdf(prepareEdition(transcript, theme));
    expect(violations(layout)).toEqual([]);
    expect(labelsStranded(layout)).toBe(0);
    const set = layout.pages.flatMap((page) => page.notes.map((n) => n.note.id));
    expect([...set].sort()).toEqual(transcript.notes.map((n) => n.id).sort());
    const pagesWithNotes = layout.pages.filter((page) => page.notes.length > 0);
    expect(pagesWithNotes.length).toBe(12);
    expect(layout.pages.length).toBeGreaterThan(20);
  });
});
