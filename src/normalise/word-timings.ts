/**
 * @module normalise/word-timings
 * What a paragraph keeps of its recording in the model (spec: `Timing`, `Uncertain`): a `timing`
 * node first in the paragraph, with when the paragraph is heard and, from a speech recogniser,
 * one compact `START-END` entry per word; and the words the recogniser was unsure of (confidence
 * below `KEPT_CONFIDENCE`) wrapped in `uncertain` nodes. A word is a white-space-separated token
 * of the paragraph as printed (text and the printed form of marks), which no later pass changes.
 */
import type { Inline, Timing } from '../model/nodes.js';
import type { CueTiming, WordTiming } from './draft.js';

/** Words below this confidence are kept as `uncertain` nodes; a theme marks those below its own threshold. */
export const KEPT_CONFIDENCE = 0.8;

/** Seconds with at most three decimals and no trailing zeros: 4.87, 262, 0.005. */
function seconds(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** The compact word timings: "4.87-5.02 5.02-5.17 ?" (spec: `Timing.words`). */
export function encodeWordTimes(words: readonly WordTiming[]): string {
  return words
    .map((w) => (w.start !== null && w.end !== null ? `${seconds(w.start)}-${seconds(w.end)}` : '?'))
    .join(' ');
}

/** The `timing` node of a paragraph heard at `cue`, with its words' times when any is known. */
export function timingNode(cue: CueTiming, words: readonly WordTiming[] | undefined): Timing {
  const node: Timing = { type: 'timing', start: Number(seconds(cue.start)), end: Number(seconds(cue.end)) };
  if (words && words.some((w) => w.start !== null)) node.words = encodeWordTimes(words);
  return node;
}

/** The printed form of a leaf mark, which counts towards the paragraph's tokens. */
function printedLeaf(node: Inline): string {
  return 'asPrinted' in node ? node.asPrinted : '';
}

const CORE = /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/su;

/** One token cut into what goes before its letters, the letters, and what follows ("„Kowalczyk,“"). */
function wrapToken(token: string, confidence: number): Inline[] {
  const core = CORE.exec(token);
  const [before, inner, after] = core
    ? [token.slice(0, core.index), core[0], token.slice(core.index + core[0].length)]
    : ['', token, ''];
  const out: Inline[] = [];
  if (before) out.push({ type: 'text', value: before });
  out.push({
    type: 'uncertain',
    confidence: Math.round(confidence * 1000) / 1000,
    children: [{ type: 'text', value: inner }],
  });
  if (after) out.push({ type: 'text', value: after });
  return out;
}

/**
 * Wrap the tokens of a paragraph whose recognised word has a confidence below `KEPT_CONFIDENCE`
 * in `uncertain` nodes. `words` has one entry per token of the printed paragraph; a token that
 * is not wholly inside one text node (run into a mark) stays as it is.
 */
export function markUncertainWords(nodes: readonly Inline[], words: readonly WordTiming[]): Inline[] {
  if (!words.some((w) => w.confidence !== null && w.confidence < KEPT_CONFIDENCE)) return [...nodes];
  const out: Inline[] = [];
  let index = -1;
  let open = false;
  nodes.forEach((node, at) => {
    if (node.type !== 'text') {
      const printed = printedLeaf(node);
      for (const part of printed.match(/\s+|\S+/g) ?? []) {
        if (/^\s/.test(part)) open = false;
        else if (!open) {
          index++;
          open = true;
        }
      }
      out.push(node);
      return;
    }
    const next = nodes[at + 1];
    const nextJoins = next !== undefined && /^\S/.test(next.type === 'text' ? next.value : printedLeaf(next));
    let pending = '';
    const parts = node.value.match(/\s+|\S+/g) ?? [];
    parts.forEach((part, i) => {
      if (/^\s/.test(part)) {
        open = false;
        pending += part;
        return;
      }
      const continues = open;
      if (!open) {
        index++;
        open = true;
      }
      const whole = !continues && !(i === parts.length - 1 && nextJoins);
      const confidence = words[index]?.confidence ?? null;
      if (whole && confidence !== null && confidence < KEPT_CONFIDENCE) {
        if (pending) out.push({ type: 'text', value: pending });
        pending = '';
        for (const piece of wrapToken(part, confidence)) {
          const last = out[out.length - 1];
          if (piece.type === 'text' && last?.type === 'text') last.value += piece.value;
          else out.push(piece);
        }
      } else pending += part;
    });
    if (pending) {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.value += pending;
      else out.push({ type: 'text', value: pending });
    }
  });
  return out;
}
