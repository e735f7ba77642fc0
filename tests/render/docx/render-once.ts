// Child-process helper for the time-zone test: renders the seed (or, without the corpus, the
// literal transcript) as DOCX and prints the sha256 of the bytes. Run with `node --import tsx`.
import { createHash } from 'node:crypto';
import { literalTranscript, renderDocx, seedTranscript, themeWith } from './fixtures.js';

const embed = process.argv.includes('--embed');
const transcript = seedTranscript() ?? literalTranscript();
const bytes = await renderDocx(
  transcript,
  themeWith((t) => (t.docx.embedFonts = embed)),
);
process.stdout.write(
  `${createHash('sha256').update(bytes).digest('hex')} ${new Date(2024, 0, 1).getTimezoneOffset()}\n`,
);
