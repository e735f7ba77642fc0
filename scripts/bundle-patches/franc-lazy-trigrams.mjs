// An esbuild plugin for the CLI bundle (scripts/bundle.mjs): franc (6.2.0) builds, when it is
// loaded, a dictionary of 300 trigrams for each of its 400 languages, though Verbatim asks only
// about some thirty (`only`). In the startup snapshot (scripts/snapshot.mjs) those dictionaries
// were 2 MB of objects that every command deserialised (8 ms). In the bundle each language's
// dictionary is built from the same string the first time franc reads it (a getter on the same
// key), so franc answers the same; the warm-up builds those it asked for. The build fails if
// franc's source no longer has the loop this replaces.

const ORIGINAL = `        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams
`;

const LAZY = `        const source = languages[name]
        /** @type {Record<string, number> | undefined} */
        let trigrams
        Object.defineProperty(numericData[script], name, {
          configurable: true,
          enumerable: true,
          get() {
            if (trigrams === undefined) {
              const model = source.split('|')
              trigrams = {}
              let weight = model.length
              while (weight--) {
                trigrams[model[weight]] = weight
              }
            }
            return trigrams
          }
        })
`;

/** The plugin: franc's index.js with its trigram dictionaries built on first use. */
export const francLazyTrigrams = {
  name: 'franc-lazy-trigrams',
  setup(build) {
    build.onLoad({ filter: /[\\/]franc[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(ORIGINAL))
        throw new Error(
          `${args.path}: franc no longer builds its trigram dictionaries as expected; update ${import.meta.url}`,
        );
      return { contents: source.replace(ORIGINAL, LAZY), loader: 'js' };
    });
  },
};
