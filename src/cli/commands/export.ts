/** `kg export`: write a graph as JSON, GEXF 1.3, GraphML or Neo4j import CSV files. */
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { EXPORT_FORMATS, exportGraph, exportText, formatFromPath, isExportFormat, neo4jImportCommand } from '../../export/index.js';
import { loadGraph } from '../../graph/io.js';
import { refuseOutputsOverInputs } from '../../store.js';
import type { CliContext } from '../context.js';

interface ExportFlags {
  format?: string;
  output?: string;
  out?: string;
  viz: boolean;
}

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write a graph as JSON, GEXF 1.3 (Gephi), GraphML, or CSV files for neo4j-admin import')
    .argument('<graph>', 'graph file written by kg build')
    .option('-o, --output <path>', 'output file, a folder for csv, or - for standard output (then give --format)')
    .addOption(new Option('--out <path>', 'the same as --output').hideHelp())
    .option('-f, --format <format>', `${EXPORT_FORMATS.join(' | ')} (default: from the extension of --output)`)
    .option('--no-viz', 'gexf: leave out colours, sizes and positions')
    .action(async (graphFile: string, flags: ExportFlags) => {
      const out = flags.output ?? flags.out;
      if (out === undefined) throw new UsageError(`export: give -o, --output <path> (or - for standard output)`);
      const toStdout = out === '-';
      const format = flags.format ?? (toStdout ? null : formatFromPath(out));
      if (format === null)
        throw new UsageError(`export: cannot tell the format from "${out}"; give --format ${EXPORT_FORMATS.join('|')}`);
      if (!isExportFormat(format)) throw new UsageError(`export: unknown format "${format}" (expected ${EXPORT_FORMATS.join(', ')})`);
      if (toStdout && format === 'csv') throw new UsageError('export: a csv export is a folder of files; give a folder to --output');
      if (!toStdout) await refuseOutputsOverInputs([graphFile], [out]);
      const graph = await loadGraph(graphFile);
      if (toStdout && format !== 'csv') {
        ctx.out(exportText(graph, format, { gexf: { viz: flags.viz } }));
        return;
      }
      const result = await exportGraph(graph, out, { format, gexf: { viz: flags.viz } });
      ctx.err(`kg export: wrote ${format} (${graph.order} nodes, ${graph.size} edges) to ${out}${format === 'csv' ? `/ (${result.files.length} files)` : ''}\n`);
      if (format === 'csv') ctx.err(`import with:\n${neo4jImportCommand(out)}\n`);
    });
}
