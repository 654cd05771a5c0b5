/**
 * Reading and writing the graph file: graphology's serialization of a MultiDirectedGraph, with the attributes typed
 * in types.ts. Writes are atomic; reads check the file is a graph of a schema version this code understands.
 */
import { promises as fs } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { GraphFileError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic.js';
import { graphProblems } from './schema.js';
import { SCHEMA_VERSION, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from '../types.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** A new, empty knowledge graph (the one place graphs are created). */
export function createGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  g.replaceAttributes({ schemaVersion: SCHEMA_VERSION, articles: {} });
  return g;
}

/** The graph file's text: deterministic for a deterministic graph (insertion order, no pretty-printing variance). */
export function serializeGraph(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export()) + '\n';
}

export async function saveGraph(graph: KnowledgeGraph, file: string): Promise<void> {
  await writeFileAtomic(file, serializeGraph(graph));
}

/** Parses a graph file's content; throws GraphFileError naming `file` when it is not a readable graph, or one that
 * breaks the typed contract (one line per problem, naming the node or edge). */
export function parseGraph(text: string, file: string): KnowledgeGraph {
  let data: SerializedKnowledgeGraph;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = text.trim() ? `not valid JSON, the file may be truncated or corrupt (${(e as Error).message})` : 'empty file';
    throw new GraphFileError(file, why);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes) || !Array.isArray(data.edges ?? []))
    throw new GraphFileError(file, 'not a graph file (expected graphology JSON with "nodes" and "edges")');
  const version = data.attributes?.schemaVersion as unknown;
  if (version === undefined) throw new GraphFileError(file, 'not a news-kg graph (no schemaVersion attribute)');
  if (typeof version !== 'number')
    throw new GraphFileError(file, `schemaVersion is ${JSON.stringify(version)} (a ${typeof version}), expected the number ${SCHEMA_VERSION}`);
  if (version > SCHEMA_VERSION)
    throw new GraphFileError(file, `schemaVersion ${version} is newer than this kg understands (${SCHEMA_VERSION}); upgrade kg`);
  const problems = graphProblems(data);
  if (problems.length) throw new GraphFileError(file, problems[0]!, problems);
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  try {
    graph.import(data);
  } catch (e) {
    throw new GraphFileError(file, `corrupt graph: ${(e as Error).message}`);
  }
  return graph;
}

/** Loads a graph file written by `kg build`. */
export async function loadGraph(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GraphFileError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message);
  }
  return parseGraph(text, file);
}
