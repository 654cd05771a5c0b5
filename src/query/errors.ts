import { UsageError } from '../errors.js';

/** A name that matches no entity of the graph. `suggestions` are labels of close names, best first. */
export class UnknownEntityError extends UsageError {
  override name = 'UnknownEntityError';
  constructor(
    readonly query: string,
    readonly suggestions: string[],
  ) {
    super(
      `unknown entity "${query}"` +
        (suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ' (no close name in the graph)'),
    );
  }
}
