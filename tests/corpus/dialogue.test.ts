// Corpus 001, a NATO press conference printed as caption rows with no labels: the unlabelled-
// dialogue pass on a real file (tests/dialogue.test.ts checks the same pass on the project's own
// caption-rows fixture). Skipped without ../shared/corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/nodes.js';
import { normalise } from '../../src/normalise/index.js';
import { CORPUS_DIR, HAVE_CORPUS, NO_CORPUS } from '../helpers/corpus.js';
import { turnRows } from '../helpers/turns.js';

/** [speaker name, label, method, first four words] for each turn. */
const turns = (transcript: Transcript) => turnRows(transcript, 4);

describe.skipIf(!HAVE_CORPUS)(
  `corpus 001, a NATO press conference with no labels ${HAVE_CORPUS ? '' : `(${NO_CORPUS})`}`,
  () => {
    it('should find the Secretary General from the one printed label, the moderator’s eight calls and the four named journalists', () => {
      const t = normalise(
        readFileSync(join(CORPUS_DIR, '001-nato-press-conference-stoltenberg-2022-unlabelled.txt'), 'utf8'),
      );
      const list = turns(t);
      expect(list).toHaveLength(23);
      expect(list.filter((x) => x[0] === 'Moderator')).toHaveLength(8);
      expect(list.filter((x) => x[0] === 'NATO Secretary General')).toHaveLength(8);
      expect(list[2]).toEqual(['Dan Michaels', null, 'inferred', 'Thank you very much.']);
      expect(list.find((x) => x[2] === 'explicit')).toEqual([
        'NATO Secretary General',
        'NATO Secretary General',
        'explicit',
        'If the war is',
      ]);
      expect(t.participants.find((p) => p.name === 'Marilù Lucrezio')?.affiliation).toBe('RAI');
      // The name says the role and the organisation: neither is repeated.
      expect(t.participants.find((p) => p.name === 'NATO Secretary General')).toMatchObject({
        role: null,
        affiliation: null,
      });
    });
  },
);
