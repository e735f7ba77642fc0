// The model's runtime validator and JSON reader: accepts the spec's shapes, rejects the rest
// with a message that names the place, and refuses other model versions.
import { describe, expect, it } from 'vitest';
import { checkTranscript, transcriptFromJson, transcriptToJson } from '../src/model/json.js';
import type { Transcript } from '../src/model/nodes.js';
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

  it('should refuse another model version with a clear message', () => {
    const data = { ...sample(), modelVersion: '2.0' };
    expect(() => checkTranscript(data)).toThrow('model version "2.0" is not supported (this Verbatim reads 1.0)');
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
