// The external checking tools (Debian packages installed by .ci/run): whether each is present,
// and small wrappers. Tests that need a tool skip with a clear message when it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

export const HAVE = {
  qpdf: has('qpdf'),
  poppler: has('pdftotext') && has('pdffonts') && has('pdfinfo'),
  /** MuPDF's command-line tool (mupdf-tools), a second text extraction beside poppler's. */
  mutool: has('mutool'),
  soffice: has('soffice'),
  pandoc: has('pandoc'),
  epubcheck: existsSync('/usr/share/java/epubcheck.jar') && has('java'),
  /** libxml2's xmllint (libxml2-utils), for the TEI RELAX NG and Akoma Ntoso XSD checks. */
  xmllint: has('xmllint'),
  pythonDocx: spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0,
};

/** Message for a skipped tool test. */
export function missing(tool: string): string {
  return `${tool} is not installed: skipped (.ci/run installs it)`;
}

/** Run a command and return its stdout; throws with stderr when it fails. */
export function run(
  command: string,
  args: string[],
  options: { allowFailure?: boolean } = {},
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const out = { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  if (out.code !== 0 && !options.allowFailure)
    throw new Error(`${command} ${args.join(' ')} failed (${out.code}): ${out.stderr}`);
  return out;
}
