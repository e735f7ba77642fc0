// Child-process helper for the time-zone test: renders the example press conference as DOCX and prints the sha256 of the bytes. Run with `node --import tsx`.
import { createHash } from 'node:crypto';
import { pressConference } from '../../helpers/fixtures.js';
import { renderDocx, themeWith } from './fixtures.js';

const embed = process.argv.includes('--embed');
const transcript = pressConference();
const bytes = await renderDocx(
  transcript,
  themeWith((t) => (t.docx.embedFonts = embed)),
);
process.stdout.write(
  `${createHash('sha256').update(bytes).digest('hex')} ${new Date(2024, 0, 1).getTimezoneOffset()}\n`,
);
