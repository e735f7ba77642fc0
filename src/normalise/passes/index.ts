/**
 * @module normalise/passes
 * The ordered list of passes. The order matters, and each line says why a pass stands where
 * it does.
 */
import type { Pass } from '../draft.js';
import { attributionNotes } from './attribution-notes.js';
import { bracketedSpeech } from './bracketed-speech.js';
import { buildTurns } from './build-turns.js';
import { captionDialogue } from './caption-dialogue.js';
import { captionParagraphs } from './caption-paragraphs.js';
import { cleanCharacters } from './clean-characters.js';
import { emphasisedVoice } from './emphasised-voice.js';
import { examination } from './examination.js';
import { finishMeta } from './finish-meta.js';
import { frontMatter } from './front-matter.js';
import { headerFields } from './header-fields.js';
import { headingQuestions } from './heading-questions.js';
import { inferSpeakers } from './infer-speakers.js';
import { inlineMarks } from './inline-marks.js';
import { joinBrokenParagraphs } from './join-broken-paragraphs.js';
import { lateTurnBoundaries } from './late-turn-boundaries.js';
import { lineNumbers } from './line-numbers.js';
import { markdownBlockquotes } from './markdown-blockquotes.js';
import { markdownEscapes } from './markdown-escapes.js';
import { mergeRoleLabels } from './merge-role-labels.js';
import { monologueSpeaker } from './monologue-speaker.js';
import { namedQuestioners } from './named-questioners.js';
import { framedLabels } from './framed-labels.js';
import { chevronChanges } from './chevron-changes.js';
import { stampedParagraphs } from './stamped-paragraphs.js';
import { reporterHandover } from './reporter-handover.js';
import { proseInterview } from './prose-interview.js';
import { narratedOpening } from './narrated-opening.js';
import { notesLists } from './notes-lists.js';
import { wrappedListItems } from './wrapped-list-items.js';
import { wrappedLabels } from './wrapped-labels.js';
import { pageChrome } from './page-chrome.js';
import { participantDetails } from './participant-details.js';
import { participantRoster } from './participant-roster.js';
import { repeatedCopies } from './repeated-copies.js';
import { resumedTurns } from './resumed-turns.js';
import { segment } from './segment.js';
import { setextHeadings } from './setext-headings.js';
import { showNotes } from './show-notes.js';
import { speechOpenings } from './speech-openings.js';
import { splitUnlabelledDialogue } from './split-unlabelled-dialogue.js';
import { timedEntries } from './timed-entries.js';
import { titleBlock } from './title-block.js';
import { typography } from './typography.js';
import { tableTurns } from './table-turns.js';
import { unspokenOpening } from './unspoken-opening.js';

/** Passes that read lines of text (plain text and Markdown readers). */
export const LINE_PASSES: readonly Pass[] = [
  cleanCharacters, // first: every later pattern assumes repaired characters and plain spaces
  frontMatter, // YAML must go before anything reads the first lines as a title block
  wrappedListItems, // a hard-wrapped list item put back on one line before fields, title block and notes read its lines
  tableTurns, // a table of turns read as labelled lines, before escapes are undone (`\|` inside a cell)
  markdownBlockquotes, // a transcript quoted whole (`> **Jane Roe:** …`) is read as printed, before labels are looked for
  markdownEscapes, // so that `\[laughs\]` and `\###` look as printed
  repeatedCopies, // a page that holds the transcript twice: keep one copy
  setextHeadings, // a title underlined with `===` is a heading, before page-chrome takes the underline for a rule
  lineNumbers, // a court reporter's margin numbers out before furniture, fields and labels are read at a line's start
  framedLabels, // a label between two rules, before page-chrome takes the rules (and the label with them) for furniture
  pageChrome, // web and print furniture out before the title block is read
  wrappedLabels, // a label hard-wrapped over lines put back on one, once page furniture between lines is out and before labels are read
  participantRoster, // a headed list of who takes part names the participants before fields, title block and labels are read
  headerFields, // label-shaped header fields out before the title block stops at them as labels
  titleBlock, // metadata lines before the first speech
  showNotes, // after the title block took its metadata: notes before a "Transcript below:" line, and bold headings over lists, are not labels
  segment, // lines → labels, paragraphs, headings, stage directions
  chevronChanges, // a captioner's `>>` marks of a new voice in text: new turns, before timed entries and turns are built
  timedEntries, // needs labels and paragraphs told apart; before turns are built, so a bare stamped entry is not joined to the one before
  bracketedSpeech, // an audience member's words in brackets are their turn: a label before turns are built, and a new turn after
];

/** Passes that work on segments and blocks, shared by every text-like reader. */
export const BLOCK_PASSES: readonly Pass[] = [
  examination, // court and hearing structure (who examines, who answers, front matter) before labels are resolved
  buildTurns, // labels resolved, turns grouped
  stampedParagraphs, // a time stamp alone over a paragraph becomes its time, before any pass reads paragraphs' words
  emphasisedVoice, // a written interview with the interviewer's words in bold, the answers in roman: before heading-questions takes bold questions for headings
  headingQuestions, // an unlabelled interview whose questions are headings: turns made before openings and inference read them
  speechOpenings, // a speech heading or a salutation before a label: turns re-cut before anyone is inferred
  unspokenOpening, // after salutations joined their speaker: what is left before the first label with no sentence is the page's
  narratedOpening, // the record's past-tense report before the first label, before inference gives it to someone by elimination
  notesLists, // a Markdown list between labelled speech is the notes', before inference gives it to the speaker before
  resumedTurns, // a speaker labelled again after an interruption to finish the sentence: one turn, before inference reads turns
  lateTurnBoundaries, // a diariser's turn that ends late, the next voice thanking the last by name: before inference reads turns
  mergeRoleLabels, // before inference, so a merged person counts as labelled
  reporterHandover, // a bulletin's unlabelled report after a handover to a named correspondent, before inference gives it to the presenter
  proseInterview, // an interview printed in paragraphs without labels: questions and answers told apart before inference gives the whole to one person
  inferSpeakers, // needs every explicit turn to know who is never labelled
  splitUnlabelledDialogue, // only when nothing is labelled and no participant is known: after inference gave up
  captionDialogue, // captions with no labels and no `>>`: voices told apart from what is said, after the press-conference split found none
  monologueSpeaker, // what is still unlabelled and unattributed after the dialogue split is one speaker: the one the opening names
  namedQuestioners, // after inference, so that a journalist who names themselves is never a candidate for an unlabelled turn
  captionParagraphs, // caption cues and rows into paragraphs, after every pass that splits turns (they need the rows)
  joinBrokenParagraphs, // after inference has split turns, so joins stay within one speaker; not for captions
  inlineMarks, // paragraphs become inline nodes
  typography, // on text nodes only, after marks are out of the way
  participantDetails, // last use of roles was resolving labels and inference: now drop what names repeat
  finishMeta, // language needs the final spoken text; ids need the final blocks
  attributionNotes, // after inference, and after finish-meta so that its note is in the text's language; numbers notes once
];

/**
 * Passes for structured readers (`readers/structured.ts`): the file already states turns and
 * speakers, so nothing is segmented, labelled or inferred; timed pieces become paragraphs, and
 * text becomes inline nodes as for every other reader.
 */
export const STRUCTURED_PASSES: readonly Pass[] = [
  captionParagraphs, // timed pieces (segments, utterances) into paragraphs by pauses and sentence ends
  inlineMarks, // paragraphs become inline nodes
  typography, // on text nodes only, after marks are out of the way
  participantDetails, // drop what names repeat
  finishMeta, // language needs the final spoken text; ids need the final blocks
  attributionNotes, // numbers notes once
];
