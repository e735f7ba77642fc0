/**
 * @module verbatim
 * The public library API. Explicit named exports only (a test pins this list).
 */
export { normalise, normaliseBytes, normaliseDocx, normaliseFile, type NormaliseOptions } from './normalise/index.js';
export { transcriptFromJson, transcriptToJson, checkTranscript } from './model/json.js';
export { MODEL_VERSION } from './model/nodes.js';
export type {
  Attribution,
  Block,
  Change,
  Diagnostic,
  Emphasis,
  Foreign,
  Gap,
  Heading,
  Incident,
  Inline,
  Interpretation,
  Meta,
  Note,
  NoteRef,
  Participant,
  Place,
  Removed,
  Section,
  Sic,
  Source,
  StageDirection,
  Text,
  TimeMark,
  Transcript,
  Turn,
} from './model/nodes.js';
export { turnsOf, spokenParagraphs, spokenText, wordsOf } from './model/walk.js';
export { VerbatimError, UnreadableInputError, ModelError, InvalidOptionError } from './errors.js';
export { formatInspection } from './inspect.js';
export { getRenderer, registerRenderer, rendererIds } from './render/registry.js';
export type { CheckedRenderer, Renderer, RenderContext, RenderOptions } from './render/types.js';
export { prepareEdition, type Edition } from './render/edition/edition.js';
export { buildEditions, type BuildOptions } from './batch/build.js';
export type { BuildResult } from './batch/job.js';
export { checkTheme, loadTheme } from './theme/check.js';
export { defaultTheme, monochromeTheme, letterTheme, a5BookTheme, themePresets } from './theme/default.js';
export type { Theme } from './theme/theme.js';
export { VERSION } from './version.js';
