// Same input, same bytes — whatever was rendered before it in the process. The PDF renderer
// shares opened fonts and shaped words across documents (and the Word and EPUB packagers share
// compressed fonts), so each input is rendered in every format alone, in a fresh module graph,
// then after the others in two orders, once after all were rendered under another theme; every
// output must be byte-identical to its alone rendering. The inputs are the project's own (the CLI test in
// tests/corpus/ takes corpus files through folder builds).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE, fontFixtures } from '../helpers/fixtures.js';

const FORMATS = ['pdf', 'docx', 'epub', 'md'];

interface Input {
  name: string;
  bytes: Buffer;
}

/** Renders inputs with modules loaded afresh: nothing shared with earlier renderings. */
async function freshSession() {
  vi.resetModules();
  const { getRenderer } = await import('../../src/render/registry.js');
  const { normaliseBytes } = await import('../../src/normalise/index.js');
  const { defaultTheme, themePresets } = await import('../../src/theme/default.js');
  const renderers = await Promise.all(FORMATS.map((id) => getRenderer(id)));
  return async (input: Input, theme: 'default' | 'a5-book' = 'default'): Promise<Map<string, Buffer>> => {
    const transcript = normaliseBytes(input.bytes, { fileName: input.name });
    const outputs = new Map<string, Buffer>();
    for (const renderer of renderers) {
      const bytes = await renderer.render(transcript, {
        theme: theme === 'default' ? defaultTheme : themePresets[theme],
        diagnostics: [],
      });
      outputs.set(renderer.id, Buffer.from(bytes));
    }
    return outputs;
  };
}

describe('rendering order', () => {
  it('should give every input the same bytes in every format after other inputs as alone', async () => {
    const inputs: Input[] = [EXAMPLE, ...fontFixtures()].map((path) => ({
      name: basename(path),
      bytes: readFileSync(path),
    }));
    const alone = new Map<string, Map<string, Buffer>>();
    for (const input of inputs) alone.set(input.name, await (await freshSession())(input));

    const differences: string[] = [];
    const compare = (order: string, input: Input, outputs: Map<string, Buffer>) => {
      for (const format of FORMATS)
        if (!outputs.get(format)!.equals(alone.get(input.name)!.get(format)!))
          differences.push(`${input.name}.${format} (${order})`);
    };
    // Backward, in a process of its own; then, in another, after every input was rendered
    // under another theme (other faces, other sizes), starting from the second.
    let render = await freshSession();
    for (const input of [...inputs].reverse()) compare('backward', input, await render(input));
    render = await freshSession();
    for (const input of inputs) await render(input, 'a5-book');
    for (const input of [...inputs.slice(1), inputs[0]!]) compare('after a5-book', input, await render(input));
    expect(differences).toEqual([]);
  }, 120_000);
});
