/**
 * @module normalise/passes/typography
 * Pass `typography`: straight quotes to curly ones, `--` to an em dash, a spaced hyphen to a
 * spaced en dash, `...` to an ellipsis — in spoken text only, never in labels or printed
 * marks. Each rewrite is logged in `changes[]` with the word around it. Spelling is never
 * touched: a transcript is verbatim.
 */
import type { Block, Change, Inline } from '../../model/nodes.js';
import { change, type Draft, type Pass } from '../draft.js';
import { inlineChildren, withInlineChildren } from '../../model/walk.js';

interface Rule {
  rule: string;
  pattern: RegExp;
  replace: (match: string, before: string) => string;
}

const RULES: Rule[] = [
  { rule: 'ellipsis', pattern: /\.\.\./g, replace: () => '…' },
  { rule: 'em-dash', pattern: /(?<!-)--(?!-)/g, replace: () => '—' },
  { rule: 'en-dash', pattern: /(?<=\s)-(?=\s)/g, replace: () => '–' },
  {
    rule: 'curly-quotes',
    pattern: /"/g,
    replace: (_m, before) => (before === '' || /[\s([{\u2014\u2013/-]$/.test(before) ? '“' : '”'),
  },
  {
    rule: 'curly-quotes',
    pattern: /'/g,
    replace: (_m, before) => (before === '' || /[\s([{\u2014\u2013"“/-]$/.test(before) ? '‘' : '’'),
  },
];

function context(text: string, index: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', index - 2) + 1);
  let end = text.indexOf(' ', index + length + 1);
  if (end < 0) end = text.length;
  return text.slice(start, end);
}

/** Apply the rules to one text value, logging changes. */
export function typeset(value: string, place: Change['place'], log: Change[]): string {
  let text = value;
  for (const rule of RULES) {
    let out = '';
    let last = 0;
    let changed = false;
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index;
      out += text.slice(last, index);
      const replacement = rule.replace(match[0], out.slice(-1) === '' && index === 0 ? '' : (out + '').slice(-1));
      const before = context(text, index, match[0].length);
      out += replacement;
      last = index + match[0].length;
      const after = before.replace(match[0], replacement);
      log.push(change(rule.rule, before, after, place));
      changed = true;
    }
    if (changed) text = out + text.slice(last);
  }
  return text;
}

function typesetInlines(nodes: Inline[], place: Change['place'], log: Change[]): Inline[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: typeset(node.value, place, log) };
    const children = inlineChildren(node);
    return children.length === 0 ? node : withInlineChildren(node, typesetInlines([...children], place, log));
  });
}

function typesetBlock(block: Block, log: Change[]): Block {
  switch (block.type) {
    case 'turn':
      return { ...block, paragraphs: block.paragraphs.map((p) => typesetInlines(p, block.place, log)) };
    case 'heading':
    case 'stageDirection':
      return { ...block, children: typesetInlines(block.children, block.place, log) };
    case 'section':
      return {
        ...block,
        title: typesetInlines(block.title, block.place, log),
        body: block.body.map((b) => typesetBlock(b, log)),
      };
  }
}

export const typography: Pass = {
  name: 'typography',
  run(draft: Draft): Draft {
    const log: Change[] = [];
    const blocks = draft.blocks.map((block) => (block.type === 'draftTurn' ? block : typesetBlock(block, log)));
    return { ...draft, blocks, changes: [...draft.changes, ...log] };
  },
};
