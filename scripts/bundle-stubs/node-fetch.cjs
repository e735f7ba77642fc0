// Stands in for node-fetch in the CLI bundle (scripts/bundle.mjs). epub-gen-memory imports
// node-fetch to download remote fonts, images and covers; Verbatim gives it none, so the bundle
// leaves out node-fetch and Node's http/https modules, which cannot be kept in a startup
// snapshot (scripts/snapshot.mjs). Called anyway, it fails with a message instead of fetching.
'use strict';
function fetch(url) {
  return Promise.reject(new Error(`the verbatim bundle does not fetch ${url}`));
}
module.exports = fetch;
module.exports.default = fetch;
