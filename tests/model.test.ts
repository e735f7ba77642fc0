// The model's runtime validator and JSON reader: accepts the spec's shapes, rejects the rest
// with a message that names the place, and refuses other model versions.
import { describe, expect, it } from 'vitest';
import { checkTranscript, transcriptFromJson, transcriptToJson } from '../src/model/json.js';
import { MODEL_VERSION, type Transcript } from '../src/model/nodes.js';
import { normalise } from '../src/normalise/index.js';

function sample(): Transcript {
  return normalise(
    'Interview\n\nwith NATO Secretary General, Lord Robertson\n\nQ: Is it "bold"?\n\nLORD ROBERTSON: Yes -- very. (Laughter.)\n',
  );
}

describe('model JSON', () => {
  it('should round-trip a normalised transcript byte for byte', () => {
    const json = transcriptToJson(sample());
    expect(transcriptToJson(transcriptFromJson(json))).toBe(json);
  });

  it('should refuse another major model version with a clear message', () => {
    for (const version of ['2.0', '0.9', '1', 'one', 1.0]) {
      const data = { ...sample(), modelVersion: version };
      expect(() => checkTranscript(data)).toThrow(
        `model version ${JSON.stringify(version)} is not supported (this Verbatim reads 1.x)`,
      );
    }
  });

  it('should read every minor version of its major as the current model', () => {
    for (const version of ['1.0', '1.1', '1.9', '1.12']) {
      const read = checkTranscript({ ...sample(), modelVersion: version });
      expect(read.modelVersion).toBe(MODEL_VERSION);
      expect(read.body).toEqual(sample().body);
    }
  });

  it('should say that a file is newer when it has a field this version does not know', () => {
    const data = JSON.parse(transcriptToJson(sample())) as { meta: Record<string, unknown>; modelVersion: string };
    data.modelVersion = '1.7';
    data.meta['futureField'] = 'x';
    expect(() => checkTranscript(data)).toThrow(/invalid model at meta.*futureField/);
    expect(() => checkTranscript(data)).toThrow(`(the file is model 1.7, newer than this Verbatim's ${MODEL_VERSION})`);
  });

  it('should refuse JSON without a model version', () => {
    expect(() => transcriptFromJson('{"meta":{}}')).toThrow('model JSON has no "modelVersion" field');
  });

  it('should name the path of a bad field', () => {
    const data = JSON.parse(transcriptToJson(sample())) as { body: { paragraphs: { reason?: string }[][] }[] };
    const turn = data.body.find((b) => b.paragraphs) as unknown as { paragraphs: unknown[][] };
    turn.paragraphs[0]!.push({ type: 'gap', reason: 'mumbled', asPrinted: 'x' });
    expect(() => checkTranscript(data)).toThrow(/invalid model at body\.\d+\.paragraphs\.0\.\d+/);
  });

  it('should reject a misspelt key', () => {
    const data = JSON.parse(transcriptToJson(sample())) as { meta: Record<string, unknown> };
    data.meta['titel'] = 'x';
    expect(() => checkTranscript(data)).toThrow(/invalid model at meta.*titel/);
  });

  it('should reject a turn whose speaker is not a participant', () => {
    const data = JSON.parse(transcriptToJson(sample())) as Transcript;
    const turn = data.body.find((b) => b.type === 'turn')!;
    if (turn.type === 'turn') turn.speaker = 'p-nobody';
    expect(() => checkTranscript(data)).toThrow('names speaker "p-nobody", who is not in participants');
  });

  it('should read model JSON given to the normaliser as a model', () => {
    const json = transcriptToJson(sample());
    expect(normalise(json)).toEqual(JSON.parse(json));
  });
});
