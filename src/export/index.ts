/**
 * Exports that open elsewhere: graphology JSON (the graph file itself), GEXF 1.3 for Gephi, GraphML, and CSV files for
 * Neo4j's bulk importer. The `to*` functions return text and never touch the graph or the disk; `exportGraph` writes
 * atomically (a file through a temporary file renamed over it; a CSV folder built beside the target and swapped in).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeGraph, type KnowledgeGraph } from '../graph/io.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic.js';
import { toGexf, type GexfOptions } from './gexf.js';
import { toGraphml } from './graphml.js';
import { NEO4J_NODE_FILES, NEO4J_RELATIONSHIP_FILES, toNeo4jCsv } from './neo4j.js';

export { toGexf, gexfList, GEXF_DEFAULTS, GEXF_COLORS, GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, type GexfOptions } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toNeo4jCsv, neo4jImportCommand, NEO4J_LABELS, NEO4J_TYPES, NEO4J_NODE_FILES, NEO4J_RELATIONSHIP_FILES } from './neo4j.js';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  gexf?: GexfOptions;
}

const EXTENSIONS: Record<string, ExportFormat> = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml' };

/** The format an output path's extension implies (a path without one of .json, .gexf, .graphml means a CSV folder
 * only when it has no extension at all), or null. */
export function formatFromPath(out: string): ExportFormat | null {
  const ext = path.extname(out).toLowerCase();
  return EXTENSIONS[ext] ?? (ext === '' ? 'csv' : null);
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The export as text, for the single-file formats. */
export function exportText(graph: KnowledgeGraph, format: Exclude<ExportFormat, 'csv'>, options: Omit<ExportOptions, 'format'> = {}): string {
  switch (format) {
    case 'json':
      return serializeGraph(graph);
    case 'gexf':
      return toGexf(graph, options.gexf);
    case 'graphml':
      return toGraphml(graph);
  }
}

export interface ExportResult {
  format: ExportFormat;
  /** Files written (the folder's files for csv). */
  files: string[];
}

/** Writes the graph to `out` in `options.format`. A CSV export is a folder: `out` must not exist, be empty, or hold
 * only files of an earlier CSV export (it is replaced whole). */
export async function exportGraph(graph: KnowledgeGraph, out: string, options: ExportOptions): Promise<ExportResult> {
  if (!isExportFormat(options.format))
    throw new UsageError(`exportGraph: invalid format "${options.format}" (expected ${EXPORT_FORMATS.join(', ')})`);
  if (options.format !== 'csv') {
    await writeFileAtomic(out, exportText(graph, options.format, options));
    return { format: options.format, files: [out] };
  }
  const files = toNeo4jCsv(graph);
  await writeDirAtomic(out, files);
  return { format: 'csv', files: [...files.keys()].map((f) => path.join(out, f)) };
}

const CSV_NAMES = new Set([...Object.values(NEO4J_NODE_FILES), ...Object.values(NEO4J_RELATIONSHIP_FILES)]);

/** Builds the folder beside `dir`, then swaps it in, so a reader sees the old export or the new one, never a mix. */
async function writeDirAtomic(dir: string, files: Map<string, string>): Promise<void> {
  const target = path.resolve(dir);
  let existing: string[] | null = null;
  try {
    const stat = await fs.stat(target);
    if (!stat.isDirectory()) throw new UsageError(`export: ${dir} exists and is not a folder (a CSV export is a folder)`);
    existing = await fs.readdir(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const foreign = (existing ?? []).filter((f) => !CSV_NAMES.has(f));
  if (foreign.length)
    throw new UsageError(`export: ${dir} holds other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); choose an empty or new folder`);
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  const tmp = await fs.mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-`));
  try {
    // mkdtemp makes a private folder (0700); the export is read by other users (neo4j-admin runs as its own user).
    await fs.chmod(tmp, 0o755 & ~process.umask());
    for (const [name, text] of files) await writeFileAtomic(path.join(tmp, name), text);
    if (existing === null) {
      await fs.rename(tmp, target);
    } else {
      const old = `${tmp}-old`;
      await fs.rename(target, old);
      try {
        await fs.rename(tmp, target);
      } catch (e) {
        await fs.rename(old, target); // put the earlier export back
        throw e;
      }
      await fs.rm(old, { recursive: true, force: true });
    }
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
