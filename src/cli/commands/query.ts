/**
 * `kg query`: ask a graph questions. Prints JSON lines (one result a line) when standard output is a pipe, a table on a
 * terminal; `--json` forces JSON lines.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { loadGraph } from '../../graph/io.js';
import {
  CONNECTIONS_DEFAULTS,
  connections,
  entityDetails,
  findEntity,
  meetings,
  neighbors,
  relations,
  search,
  timeline,
  top,
  type ArticleRef,
  type EntityMatch,
  type PathResult,
} from '../../query/index.js';
import { ENTITY_KINDS, RELATIONS, type EntityKind, type Evidence, type MeetingStatus, type Relation } from '../../types.js';
import { forTerminal } from '../../util/terminal.js';
import type { CliContext } from '../context.js';

export const QUERY_KINDS = ['meetings', 'entity', 'relations', 'path', 'timeline', 'top', 'search', 'neighbors'] as const;
type QueryKind = (typeof QUERY_KINDS)[number];

interface QueryFlags {
  with: string[];
  from?: string;
  to?: string;
  place?: string;
  status?: string;
  relation: string[];
  kind: string[];
  maxLength?: string;
  limit?: string;
  json?: boolean;
  evidence?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];
const collectList = (value: string, previous: string[]) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`query: ${flag} must be a whole number ≥ 1, got "${value}"`);
  return n;
}

function oneName(kind: QueryKind, names: string[]): string {
  if (!names.length) throw new UsageError(`query ${kind}: name an entity, e.g. kg query graph.json ${kind} "Xi Jinping"`);
  return names.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Terminal rendering

/** Widest cell when the terminal's width is unknown. */
const MAX_CELL = 48;
/** No column is squeezed narrower than this to fit the terminal. */
const MIN_COLUMN = 8;

function cell(s: string, max: number): string {
  const flat = forTerminal(s).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? chars.slice(0, Math.max(1, max - 1)).join('') + '…' : flat;
}

/** Column widths that fit `width`: every column at its widest cell, then the widest columns narrowed in turn. */
export function fitColumns(natural: number[], width: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= MIN_COLUMN) break;
    widths[i] = Math.max(MIN_COLUMN, widths[i]! - Math.max(1, total() - width));
  }
  return widths;
}

/** A plain text table as wide as the terminal (`width` columns; cells of at most 48 characters when unknown): a header row, a rule, then the rows, columns padded
 * to their widest cell and the widest cut with "…" when the row would not fit. `notes[i]`, when given, are lines
 * printed whole under row i (the evidence to cite). */
export function renderTableAt(headers: string[], rows: string[][], notes?: string[][], width?: number): string {
  const flat = rows.map((r) => r.map((c) => cell(c, width === undefined ? MAX_CELL : Infinity)));
  const natural = headers.map((h, i) => Math.max([...h].length, ...flat.map((r) => [...(r[i] ?? '')].length)));
  const fitted = width === undefined ? natural : fitColumns(natural, width);
  const cells = flat.map((r) => r.map((c, i) => cell(c, fitted[i]!)));
  const widths = headers.map((h, i) => Math.max(Math.min([...h].length, fitted[i]!), ...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ').trimEnd();
  const body = cells.flatMap((r, i) => [line(r), ...(notes?.[i] ?? []).map((n) => `    ${forTerminal(n).replace(/\n/g, ' ')}`)]);
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...body].join('\n') + '\n';
}

/** Every evidence sentence with its article, one line each: what `--evidence` prints under a row. */
const citations = (evidence: Evidence[]) => evidence.map((e) => `${e.article}: “${e.sentence.replace(/\s+/g, ' ').trim()}”`);

const ids = (articles: ArticleRef[]) => articles.map((a) => a.id).join(', ');
const firstSentence = (evidence: Evidence[]) => (evidence[0] ? `“${evidence[0].sentence}”` : '');

/** `renderTableAt` at the default width. */
export const renderTable = (headers: string[], rows: string[][], notes?: string[][]) => renderTableAt(headers, rows, notes);

export function renderPaths(paths: PathResult[], allEvidence = false): string {
  const out: string[] = [];
  paths.forEach((p, i) => {
    out.push(`path ${i + 1} of ${paths.length} (${p.length} step${p.length === 1 ? '' : 's'}): ${p.nodes.map((n) => n.label).join(' · ')}`);
    for (const e of p.edges) {
      out.push(`  ${e.description}   [${ids(e.articles)}]`);
      if (allEvidence) out.push(...citations(e.evidence).map((c) => `      ${c}`));
      else if (e.evidence[0]) out.push(`      ${cell(firstSentence(e.evidence), 110)}`);
    }
  });
  return out.map(forTerminal).join('\n') + '\n';
}

/** "Blair: Tony Blair (person, 507 mentions); also Blair (person, 20), Cherie Blair (person, 6)" when the name could
 * mean more than one entity or was taken to mean one with another label; null when the name is the label itself. */
export function describeChoice(name: string, m: EntityMatch, mentions: number): string | null {
  const alternatives = m.alternatives ?? [];
  if (!alternatives.length && (m.match === 'key' || m.label === name)) return null;
  const also = alternatives.map((a) => `${a.label} (${a.kind}, ${a.mentions})`).join(', ');
  return `"${name}": ${m.label} (${m.kind}, ${mentions} mentions, by ${m.match})${also ? `; could also be ${also}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------

export function registerQuery(program: Command, ctx: CliContext): void {
  program
    .command('query')
    .description('ask a graph: meetings, entity, relations, path (how two entities connect), timeline, top, search, neighbors')
    .argument('<graph>', 'graph file written by kg build')
    .argument('<question>', QUERY_KINDS.join(' | '))
    .argument('[names...]', 'entity names: one for entity/relations/timeline/search/neighbors, two for path, any for meetings (all took part)')
    .option('-w, --with <name>', 'meetings: an entity that took part (repeatable)', collect, [])
    .option('--from <date>', 'on or after YYYY-MM-DD, YYYY-MM or YYYY (a meeting by its date, anything else by its articles)')
    .option('--to <date>', 'on or before YYYY-MM-DD, YYYY-MM or YYYY')
    .option('-k, --kind <kind>', `top, search: only ${ENTITY_KINDS.join(', ')} (repeatable, or comma-separated)`, collectList, [])
    .option('--place <name>', 'meetings: held in this place or state')
    .option('--status <status>', 'meetings: held | planned')
    .option('-r, --relation <relation>', `relations, path, neighbors: only ${RELATIONS.join(', ')} (repeatable, or comma-separated)`, collectList, [])
    .option('--max-length <n>', 'path: longest path in edges (default 6)')
    .option('--limit <n>', 'at most this many results')
    .option('--json', 'print JSON lines even on a terminal')
    .option('--evidence', 'on a terminal: print every evidence sentence, with its article, under each row')
    .addHelpText(
      'after',
      `
Examples:
  kg query graph.json meetings --with "Xi Jinping" --from 2022-12-01
  kg query graph.json meetings Putin Xi --from 2022 --to 2022-12
  kg query graph.json entity zelensky
  kg query graph.json relations "Dmitry Medvedev" --relation role
  kg query graph.json path Russia Ukraine
  kg query graph.json timeline Medvedev
  kg query graph.json top --kind person --limit 10
  kg query graph.json search Blair
  kg query graph.json neighbors Blair --relation co_mentioned`,
    )
    .action(async (graphFile: string, question: string, names: string[], flags: QueryFlags) => {
      if (!(QUERY_KINDS as readonly string[]).includes(question))
        throw new UsageError(`query: unknown question "${question}" (expected ${QUERY_KINDS.join(', ')})`);
      const kind = question as QueryKind;
      const limit = positiveInt('--limit', flags.limit);
      const maxLength = positiveInt('--max-length', flags.maxLength);
      const relation = flags.relation.length ? (flags.relation as Relation[]) : undefined;
      for (const k of flags.kind)
        if (!(ENTITY_KINDS as readonly string[]).includes(k)) throw new UsageError(`query: unknown kind "${k}" (expected ${ENTITY_KINDS.join(', ')})`);
      const kinds = flags.kind.length ? (flags.kind as EntityKind[]) : undefined;
      const window = { ...(flags.from !== undefined && { from: flags.from }), ...(flags.to !== undefined && { to: flags.to }) };
      const graph = await loadGraph(graphFile);
      const table = ctx.isTTY && !flags.json;
      const width = ctx.columns ?? undefined;
      const renderTable = (h: string[], r: string[][], n?: string[][]) => renderTableAt(h, r, n, width);
      // Which entity each name was taken to mean, and whom else it could mean, on standard error (standard output
      // stays the answer: a table, or one JSON value a line).
      const chosen = (name: string) => {
        const m = findEntity(graph, name);
        if (!m) return;
        const line = describeChoice(name, m, graph.getNodeAttribute(m.key, 'mentions') ?? 0);
        if (line) ctx.err(line + '\n');
      };
      const notes = (items: Array<{ evidence: Evidence[] }>) => (flags.evidence ? items.map((i) => citations(i.evidence)) : undefined);
      const emit = (values: unknown[], render: () => string, none: string) => {
        const shown = limit === undefined ? values : values.slice(0, limit);
        if (!table) for (const v of shown) ctx.out(JSON.stringify(v) + '\n');
        else ctx.out(shown.length ? render() : `${none}\n`);
      };

      switch (kind) {
        case 'meetings': {
          for (const n of [...flags.with, ...names]) chosen(n);
          const results = meetings(graph, {
            with: [...flags.with, ...names],
            ...(flags.from !== undefined && { from: flags.from }),
            ...(flags.to !== undefined && { to: flags.to }),
            ...(flags.place !== undefined && { place: flags.place }),
            ...(flags.status !== undefined && { status: flags.status as MeetingStatus }),
          });
          const shown = limit === undefined ? results : results.slice(0, limit);
          emit(
            results,
            () =>
              renderTable(
                ['DATE', 'STATUS', 'PARTICIPANTS', 'PLACE', 'ARTICLES', 'EVIDENCE'],
                shown.map((m) => [m.date ?? '?', m.status, m.participants.map((p) => p.label).join(', '), m.place ?? '', ids(m.articles), firstSentence(m.evidence)]),
                notes(shown),
              ),
            'no meetings match',
          );
          break;
        }
        case 'entity': {
          const e = entityDetails(graph, oneName(kind, names));
          emit(
            [e],
            () => {
              const rows = [
                ['label', e.label],
                ['kind', e.kind],
                ['key', e.key],
                ['matched', `${e.match} "${e.matched}"`],
                ['aliases', e.aliases.join(', ')],
                ...(e.iso ? [['iso', e.iso]] : []),
                ['mentions', String(e.mentions)],
                ['articles', ids(e.articles)],
                ['edges', Object.entries(e.degree).map(([r, n]) => `${r} ${n}`).join(', ')],
                ['evidence', firstSentence(e.evidence)],
              ];
              return renderTable(['FIELD', 'VALUE'], rows, flags.evidence ? rows.map((_, i) => (i === rows.length - 1 ? citations(e.evidence) : [])) : undefined);
            },
            '',
          );
          break;
        }
        case 'relations': {
          chosen(oneName(kind, names));
          const results = relations(graph, oneName(kind, names), { ...(relation ? { relation } : {}), ...window });
          const shown = limit === undefined ? results : results.slice(0, limit);
          emit(
            results,
            () =>
              renderTable(
                ['RELATION', 'DESCRIPTION', 'DATE', 'ARTICLES', 'EVIDENCE'],
                shown.map((r) => [r.relation, r.description, r.date ?? '', ids(r.articles), firstSentence(r.evidence)]),
                notes(shown),
              ),
            'no relations',
          );
          break;
        }
        case 'path': {
          if (names.length !== 2)
            throw new UsageError(`query path: name two entities, e.g. kg query graph.json path Russia Ukraine (quote names with spaces)`);
          const paths = connections(graph, names[0]!, names[1]!, {
            ...(maxLength !== undefined && { maxLength }),
            ...(limit !== undefined && { limit }),
            ...(relation && { relation }),
            ...window,
          });
          let none = `"${names[0]}" and "${names[1]}" are not connected`;
          if (!paths.length) {
            const any = connections(graph, names[0]!, names[1]!, { maxLength: Math.max(1, graph.order), limit: 1, ...(relation && { relation }), ...window });
            if (any.length)
              none = `no path of at most ${maxLength ?? CONNECTIONS_DEFAULTS.maxLength} steps between "${names[0]}" and "${names[1]}": the shortest has ${any[0]!.length} (try --max-length ${any[0]!.length})`;
          }
          emit(paths, () => renderPaths(paths, flags.evidence), none);
          break;
        }
        case 'timeline': {
          chosen(oneName(kind, names));
          const items = timeline(graph, oneName(kind, names), window);
          const shown = limit === undefined ? items : items.slice(0, limit);
          emit(
            items,
            () =>
              renderTable(
                ['DATE', 'TYPE', 'WHAT', 'ARTICLES'],
                shown.map((t) => [t.date ?? (t.reported ? `(${t.reported})` : '?'), t.type, t.label, ids(t.articles)]),
                notes(shown),
              ),
            'nothing on the timeline',
          );
          break;
        }
        case 'top': {
          if (names.length) throw new UsageError(`query top: takes no names (got "${names.join(' ')}"); use --kind, --limit, --from, --to`);
          const results = top(graph, { ...(kinds && { kind: kinds }), limit: limit ?? 20, ...window });
          emit(
            results,
            () =>
              renderTable(
                ['#', 'LABEL', 'KIND', 'MENTIONS', 'ARTICLES', 'EDGES'],
                results.map((r, i) => [String(i + 1), r.label, r.kind, String(r.mentions), String(r.articles), Object.entries(r.degree).map(([k, n]) => `${k} ${n}`).join(', ')]),
              ),
            'no entities match',
          );
          break;
        }
        case 'search': {
          const results = search(graph, oneName(kind, names), { ...(kinds && { kind: kinds }), limit: limit ?? 10, ...window });
          emit(
            results,
            () =>
              renderTable(
                ['LABEL', 'KIND', 'MENTIONS', 'MATCH', 'ALIASES', 'KEY'],
                results.map((r) => [r.label, r.kind, String(r.mentions), r.match, r.aliases.filter((a) => a !== r.label).join(', '), r.key]),
              ),
            `nothing named "${oneName(kind, names)}"`,
          );
          break;
        }
        case 'neighbors': {
          chosen(oneName(kind, names));
          const result = neighbors(graph, oneName(kind, names), { ...(relation && { relation }), limit: limit ?? 20, ...window });
          const shown = result.neighbors;
          emit(
            shown,
            () =>
              renderTable(
                ['NEIGHBOUR', 'KIND', 'RELATIONS', 'WEIGHT', 'ARTICLES', 'EVIDENCE'],
                shown.map((n) => [n.label, n.kind, n.relations.join(', '), String(n.weight), String(n.articles.length), firstSentence(n.evidence)]),
                notes(shown),
              ) + (result.total > shown.length ? `${shown.length} of ${result.total} neighbours shown (--limit)\n` : ''),
            `no neighbours${relation ? ` by ${relation.join(', ')}` : ''}`,
          );
          break;
        }
      }
    });
}
