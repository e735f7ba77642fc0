/**
 * @module eval/run
 * `npm run eval`: normalises every annotated transcript of `eval/gold/` and scores its turns
 * against the annotation (`score.ts`), then prints one row per file and the totals, the files
 * kept out of tuning apart. `--json` prints the scores as JSON, `--write FILE` also writes the
 * report as Markdown (docs/eval.md), `--show ID` lists what went wrong in one file, and
 * `--mess N` adds N degraded variants of the gold files (`mess.ts`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { VerbatimError } from '../src/errors.js';
import { normaliseBytes } from '../src/normalise/index.js';
import { messVariants } from './mess.js';
import { scoreTranscript, unreadableScore, type FileScore, type GoldFile } from './score.js';

const GOLD_DIR = fileURLToPath(new URL('./gold/', import.meta.url));

/** Every gold annotation, sorted by id. */
export function loadGold(folder = GOLD_DIR): { gold: GoldFile; bytes: Buffer }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(folder, name), 'utf8')) as GoldFile;
      return { gold, bytes: readFileSync(join(folder, gold.file)) };
    });
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

interface Summary {
  files: number;
  meanAccuracy: number;
  worst: number;
  atLeast95: number;
  invented: number;
}

function summarise(scores: FileScore[]): Summary {
  const accuracies = scores.map((score) => score.accuracy);
  return {
    files: scores.length,
    meanAccuracy: accuracies.reduce((sum, value) => sum + value, 0) / Math.max(1, scores.length),
    worst: Math.min(...accuracies, 1),
    atLeast95: accuracies.filter((value) => value >= 0.95).length,
    invented: scores.reduce((sum, score) => sum + score.invented.length, 0),
  };
}

function summaryLine(name: string, summary: Summary): string {
  if (summary.files === 0) return `| ${name} | 0 | – | – | – | – |`;
  return `| ${name} | ${summary.files} | ${percent(summary.meanAccuracy)} | ${percent(summary.worst)} | ${summary.atLeast95} | ${summary.invented} |`;
}

function report(scores: FileScore[], golds: GoldFile[], messScores: FileScore[]): string {
  const heldOut = new Set(golds.filter((gold) => gold.heldOut).map((gold) => gold.id));
  const kind = new Map(golds.map((gold) => [gold.id, gold.kind]));
  const lines = [
    '| file | kind | gold turns | model turns | right | spurious | precision | recall | accuracy | invented participants |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...scores.map(
      (s) =>
        `| ${s.id}${heldOut.has(s.id) ? ' (held out)' : ''} | ${kind.get(s.id) ?? ''} | ${s.goldTurns} | ${s.modelTurns} | ${s.right} | ${s.spurious} | ${percent(s.precision)} | ${percent(s.recall)} | ${percent(s.accuracy)} | ${s.invented.join(', ') || '–'} |`,
    ),
    '',
    '| set | files | mean accuracy | worst | files ≥ 95% | invented participants |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    summaryLine('tuned on', summarise(scores.filter((s) => !heldOut.has(s.id)))),
    summaryLine('held out', summarise(scores.filter((s) => heldOut.has(s.id)))),
    summaryLine('all', summarise(scores)),
  ];
  if (messScores.length > 0) lines.push(summaryLine(`degraded variants (mess generator)`, summarise(messScores)));
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      write: { type: 'string' },
      show: { type: 'string' },
      mess: { type: 'string', default: '0' },
    },
  });
  const entries = loadGold();
  if (entries.length === 0) {
    console.error(`no gold annotations in ${GOLD_DIR}`);
    process.exit(1);
  }
  const score = (gold: GoldFile, bytes: Uint8Array): FileScore => {
    let transcript;
    try {
      transcript = normaliseBytes(bytes, { fileName: gold.file });
    } catch (error) {
      // A file Verbatim refuses to read scores nothing: every gold turn is missed.
      if (!(error instanceof VerbatimError)) throw error;
      return unreadableScore(gold, error.message);
    }
    return scoreTranscript(transcript, gold);
  };
  const scores = entries.map(({ gold, bytes }) => score(gold, bytes));
  const messCount = Number(values.mess);
  // Variants are made from the files tuned on only: a held-out file's variants are held-out text.
  const tuned = entries.filter(({ gold }) => !gold.heldOut);
  const messScores = messCount > 0 ? messVariants(tuned, messCount).map((v) => score(v.gold, v.bytes)) : [];
  if (values.show) {
    const shown = scores.find((s) => s.id === values.show) ?? messScores.find((s) => s.id === values.show);
    if (!shown) throw new Error(`no gold file ${values.show}`);
    // A held-out file (or a variant of one) is worth something only while nobody tuning looks at it.
    const source = entries.find(({ gold }) => shown.id === gold.id || shown.id.startsWith(`${gold.id}~`));
    if (source?.gold.heldOut) {
      console.error(`${source.gold.id} is held out of tuning: --show lists only the files tuned on`);
      process.exit(1);
    }
    for (const problem of [...shown.problems].sort((a, b) => a.gold - b.gold))
      console.log(
        `${problem.problem === 'spurious' ? 'after ' : ''}#${problem.gold} ${problem.problem}${problem.got ? ` (got ${problem.got})` : ''}: ${problem.firstWords}`,
      );
    console.log(`invented: ${shown.invented.join(', ') || 'none'}`);
    return;
  }
  if (values.json) {
    console.log(JSON.stringify({ scores, messScores: messScores.map(({ problems: _, ...rest }) => rest) }, null, 2));
    return;
  }
  const text = report(
    scores,
    entries.map((e) => e.gold),
    messScores,
  );
  console.log(text);
  if (values.write) {
    writeFileSync(
      values.write,
      `# Speaker attribution: evaluation\n\nWritten by \`npm run eval -- --write ${values.write}${messCount ? ` --mess ${messCount}` : ''}\`; the gold set and its sources are described in \`eval/README.md\`.\n\n${text}\n`,
    );
  }
}

// Run only as a script: importing loadGold must not score the held-out files as a side effect.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
