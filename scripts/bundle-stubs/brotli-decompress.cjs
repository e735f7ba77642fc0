// Stands in for `brotli/decompress.js` in the CLI bundle (scripts/bundle.mjs). fontkit decodes
// WOFF2 fonts with that pure-JavaScript decoder, whose 120 kB dictionary is a 460 kB array literal
// in the source and 1 MB more once evaluated: in the startup snapshot (scripts/snapshot.mjs) it
// was a twentieth of what every command reads and checks at start-up, for fonts Verbatim does not
// ship. Node's zlib decodes Brotli itself, and a Brotli stream has one decoded form, so the bytes
// are the same. Called as fontkit calls it: (compressed bytes, decoded size) → bytes.
'use strict';
const { brotliDecompressSync } = require('node:zlib');

function decompress(buffer, outSize) {
  const out = brotliDecompressSync(buffer, outSize > 0 ? { maxOutputLength: outSize } : {});
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
module.exports = decompress;
