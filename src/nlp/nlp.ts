/**
 * The one module that owns compromise: it is configured here once, with this project's plugin, and every other
 * module imports it from here.
 */
import nlp from 'compromise';
import { kgPlugin } from './plugin.js';

nlp.plugin(kgPlugin);

export { nlp };
export type View = ReturnType<typeof nlp>;
