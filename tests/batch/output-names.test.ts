// Output names cannot escape --out and never collide within a batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeBaseName, uniqueBaseNames } from '../../src/batch/output-names.js';

describe('output names', () => {
  it('should keep ordinary names and drop folders and extensions', () => {
    expect(safeBaseName('/a/b/000-nato-press-conference-2001-seed.txt')).toBe('000-nato-press-conference-2001-seed');
    expect(safeBaseName('C:\\docs\\Press Briefing (final).md')).toBe('Press-Briefing-final');
  });

  it('should never produce a path, a dot-file or an empty name', () => {
    for (const hostile of [
      '../../etc/passwd',
      '..',
      '.hidden',
      '/',
      '',
      '....txt',
      'a/../../b',
      'x\u0000y',
      '<script>.txt',
    ]) {
      const name = safeBaseName(hostile);
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(name).not.toContain('..');
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const name = safeBaseName(input);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(100);
        expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(name.endsWith('.')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('should make names unique within a batch', () => {
    expect(uniqueBaseNames(['a/talk.txt', 'b/talk.txt', 'c/Talk.md'])).toEqual(['talk', 'talk-2', 'Talk-3']);
  });
});
