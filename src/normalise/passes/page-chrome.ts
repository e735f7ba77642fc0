/**
 * @module normalise/passes/page-chrome
 * Pass `page-chrome`: removes what a web page, a press office's template or a printed page
 * put around the transcript: site headers with their page date, navigation links, "E&OE",
 * copyright lines, end markers, horizontal rules, page numbers and the running heads beside
 * them, tables of contents, lists of tags. Every removed line goes to `removed[]` with a reason, and what it
 * told us (page date, series, publisher, address) is harvested into metadata.
 */
import type { Removed } from '../../model/nodes.js';
import { dateLine, findDate } from '../dates.js';
import { blockRemoval, placeOf, removal, type Draft, type MetaDraft, type Pass, type SourceLine } from '../draft.js';

interface LineRule {
  reason: string;
  explanation: string;
  test: RegExp;
  harvest?: (match: RegExpExecArray, meta: MetaDraft) => Record<string, string>;
}

const LINE_RULES: LineRule[] = [
  {
    reason: 'site-header',
    explanation: 'Web page header with the date the page was updated.',
    test: /^\s*(?:Header\s*)?(?:Last\s+)?Updated:\s*(\S+(?:\s+\d{1,2}:\d{2})?)\s*(.*)$/i,
    harvest(match, meta) {
      const out: Record<string, string> = {};
      const date = findDate(match[1] ?? '');
      if (date && meta.pageUpdated === null) out['meta.source.pageUpdated'] = date.iso;
      const series = (match[2] ?? '').trim();
      if (series !== '' && meta.series === null) out['meta.source.series'] = series;
      const publisher = /^([A-Z]{2,8})\b/.exec(series)?.[1];
      if (publisher && meta.publisher === null) out['meta.source.publisher'] = publisher;
      return out;
    },
  },
  {
    reason: 'embedded-media',
    explanation: 'A video or audio player embedded in the web page, not part of the transcript.',
    test: /^\s*<(?:iframe|embed|video|audio|object)\b[^>]*>(?:\s*<\/(?:iframe|embed|video|audio|object)>)?\s*$/i,
  },
  {
    reason: 'embedded-media',
    explanation: 'An image of the web page (Markdown `![…](…)`, linked or not), not part of the transcript.',
    // (A title after the address, `"…"`, or an exporter's attributes, `align="left"`, inside the brackets.)
    test: /^\s*(?:\[\s*)?!\[[^\]]{0,200}\]\([^)\s]{1,2000}(?:\s+(?:"[^"]*"|[\w-]+=["“”][^"“”]*["“”]))*\)(?:\s*\]\([^)\s]{1,2000}\))?\s*$/,
  },
  {
    reason: 'site-navigation',
    explanation: 'Web page navigation links, not part of the transcript.',
    test: /^\s*(?:(?:Go to|Back to|Return to)\s+(?:Homepage|Home|Index|Top|top)\s*)+$|^\s*(?:Print this page|Share this|Top of page|Back to top)\s*$/i,
  },
  {
    reason: 'site-navigation',
    explanation: 'Web page menu: short links separated by bars, not part of the transcript.',
    test: /^\s*[^|·•.?!:]{1,25}(?:\s+[|·•]\s+[^|·•.?!:]{1,25}){2,}\s*$/u,
  },
  {
    reason: 'site-navigation',
    explanation: 'Web page links to skip, print, e-mail or share the page, not part of the transcript.',
    test: /^\s*(?:Skip to (?:main )?(?:content|navigation)|(?:(?:Print|E-?mail|Share|Download|Save)(?: this)?(?: page| article| transcript| story)?\s*)+)\s*$/i,
  },
  {
    reason: 'copyright',
    explanation: 'Rights line of the publisher.',
    test: /^\s*(?:\S+\s+){0,8}(?:-|–|—|,|\.)?\s*All rights reserved\.?\s*$/i,
  },
  {
    reason: 'eoe',
    explanation: '"Errors and omissions excepted", a press-office disclaimer.',
    test: /^\s*E\s*&\s*O\s*E\b[\s.…·_-]*$/i,
  },
  { reason: 'copyright', explanation: 'Copyright line of the publisher.', test: /^\s*(?:©|\(c\)\s|Copyright\b)/i },
  {
    reason: 'end-marker',
    explanation: 'End-of-document marker.',
    test: /^\s*(?:\\?#\s*\\?#\s*\\?#|\[?\s*-*\s*ends?\s*-*\s*\]?\.?|-\s*end\s*-)\s*$/i,
  },
  {
    reason: 'page-marker',
    explanation: 'Page break marker of a text extracted from a PDF or a scan.',
    test: /^\s*(?:(?:-{2,}|={2,}|\*{2,}|\[)\s*(?:Page|PAGE|Seite|Pg\.?)\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*(?:-{2,}|={2,}|\*{2,}|\])|-{2,}\s*\d{1,4}\s+of\s+\d{1,4}\s*-{2,})\s*$/,
  },
  {
    reason: 'export-field',
    explanation:
      'A field of an archive’s export written with a leading underscore (`_page : 3`, `_tape : Tape 1/3`), not speech.',
    test: /^\s*_[a-z][a-z_]{1,20}\s*:(?:\s.*)?$/,
  },
  {
    reason: 'transcription-service',
    explanation:
      'The credit or export note a transcription service prints on its transcripts (“Transcribed by https://otter.ai”, “This transcript was exported on … - view latest version here.”), not speech.',
    test: /^\s*(?:(?:Transcribed|Transcription|Transcript|Captioned|Captions?)\s+(?:(?:was\s+)?(?:made|created|generated|produced|powered)\s+)?(?:by|with|from|via)\s+(?:https?:\/\/)?(?:www\.)?(?:otter(?:\.ai)?|rev(?:\.com)?|descript(?:\.com)?|trint(?:\.com)?|temi(?:\.com)?|sonix(?:\.ai)?|happy\s?scribe(?:\.com)?|scribie(?:\.com)?|verbit(?:\.ai)?|3play\s?media(?:\.com)?|fireflies(?:\.ai)?|riverside(?:\.fm)?|podscribe(?:\.ai)?|tactiq(?:\.io)?)\/?\.?|This transcript was exported on\b.{0,40}?(?:view latest version here)?\.?)\s*$/i,
  },
  {
    reason: 'horizontal-rule',
    explanation: 'A horizontal rule.',
    test: /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,}|(?:\*[ \t]+){2,}\*|(?:-[ \t]+){2,}-)\s*$/,
  },
  {
    reason: 'site-address',
    explanation: 'Web address of the publisher standing alone.',
    test: /^\s*((?:https?:\/\/|www\.)\S+)\s*$/i,
    harvest(match, meta) {
      return meta.url === null ? { 'meta.source.url': match[1] ?? '' } : {};
    },
  },
];

/**
 * A link on a line of its own that a hard wrap moved there: the line before is text running on
 * to it (ending in a colon, a lower-case word or a chat nick, `… see this:` then the link, or
 * `12:01 < nick>` then the link) and long enough to be a wrapped line, not a header's key.
 */
function linkContinuesLine(previous: SourceLine | undefined): boolean {
  const text = previous?.text.trim() ?? '';
  // A chat line whose nick ends it ("12:03 < arnav>"), however short: the message is the link.
  if (/<\s*[@+]?[\w.|-]+>$/.test(text)) return true;
  return text.length >= 20 && /(?::|>|\p{Ll})$/u.test(text);
}

/** A publisher's rights mark inside a line: `© 2009 Computer History Museum`, `Copyright 2011`. */
const RIGHTS_MARK = /^.{0,300}(?:©|\bCopyright\s+(?:©\s*)?\d{4}\b|\(c\)\s*\d{4}\b).{0,300}$/i;
/** A page number inside a line of page furniture: `Page 2 of 49`, `Page 12`. */
const PAGE_IN_HEAD =
  /^\s*\S.{0,300}\bPage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b.{0,300}\S\s*$/;
/** The first page's number alone on the document's first line: `1`, `Page 1`, `- 1 -`, `1 of 12`. */
const FIRST_PAGE_NUMBER = /^\s*(?:-\s*)?(?:Page\s+)?1(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?\s*$/i;
const PAGE_NUMBER = /^\s*(?:-\s*)?(?:Page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?\s*$/i;
const TOC_LINE = /\b\d{4}\s?[A-D](?:\s*,\s*(?:\d{4}\s?)?[A-D])*[.,]?\s*$/;
const CONTENTS =
  /^\s*(?:CONTENTS|TABLE OF CONTENTS|Inhalt|Inhaltsverzeichnis|Sommaire|Table des matières|Índice|Indice|Inhoud|Contenido|Spis treści|Innehåll|Indhold|Innhold)\s*$/iu;

/** The heading of a web page's list of tags: `#### Tags`, `Tags:`, `**Filed under**`. */
const TAGS_HEADING =
  /^\s*(?:#{1,6}\s+)?(?:\*\*)?(?:Tags|Tagged|Tagged with|Keywords|Categories|Category|Topics|Filed under|Labels)(?:\*\*)?\s*:?(?:\*\*)?\s*$/i;

/**
 * A web page's list of tags under its heading: short items (`rj on writing`, `,`, `characterization`),
 * each on its line, up to the next heading or the next line of prose. The index of its last item.
 */
function tagListEnd(lines: SourceLine[], heading: number): number | null {
  let end: number | null = null;
  for (let i = heading + 1; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    const item = !/^#/.test(text) && text.length <= 60 && text.split(/\s+/).length <= 6 && !/[.?!:]["”’)]?$/.test(text);
    if (!item) break;
    end = i;
  }
  return end;
}

function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

function applyHarvest(meta: MetaDraft, harvested: Record<string, string>): MetaDraft {
  const next = { ...meta };
  for (const [key, value] of Object.entries(harvested)) {
    if (key === 'meta.source.pageUpdated') next.pageUpdated = value;
    else if (key === 'meta.source.series') next.series = value;
    else if (key === 'meta.source.publisher') next.publisher = value;
    else if (key === 'meta.source.url') next.url = value;
  }
  return next;
}

/**
 * A record's masthead (its first lines, "EDITED HANSARD * NUMBER 141" and the date) printed again
 * after a list of short entries (its sections and speakers): the list is the table of contents.
 * The index of the masthead's first line, how many lines it has, and where its copy starts.
 */
function mastheadAgain(lines: SourceLine[]): { first: number; size: number; copy: number } | null {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0) return null;
  const head = lines[first]!.text.trim();
  const limit = Math.min(lines.length, 400);
  for (let copy = first + 5; copy < limit; copy++) {
    if (lines[copy]!.text.trim() !== head) continue;
    let size = 1;
    while (
      size < 3 &&
      first + size < copy &&
      lines[first + size]!.text.trim() !== '' &&
      lines[first + size]!.text.trim() === lines[copy + size]?.text.trim()
    )
      size++;
    const entries = lines.slice(first + size, copy).filter((l) => l.text.trim() !== '');
    const short = entries.every((l) => l.text.trim().length <= 100 && !/[.?!]["”’)]?\s*$/.test(l.text.trim()));
    return entries.length >= 4 && short ? { first, size, copy } : null;
  }
  return null;
}

/** Lines of a table of contents near the start: after a CONTENTS line, or a run of page references. */
function tableOfContents(lines: SourceLine[]): { start: number; end: number } | null {
  const masthead = mastheadAgain(lines);
  if (masthead) return { start: masthead.first + masthead.size, end: masthead.copy + masthead.size - 1 };
  const limit = Math.min(lines.length, 400);
  const contents = lines.slice(0, 15).findIndex((l) => CONTENTS.test(l.text));
  if (contents >= 0) {
    // The contents end where the masthead is printed again: a line of it before the contents,
    // or the date line right after the heading ("Le mercredi 9 février 2000").
    const masthead = new Set(
      [...lines.slice(0, contents), ...lines.slice(contents + 1, contents + 2)]
        .map((l) => l.text.trim())
        .filter((text) => text.length >= 10),
    );
    for (let i = contents + 2; i < lines.length; i++) {
      if (masthead.has(lines[i]!.text.trim())) return { start: contents, end: i - 1 };
    }
  }
  let first = -1;
  let last = -1;
  let hits = 0;
  for (let i = 0; i < limit; i++) {
    if (TOC_LINE.test(lines[i]!.text)) {
      if (first < 0) first = i;
      last = i;
      hits++;
    } else if (last >= 0 && i - last > 6) break;
  }
  if (hits < 4) return null;
  // A wrapped first entry's first half has no page reference of its own.
  const previous = lines[first - 1];
  const wrapped =
    first > 2 &&
    previous !== undefined &&
    previous.text.trim() !== '' &&
    !TOC_LINE.test(previous.text) &&
    dateLine(previous.text) === null;
  return { start: wrapped ? first - 1 : first, end: last };
}

/** A line that is all italics, a caption's shape: `*The author in her studio*`, `_Photo: A. Roe_`. */
const IMAGE_CAPTION = /^\s*([*_])(?![*_\s])[^*_]{1,200}(?<!\s)\1\s*$/;

export const pageChrome: Pass = {
  name: 'page-chrome',
  run(draft: Draft): Draft {
    let meta = draft.meta;
    const removed: Removed[] = [];
    let lines = draft.lines;

    const toc = tableOfContents(lines);
    if (toc) {
      const block = lines.slice(toc.start, toc.end + 1);
      removed.push(blockRemoval(block, 'table-of-contents', 'Table of contents of the printed record.'));
      lines = [...lines.slice(0, toc.start), ...lines.slice(toc.end + 1)];
    }

    const drop = new Set<number>();
    // A list of tags under its heading, a web page's furniture between the entries of an interview.
    lines.forEach((line, index) => {
      if (drop.has(index) || !TAGS_HEADING.test(line.text)) return;
      const end = tagListEnd(lines, index);
      if (end === null) return;
      removed.push(
        blockRemoval(
          lines.slice(index, end + 1),
          'tag-list',
          'The list of tags a web page prints under an entry, not part of the transcript.',
        ),
      );
      for (let i = index; i <= end; i++) drop.add(i);
    });
    lines.forEach((line, index) => {
      if (drop.has(index)) return;
      for (const rule of LINE_RULES) {
        const match = rule.test.exec(line.text);
        if (!match) continue;
        if (rule.reason === 'site-address' && linkContinuesLine(lines[index - 1])) return;
        const harvested = rule.harvest ? rule.harvest(match, meta) : undefined;
        if (harvested) meta = applyHarvest(meta, harvested);
        removed.push(removal(line.text, rule.reason, rule.explanation, placeOf(line.no), harvested));
        drop.add(index);
        // The caption a page sets in italics under its image (`*The author in her studio*`),
        // alone on its line, right under it or a blank line below: the page's too.
        if (rule.reason === 'embedded-media' && /^\s*(?:\[\s*)?!\[/.test(line.text)) {
          const at = isBlank(lines[index + 1]) ? index + 2 : index + 1;
          const caption = lines[at];
          if (caption && IMAGE_CAPTION.test(caption.text) && (isBlank(lines[at + 1]) || lines[at + 1] === undefined)) {
            removed.push(
              removal(
                caption.text,
                'embedded-media',
                'The caption of an image of the web page, in italics under it: not part of the transcript.',
                placeOf(caption.no),
              ),
            );
            drop.add(at);
          }
        }
        return;
      }
    });

    // Page numbers stand alone between blank lines, never at the very start, and the line just
    // before one that repeats elsewhere, or is the publisher's name, is a running head.
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(line.text.trim(), (counts.get(line.text.trim()) ?? 0) + 1);
    const firstTextIndex = lines.findIndex((l) => l.text.trim() !== '');
    // The line next to a page number that repeats elsewhere, or is the publisher's name, is a
    // running head; a run of capital-letter scraps before it (an OCR'd library stamp) goes too.
    const takeRunningHeadsBeside = (index: number) => {
      for (const direction of [-1, 1]) {
        for (let n = index + direction, taken = 0; n >= 0 && n < lines.length && taken < 6; n += direction) {
          const candidate = lines[n]!;
          if (drop.has(n)) continue;
          if (isBlank(candidate)) continue;
          const text = candidate.text.trim();
          const repeated = (counts.get(text) ?? 0) >= 2 || text.toUpperCase() === (meta.publisher ?? '').toUpperCase();
          const runningHead = repeated && text.length <= 60 && !/[:.?!]$/.test(text) && text.split(/\s+/).length <= 8;
          const scrap =
            direction < 0 && text.length <= 24 && text.split(/\s+/).length <= 3 && /^[\p{Lu}\s.'-]+$/u.test(text);
          if (!runningHead && !scrap) break;
          drop.add(n);
          taken++;
          removed.push(
            runningHead
              ? removal(candidate.text, 'running-head', 'Running head of the printed page.', placeOf(candidate.no))
              : removal(
                  candidate.text,
                  'page-furniture',
                  'Stamp or scrap of page furniture next to a page number.',
                  placeOf(candidate.no),
                ),
          );
          if (runningHead) break;
        }
      }
    };
    // "1" (or "Page 1", "- 1 -") as the document's first line: the first page's number (first
    // after the site's lines this pass takes out, a banner above the printed page).
    const firstKept = lines.findIndex((l, index) => l.text.trim() !== '' && !drop.has(index));
    const first = lines[firstKept];
    if (first && FIRST_PAGE_NUMBER.test(first.text)) {
      drop.add(firstKept);
      removed.push(removal(first.text, 'page-number', 'Number of the first printed page.', placeOf(first.no)));
    }
    lines.forEach((line, index) => {
      if (drop.has(index) || index <= firstTextIndex + 2 || !PAGE_NUMBER.test(line.text)) return;
      if (!isBlank(lines[index - 1]) && !isBlank(lines[index + 1]) && !/^\s*Page\b/i.test(line.text)) {
        // A number inside running text: only when the neighbours are a running head.
        const prev = lines[index - 1]?.text.trim() ?? '';
        if (!/^[\p{Lu}\s.&'-]{3,60}$/u.test(prev)) return;
      }
      drop.add(index);
      removed.push(removal(line.text, 'page-number', 'Page number of the printed page.', placeOf(line.no)));
      takeRunningHeadsBeside(index);
    });
    // A running head that carries the page number on its line ("CHM Ref: X5378.2009   © 2009
    // Computer History Museum   Page 2 of 49"), printed on two pages or more with only the
    // numbers changed.
    const numberless = (text: string) => text.trim().replace(/\d+/g, '#');
    // So is a line with the publisher's rights mark on it printed on two pages or more, whatever
    // else it holds ("CHM Ref: X5378.2009   © 2009 Computer History Museum").
    const isHead = (text: string) => PAGE_IN_HEAD.test(text) || RIGHTS_MARK.test(text);
    const headCounts = new Map<string, number>();
    for (const line of lines)
      if (isHead(line.text)) headCounts.set(numberless(line.text), (headCounts.get(numberless(line.text)) ?? 0) + 1);
    lines.forEach((line, index) => {
      if (drop.has(index) || !isHead(line.text) || (headCounts.get(numberless(line.text)) ?? 0) < 2) return;
      drop.add(index);
      removed.push(removal(line.text, 'running-head', 'Running head of the printed page.', placeOf(line.no)));
      takeRunningHeadsBeside(index);
    });

    removed.sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0));
    return {
      ...draft,
      meta,
      lines: lines.filter((_, index) => !drop.has(index)),
      removed: [...draft.removed, ...removed],
    };
  },
};
