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
  meetings,
  relations,
  timeline,
  type ArticleRef,
  type PathResult,
} from '../../query/index.js';
import { RELATIONS, type Evidence, type MeetingStatus, type Relation } from '../../types.js';
import { forTerminal } from '../../util/terminal.js';
import type { CliContext } from '../context.js';

export const QUERY_KINDS = ['meetings', 'entity', 'relations', 'path', 'timeline'] as const;
type QueryKind = (typeof QUERY_KINDS)[number];

interface QueryFlags {
  with: string[];
  from?: string;
  to?: string;
  place?: string;
  status?: string;
  relation: string[];
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

const MAX_CELL = 48;

function cell(s: string, max = MAX_CELL): string {
  const flat = forTerminal(s).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : flat;
}

/** A plain text table: a header row, a rule, then the rows, columns padded to their widest cell. `notes[i]`, when
 * given, are lines printed whole under row i (the evidence to cite). */
export function renderTable(headers: string[], rows: string[][], notes?: string[][]): string {
  const cells = rows.map((r) => r.map((c) => cell(c)));
  const widths = headers.map((h, i) => Math.max([...h].length, ...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ').trimEnd();
  const body = cells.flatMap((r, i) => [line(r), ...(notes?.[i] ?? []).map((n) => `    ${forTerminal(n).replace(/\n/g, ' ')}`)]);
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...body].join('\n') + '\n';
}

/** Every evidence sentence with its article, one line each: what `--evidence` prints under a row. */
const citations = (evidence: Evidence[]) => evidence.map((e) => `${e.article}: “${e.sentence.replace(/\s+/g, ' ').trim()}”`);

const ids = (articles: ArticleRef[]) => articles.map((a) => a.id).join(', ');
const firstSentence = (evidence: Evidence[]) => (evidence[0] ? `“${evidence[0].sentence}”` : '');

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

// ---------------------------------------------------------------------------------------------------------------

export function registerQuery(program: Command, ctx: CliContext): void {
  program
    .command('query')
    .description('ask a graph: meetings, entity, relations, path (how two entities connect), timeline')
    .argument('<graph>', 'graph file written by kg build')
    .argument('<question>', QUERY_KINDS.join(' | '))
    .argument('[names...]', 'entity names: one for entity/relations/timeline, two for path, any for meetings (all took part)')
    .option('-w, --with <name>', 'meetings: an entity that took part (repeatable)', collect, [])
    .option('--from <date>', 'meetings: on or after YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--to <date>', 'meetings: on or before YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--place <name>', 'meetings: held in this place or state')
    .option('--status <status>', 'meetings: held | planned')
    .option('-r, --relation <relation>', `relations, path: only ${RELATIONS.join(', ')} (repeatable, or comma-separated)`, collectList, [])
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
  kg query graph.json timeline Medvedev`,
    )
    .action(async (graphFile: string, question: string, names: string[], flags: QueryFlags) => {
      if (!(QUERY_KINDS as readonly string[]).includes(question))
        throw new UsageError(`query: unknown question "${question}" (expected ${QUERY_KINDS.join(', ')})`);
      const kind = question as QueryKind;
      const limit = positiveInt('--limit', flags.limit);
      const maxLength = positiveInt('--max-length', flags.maxLength);
      const relation = flags.relation.length ? (flags.relation as Relation[]) : undefined;
      const graph = await loadGraph(graphFile);
      const table = ctx.isTTY && !flags.json;
      const notes = (items: Array<{ evidence: Evidence[] }>) => (flags.evidence ? items.map((i) => citations(i.evidence)) : undefined);
      const emit = (values: unknown[], render: () => string, none: string) => {
        const shown = limit === undefined ? values : values.slice(0, limit);
        if (!table) for (const v of shown) ctx.out(JSON.stringify(v) + '\n');
        else ctx.out(shown.length ? render() : `${none}\n`);
      };

      switch (kind) {
        case 'meetings': {
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
          const results = relations(graph, oneName(kind, names), relation ? { relation } : {});
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
          });
          let none = `"${names[0]}" and "${names[1]}" are not connected`;
          if (!paths.length) {
            const any = connections(graph, names[0]!, names[1]!, { maxLength: Math.max(1, graph.order), limit: 1, ...(relation && { relation }) });
            if (any.length)
              none = `no path of at most ${maxLength ?? CONNECTIONS_DEFAULTS.maxLength} steps between "${names[0]}" and "${names[1]}": the shortest has ${any[0]!.length} (try --max-length ${any[0]!.length})`;
          }
          emit(paths, () => renderPaths(paths, flags.evidence), none);
          break;
        }
        case 'timeline': {
          const items = timeline(graph, oneName(kind, names));
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
      }
    });
}
