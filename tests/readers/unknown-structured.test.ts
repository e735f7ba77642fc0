/**
 * JSON or XML that no reader knows is refused with one line, never typeset as text; text that
 * merely starts with a brace or an angle bracket is still read as text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../../src/errors.js';
import { normalise } from '../../src/normalise/index.js';

describe('structured input no reader knows', () => {
  it('refuses JSON that is not a transcript format', () => {
    expect(() => normalise('{ "id": 12, "name": "oral argument", "sections": 3 }')).toThrow(UnreadableInputError);
    expect(() => normalise('[1, 2, 3]')).toThrow(/JSON but not a transcript format/);
  });

  it('refuses XML with a declaration or a namespace', () => {
    expect(() => normalise('<?xml version="1.0"?>\n<catalog><book/></catalog>')).toThrow(/XML but not/);
    expect(() => normalise('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toThrow(
      UnreadableInputError,
    );
  });

  it('still reads text that only starts with a brace or a tag', () => {
    const braces = normalise('{Applause}\n\nMR. SMITH: Thank you all for coming.\n');
    expect(braces.body.length).toBeGreaterThan(0);
    const tags = normalise('<b>MR. SMITH:</b> Thank you all for coming.\n');
    expect(tags.body.length).toBeGreaterThan(0);
  });

  it('the CLI prints one line, exits 1 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-json-'));
    const input = join(dir, 'argument.json');
    writeFileSync(input, JSON.stringify({ id: 1, transcript: { sections: [] } }));
    const out = join(dir, 'out');
    const bin = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));
    const run = spawnSync(process.execPath, [bin, 'build', input, '--out', out, '--to', 'md'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/argument\.json: the input is JSON but not a transcript format/);
    expect(run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    const normaliseRun = spawnSync(process.execPath, [bin, 'normalise', input], { encoding: 'utf8' });
    expect(normaliseRun.status).toBe(1);
    expect(normaliseRun.stdout).toBe('');
    expect(normaliseRun.stderr.trim().split('\n')).toHaveLength(1);
    expect(normaliseRun.stderr).toMatch(/JSON but not a transcript format/);
    const written = existsSync(out) ? readdirSync(out) : [];
    expect(written.filter((name) => name.startsWith('argument'))).toEqual([]);
  });
});
