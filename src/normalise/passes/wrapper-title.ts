/**
 * @module normalise/passes/wrapper-title
 * Pass `wrapper-title`: the title a file's wrapper gives (a web page's `<title>`, an XML record's
 * `<TITEL>`) is the transcript's title only where the text itself named none (its title block,
 * its front matter). The pass stands just before `finish-meta`, which would otherwise compose
 * one; the wrapper's `removed[]` entry records the title it gave.
 */
import type { Draft, Pass } from '../draft.js';

/** The pass that gives `title` where the text gave none, recorded on the `removed[]` entry of `reason`. */
export function wrapperTitle(title: string | null, reason: string): Pass {
  return {
    name: 'wrapper-title',
    run(draft: Draft): Draft {
      if (title === null || draft.meta.title !== null) return draft;
      const wrapper = draft.removed.findIndex((r) => r.reason === reason);
      const removed = draft.removed.map((entry, index) =>
        index === wrapper ? { ...entry, harvested: { ...entry.harvested, 'meta.title': title } } : entry,
      );
      return { ...draft, meta: { ...draft.meta, title }, removed };
    },
  };
}
