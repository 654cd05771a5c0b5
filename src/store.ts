/**
 * Graph files: build a graph file from articles, or add articles to one, the way `kg build` and `kg add` do.
 *
 * A graph file and its extractions sidecar are one unit. The sidecar is written first, under a name made of its
 * content's hash; the graph, written last and atomically, names it (attribute `extractions: {sha256}`). Until
 * the graph is renamed into place the previous graph still names the previous sidecar, which is kept until then: a
 * run killed, or stopped by a full disk, at any point leaves the previous pair usable. Sidecars no graph names any more
 * and temporary files of killed runs are removed by the next run on the same graph.
 *
 * Each run holds the graph's lock (`GRAPH.lock`) from reading to the last write; outputs are never written over
 * inputs, nor the merge report over the graph; a run that reads no article at all writes nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { addToExtractions, type BuildResult, type RunOptions } from './api.js';
import { GraphFileError, InputError, UsageError } from './errors.js';
import { loadGraph, serializeGraph, type KnowledgeGraph } from './graph/io.js';
import { applyLayout } from './graph/layout.js';
import { JSONL_EXTENSIONS, TEXT_EXTENSIONS } from './input/read.js';
import type { ArticleExtraction } from './types.js';
import { removeStaleTemps, writeFileAtomic } from './util/atomic.js';
import { withLock } from './util/lock.js';
import { isSidecarName, loadExtractions, saveExtractions, sidecarPath, type SidecarHeader } from './util/sidecar.js';

export interface GraphFileOptions extends RunOptions {
  /** Also write the merge report (every merge and declined near-miss) to this file. */
  reportFile?: string;
  /** `buildGraphFile`: lay the graph out with this seed (`kg add` keeps the layout the graph was built with). */
  layout?: { seed: number } | null;
}

export interface GraphFileResult extends BuildResult {
  /** False when nothing was written: no article was read, or (add) nothing changed. */
  written: boolean;
}

/** The graph attribute naming the sidecar that belongs to the graph: the sha256 of its uncompressed content. Its file
 * is `GRAPH.extractions.<first 16 hex digits>.jsonl.gz` beside the graph (see sidecarPath); the graph's bytes do not
 * depend on the graph's own file name. */
export interface ExtractionsRef {
  sha256: string;
}

/** Builds the graph of `inputs` and writes it, with its sidecar, to `output`. */
export async function buildGraphFile(inputs: string[], output: string, options: GraphFileOptions = {}): Promise<GraphFileResult> {
  await refuseOutputsOverInputs(inputs, [output, options.reportFile]);
  await refuseReportOverGraph(output, options.reportFile);
  return withLock(output, async () => {
    const result = await addToExtractions([], inputs, options);
    const layout = options.layout ?? null;
    if (!result.stats.read) return nothingRead(result, inputs, output);
    if (layout) applyLayout(result.graph, layout);
    await commit(output, result.graph, result.extractions, layout);
    if (options.reportFile) await writeFileAtomic(options.reportFile, JSON.stringify(result.report, null, 2) + '\n');
    return { ...result, written: true };
  });
}

/** Merges the articles of `inputs` into the graph file `graphFile` (see addToExtractions); the result is the file a
 * full build of all the articles gives, byte for byte. */
export async function addToGraphFile(graphFile: string, inputs: string[], options: Omit<GraphFileOptions, 'layout'> = {}): Promise<GraphFileResult> {
  await refuseOutputsOverInputs(inputs, [graphFile, options.reportFile]);
  await refuseReportOverGraph(graphFile, options.reportFile);
  return withLock(graphFile, async () => {
    // Both files are read and checked before anything is extracted or written: a damaged one stops here.
    const { graph: old, header, extractions: base } = await loadGraphFiles(graphFile);
    const result = await addToExtractions(base, inputs, options);
    if (!result.stats.read) return nothingRead(result, inputs, graphFile);
    if (header.layout) applyLayout(result.graph, header.layout);
    const changed = result.stats.added + result.stats.replaced > 0;
    let written = false;
    // Nothing new: the files are left as they are (unless this kg writes them differently).
    const oldRef = old.getAttribute('extractions');
    if (oldRef !== undefined) result.graph.setAttribute('extractions', oldRef);
    if (changed || serializeGraph(result.graph) !== serializeGraph(old)) {
      await commit(graphFile, result.graph, result.extractions, header.layout);
      written = true;
    }
    if (options.reportFile) await writeFileAtomic(options.reportFile, JSON.stringify(result.report, null, 2) + '\n');
    return { ...result, written };
  });
}

/** Reads a graph file and the sidecar it names, and checks that they belong together. */
export async function loadGraphFiles(graphFile: string): Promise<{ graph: KnowledgeGraph; header: SidecarHeader; extractions: ArticleExtraction[] }> {
  const graph = await loadGraph(graphFile);
  const ref = graph.getAttribute('extractions') as Partial<ExtractionsRef> | undefined;
  let sidecar = sidecarPath(graphFile);
  if (ref !== undefined) {
    if (typeof ref?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(ref.sha256))
      throw new GraphFileError(graphFile, 'its "extractions" attribute is not {"sha256": "<64 hex digits>"}');
    sidecar = sidecarPath(graphFile, ref.sha256);
  }
  const { header, extractions, sha256 } = await loadExtractions(sidecar);
  const articles = graph.getAttribute('articles') ?? {};
  const ids = Object.keys(articles);
  const mismatch = ref !== undefined ? sha256 !== ref.sha256 : ids.length !== extractions.length || extractions.some((x) => !Object.hasOwn(articles, x.id) || articles[x.id]!.hash !== x.hash);
  if (mismatch) throw new GraphFileError(sidecar, `does not match ${graphFile} (its content is not the one the graph names); run kg build again`);
  return { graph, header, extractions };
}

/** Writes the sidecar, then the graph naming it, then removes what no graph names any more. */
async function commit(graphFile: string, graph: KnowledgeGraph, extractions: ArticleExtraction[], layout: { seed: number } | null): Promise<void> {
  await removeStaleTemps(graphFile);
  await removeStaleTemps(sidecarPath(graphFile));
  const saved = await saveExtractions(graphFile, extractions, layout);
  const keep = path.basename(saved.file);
  const ref: ExtractionsRef = { sha256: saved.sha256 };
  graph.setAttribute('extractions', ref);
  await writeFileAtomic(graphFile, serializeGraph(graph));
  const dir = path.dirname(path.resolve(graphFile));
  for (const name of await fs.readdir(dir)) if (name !== keep && isSidecarName(graphFile, name)) await fs.rm(path.join(dir, name), { force: true });
}

function nothingRead(result: BuildResult, inputs: string[], output: string): GraphFileResult {
  const error = new InputError(inputs.join(' '), `no article read: nothing written, ${output} left as it was`);
  return { ...result, errors: [...result.errors, error], written: false };
}

/** The real path of `p`; for a file not there yet, its folder's real path and its name. */
async function real(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Refuses (UsageError) a merge report that would be written over the graph file it belongs to. */
async function refuseReportOverGraph(graphFile: string, reportFile: string | undefined): Promise<void> {
  if (reportFile && (await real(reportFile)) === (await real(graphFile)))
    throw new UsageError(`${reportFile}: is the graph file; write the report to another file`);
}

/** Refuses (UsageError) an output that is one of the inputs, or a file of an input folder that would be read. */
export async function refuseOutputsOverInputs(inputs: string[], outputs: Array<string | undefined>): Promise<void> {
  const readable = [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS] as readonly string[];
  const ins = await Promise.all(inputs.map(async (i) => ({ given: i, real: await real(i), dir: await fs.stat(i).then((s) => s.isDirectory(), () => false) })));
  for (const out of outputs) {
    if (!out) continue;
    const o = await real(out);
    for (const i of ins) {
      const inside = i.dir && o.startsWith(i.real + path.sep) && readable.includes(path.extname(o).toLowerCase());
      if (o === i.real || inside) throw new UsageError(`${out}: is ${o === i.real ? 'an input' : `a file of the input folder ${i.given}`}; kg never writes over its inputs (choose another output)`);
    }
  }
}
