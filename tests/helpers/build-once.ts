// Vitest global setup: builds the package once (`npm run build`: tsc, then the CLI bundle and its
// code cache) before any test file runs, so the tests that run `bin/verbatim.js` as a user does
// run the current sources, and no two test files rebuild `dist/` under each other.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(
      `npm run build failed before the tests: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`,
      { cause: error },
    );
  }
}
