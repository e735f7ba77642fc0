// Sentence ends and counts for the caption-paragraph tests (fixtures and corpus).

export const ENDS_SENTENCE = /[.?!…]["”’)\]]*$/u;

export function sentences(text: string): number {
  return (text.match(/[.?!…]["”’)\]]*(?=\s|$)/gu) ?? []).length;
}
