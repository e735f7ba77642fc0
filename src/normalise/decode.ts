/**
 * @module normalise/decode
 * Bytes to text. Detects the encoding rather than assuming it: byte-order marks (UTF-8,
 * UTF-16 LE/BE), strict UTF-8, and otherwise chardet's guess decoded with iconv-lite (Node 20's
 * own windows-1252 decoder is broken). Refuses input that is not text at all.
 */
import { createHash } from 'node:crypto';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { UnreadableInputError } from '../errors.js';

/** Decoded input and what was learnt on the way. */
export interface DecodedInput {
  /** The text, BOM removed, line endings untouched. */
  text: string;
  /** Encoding name as recorded in `meta.source.encoding`. */
  encoding: string;
  /** True when the encoding was a statistical guess. */
  guessed: boolean;
  /** Hex sha256 of the bytes. */
  sha256: string;
}

/** Hex sha256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode transcript bytes; throws `UnreadableInputError` for empty or binary input. */
export function decodeBytes(bytes: Uint8Array): DecodedInput {
  const sha256 = sha256Hex(bytes);
  if (bytes.length === 0) throw new UnreadableInputError('the input is empty');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le', guessed: false, sha256 };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be', guessed: false, sha256 };
  }
  const nul = buffer.indexOf(0);
  if (nul >= 0) {
    throw new UnreadableInputError(`the input is binary, not a text transcript (NUL byte at offset ${nul})`);
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    const text = strictUtf8(buffer.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom', guessed: false, sha256 };
  }
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', guessed: false, sha256 };

  // chardet's statistics settle long before the end of a file; a sample keeps it fast.
  const detected = (chardet.detect(buffer.subarray(0, 16384)) ?? '').toLowerCase();
  // Legacy single-byte Latin text is far more common than the rest in transcripts; chardet's
  // ISO-8859-1 answer is decoded as its superset windows-1252 so curly quotes survive.
  const encoding = detected === '' || detected === 'iso-8859-1' || detected === 'utf-8' ? 'windows-1252' : detected;
  if (!iconv.encodingExists(encoding)) {
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252', guessed: true, sha256 };
  }
  return { text: iconv.decode(buffer, encoding), encoding, guessed: true, sha256 };
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return null;
  }
}

/** True when decoded text looks like binary data rather than writing (many control characters). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd)
      controls++;
  }
  // A few stray controls are text with noise; writing never has them by the dozen.
  return controls >= 16 && controls / sample.length > 0.1;
}
