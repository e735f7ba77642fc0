import { readFileSync } from 'node:fs';
import { normaliseBytes } from '/work/main/src/normalise/index.js';
const file = process.argv[2]!;
const r: any = normaliseBytes(readFileSync(file), { fileName: file } as any);
const t = r;
console.log('PARTICIPANTS', JSON.stringify(t.participants.map((p: any) => [p.id, p.name, p.role, p.labels ?? p.aliases])));
console.log('META', JSON.stringify(t.meta).slice(0, 600));
for (const b of t.body.slice(0, Number(process.argv[3] ?? 30))) {
  const text = JSON.stringify(b).slice(0, 160);
  console.log(b.kind, b.speaker ?? '', text);
}
console.log('REMOVED', t.removed.slice(0, 15).map((x: any) => x.reason + ': ' + x.text.slice(0, 70)).join('\n'));
console.log('DIAG', t.diagnostics.slice(0, 10).map((d: any) => d.rule + ' ' + d.message.slice(0, 100)).join('\n'));
