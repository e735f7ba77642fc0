// Stands in for `@noble/ciphers/aes` in the CLI bundle (scripts/bundle.mjs). pdfkit imports AES
// for encrypted PDFs, which Verbatim never writes, and the module computes 1.3 MB of lookup
// tables when it is loaded: in the startup snapshot (scripts/snapshot.mjs) they were a twentieth
// of what every command reads and checks at start-up. Here the real module (`@noble/ciphers/aes.js`,
// which the alias does not catch) is loaded when a cipher is first asked for.
'use strict';
let aes;
const real = () => (aes ??= require('@noble/ciphers/aes.js'));
module.exports = {
  cbc: (...args) => real().cbc(...args),
  ecb: (...args) => real().ecb(...args),
};
