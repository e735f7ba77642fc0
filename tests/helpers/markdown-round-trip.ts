// The Markdown edition's round trip, as README and src/model/README.md define it: a transcript
// rendered to Markdown and read back is the same transcript apart from its provenance — which
// file it was read from (meta.source's fileName, format, encoding, line endings, checksum), the
// ledgers of that reading (removed, changes, diagnostics), places in the input, and block ids,
// which are positions (t1, h1, d1, s1) and are given again.
import type { Block, Transcript } from '../../src/model/nodes.js';
import { normalise } from '../../src/normalise/index.js';
import { getRenderer } from '../../src/render/registry.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/default.js';

/** The Markdown edition of a transcript, as text. */
export async function markdownOf(transcript: Transcript, theme: Theme = defaultTheme): Promise<string> {
  return new TextDecoder().decode(await (await getRenderer('md')).render(transcript, { theme, diagnostics: [] }));
}

function positional(blocks: Block[], counters = { t: 0, h: 0, d: 0, s: 0 }): Block[] {
  return blocks.map((block) => {
    const { place: _place, ...rest } = block;
    switch (rest.type) {
      case 'turn':
        return { ...rest, id: `t${++counters.t}` };
      case 'heading':
        return { ...rest, id: `h${++counters.h}` };
      case 'stageDirection':
        return { ...rest, id: `d${++counters.d}` };
      case 'section': {
        const id = `s${++counters.s}`;
        return { ...rest, id, body: positional(rest.body, counters) };
      }
    }
  });
}

/** What a round trip keeps: the transcript without its provenance (see the header). */
export function withoutProvenance(transcript: Transcript): unknown {
  const { publisher, series, pageUpdated, url } = transcript.meta.source;
  return {
    modelVersion: transcript.modelVersion,
    meta: { ...transcript.meta, source: { publisher, series, pageUpdated, url } },
    participants: transcript.participants,
    body: positional(structuredClone(transcript.body)),
    notes: transcript.notes,
  };
}

/** Render to Markdown and read it back. */
export async function roundTrip(
  transcript: Transcript,
  theme: Theme = defaultTheme,
): Promise<{ markdown: string; back: Transcript }> {
  const markdown = await markdownOf(transcript, theme);
  return { markdown, back: normalise(markdown, { fileName: 'edition.md' }) };
}
