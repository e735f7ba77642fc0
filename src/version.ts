/**
 * @module version
 * Verbatim's version, read once from package.json (printed by the CLI and in colophons).
 */
import { readFileSync } from 'node:fs';
import { packagePath } from './package-files.js';

const packageJson = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };

/** The package version, e.g. "0.1.0". */
export const VERSION: string = packageJson.version;
