// The Word renderer: named styles, styled paragraphs and labels, footnotes numbered as
// in the model, bookmarks, page setup, fonts, properties, a package Word opens without repair, and
// byte-identical output across runs and time zones. Tools (LibreOffice, python-docx, pandoc) are
// exercised in tools.test.ts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/nodes.js';
import {
  prepareEdition,
  type Edition,
  type EditionBlock,
  type EditionTurn,
} from '../../../src/render/edition/edition.js';
import { docxRenderer } from '../../../src/render/docx/index.js';
import { obfuscateFont, partOrder, renumberBookmarks } from '../../../src/render/docx/package.js';
import { speakerStyleId, STYLE, wordLanguage } from '../../../src/render/docx/styles.js';
import { a5BookTheme, defaultTheme, letterTheme } from '../../../src/theme/default.js';
import { fontFilePath } from '../../../src/theme/fonts.js';
import type { Theme } from '../../../src/theme/theme.js';
import { VERSION } from '../../../src/version.js';
import { pressConference } from '../../helpers/fixtures.js';
import { literalTranscript, partText, partXml, parts, renderDocx, themeWith } from './fixtures.js';
import { child, findAll, parseXml, textOf, XmlError, type XmlElement } from '../../helpers/xml.js';

const W = (el: XmlElement | undefined, name: string): string | undefined => el?.attrs[`w:${name}`];

function turnsOfEdition(blocks: readonly EditionBlock[], out: EditionTurn[] = []): EditionTurn[] {
  for (const block of blocks) {
    if (block.type === 'turn') out.push(block);
    else if (block.type === 'section') turnsOfEdition(block.blocks, out);
  }
  return out;
}

function pStyle(p: XmlElement): string | undefined {
  return W(child(child(p, 'w:pPr') ?? { name: '', attrs: {}, children: [] }, 'w:pStyle'), 'val');
}

function rStyle(r: XmlElement): string | undefined {
  return W(child(child(r, 'w:rPr') ?? { name: '', attrs: {}, children: [] }, 'w:rStyle'), 'val');
}

function bodyParagraphs(bytes: Uint8Array): XmlElement[] {
  const body = child(partXml(bytes, 'word/document.xml'), 'w:body')!;
  return findAll(body, 'w:p');
}

/** Spoken paragraphs: those holding a `para-N` bookmark, with N. */
function spokenParagraphsOf(bytes: Uint8Array): { number: number; p: XmlElement }[] {
  const out: { number: number; p: XmlElement }[] = [];
  for (const p of bodyParagraphs(bytes)) {
    const mark = findAll(p, 'w:bookmarkStart').find((b) => /^para-\d+$/.test(W(b, 'name') ?? ''));
    if (mark) out.push({ number: Number(W(mark, 'name')!.slice(5)), p });
  }
  return out;
}

function styleById(bytes: Uint8Array): Map<string, XmlElement> {
  const styles = partXml(bytes, 'word/styles.xml');
  return new Map(findAll(styles, 'w:style').map((s) => [W(s, 'styleId')!, s]));
}

function styleName(style: XmlElement | undefined): string | undefined {
  return style ? W(child(style, 'w:name'), 'val') : undefined;
}

function runProps(style: XmlElement | undefined): XmlElement | undefined {
  return style ? child(style, 'w:rPr') : undefined;
}

function edition(transcript: Transcript, theme: Theme = defaultTheme): Edition {
  return prepareEdition(transcript, theme);
}

/** Structural checks every package must pass (well-formed parts, relationships, content types, ids). */
function checkPackage(bytes: Uint8Array): void {
  const files = parts(bytes);
  const names = Object.keys(files);
  // Every XML part is well-formed.
  for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
    try {
      parseXml(strFromU8(files[name]!));
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
    }
  }
  // Every part has a content type.
  const types = partXml(files, '[Content_Types].xml');
  const defaults = new Set(findAll(types, 'Default').map((d) => d.attrs.Extension!.toLowerCase()));
  const overrides = new Set(findAll(types, 'Override').map((o) => o.attrs.PartName!));
  for (const name of names.filter((n) => n !== '[Content_Types].xml')) {
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    expect(overrides.has(`/${name}`) || defaults.has(ext), `content type of ${name}`).toBe(true);
  }
  for (const override of overrides) expect(names, `override ${override} names a part`).toContain(override.slice(1));
  // No dangling relationship; unique relationship ids per part.
  for (const relsName of names.filter((n) => n.endsWith('.rels'))) {
    const base = relsName.replace(/_rels\/[^/]*\.rels$/, '');
    const rels = findAll(partXml(files, relsName), 'Relationship');
    const ids = rels.map((r) => r.attrs.Id!);
    expect(new Set(ids).size, `unique ids in ${relsName}`).toBe(ids.length);
    for (const rel of rels) {
      if (rel.attrs.TargetMode === 'External') continue;
      const target = rel.attrs.Target!.startsWith('/') ? rel.attrs.Target!.slice(1) : `${base}${rel.attrs.Target}`;
      expect(names, `${relsName} → ${rel.attrs.Target}`).toContain(target);
    }
    // Every r:id the owning part uses is declared.
    const owner = relsName.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (files[owner] && owner.endsWith('.xml')) {
      for (const m of partText(files, owner).matchAll(/\br:(?:id|embed|link)="([^"]+)"/g))
        expect(ids, `${owner} uses ${m[1]}`).toContain(m[1]);
    }
  }
  const documentXml = partXml(files, 'word/document.xml');
  // Bookmarks: unique ids and names, each start ended.
  const starts = findAll(documentXml, 'w:bookmarkStart');
  const ends = findAll(documentXml, 'w:bookmarkEnd');
  const startIds = starts.map((b) => W(b, 'id')!);
  expect(new Set(startIds).size).toBe(startIds.length);
  expect(new Set(starts.map((b) => W(b, 'name'))).size).toBe(starts.length);
  expect(ends.map((b) => W(b, 'id')).sort()).toEqual([...startIds].sort());
  // Internal hyperlinks point to bookmarks.
  const names2 = new Set(starts.map((b) => W(b, 'name')));
  for (const link of findAll(documentXml, 'w:hyperlink'))
    if (W(link, 'anchor')) expect(names2.has(W(link, 'anchor'))).toBe(true);
  // docPr ids (drawings) unique, if any.
  const docPr = findAll(documentXml, 'wp:docPr').map((d) => d.attrs.id);
  expect(new Set(docPr).size).toBe(docPr.length);
  // Notes: unique ids; every reference resolves.
  for (const kind of ['footnote', 'endnote'] as const) {
    const path = `word/${kind}s.xml`;
    if (!files[path]) continue;
    const noteIds = findAll(partXml(files, path), `w:${kind}`).map((n) => W(n, 'id')!);
    expect(new Set(noteIds).size).toBe(noteIds.length);
    for (const ref of findAll(documentXml, `w:${kind}Reference`)) expect(noteIds).toContain(W(ref, 'id'));
  }
  // Styles: unique ids; every style referenced or based on exists.
  const styles = findAll(partXml(files, 'word/styles.xml'), 'w:style');
  const styleIds = styles.map((s) => W(s, 'styleId')!);
  expect(new Set(styleIds).size).toBe(styleIds.length);
  for (const s of styles) {
    const basedOn = W(child(s, 'w:basedOn'), 'val');
    if (basedOn) expect(styleIds, `basedOn ${basedOn}`).toContain(basedOn);
  }
  for (const part of names.filter((n) => /^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(n))) {
    for (const m of partText(files, part).matchAll(/<w:(?:pStyle|rStyle) w:val="([^"]+)"/g))
      expect(styleIds, `${part} uses style ${m[1]}`).toContain(m[1]);
  }
}

describe('docx renderer: interface', () => {
  it('should be registered under the Renderer interface with the Word media type', () => {
    expect(docxRenderer.id).toBe('docx');
    expect(docxRenderer.extension).toBe('docx');
    expect(docxRenderer.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});

describe('docx renderer: a literal transcript with every node kind', () => {
  const transcript = literalTranscript();

  it('should write a package Word opens without repair (well-formed parts, no dangling relationship, unique ids)', async () => {
    checkPackage(await renderDocx(transcript));
    checkPackage(
      await renderDocx(
        transcript,
        themeWith((t) => (t.notes.placement = 'endnote')),
      ),
    );
    checkPackage(await renderDocx(literalTranscript({ notesOutOfOrder: true })));
  });

  it('should declare the named paragraph and character styles, built to be restyled', async () => {
    const bytes = await renderDocx(transcript);
    const styles = styleById(bytes);
    const expectNamed = (id: string, name: string, type: 'paragraph' | 'character') => {
      const style = styles.get(id);
      expect(style, id).toBeDefined();
      expect(styleName(style)).toBe(name);
      expect(W(style, 'type')).toBe(type);
    };
    expectNamed(STYLE.title, 'Title', 'paragraph');
    expectNamed(STYLE.subtitle, 'Subtitle', 'paragraph');
    expectNamed(STYLE.turn, 'Turn', 'paragraph');
    expectNamed(STYLE.continuation, 'Turn Continuation', 'paragraph');
    expectNamed(STYLE.stageDirection, 'Stage Direction', 'paragraph');
    expectNamed('Heading1', 'Heading 1', 'paragraph');
    expectNamed('Heading2', 'Heading 2', 'paragraph');
    expectNamed(STYLE.index, 'Speaker Index', 'paragraph');
    expectNamed(STYLE.colophon, 'Colophon', 'paragraph');
    expectNamed(STYLE.speakerLabel, 'Speaker Label', 'character');
    expectNamed(STYLE.inferredLabel, 'Speaker Label Inferred', 'character');
    expectNamed(STYLE.mark, 'Editorial Mark', 'character');
    expectNamed(STYLE.paragraphNumber, 'Paragraph Number', 'character');
    // Headings carry outline levels (Navigation pane, TOC).
    expect(W(child(child(styles.get('Heading1')!, 'w:pPr')!, 'w:outlineLvl'), 'val')).toBe('0');
    expect(W(child(child(styles.get('Heading2')!, 'w:pPr')!, 'w:outlineLvl'), 'val')).toBe('1');
    // Continuation paragraphs inherit from Turn.
    expect(W(child(styles.get(STYLE.continuation)!, 'w:basedOn'), 'val')).toBe(STYLE.turn);
    // The base label style carries the transform (small caps) and the family.
    const base = runProps(styles.get(STYLE.speakerLabel));
    expect(child(base!, 'w:smallCaps')).toBeDefined();
    expect(W(child(base!, 'w:rFonts'), 'ascii')).toBe('Source Serif 4 SemiBold');
    // One style per participant, based on the base style, named and coloured from the theme.
    const ed = edition(transcript);
    for (const style of ed.styles.values()) {
      const s = styles.get(speakerStyleId(style));
      expect(styleName(s)).toBe(style.styleName);
      expect(W(child(s!, 'w:basedOn'), 'val')).toBe(STYLE.speakerLabel);
      expect(W(child(runProps(s)!, 'w:color'), 'val')).toBe(style.colour.slice(1).toUpperCase());
      expect(child(runProps(s)!, 'w:smallCaps')).toBeUndefined();
    }
    // The unattributed turn's style exists too.
    expect(styles.has('SpeakerLabel-speaker-unattributed')).toBe(true);
    // Marks italic per theme.
    expect(child(runProps(styles.get(STYLE.mark))!, 'w:i')).toBeDefined();
    const upright = styleById(
      await renderDocx(
        transcript,
        themeWith((t) => (t.marks.italic = false)),
      ),
    );
    expect(W(child(runProps(upright.get(STYLE.mark))!, 'w:i'), 'val')).toBe('false');
    // Uppercase labels become allCaps.
    const caps = styleById(
      await renderDocx(
        transcript,
        themeWith((t) => (t.labels.transform = 'uppercase')),
      ),
    );
    expect(child(runProps(caps.get(STYLE.speakerLabel))!, 'w:caps')).toBeDefined();
  });

  it('should set the document language on the styles (w:lang) for spell-check', async () => {
    const styles = partXml(await renderDocx(transcript), 'word/styles.xml');
    expect(W(findAll(child(styles, 'w:docDefaults')!, 'w:lang')[0], 'val')).toBe('en-GB');
    const german: Transcript = { ...transcript, meta: { ...transcript.meta, language: 'de' } };
    const deStyles = partXml(await renderDocx(german), 'word/styles.xml');
    expect(W(findAll(child(deStyles, 'w:docDefaults')!, 'w:lang')[0], 'val')).toBe('de-DE');
    expect(wordLanguage('en-US')).toBe('en-US');
    expect(wordLanguage('tlh')).toBe('tlh');
    // A foreign passage carries its own language.
    const doc = partText(await renderDocx(transcript), 'word/document.xml');
    expect(doc).toMatch(/<w:lang w:val="fr-FR"\/><\/w:rPr><w:t xml:space="preserve">bienvenue à tous<\/w:t>/);
  });

  it('should give every spoken paragraph the Turn or Turn Continuation style and no direct formatting', async () => {
    const bytes = await renderDocx(transcript);
    const ed = edition(transcript);
    const spoken = spokenParagraphsOf(bytes);
    expect(spoken.map((s) => s.number)).toEqual(Array.from({ length: ed.paragraphCount }, (_, i) => i + 1));
    const firsts = new Set(turnsOfEdition(ed.blocks).map((t) => t.paragraphs[0]!.number));
    for (const { number, p } of spoken)
      expect(pStyle(p), `para-${number}`).toBe(firsts.has(number) ? STYLE.turn : STYLE.continuation);
    // Paragraphs: only a style (and section properties); runs: only a style, or a language.
    for (const p of bodyParagraphs(bytes)) {
      const pPr = child(p, 'w:pPr');
      expect(pPr?.children.every((c) => typeof c !== 'string' && ['w:pStyle', 'w:sectPr'].includes(c.name))).not.toBe(
        false,
      );
      expect(pStyle(p), textOf(p).slice(0, 40)).toBeDefined();
      for (const r of findAll(p, 'w:r')) {
        const rPr = child(r, 'w:rPr');
        for (const prop of rPr?.children ?? []) expect(['w:rStyle', 'w:lang']).toContain((prop as XmlElement).name);
      }
    }
  });

  it('should print editorial marks, headings, stage directions and sections with their styles', async () => {
    const bytes = await renderDocx(transcript);
    const paragraphs = bodyParagraphs(bytes);
    const byStyle = (id: string) => paragraphs.filter((p) => pStyle(p) === id).map(textOf);
    expect(byStyle('Heading1')).toContain('Opening statements');
    expect(byStyle('Heading1')).toContain('Questions & answers <part 2>');
    expect(byStyle('Heading2')).toEqual(['Foreign words']);
    expect(byStyle(STYLE.stageDirection)).toEqual(['[applause]']);
    const all = paragraphs.map(textOf).join('\n');
    expect(all).toContain('Is it true? [inaudible] the budget');
    expect(all).toContain('It is true, [sic] and [laughter] more.');
    expect(all).toContain('[as interpreted] We say bienvenue à tous at [04:22] again.');
    expect(all).not.toContain('[04:22] [04:22]');
    const withTimes = bodyParagraphs(
      await renderDocx(
        transcript,
        themeWith((t) => (t.marks.showTimeMarks = true)),
      ),
    )
      .map(textOf)
      .join('\n');
    expect(withTimes).toContain('at [04:22] [04:22]again.');
    // Mark words in the Editorial Mark style, brackets plain; emphasis in Emphasis.
    const runs = paragraphs.flatMap((p) => findAll(p, 'w:r'));
    const styled = (style: string) => runs.filter((r) => rStyle(r) === style).map(textOf);
    expect(styled(STYLE.mark)).toEqual(
      expect.arrayContaining(['applause', 'inaudible', 'sic', 'laughter', 'as interpreted']),
    );
    expect(styled(STYLE.emphasis)).toEqual(['very']);
    expect(
      runs.filter((r) => textOf(r) === '[').every((r) => rStyle(r) === undefined || rStyle(r) === STYLE.inferredLabel),
    ).toBe(true);
  });

  it("should give every label its participant's character style, the role the Speaker Role style, and bracket inferred labels", async () => {
    const bytes = await renderDocx(transcript);
    const ed = edition(transcript);
    const spoken = new Map(spokenParagraphsOf(bytes).map((s) => [s.number, s.p]));
    for (const turn of turnsOfEdition(ed.blocks)) {
      const p = spoken.get(turn.paragraphs[0]!.number)!;
      const runs = findAll(p, 'w:r').filter((r) => rStyle(r) !== STYLE.paragraphNumber);
      const nameAt = runs.findIndex((r) => rStyle(r) === speakerStyleId(turn.style));
      expect(nameAt, turn.turn.id).toBeGreaterThanOrEqual(0);
      expect(textOf(runs[nameAt]!)).toBe(turn.label.name);
      if (turn.label.inferred) {
        expect(rStyle(runs[nameAt - 1]!)).toBe(STYLE.inferredLabel);
        expect(textOf(runs[nameAt - 1]!)).toBe('[');
      } else {
        expect(nameAt).toBe(0);
      }
      if (turn.label.role) {
        expect(textOf(runs[nameAt + 1]!)).toBe(`, ${turn.label.role}`);
        expect(rStyle(runs[nameAt + 1]!)).toBe(STYLE.speakerRole);
      }
    }
    // Block layout: the label gets a Speaker Line paragraph of its own.
    const block = bodyParagraphs(
      await renderDocx(
        transcript,
        themeWith((t) => (t.labels.layout = 'block')),
      ),
    );
    expect(block.filter((p) => pStyle(p) === STYLE.speakerLine).map(textOf)).toEqual(
      ['Ada Lovelace, Chair, Committee', 'Question', '[Bo Diddley, Guests]1', 'Lovelace', 'Unidentified speaker'].map(
        (s): unknown => expect.stringContaining(s.replace(/1$/, '')),
      ),
    );
  });

  it('should write the notes as real footnotes numbered as in the model', async () => {
    const bytes = await renderDocx(transcript);
    const ed = edition(transcript);
    const doc = partXml(bytes, 'word/document.xml');
    const refs = findAll(doc, 'w:footnoteReference');
    // Word numbers automatic references 1, 2, … in order; the model's numbers are in that order.
    expect(refs.map((r) => Number(W(r, 'id')))).toEqual([1, 2]);
    expect(refs.every((r) => W(r, 'customMarkFollows') === undefined)).toBe(true);
    const notes = findAll(partXml(bytes, 'word/footnotes.xml'), 'w:footnote').filter((n) => Number(W(n, 'id')) > 0);
    expect(notes.map((n) => Number(W(n, 'id')))).toEqual(ed.notes.map((n) => n.number));
    for (const note of ed.notes) {
      const el = notes.find((n) => Number(W(n, 'id')) === note.number)!;
      expect(textOf(el).trim()).toBe(note.text);
      expect(findAll(el, 'w:footnoteRef')).toHaveLength(1);
      expect(pStyle(findAll(el, 'w:p')[0]!)).toBe(STYLE.footnoteText);
    }
    // Separators carry no reference mark.
    const separators = findAll(partXml(bytes, 'word/footnotes.xml'), 'w:footnote').filter((n) => W(n, 'type'));
    expect(separators.map((n) => Number(W(n, 'id')))).toEqual([-1, 0]);
    for (const s of separators) expect(findAll(s, 'w:footnoteRef')).toHaveLength(0);
    // The label note follows the label of the inferred turn.
    const boTurn = spokenParagraphsOf(bytes).find(({ p }) => textOf(p).includes('Bo Diddley'))!.p;
    expect(textOf(boTurn)).toMatch(/^\d+\u2003\[Bo Diddley, Guests\]: It is true/);
    expect(findAll(boTurn, 'w:footnoteReference').map((r) => W(r, 'id'))).toEqual([
      String(ed.notes.find((n) => n.id === 'n1')!.number),
    ]);
  });

  it("should print the model's numbers as custom marks when the model does not number notes in reference order", async () => {
    const outOfOrder = literalTranscript({ notesOutOfOrder: true });
    const bytes = await renderDocx(outOfOrder);
    const refs = findAll(partXml(bytes, 'word/document.xml'), 'w:r').filter((r) => child(r, 'w:footnoteReference'));
    expect(refs.map((r) => [W(child(r, 'w:footnoteReference'), 'customMarkFollows'), textOf(r)])).toEqual([
      ['1', '2'],
      ['1', '1'],
    ]);
    // Word ids follow the order of reference (LibreOffice pairs notes and texts in that order);
    // each note's text starts with the model's number, as custom marks are written.
    const notes = findAll(partXml(bytes, 'word/footnotes.xml'), 'w:footnote').filter((n) => Number(W(n, 'id')) > 0);
    expect(notes.map((n) => [W(n, 'id'), textOf(n)])).toEqual([
      ['1', '2 An editorial note about this.'],
      ['2', '1 Bo is inferred: the source has no label.'],
    ]);
    for (const note of notes) expect(findAll(note, 'w:footnoteRef')).toHaveLength(0);
  });

  it('should list a note nobody refers to under Notes after the transcript, not as a footnote', async () => {
    const extra: Transcript = {
      ...transcript,
      notes: [
        ...transcript.notes,
        { id: 'n3', number: 3, kind: 'editorial', children: [{ type: 'text', value: 'Never referenced.' }] },
      ],
    };
    const bytes = await renderDocx(extra);
    checkPackage(bytes);
    const notes = findAll(partXml(bytes, 'word/footnotes.xml'), 'w:footnote').filter((n) => Number(W(n, 'id')) > 0);
    expect(notes).toHaveLength(2);
    const paragraphs = bodyParagraphs(bytes);
    const heading = paragraphs.findIndex((p) => pStyle(p) === STYLE.notesHeading);
    expect(textOf(paragraphs[heading]!)).toBe('Notes');
    expect(textOf(paragraphs[heading + 1]!)).toBe('3. Never referenced.');
  });

  it('should write endnotes when the theme places notes at the end', async () => {
    const bytes = await renderDocx(
      transcript,
      themeWith((t) => (t.notes.placement = 'endnote')),
    );
    const doc = partXml(bytes, 'word/document.xml');
    expect(findAll(doc, 'w:footnoteReference')).toHaveLength(0);
    expect(findAll(doc, 'w:endnoteReference').map((r) => W(r, 'id'))).toEqual(['1', '2']);
    const notes = findAll(partXml(bytes, 'word/endnotes.xml'), 'w:endnote').filter((n) => Number(W(n, 'id')) > 0);
    expect(notes.map((n) => pStyle(findAll(n, 'w:p')[0]!))).toEqual([STYLE.endnoteText, STYLE.endnoteText]);
    // Decimal numbers (Word's endnote default is i, ii, iii).
    expect(partText(bytes, 'word/document.xml')).toContain(
      '<w:endnotePr><w:pos w:val="docEnd"/><w:numFmt w:val="decimal"/></w:endnotePr>',
    );
  });

  it('should bookmark every paragraph number (para-1 … para-N, unique) and link the speaker index to them', async () => {
    const bytes = await renderDocx(transcript);
    const ed = edition(transcript);
    const doc = partXml(bytes, 'word/document.xml');
    const names = findAll(doc, 'w:bookmarkStart').map((b) => W(b, 'name'));
    expect(names).toEqual(Array.from({ length: ed.paragraphCount }, (_, i) => `para-${i + 1}`));
    const indexLinks = findAll(doc, 'w:hyperlink').flatMap((h) => W(h, 'anchor') ?? []);
    expect(indexLinks.sort()).toEqual(ed.index.flatMap((e) => e.ranges.map(([from]) => `para-${from}`)).sort());
    // Printed numbers in the Paragraph Number style; hidden numbers keep their bookmarks.
    const numbers = findAll(doc, 'w:r')
      .filter((r) => rStyle(r) === STYLE.paragraphNumber)
      .map(textOf);
    expect(numbers).toEqual(Array.from({ length: ed.paragraphCount }, (_, i) => `${i + 1}\u2003`));
    const hidden = partXml(
      await renderDocx(
        transcript,
        themeWith((t) => (t.paragraphNumbers.show = false)),
      ),
      'word/document.xml',
    );
    expect(findAll(hidden, 'w:bookmarkStart')).toHaveLength(ed.paragraphCount);
    expect(findAll(hidden, 'w:r').filter((r) => rStyle(r) === STYLE.paragraphNumber)).toHaveLength(0);
    // Bookmark ids restart at 1 in every document (docx counts them module-globally).
    expect(
      renumberBookmarks(
        '<w:bookmarkStart w:name="a" w:id="41"/><w:bookmarkEnd w:id="41"/><w:bookmarkStart w:name="b" w:id="42"/><w:bookmarkEnd w:id="42"/>',
      ),
    ).toBe(
      '<w:bookmarkStart w:name="a" w:id="1"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:name="b" w:id="2"/><w:bookmarkEnd w:id="2"/>',
    );
  });

  it('should print a title page, a running head, "Page X of Y", the speaker index and the colophon', async () => {
    const bytes = await renderDocx(transcript);
    const ed = edition(transcript);
    const paragraphs = bodyParagraphs(bytes);
    expect(textOf(paragraphs[0]!)).toBe(ed.title);
    expect(pStyle(paragraphs[0]!)).toBe(STYLE.title);
    expect(textOf(paragraphs[1]!)).toBe(ed.subtitle);
    const participants = paragraphs.filter((p) => pStyle(p) === STYLE.participant).map(textOf);
    expect(participants).toEqual(['Ada Lovelace, Chair, Committee', 'Bo Diddley, Guests']);
    const files = parts(bytes);
    const header = Object.keys(files).find((n) => /^word\/header\d+\.xml$/.test(n))!;
    const footer = Object.keys(files).find((n) => /^word\/footer\d+\.xml$/.test(n))!;
    expect(textOf(partXml(files, header))).toBe(ed.shortTitle);
    const footerText = partText(files, footer);
    expect(textOf(parseXml(footerText)).replace(/PAGE|NUMPAGES/g, '#')).toBe('Page # of #');
    expect(footerText).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    // The title page has no running head: only the second section refers to the header.
    const sections = findAll(partXml(files, 'word/document.xml'), 'w:sectPr');
    expect(sections).toHaveLength(2);
    expect(findAll(sections[0]!, 'w:headerReference')).toHaveLength(0);
    expect(findAll(sections[1]!, 'w:headerReference')).toHaveLength(1);
    const indexLines = paragraphs.filter((p) => pStyle(p) === STYLE.index).map(textOf);
    expect(indexLines).toEqual(
      ed.index.map(
        (e) =>
          `${e.participant.name} (${e.words} words): ${e.ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')}`,
      ),
    );
    const colophon = paragraphs.filter((p) => pStyle(p) === STYLE.colophon).map(textOf);
    expect(colophon).toEqual(ed.colophon);
    expect(paragraphs.filter((p) => pStyle(p) === STYLE.indexHeading).map(textOf)).toEqual(['Speaker index']);
    // The speaker index starts a page (declared on its style, not on the paragraph).
    expect(child(child(styleById(bytes).get(STYLE.indexHeading)!, 'w:pPr')!, 'w:pageBreakBefore')).toBeDefined();
    // Header and footer in the strings of the text's language.
    const german: Transcript = { ...transcript, meta: { ...transcript.meta, language: 'de' } };
    const deFiles = parts(await renderDocx(german));
    const deFooter = Object.keys(deFiles).find((n) => /^word\/footer\d+\.xml$/.test(n))!;
    expect(textOf(partXml(deFiles, deFooter)).replace(/PAGE|NUMPAGES/g, '#')).toBe('Seite # von #');
  });

  it('should set the page from the theme: A4, Letter, A5 with mirrored margins', async () => {
    const pg = async (theme: Theme) => {
      const bytes = await renderDocx(transcript, theme);
      const sect = findAll(partXml(bytes, 'word/document.xml'), 'w:sectPr')[1]!;
      const size = child(sect, 'w:pgSz')!;
      const margin = child(sect, 'w:pgMar')!;
      return {
        w: W(size, 'w'),
        h: W(size, 'h'),
        left: W(margin, 'left'),
        right: W(margin, 'right'),
        mirrored: partText(bytes, 'word/settings.xml').includes('<w:mirrorMargins/>'),
      };
    };
    expect(await pg(defaultTheme)).toEqual({ w: '11906', h: '16838', left: '1984', right: '1984', mirrored: false });
    expect(await pg(letterTheme)).toEqual({ w: '12240', h: '15840', left: '2160', right: '2160', mirrored: false });
    expect(await pg(a5BookTheme)).toEqual({ w: '8391', h: '11906', left: '1134', right: '850', mirrored: true });
    // Settings stay in schema order: mirrorMargins before defaultTabStop.
    const settings = partText(await renderDocx(transcript, a5BookTheme), 'word/settings.xml');
    expect(settings.indexOf('<w:mirrorMargins/>')).toBeLessThan(settings.indexOf('<w:defaultTabStop'));
  });

  it('should write core and custom properties from the edition', async () => {
    const bytes = await renderDocx(transcript);
    const ed = edition(transcript);
    const core = partXml(bytes, 'docProps/core.xml');
    const get = (name: string) => findAll(core, name).map(textOf)[0];
    expect(get('dc:title')).toBe(ed.title);
    expect(get('dc:subject')).toBe(ed.subtitle);
    expect(get('dc:creator')).toBe('Test Office');
    expect(get('cp:keywords')).toBe('budget, testing');
    expect(get('dc:description')).toBe(ed.colophon.join(' '));
    expect(get('dc:language')).toBe('en');
    expect(get('dcterms:created')).toBe('2024-02-29T00:00:00Z');
    expect(get('dcterms:modified')).toBe('2024-02-29T00:00:00Z');
    const custom = partXml(bytes, 'docProps/custom.xml');
    const props = Object.fromEntries(
      findAll(custom, 'property').map((p): [string, string] => [p.attrs['name'] ?? '', textOf(p)]),
    );
    expect(props).toMatchObject({
      'Input SHA-256': 'ab'.repeat(32),
      'Verbatim version': VERSION,
      'Document identifier': ed.documentId,
    });
    // SOURCE_DATE_EPOCH wins; no publisher → "Verbatim".
    const anonymous: Transcript = {
      ...transcript,
      meta: { ...transcript.meta, source: { ...transcript.meta.source, publisher: null } },
    };
    const later = partXml(await renderDocx(anonymous, defaultTheme, 1_700_000_000), 'docProps/core.xml');
    expect(findAll(later, 'dcterms:created').map(textOf)).toEqual(['2023-11-14T22:13:20Z']);
    expect(findAll(later, 'dc:creator').map(textOf)).toEqual(['Verbatim']);
  });

  it('should embed the theme fonts when asked, with keys derived from the fonts (deterministic)', async () => {
    const theme = themeWith((t) => (t.docx.embedFonts = true));
    const bytes = await renderDocx(transcript, theme);
    const files = parts(bytes);
    const table = partXml(files, 'word/fontTable.xml');
    const fonts = findAll(table, 'w:font');
    expect(fonts.map((f) => W(f, 'name'))).toEqual(['Source Serif 4', 'Source Sans 3', 'Source Serif 4 SemiBold']);
    const rels = new Map(
      findAll(partXml(files, 'word/_rels/fontTable.xml.rels'), 'Relationship').map((r) => [
        r.attrs.Id!,
        r.attrs.Target!,
      ]),
    );
    const expected: Record<string, string> = {
      'Source Serif 4/w:embedRegular': 'source-serif-4/SourceSerif4-Regular.ttf',
      'Source Serif 4/w:embedBoldItalic': 'source-serif-4/SourceSerif4-BoldItalic.ttf',
      'Source Sans 3/w:embedItalic': 'source-sans-3/SourceSans3-Italic.ttf',
      'Source Serif 4 SemiBold/w:embedRegular': 'source-serif-4/SourceSerif4-Semibold.ttf',
    };
    for (const [where, file] of Object.entries(expected)) {
      const [family, element] = where.split('/') as [string, string];
      const embed = child(fonts.find((f) => W(f, 'name') === family)!, element)!;
      const part = files[`word/${rels.get(embed.attrs['r:id']!)}`]!;
      expect(
        Buffer.from(obfuscateFont(part, W(embed, 'fontKey')!)).equals(readFileSync(fontFilePath(file))),
        where,
      ).toBe(true);
    }
    expect(partText(files, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    expect(Buffer.from(await renderDocx(transcript, theme)).equals(Buffer.from(bytes))).toBe(true);
    checkPackage(bytes);
  });

  it('should give byte-identical output for two renders in one process (random ids of docx renumbered)', async () => {
    const a = await renderDocx(transcript);
    const b = await renderDocx(transcript);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // The source address in the colophon is an external link, with a numeric relationship id.
    const rels = findAll(partXml(a, 'word/_rels/document.xml.rels'), 'Relationship').filter(
      (r) => r.attrs.TargetMode === 'External',
    );
    expect(rels.map((r) => [r.attrs.Id!.replace(/\d+$/, 'N'), r.attrs.Target])).toEqual([
      ['rIdN', 'https://example.org/hearing?a=1&b=2'],
    ]);
    const link = findAll(partXml(a, 'word/document.xml'), 'w:hyperlink').find((h) => h.attrs['r:id']);
    expect(link?.attrs['r:id']).toBe(rels[0]!.attrs.Id);
    expect(rStyle(findAll(link!, 'w:r')[0]!)).toBe(STYLE.hyperlink);
  });

  it('should write the zip with a fixed order and the edition date on every entry', async () => {
    const bytes = await renderDocx(transcript);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const names: string[] = [];
    let offset = 0;
    while (view.getUint32(offset, true) === 0x04034b50) {
      const time = view.getUint16(offset + 10, true);
      const date = view.getUint16(offset + 12, true);
      expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time]).toEqual([2024, 2, 29, 0]);
      const nameLength = view.getUint16(offset + 26, true);
      const extra = view.getUint16(offset + 28, true);
      names.push(Buffer.from(bytes.subarray(offset + 30, offset + 30 + nameLength)).toString('utf8'));
      offset += 30 + nameLength + extra + view.getUint32(offset + 18, true);
    }
    expect(names.slice(0, 3)).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml']);
    expect(names).toEqual(partOrder(names));
  });
});

describe('docx renderer: the example press conference', () => {
  const transcript = pressConference();

  it('should pass the package checks and style every spoken paragraph and label', async () => {
    const bytes = await renderDocx(transcript);
    checkPackage(bytes);
    const ed = edition(transcript);
    const spoken = spokenParagraphsOf(bytes);
    expect(spoken).toHaveLength(8);
    expect(spoken.map((s) => s.number)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    expect(spoken.every(({ p }) => [STYLE.turn, STYLE.continuation].includes(pStyle(p) as 'Turn'))).toBe(true);
    const labelStyles = spoken
      .filter(({ p }) => pStyle(p) === STYLE.turn)
      .map(({ p }) =>
        findAll(p, 'w:r')
          .map(rStyle)
          .find((s) => s?.startsWith('SpeakerLabel-')),
      );
    expect(labelStyles).toEqual(turnsOfEdition(ed.blocks).map((t) => speakerStyleId(t.style)));
    const styles = styleById(bytes);
    expect(
      ['Speaker – Dame Elsa Marlow', 'Speaker – Tomas Reyes', 'Speaker – Question'].map((n) =>
        [...styles.values()].some((s) => styleName(s) === n),
      ),
    ).toEqual([true, true, true]);
    // The example's one note (Reyes inferred) is footnote 1, after the first label.
    const notes = findAll(partXml(bytes, 'word/footnotes.xml'), 'w:footnote').filter((n) => Number(W(n, 'id')) > 0);
    expect(notes.map((n) => [W(n, 'id'), textOf(n).trim()])).toEqual(ed.notes.map((n) => [String(n.number), n.text]));
    expect(textOf(spoken[0]!.p)).toMatch(/^1\u2003\[Tomas Reyes, Regional Minister of Transport\]: Good morning/);
  });

  it('should give byte-identical output for two renders in one process', async () => {
    const a = await renderDocx(transcript);
    const b = await renderDocx(transcript);
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });
});

describe('docx renderer: byte-identical across processes and time zones', () => {
  const script = fileURLToPath(new URL('./render-once.ts', import.meta.url));
  const run = (tz: string, embed: boolean) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...(embed ? ['--embed'] : [])], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
    });
    if (result.status !== 0) throw new Error(result.stderr);
    const [hash, offset] = result.stdout.trim().split(' ');
    return { hash, offset };
  };

  it('should write the same bytes in UTC, New York and Tokyo', () => {
    const utc = run('UTC', false);
    const ny = run('America/New_York', false);
    const tokyo = run('Asia/Tokyo', false);
    expect(new Set([utc.offset, ny.offset, tokyo.offset]).size).toBe(3);
    expect(ny.hash).toBe(utc.hash);
    expect(tokyo.hash).toBe(utc.hash);
  }, 60_000);

  it('should write the same bytes with embedded fonts in two time zones', () => {
    expect(run('Pacific/Chatham', true).hash).toBe(run('UTC', true).hash);
  }, 60_000);
});

describe('docx test helpers', () => {
  it('should reject XML that is not well-formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(XmlError);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/repeated/);
    expect(() => parseXml('<a>AT&T</a>')).toThrow(/bare "&"/);
    expect(() => parseXml('<a x=1/>')).toThrow(/malformed attribute/);
    expect(() => parseXml('<a/><b/>')).toThrow(/second root/);
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/forbidden character/);
    expect(() => parseXml('<a>')).toThrow(/not closed/);
    expect(textOf(parseXml('<?xml version="1.0"?><a>x &amp; <b>y</b>&#65;</a>'))).toBe('x & yA');
  });
});
