// The public library API (src/index.ts): the exact list of runtime exports is pinned here, so an
// export added or lost is a decision; and the API fails clearly at its edge — a renderer without
// a context uses the default theme, a broken model is a ModelError naming the problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as verbatim from '../src/index.js';
import { ModelError, getRenderer, normalise, type Transcript } from '../src/index.js';

const EXAMPLE = readFileSync(new URL('../examples/press-conference.txt', import.meta.url), 'utf8');

describe('public API', () => {
  it('should export exactly the documented runtime names', () => {
    expect(Object.keys(verbatim).sort()).toEqual([
      'InvalidOptionError',
      'MODEL_VERSION',
      'ModelError',
      'UnreadableInputError',
      'VERSION',
      'VerbatimError',
      'a5BookTheme',
      'buildEditions',
      'checkTheme',
      'checkTranscript',
      'defaultTheme',
      'formatInspection',
      'getRenderer',
      'letterTheme',
      'loadTheme',
      'monochromeTheme',
      'normalise',
      'normaliseBytes',
      'normaliseDocx',
      'normaliseFile',
      'prepareEdition',
      'registerRenderer',
      'rendererIds',
      'spokenParagraphs',
      'spokenText',
      'themePresets',
      'transcriptFromJson',
      'transcriptToJson',
      'turnsOf',
      'wordsOf',
    ]);
  });

  it('should render with the default theme when no context is given', async () => {
    const transcript = normalise(EXAMPLE);
    const markdown = await (await getRenderer('md')).render(transcript);
    const explicit = await (
      await getRenderer('md')
    ).render(transcript, {
      theme: verbatim.defaultTheme,
      diagnostics: [],
    });
    expect(Buffer.from(markdown).equals(Buffer.from(explicit))).toBe(true);
    expect(new TextDecoder().decode(markdown)).toContain('Marlow');
  });

  it('should refuse a model whose turn names a speaker who is not a participant', async () => {
    const transcript = normalise(EXAMPLE);
    const broken: Transcript = structuredClone(transcript);
    const turn = broken.body.find((block) => block.type === 'turn')!;
    if (turn.type === 'turn') turn.speaker = 'p-nobody';
    for (const id of verbatim.rendererIds()) {
      const renderer = await getRenderer(id);
      await expect(renderer.render(broken)).rejects.toThrow(ModelError);
      await expect(renderer.render(broken)).rejects.toThrow('names speaker "p-nobody", who is not in participants');
    }
  });

  it('should refuse something that is not a model at all', async () => {
    const renderer = await getRenderer('md');
    await expect(renderer.render({} as Transcript)).rejects.toThrow('model JSON has no "modelVersion" field');
  });

  it('should refuse a theme that is not a theme', async () => {
    const renderer = await getRenderer('md');
    await expect(
      renderer.render(normalise(EXAMPLE), { theme: { page: 7 } as unknown as verbatim.Theme }),
    ).rejects.toThrow(/theme/);
  });
});
