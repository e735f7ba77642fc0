// Renders the seed to the PDF path given on the command line (run in a child process by the
// reproducibility test, so the time zone and SOURCE_DATE_EPOCH of that process apply).
import { readFileSync, writeFileSync } from 'node:fs';
import { sourceDateEpochFromEnv } from '../../../src/build/build.js';
import { normaliseBytes } from '../../../src/normalise/index.js';
import { pdfRenderer } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/default.js';
import { SEED } from '../../helpers/corpus.js';

const epoch = sourceDateEpochFromEnv();
const bytes = await pdfRenderer.render(normaliseBytes(readFileSync(SEED), { fileName: SEED }), {
  theme: defaultTheme,
  diagnostics: [],
  ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
});
writeFileSync(process.argv[2]!, bytes);
