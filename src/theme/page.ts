/**
 * @module theme/page
 * Page geometry in points, derived from `theme.page` once so that the PDF and DOCX renderers
 * agree on the text block and on which side the binding margin falls.
 *
 * Convention: page 1 is a recto (right-hand) page. With `mirrored`, odd pages have the inner
 * margin on the left and even pages on the right, as Word's "mirror margins" does; without it,
 * every page has `inner` on the left and `outer` on the right.
 */
import type { Theme } from './theme.js';
import { PAPER_SIZES, toPt } from './units.js';

/** Paper, margins and text block of a theme, in points. */
export interface PageGeometry {
  /** Paper width. */
  width: number;
  /** Paper height. */
  height: number;
  /** Head margin. */
  top: number;
  /** Foot margin. */
  bottom: number;
  /** Binding-side margin. */
  inner: number;
  /** Fore-edge margin. */
  outer: number;
  /** Width of the text block: paper width less inner and outer margins. */
  textWidth: number;
  /** Height of the text block: paper height less head and foot margins. */
  textHeight: number;
}

/** The theme's page geometry in points. */
export function pageGeometry(theme: Theme): PageGeometry {
  const { width, height } = PAPER_SIZES[theme.page.size];
  const { margins } = theme.page;
  const top = toPt(margins.top);
  const bottom = toPt(margins.bottom);
  const inner = toPt(margins.inner);
  const outer = toPt(margins.outer);
  return {
    width,
    height,
    top,
    bottom,
    inner,
    outer,
    textWidth: width - inner - outer,
    textHeight: height - top - bottom,
  };
}

/** Left and right margins in points of a 1-based page number (see the module comment). */
export function sideMargins(theme: Theme, pageNumber: number): { left: number; right: number } {
  const { inner, outer } = pageGeometry(theme);
  const verso = theme.page.mirrored && pageNumber % 2 === 0;
  return verso ? { left: outer, right: inner } : { left: inner, right: outer };
}
