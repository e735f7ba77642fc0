/**
 * @module render/epub/templates
 * The Handlebars templates of `templates/epub/`: the XHTML shell (`page.hbs`), the title page,
 * transcript chapters, speaker index, colophon, notes page, navigation document, NCX and package
 * document. Compiled once per process in a private Handlebars environment, strict (a missing
 * field is an error, not an empty string) and with only the helpers listed here. View models
 * are plain JSON; text goes in with `{{ }}` (Handlebars escapes it, all its escapes are XML
 * character references); `{{{ }}}` only carries markup the handlers built and escaped.
 */
import { readFileSync } from 'node:fs';
import { templateCache, templateFile } from '../template-files.js';
import Handlebars from 'handlebars';
import { escapeXml, xmlClean } from '../xml-text.js';

/** The page templates, by name. */
export type TemplateName = 'title' | 'transcript' | 'index' | 'colophon' | 'notes' | 'nav' | 'ncx' | 'opf';

const FILES: Record<TemplateName, string> = {
  title: 'title.xhtml.hbs',
  transcript: 'transcript.xhtml.hbs',
  index: 'index.xhtml.hbs',
  colophon: 'colophon.xhtml.hbs',
  notes: 'notes.xhtml.hbs',
  nav: 'nav.xhtml.hbs',
  ncx: 'toc.ncx.hbs',
  opf: 'content.opf.hbs',
};

const PARTIALS = { page: 'page.hbs', navList: 'nav-list.hbs', ncxPoints: 'ncx-points.hbs' } as const;

type Compiled = Record<TemplateName, Handlebars.TemplateDelegate>;
/** Compiled templates by the theme's template folder ('' for Verbatim's own). */
const compiledByFolder = templateCache<Compiled>();

/** A template's text: the theme's folder's `epub/NAME` when it has one, else Verbatim's own. */
function read(name: string, folder: string | null): string {
  return readFileSync(templateFile(`epub/${name}`, folder), 'utf8');
}

/** `text` escaped, with its first occurrence of `url` (an http(s) address) made a link. */
function linked(text: unknown, url: unknown): Handlebars.SafeString {
  const plain = typeof text === 'string' ? text : '';
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url) || !plain.includes(url))
    return new Handlebars.SafeString(escapeXml(plain));
  const at = plain.indexOf(url);
  const link = `<a href="${escapeXml(url)}">${escapeXml(url)}</a>`;
  return new Handlebars.SafeString(escapeXml(plain.slice(0, at)) + link + escapeXml(plain.slice(at + url.length)));
}

function compileAll(folder: string | null): Compiled {
  const runtime = Handlebars.create();
  runtime.registerHelper('linked', linked);
  const options: CompileOptions = { strict: true, knownHelpersOnly: true, knownHelpers: { linked: true } };
  for (const [name, file] of Object.entries(PARTIALS))
    runtime.registerPartial(name, runtime.compile(read(file, folder), options));
  const out = {} as Compiled;
  for (const [name, file] of Object.entries(FILES) as Array<[TemplateName, string]>)
    out[name] = runtime.compile(read(file, folder), options);
  return out;
}

/** A view model with every string cleaned of the characters XML 1.0 cannot hold (Handlebars escapes, but does not drop them). */
function cleanView(value: unknown): unknown {
  if (typeof value === 'string') return xmlClean(value);
  if (Array.isArray(value)) return value.map(cleanView);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanView(v)]));
  return value;
}

/** Render one template with a plain view model; `folder` is the theme's template folder, if any. */
export function renderTemplate(name: TemplateName, view: object, folder: string | null = null): string {
  let compiled = compiledByFolder.get(folder ?? '');
  if (!compiled) {
    compiled = compileAll(folder);
    compiledByFolder.set(folder ?? '', compiled);
  }
  return compiled[name](cleanView(view));
}
