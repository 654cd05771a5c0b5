/**
 * The learned decisions of the meeting step: linear models over named features (the rule tables of
 * gazetteer/meetings.ts and the shape of the sentence), trained by scripts/train-meetings.ts on annotated articles
 * and shipped as models/meetings.json.
 *
 * - meeting: is this trigger occurrence a reportable meeting (score > 0);
 * - participant: is this person, state or organization a party to it (score > 0);
 * - date, place: which of the time expressions / places of the sentence, or none, is the meeting's (highest score);
 * - status: planned (score > 0) or held.
 *
 * The yes/no decisions are averaged perceptrons; the date and place choices are softmax models (the probability of an
 * option is exp(score) over the options' sum; scripts/log-linear.ts). Either way the highest score decides.
 *
 * Every decision keeps its features, so its strongest reasons (feature and weight) can be shown.
 */
import fs from 'node:fs';

export const DECISIONS = ['meeting', 'participant', 'date', 'place', 'status'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A linear model: the score of a set of features is the bias plus the sum of their weights. */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export type MeetingModel = Record<Decision, LinearModel>;

export const MEETING_MODEL_VERSION = 1;

export class MeetingModelError extends Error {
  override name = 'MeetingModelError';
}

/** Where the shipped weights are: models/meetings.json at the package root (two levels above src/pipeline and dist/pipeline). */
export const MEETING_MODEL_URL = new URL('../../models/meetings.json', import.meta.url);

let shipped: MeetingModel | undefined;

/** The shipped model, read once. */
export function defaultMeetingModel(): MeetingModel {
  return (shipped ??= parseMeetingModel(fs.readFileSync(MEETING_MODEL_URL, 'utf8')));
}

export function parseMeetingModel(json: string): MeetingModel {
  const o = JSON.parse(json) as { version?: number; models?: Partial<MeetingModel> };
  if (o.version !== MEETING_MODEL_VERSION) throw new MeetingModelError(`news-kg meetings: unsupported model version ${String(o.version)}.`);
  for (const d of DECISIONS) {
    const m = o.models?.[d];
    if (!m || typeof m.bias !== 'number' || typeof m.weights !== 'object') throw new MeetingModelError(`news-kg meetings: model lacks the "${d}" decision.`);
  }
  return o.models as MeetingModel;
}

/** The model as the JSON file ships it: keys sorted, weights rounded, zero weights dropped (same model, same bytes). */
export function serializeMeetingModel(model: MeetingModel): string {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const models: Record<string, LinearModel> = {};
  for (const d of DECISIONS) {
    const w = Object.entries(model[d].weights)
      .map(([k, v]) => [k, round(v)] as const)
      .filter(([, v]) => v !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    models[d] = { bias: round(model[d].bias), weights: Object.fromEntries(w) };
  }
  return `${JSON.stringify({ version: MEETING_MODEL_VERSION, models }, null, 0).replace(/\},"/g, '},\n"')}\n`;
}

export function score(m: LinearModel, features: readonly string[]): number {
  let s = m.bias;
  for (const f of features) s += m.weights[f] ?? 0;
  return s;
}

/** The `n` features that weigh most in a decision, strongest first, each with its weight. */
export function reasons(m: LinearModel, features: readonly string[], n = 5): Array<[string, number]> {
  return [...new Set(features)]
    .map((f) => [f, m.weights[f] ?? 0] as [string, number])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, n);
}

/** The index of the option with the highest score (the first on a tie), or -1 for no options. */
export function best(m: LinearModel, options: ReadonlyArray<readonly string[]>): number {
  let at = -1;
  let top = -Infinity;
  options.forEach((f, i) => {
    const s = score(m, f);
    if (s > top) {
      top = s;
      at = i;
    }
  });
  return at;
}
