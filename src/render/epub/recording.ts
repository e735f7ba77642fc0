/**
 * @module render/epub/recording
 * The recording of a read-along e-book (`verbatim build --audio FILE`): read once, told from its
 * first bytes (not its extension) and timed from its own headers, so the e-book's Media
 * Overlays never point past its end. EPUB 3's core audio types are MP3 (`audio/mpeg`) and AAC
 * in an MP4 container (`audio/mp4`, `.m4a`); raw AAC (ADTS, `.aac`) is not one, so it is refused
 * with the command that puts it in a container. No dependency: an MP3's length is its count of
 * frames (from the Xing/Info header when the encoder wrote one, else by walking the frame
 * headers), an MP4's is in its `mvhd` box.
 */
import { readFileSync } from 'node:fs';
import { InvalidOptionError } from '../../errors.js';
import type { Recording } from '../types.js';

const MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

interface Mp3Frame {
  length: number;
  sampleRate: number;
  samples: number;
  mpeg1: boolean;
  mono: boolean;
}

/** The MPEG audio Layer III frame header at `at`, or null. */
function mp3Frame(bytes: Uint8Array, at: number): Mp3Frame | null {
  if (at + 4 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1]! & 0xe0) !== 0xe0) return null;
  const version = (bytes[at + 1]! >> 3) & 3;
  const layer = (bytes[at + 1]! >> 1) & 3;
  const bitrateIndex = bytes[at + 2]! >> 4;
  const rateIndex = (bytes[at + 2]! >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const mpeg1 = version === 3;
  const sampleRate = SAMPLE_RATES[version]![rateIndex]!;
  const bitrate = (mpeg1 ? MPEG1_BITRATES : MPEG2_BITRATES)[bitrateIndex]! * 1000;
  const padding = (bytes[at + 2]! >> 1) & 1;
  const length = Math.floor(((mpeg1 ? 144 : 72) * bitrate) / sampleRate) + padding;
  return { length, sampleRate, samples: mpeg1 ? 1152 : 576, mpeg1, mono: bytes[at + 3]! >> 6 === 3 };
}

/** Where the audio starts: after an ID3v2 tag, if any. */
function afterId3(bytes: Uint8Array): number {
  if (bytes.length < 10 || String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!) !== 'ID3') return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  return 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
}

/** Seconds of an MP3, or null when it has no Layer III frame where its audio should start. */
export function mp3Duration(bytes: Uint8Array): number | null {
  const start = afterId3(bytes);
  const first = mp3Frame(bytes, start);
  if (!first) return null;
  // A Xing/Info frame (LAME, ffmpeg) is silent and counts the frames after it.
  const tag = start + 4 + (first.mpeg1 ? (first.mono ? 17 : 32) : first.mono ? 9 : 17);
  const name = String.fromCharCode(...bytes.subarray(tag, tag + 4));
  if ((name === 'Xing' || name === 'Info') && tag + 12 <= bytes.length && bytes[tag + 7]! & 1) {
    const frames =
      ((bytes[tag + 8]! << 24) | (bytes[tag + 9]! << 16) | (bytes[tag + 10]! << 8) | bytes[tag + 11]!) >>> 0;
    return (frames * first.samples) / first.sampleRate;
  }
  let samples = 0;
  let at = start;
  for (let frame: Mp3Frame | null = first; frame; frame = mp3Frame(bytes, at)) {
    samples += frame.samples;
    at += frame.length;
  }
  return samples / first.sampleRate;
}

/** The boxes of an MP4 between `from` and `to`: type, start of content, end. */
function* boxes(bytes: Uint8Array, from: number, to: number): Generator<{ type: string; body: number; end: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = from; at + 8 <= to; ) {
    let size = view.getUint32(at);
    let body = at + 8;
    if (size === 1 && at + 16 <= to) {
      size = Number(view.getBigUint64(at + 8));
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < 8) return;
    yield { type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), body, end: Math.min(to, at + size) };
    at += size;
  }
}

/** Seconds of an MP4 (`moov/mvhd`), or null. */
export function mp4Duration(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const moov of boxes(bytes, 0, bytes.length)) {
    if (moov.type !== 'moov') continue;
    for (const box of boxes(bytes, moov.body, moov.end)) {
      if (box.type !== 'mvhd' || box.body + 32 > box.end) continue;
      const v1 = bytes[box.body] === 1;
      const timescale = view.getUint32(box.body + (v1 ? 20 : 12));
      const duration = v1 ? Number(view.getBigUint64(box.body + 24)) : view.getUint32(box.body + 16);
      return timescale > 0 ? duration / timescale : null;
    }
  }
  return null;
}

/** What a file is, from its first bytes. */
function kindOf(bytes: Uint8Array): 'mp3' | 'm4a' | 'adts' | null {
  if (bytes.length >= 8 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'm4a';
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xf6) === 0xf0) return 'adts';
  if (mp3Frame(bytes, afterId3(bytes))) return 'mp3';
  return null;
}

/** Read and check the recording given with `--audio`; a one-line error when it cannot go into an e-book. */
export function readRecording(path: string): Recording {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidOptionError(
      `--audio ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a recording' : 'cannot be read'}`,
    );
  }
  switch (kindOf(bytes)) {
    case 'mp3':
      return { bytes, extension: 'mp3', mediaType: 'audio/mpeg', duration: mp3Duration(bytes) };
    case 'm4a':
      return { bytes, extension: 'm4a', mediaType: 'audio/mp4', duration: mp4Duration(bytes) };
    case 'adts':
      throw new InvalidOptionError(
        `--audio ${path}: raw AAC (ADTS) is not an EPUB audio type; put it in an MP4 container first (ffmpeg -i ${path} -c copy recording.m4a)`,
      );
    default:
      throw new InvalidOptionError(`--audio ${path}: not an MP3 or MP4/AAC recording (its first bytes say neither)`);
  }
}
