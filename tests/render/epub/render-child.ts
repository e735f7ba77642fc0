// Renders a transcript in a child process and prints the sha256 of the book and the process's
// time-zone offset: epub.test.ts runs it under other time zones (TZ=Pacific/Kiritimati, …).
//   node --import tsx tests/render/epub/render-child.ts literal|example
import { createHash } from 'node:crypto';
import { epubRenderer } from '../../../src/render/epub/index.js';
import { defaultTheme } from '../../../src/theme/default.js';
import { pressConference } from '../../helpers/fixtures.js';
import { literalTranscript } from './helpers.js';

const transcript = process.argv[2] === 'example' ? pressConference() : literalTranscript();
const bytes = await epubRenderer.render(transcript, { theme: defaultTheme, diagnostics: [] });
process.stdout.write(
  `${createHash('sha256').update(bytes).digest('hex')} ${new Date(2024, 2, 12).getTimezoneOffset()}\n`,
);
