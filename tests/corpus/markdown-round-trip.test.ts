// Every corpus file and the seed read back from their Markdown edition as the same transcript
// apart from provenance (tests/helpers/markdown-round-trip.ts); and on the seed, the label of
// paragraph 17 (Igor Ivanov's, inferred, printed "[Ivanov]") replaced by "Robertson:" gives that
// turn to Lord Robertson with method editor, printed without brackets in PDF, DOCX and EPUB.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../../src/errors.js';
import type { Transcript, Turn } from '../../src/model/nodes.js';
import { turnsOf } from '../../src/model/walk.js';
import { normalise, normaliseBytes } from '../../src/normalise/index.js';
import { prepareEdition } from '../../src/render/edition/edition.js';
import { defaultTheme } from '../../src/theme/default.js';
import { CORPUS_DIR, corpusFiles, HAVE_CORPUS, NO_CORPUS, SEED } from '../helpers/corpus.js';
import { editionTexts } from '../helpers/edition-texts.js';
import { markdownOf, roundTrip, withoutProvenance } from '../helpers/markdown-round-trip.js';
import { HAVE, missing } from '../helpers/tools.js';

function readable(path: string): Transcript | null {
  try {
    return normaliseBytes(readFileSync(path), { fileName: path });
  } catch (error) {
    if (error instanceof UnreadableInputError) return null; // The diarization file has no words.
    throw error;
  }
}

function turnAt(transcript: Transcript, paragraph: number): Turn {
  let seen = 0;
  for (const turn of turnsOf(transcript.body)) {
    if (paragraph <= seen + turn.paragraphs.length) return turn;
    seen += turn.paragraphs.length;
  }
  throw new Error(`no paragraph ${paragraph}`);
}

describe.skipIf(!HAVE_CORPUS)(
  `the Markdown edition of every corpus file ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`,
  () => {
    const files = corpusFiles();

    it('should find the corpus files, the seed among them', () => {
      expect(files).toContain(SEED.slice(CORPUS_DIR.length));
      expect(files.length).toBeGreaterThanOrEqual(15);
    });

    it.each(files)('should read %s back apart from provenance', async (name) => {
      const transcript = readable(CORPUS_DIR + name);
      if (!transcript) {
        expect(name).toMatch(/\.rttm$/);
        return;
      }
      const { back } = await roundTrip(transcript);
      expect(withoutProvenance(back)).toEqual(withoutProvenance(transcript));
      expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(back.participants.length).toBe(transcript.participants.length);
    });
  },
);

describe.skipIf(!HAVE_CORPUS)(`the seed's paragraph 17 relabelled ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`, () => {
  const seed = HAVE_CORPUS ? readable(SEED)! : null!;

  it('should give the turn to Lord Robertson with method editor, and the colophon count it', async () => {
    const markdown = await markdownOf(seed);
    expect(turnAt(seed, 17)).toMatchObject({ speaker: 'p-ivanov', attribution: { method: 'inferred' } });
    expect(markdown).toContain('[]{#para-17}**\\[Ivanov\\]:** I think that the question');
    const back = normalise(markdown.replace('[]{#para-17}**\\[Ivanov\\]:**', '[]{#para-17}**Robertson:**'), {
      fileName: '000-nato-press-conference-2001-seed.md',
    });
    const turn = turnAt(back, 17);
    expect(turn.speaker).toBe('p-robertson');
    expect(turn.attribution).toEqual({
      method: 'editor',
      confidence: 1,
      evidence: ['an editor gave paragraph 17 to Lord Robertson (000-nato-press-conference-2001-seed.md)'],
    });
    // Nothing else moved: the other ten turns keep speaker and attribution.
    const others = (t: Transcript) => [...turnsOf(t.body)].filter((x) => x.id !== turn.id);
    expect(others(back).map((t) => [t.speaker, t.attribution])).toEqual(
      others(seed).map((t) => [t.speaker, t.attribution]),
    );
    expect(prepareEdition(back, defaultTheme).colophon.join(' ')).toContain('An editor decided the speaker of 1 turn.');
  });

  it.skipIf(!HAVE.poppler)(
    `should print it without brackets in the PDF, the Word document and the EPUB ${HAVE.poppler ? '' : missing('poppler-utils')}`,
    async () => {
      const markdown = await markdownOf(seed);
      const back = normalise(markdown.replace('[]{#para-17}**\\[Ivanov\\]:**', '[]{#para-17}**Robertson:**'), {
        fileName: 'seed.md',
      });
      const before = await editionTexts(seed);
      const after = await editionTexts(back);
      for (const format of ['pdf', 'docx', 'epub'] as const) {
        expect(before[format], format).toMatch(/\[Ivanov\]: I think that the question/);
        expect(after[format], format).toMatch(/(^|[^[])Robertson: I think that the question/m);
        expect(after[format], format).not.toMatch(/\[Robertson\]|\[Ivanov\]: I think/);
      }
    },
  );
});
