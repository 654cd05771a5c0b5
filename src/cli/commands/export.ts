/** `kg export`: write a graph as JSON, GEXF 1.3, GraphML or Neo4j import CSV files. */
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { EXPORT_FORMATS, exportGraph, formatFromPath, isExportFormat, neo4jImportCommand } from '../../export/index.js';
import { loadGraph } from '../../graph/io.js';
import type { CliContext } from '../context.js';

interface ExportFlags {
  format?: string;
  out: string;
  viz: boolean;
}

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write a graph as JSON, GEXF 1.3 (Gephi), GraphML, or CSV files for neo4j-admin import')
    .argument('<graph>', 'graph file written by kg build')
    .requiredOption('-o, --out <path>', 'output file (a folder for csv)')
    .option('-f, --format <format>', `${EXPORT_FORMATS.join(' | ')} (default: from the extension of --out)`)
    .option('--no-viz', 'gexf: leave out colours, sizes and positions')
    .action(async (graphFile: string, flags: ExportFlags) => {
      const format = flags.format ?? formatFromPath(flags.out);
      if (format === null)
        throw new UsageError(`export: cannot tell the format from "${flags.out}"; give --format ${EXPORT_FORMATS.join('|')}`);
      if (!isExportFormat(format)) throw new UsageError(`export: unknown format "${format}" (expected ${EXPORT_FORMATS.join(', ')})`);
      const graph = await loadGraph(graphFile);
      const result = await exportGraph(graph, flags.out, { format, gexf: { viz: flags.viz } });
      ctx.err(`kg export: wrote ${format} (${graph.order} nodes, ${graph.size} edges) to ${flags.out}${format === 'csv' ? `/ (${result.files.length} files)` : ''}\n`);
      if (format === 'csv') ctx.err(`import with:\n${neo4jImportCommand(flags.out)}\n`);
    });
}
