/**
 * @module normalise/passes/front-matter
 * Pass `front-matter`: a YAML block between `---` lines (or a TOML block between `+++` lines, as
 * Hugo writes it) at the top of a text or Markdown file becomes metadata (title, date, url, publisher, subjects, language, people named as
 * creators). The block itself goes to `removed[]` with what was harvested from it, so no word
 * of it is lost. Front matter a hard wrap broke (a value run on at the margin) is read with the
 * wrapped lines joined to their values (info `front-matter-rewrapped`); unparseable YAML or TOML
 * is left in the text with a warning.
 */
import { createRequire } from 'node:module';
import type * as Toml from 'smol-toml';
import type * as Yaml from 'yaml';
import type { Diagnostic, Participant } from '../../model/nodes.js';
import { isoDateOf } from '../dates.js';
import { blockRemoval, diagnostic, placeOf, type Draft, type Pass } from '../draft.js';
import { personFromName } from '../people.js';

// yaml and smol-toml are loaded only when a file has front matter (it is a noticeable part of start-up).
const require = createRequire(import.meta.url);
function parseYaml(text: string): unknown {
  return (require('yaml') as typeof Yaml).parse(text, { prettyErrors: false });
}

function parseToml(text: string): unknown {
  return (require('smol-toml') as typeof Toml).parse(text);
}

function parseQuietly(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}

/**
 * Front matter a hard wrap went through: a value runs on at the margin (`title: "Allow all …` then
 * `(default 6h)"`), which YAML reads only when indented. Lines at the margin that are no key, list
 * item or comment are indented under the key before them; null when there is none.
 */
function rejoinWrappedValues(yamlText: string): string | null {
  let changed = false;
  const lines = yamlText.split('\n').map((line, index) => {
    if (index === 0 || line.trim() === '' || /^(?:\s|-\s|#|[\w"'-][^:]*:(?:\s|$))/.test(line)) return line;
    changed = true;
    return `  ${line}`;
  });
  return changed ? lines.join('\n') : null;
}

function firstString(record: Record<string, unknown>, keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ');
  }
  return null;
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (typeof value === 'string' && value.trim() !== '')
    return value
      .split(/[;,]/)
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

export const frontMatter: Pass = {
  name: 'front-matter',
  run(draft: Draft): Draft {
    const lines = draft.lines;
    const first = lines.findIndex((line) => line.text.trim() !== '');
    const opening = first < 0 ? '' : (lines[first]?.text.trim() ?? '');
    if (MARKDOWN_COMMENT.test(opening)) return commentFields(draft, first);
    if (opening !== '---' && opening !== '+++') return draft;
    const toml = opening === '+++';
    const closing = toml ? /^\+\+\+\s*$/ : /^(---|\.\.\.)\s*$/;
    let end = -1;
    for (let i = first + 1; i < Math.min(lines.length, first + 200); i++) {
      if (closing.test(lines[i]?.text ?? '')) {
        end = i;
        break;
      }
    }
    if (end < 0) return draft;
    const block = lines.slice(first, end + 1);
    const yamlText = lines
      .slice(first + 1, end)
      .map((l) => l.text)
      .join('\n');
    let data: unknown;
    let message = '';
    const notes: Diagnostic[] = [];
    try {
      data = toml ? parseToml(yamlText) : parseYaml(yamlText);
    } catch (error) {
      message = (error as Error).message.split('\n')[0] ?? '';
      const rejoined = toml ? null : rejoinWrappedValues(yamlText);
      data = rejoined === null ? undefined : parseQuietly(rejoined);
      if (data !== undefined)
        notes.push(
          diagnostic(
            'info',
            'front-matter-rewrapped',
            'Front matter was hard-wrapped (a value ran on at the margin): read with the wrapped lines joined to their values.',
            placeOf(block[0]!.no),
          ),
        );
    }
    if (data === undefined) {
      return {
        ...draft,
        diagnostics: [
          ...draft.diagnostics,
          diagnostic(
            'warning',
            'front-matter-invalid',
            `Front matter is not valid ${toml ? 'TOML' : 'YAML'} and was kept as text: ${message}`,
            placeOf(block[0]!.no),
          ),
        ],
      };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return draft;
    return harvest(
      { ...draft, diagnostics: [...draft.diagnostics, ...notes] },
      data as Record<string, unknown>,
      block,
      first,
      end,
      `${toml ? 'TOML' : 'YAML'} front matter; its fields became metadata.`,
    );
  },
};

/** A Markdown comment line, `[//]: # (title: Jane Roe)`, `[comment]: <> (…)`: its words. */
const MARKDOWN_COMMENT = /^\s*\[(?:\/\/|comment|\/\/\s*)\]:\s*(?:#|<>)\s*(?:\((.*)\)|"(.*)")\s*$/;

/**
 * Markdown comments opening a file (`[//]: # (title: Jane Roe – Coach)`, a site generator's way of
 * keeping fields out of the page): the fields they hold (`key: value`) become metadata as front
 * matter's do, and the comments go to `removed[]` with them.
 */
function commentFields(draft: Draft, first: number): Draft {
  const lines = draft.lines;
  const record: Record<string, unknown> = {};
  let end = first;
  for (let i = first; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    const comment = MARKDOWN_COMMENT.exec(text);
    if (!comment) break;
    end = i;
    const field = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(comment[1] ?? comment[2] ?? '');
    if (field && !(field[1]!.toLowerCase() in record)) record[field[1]!.toLowerCase()] = field[2]!;
  }
  return harvest(
    draft,
    record,
    lines.slice(first, end + 1),
    first,
    end,
    'Markdown comments; the fields they hold became metadata.',
  );
}

/** Metadata and participants from front matter's fields, the block removed from the lines and recorded. */
function harvest(
  draft: Draft,
  record: Record<string, unknown>,
  block: Draft['lines'],
  first: number,
  end: number,
  why: string,
): Draft {
  const lines = draft.lines;
  const meta = { ...draft.meta };
  const harvested: Record<string, string> = {};
  const set = <K extends 'title' | 'kind' | 'date' | 'place' | 'publisher' | 'url' | 'pageUpdated' | 'language'>(
    key: K,
    value: string | null,
  ) => {
    if (value === null || meta[key] !== null) return;
    meta[key] = value;
    harvested[`meta.${key}`] = value;
  };
  set('title', firstString(record, ['title']));
  set('date', isoDateOf(record['date'] ?? record['event_date']));
  set('kind', firstString(record, ['kind', 'type', 'event'])?.toLowerCase() ?? null);
  set('place', firstString(record, ['place', 'location', 'venue']));
  set('publisher', firstString(record, ['publisher', 'source', 'organization', 'organisation']));
  set('url', firstString(record, ['source_url', 'url', 'link', 'trove_url']));
  set('pageUpdated', isoDateOf(record['modified_time'] ?? record['updated'] ?? record['modified']));
  const language = firstString(record, ['language', 'lang']);
  if (language !== null && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) && meta.language === null) {
    meta.language = language;
    meta.languageSource = 'front-matter';
    harvested['meta.language'] = language;
  }
  const subjects = [...stringList(record['subjects']), ...stringList(record['keywords'])];
  if (subjects.length > 0) {
    meta.subjects = [...new Set([...meta.subjects, ...subjects])];
    harvested['meta.subjects'] = subjects.join('; ');
  }
  const participants: Participant[] = [...draft.participants];
  for (const creator of [...stringList(record['creators']), ...stringList(record['speakers'])]) {
    const person = personFromName(creator);
    if (person && !participants.some((p) => p.id === person.id)) {
      participants.push(person);
      harvested[`participants.${person.id}`] = person.name;
    }
  }
  return {
    ...draft,
    meta,
    participants,
    lines: [...lines.slice(0, first), ...lines.slice(end + 1)],
    removed: [...draft.removed, blockRemoval(block, 'front-matter', why, harvested)],
  };
}
