// The import graph of src/: no module imports itself through others (type-only imports count
// too, since they tie the modules' meaning together), and the top-level folders of src/ form no
// cycle either (render/ may use the model, never the batch runner that uses render/).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports (static, dynamic, type-only, re-exports) of each file, resolved to .ts files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')));
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as a list of names. */
function cycles<T>(graph: Map<T, T[]>, name: (node: T) => string): string[][] {
  const state = new Map<T, 'open' | 'done'>();
  const stack: T[] = [];
  const found: string[][] = [];
  const visit = (node: T) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map(name));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

/** The top-level part of src/ a file belongs to: a folder, or the file itself. */
function area(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

describe('import graph of src/', () => {
  const graph = importGraph();

  it('should resolve every relative import to a source file', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => !graph.has(target))
        .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
    );
    expect(missing).toEqual([]);
  });

  it('should have no cycle between modules', () => {
    expect(cycles(graph, (file) => relative(SRC, file))).toEqual([]);
  });

  it('should have no cycle between the top-level folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = area(file);
      const to = new Set(folders.get(from) ?? []);
      for (const target of targets) if (area(target) !== from) to.add(area(target));
      folders.set(from, [...to]);
    }
    expect(cycles(folders, (folder) => folder)).toEqual([]);
  });

  it('should find a cycle when there is one (the check itself)', () => {
    const looped = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(cycles(looped, (node) => node)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
