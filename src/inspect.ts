/**
 * @module inspect
 * A readable summary of a transcript model for a person at a terminal: metadata,
 * participants, each turn with its speaker and how it was attributed (inferred ones
 * highlighted with their evidence), what was removed, and the diagnostics.
 */
import { styleText } from 'node:util';
import type { Transcript } from './model/nodes.js';
import type { Inline } from './model/nodes.js';
import { inlinesOf, spokenText, wordsOf } from './model/walk.js';

/** Text with editorial marks shown as printed (for headings and stage directions). */
function printed(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of inlinesOf(nodes)) {
    if (node.type === 'text') out += node.value;
    else if ('asPrinted' in node) out += node.asPrinted;
  }
  return out;
}

type Style = Parameters<typeof styleText>[0];

/** Format the inspection; `colour` adds ANSI colours. */
export function formatInspection(transcript: Transcript, options: { colour: boolean }): string {
  const paint = (style: Style, text: string) => (options.colour ? styleText(style, text) : text);
  const lines: string[] = [];
  const { meta } = transcript;
  lines.push(paint('bold', meta.title));
  const facts: [string, string | null][] = [
    ['kind', meta.kind],
    ['date', meta.date],
    ['time', meta.time],
    ['place', meta.place],
    ['language', `${meta.language} (${meta.languageSource})`],
    ['publisher', meta.source.publisher],
    ['series', meta.source.series],
    ['page updated', meta.source.pageUpdated],
    ['url', meta.source.url],
    ['file', meta.source.fileName],
    ['format', `${meta.source.format}, ${meta.source.encoding}, line endings ${meta.source.lineEndings}`],
    ['made by', meta.source.tool ?? null],
    ['sha256', meta.source.sha256],
    ['subjects', meta.subjects.length > 0 ? meta.subjects.join('; ') : null],
  ];
  for (const [key, value] of facts) if (value) lines.push(`  ${paint('dim', key.padEnd(13))}${value}`);

  lines.push('', paint('bold', `Participants (${transcript.participants.length})`));
  // The id column is as wide as the longest id, so a long one never runs into the name.
  const idWidth = Math.max(0, ...transcript.participants.map((p) => p.id.length)) + 2;
  for (const p of transcript.participants) {
    const detail = [p.role, p.affiliation].filter(Boolean).join(', ');
    lines.push(
      `  ${paint('cyan', p.id.padEnd(idWidth))}${p.name}${detail ? ` — ${detail}` : ''} [${p.kind}]${p.labels.length ? `  labels: ${p.labels.map((l) => `"${l}"`).join(', ')}` : ''}`,
    );
  }

  const names = new Map(transcript.participants.map((p) => [p.id, p.name]));
  lines.push('', paint('bold', `Body (${transcript.body.length} blocks)`));
  let para = 0;
  for (const block of transcript.body) {
    if (block.type === 'turn') {
      const who = block.speaker ? (names.get(block.speaker) ?? block.speaker) : '(unknown speaker)';
      const words = block.paragraphs.reduce((n, p) => n + wordsOf(spokenText(p)).length, 0);
      const first = spokenText(block.paragraphs[0] ?? []).slice(0, 70);
      const method = block.attribution.method;
      const tag =
        method === 'explicit'
          ? paint('green', 'explicit')
          : method === 'editor'
            ? paint('cyan', 'editor')
            : method === 'inferred'
              ? paint(['yellow', 'bold'], 'INFERRED')
              : paint(['red', 'bold'], 'UNKNOWN');
      const range = `¶${para + 1}${block.paragraphs.length > 1 ? `–${para + block.paragraphs.length}` : ''}`;
      para += block.paragraphs.length;
      lines.push(
        `  ${block.id.padEnd(5)} ${range.padEnd(9)} ${who}${block.label ? ` ("${block.label}")` : ''} ${tag} ${block.attribution.confidence}${block.function ? ` ${block.function}` : ''} · ${words} words`,
      );
      if (first) lines.push(`        ${paint('dim', first + (first.length >= 70 ? '…' : ''))}`);
      if (method !== 'explicit' && method !== 'editor')
        for (const e of block.attribution.evidence) lines.push(`        ${paint('yellow', '↳ ' + e)}`);
    } else if (block.type === 'heading') {
      lines.push(`  ${block.id.padEnd(5)} ${paint('magenta', 'heading')} ${printed(block.children)}`);
    } else if (block.type === 'stageDirection') {
      lines.push(`  ${block.id.padEnd(5)} ${paint('magenta', 'direction')} ${printed(block.children)}`);
    } else {
      lines.push(`  ${block.id.padEnd(5)} ${paint('magenta', 'section')} ${spokenText(block.title)}`);
    }
  }

  if (transcript.notes.length > 0) {
    lines.push('', paint('bold', `Notes (${transcript.notes.length})`));
    for (const note of transcript.notes) lines.push(`  ${note.number}. ${spokenText(note.children)}`);
  }
  lines.push('', paint('bold', `Removed (${transcript.removed.length})`));
  for (const r of transcript.removed) {
    const text = r.text.replace(/\s*\n\s*/g, ' ⏎ ');
    lines.push(
      `  ${paint('red', r.reason.padEnd(22))} line ${r.place?.line ?? '?'}: ${text.length > 80 ? text.slice(0, 79) + '…' : text}`,
    );
  }
  const byRule = new Map<string, number>();
  for (const c of transcript.changes) byRule.set(c.rule, (byRule.get(c.rule) ?? 0) + (c.count ?? 1));
  lines.push('', paint('bold', `Changes (${[...byRule.values()].reduce((a, b) => a + b, 0)})`));
  for (const [rule, count] of byRule) lines.push(`  ${rule.padEnd(22)} ${count}`);
  lines.push('', paint('bold', `Diagnostics (${transcript.diagnostics.length})`));
  for (const d of transcript.diagnostics) {
    const colour: Style = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'dim';
    lines.push(
      `  ${paint(colour, d.severity.padEnd(8))} ${d.rule}${d.place ? ` (line ${d.place.line})` : ''}: ${d.message}`,
    );
  }
  return lines.join('\n') + '\n';
}
