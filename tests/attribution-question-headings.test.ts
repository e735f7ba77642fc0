// A written interview that prints its questions as headings and its answers under them, with no
// labels (issue #13): questions become the interviewer's turns and answers the interviewee's,
// whom the title names; a talk that heads its sections with questions stays one voice. The
// fixture is written for these tests in the shape such pages print.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/index.js';
import { attributionFixture } from './helpers/fixtures.js';
import { turnRows } from './helpers/turns.js';

const fixture = attributionFixture;

describe('an interview whose questions are headings', () => {
  it('should make each question the interviewer’s turn and each answer the interviewee’s', () => {
    const t = normalise(fixture('interview-question-headings.md'));
    expect(turnRows(t, 3).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Question', 'inferred', 'Could you tell'],
      ['Ines Vidal', 'inferred', 'I’m Ines, I'],
      ['Question', 'inferred', 'How did you'],
      ['Ines Vidal', 'inferred', 'My grandfather drew'],
      ['Question', 'inferred', 'What tools do'],
      ['Ines Vidal', 'inferred', 'A tablet, mostly,'],
      ['Question', 'inferred', 'Anything else you’d'],
      ['Ines Vidal', 'inferred', 'Come and see'],
    ]);
    expect(t.diagnostics.some((d) => d.rule === 'questions-as-headings')).toBe(true);
  });

  it('should say why each answer is the interviewee’s, in a sentence a person can check', () => {
    const t = normalise(fixture('interview-question-headings.md'));
    const answer = t.body.find((b) => b.type === 'turn' && b.function === 'answer');
    expect(answer?.type === 'turn' && answer.attribution.evidence.join(' ')).toContain(
      'the title names Ines Vidal as the one interviewed',
    );
  });

  it('should leave the answers unattributed when the title names nobody', () => {
    const text = fixture('interview-question-headings.md').replace('Interview with Ines Vidal', 'An interview');
    const rows = turnRows(normalise(text), 1);
    expect(rows.filter(([speaker]) => speaker !== 'Question').map(([speaker]) => speaker)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('should keep a talk that heads its sections with questions as one voice', () => {
    const text = fixture('interview-question-headings.md').replace('Interview with Ines Vidal', 'Painting ferries');
    const t = normalise(text);
    expect(t.participants.some((p) => p.name === 'Question')).toBe(false);
    expect(t.diagnostics.some((d) => d.rule === 'questions-as-headings')).toBe(false);
  });

  it('should read a request set as the questions are, a bold question among headings, and a picture before an answer as a reader does', () => {
    const text = `---
title: 'Entre les lignes : une interview avec la graveuse Lena Okafor'
---

Par Marc Abel

Voici mon interview avec Lena Okafor, graveuse à Lyon.

#### **Parlez-nous un peu de votre enfance et de votre ville.**

J'ai grandi à Lyon, au bord du Rhône, dans une maison pleine de livres.

#### **Comment êtes-vous venue à la gravure ?**

![Image](https://example.org/atelier.jpg align="left")

*Lena dans son atelier*

Par hasard : une voisine avait une presse dans sa cave.

#### **Quels outils utilisez-vous ?**

Des burins, surtout, et une vieille presse à bras.

**Qu'est-ce qui vous a fait rester à Lyon ? Parlez-nous de vos journées.**

La lumière du matin. Je travaille de six heures à midi.

#### **Un dernier mot ?**

Venez voir l'atelier.
`;
    const t = normalise(text, { fileName: 'interview.md' });
    expect(turnRows(t, 3).map(([speaker, , , words]) => [speaker, words])).toEqual([
      ['Question', 'Parlez-nous un peu'],
      ['Lena Okafor', 'J’ai grandi à'],
      ['Question', 'Comment êtes-vous venue'],
      ['Lena Okafor', 'Par hasard :'],
      ['Question', 'Quels outils utilisez-vous'],
      ['Lena Okafor', 'Des burins, surtout,'],
      ['Question', 'Qu’est-ce qui vous'],
      ['Lena Okafor', 'La lumière du'],
      ['Question', 'Un dernier mot'],
      ['Lena Okafor', 'Venez voir l’atelier.'],
    ]);
    // The picture and its caption are the page's, recorded as removed, not the answer's first words.
    expect(t.removed.filter((r) => r.reason === 'embedded-media').map((r) => r.text)).toEqual([
      '![Image](https://example.org/atelier.jpg align="left")',
      '*Lena dans son atelier*',
    ]);
  });
});

describe('an interview that says so in its front matter', () => {
  it('should read question headings as the interviewer’s where only a front-matter field says it is an interview', () => {
    const t = normalise(attributionFixture('interview-front-matter-questions.md'));
    expect(turnRows(t, 3).map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Question', 'inferred', 'What project do'],
      ['Ines Calder', 'inferred', 'The tide tables.'],
      ['Question', 'inferred', 'Were they meant'],
      ['Ines Calder', 'inferred', 'Yes. I sail,'],
      ['Question', 'inferred', 'What would you'],
      ['Ines Calder', 'inferred', 'Publish early, and'],
    ]);
  });
});

describe('an interview with each bold question over its answer, an HTML line break between', () => {
  it('should read each bold question as the interviewer’s and the line under it as the answer', () => {
    const t = normalise(attributionFixture('interview-bold-breaks.md'));
    const rows = turnRows(t, 3).filter(([, , method]) => method !== 'unknown');
    // (The bold questions keep their emphasis: its marks are left out of the comparison.)
    expect(rows.map(([speaker, , , words]) => [speaker, words.replace(/\*/g, '')])).toEqual([
      ['Question', 'You study in'],
      ['Ines Calder', 'It is not'],
      ['Question', 'Is the new'],
      ['Ines Calder', 'I think so,'],
      ['Question', 'Do you like'],
      ['Ines Calder', 'I have mixed'],
      ['Question', 'What was the'],
      ['Ines Calder', 'Getting everyone to'],
      ['Question', 'And what comes'],
      ['Ines Calder', 'A long holiday,'],
      ['Question', 'Ines Calder, thank'],
      ['Ines Calder', 'Thank you for'],
    ]);
  });
});

describe('a labelled panel interview whose questions are headings', () => {
  it('should read each question heading as the interviewer’s turn, the labelled answers under it as they are', () => {
    const t = normalise(attributionFixture('panel-question-headings.md'));
    const rows = turnRows(t, 3).filter(([, , method]) => method !== 'unknown');
    expect(rows.map(([speaker, , method, words]) => [speaker, method, words])).toEqual([
      ['Question', 'inferred', '1. Why did'],
      ['Ines', 'explicit', 'There were very'],
      ['Tomas', 'explicit', 'Our project is'],
      ['Question', 'inferred', '2. How did'],
      ['Tomas', 'explicit', 'None of us'],
      ['Ines', 'explicit', 'We learned by'],
      ['Question', 'inferred', '3. What impact'],
      ['Ines', 'explicit', 'It is hard'],
      ['Question', 'inferred', '4. Any advice'],
      ['Tomas', 'explicit', 'Start small, and'],
    ]);
  });
});
