/** Every `kg` command, in the order `kg --help` lists them. Adding a command is one file plus one line here. */
import type { RegisterCommand } from '../context.js';
import { registerAdd } from './add.js';
import { registerBuild } from './build.js';
import { registerExtract } from './extract.js';
import { registerExport } from './export.js';
import { registerQuery } from './query.js';
import { registerView } from './view.js';

export const COMMANDS: RegisterCommand[] = [registerBuild, registerAdd, registerExtract, registerQuery, registerExport, registerView];
