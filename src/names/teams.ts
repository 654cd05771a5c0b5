/**
 * National sports teams: "Ireland beat England 19-13" names two teams, not two states. The extraction keeps such a
 * mention's kind (`state`, as a recognizer reads it) and marks it `team`; the merge makes each team a node of its own,
 * an organization labelled "<state> national team", `part_of` its state. Tables with reasons; src/pipeline/teams.ts
 * applies them.
 */
import type { EntityRef } from '../types.js';
import { wordTable } from '../gazetteer/normalize.js';
import { stateByIso } from '../gazetteer/states.js';

/** Words right after a state that make it the subject of a result or a fixture, or a team's ("England beat", "Wales v
 * France", "the England squad", "an Ireland prop"). */
export const TEAM_WORDS_AFTER: Record<string, string> = wordTable({
  beat: 'result', beats: 'result', defeated: 'result', thrashed: 'result', hammered: 'result', edged: 'result',
  trounced: 'result', crushed: 'result', drew: 'result', draw: 'result', lost: 'result', lose: 'result', won: 'result',
  win: 'result', wins: 'result', v: 'fixture ("Wales v France")', 'v.': 'fixture', vs: 'fixture', 'vs.': 'fixture',
  international: 'a capped player ("the Wales international")', internationals: 'capped players', squad: 'team',
  side: 'team', pack: 'rugby forwards', 'under-21': 'youth team', 'under-21s': 'youth team', coach: 'team',
  captain: 'team', defender: 'player', striker: 'player', midfielder: 'player', goalkeeper: 'player', winger: 'player',
  prop: 'rugby player', 'fly-half': 'rugby player', 'scrum-half': 'rugby player', flanker: 'rugby player',
  'full-back': 'player', fans: 'supporters', supporters: 'supporters',
});

/** Words right before a state that make it the other side of a result or a fixture ("lost to Italy", "v France"). */
export const TEAM_PHRASES_BEFORE: ReadonlyArray<{ words: string[]; reason: string }> = [
  { words: ['v'], reason: 'fixture' },
  { words: ['v.'], reason: 'fixture' },
  { words: ['vs'], reason: 'fixture' },
  { words: ['vs.'], reason: 'fixture' },
  { words: ['beat'], reason: 'result' },
  { words: ['beating'], reason: 'result' },
  { words: ['against'], reason: 'fixture ("won against", "play against")' },
  { words: ['lost', 'to'], reason: 'result' },
  { words: ['losing', 'to'], reason: 'result' },
  { words: ['defeat', 'to'], reason: 'result' },
  { words: ['drew', 'with'], reason: 'result' },
  { words: ['draw', 'with'], reason: 'result' },
  { words: ['beaten', 'by'], reason: 'result' },
  { words: ['defeated', 'by'], reason: 'result' },
  { words: ['defeat', 'by'], reason: 'result' },
  { words: ['defeats', 'by'], reason: 'result' },
  { words: ['loss', 'to'], reason: 'result' },
  { words: ['losses', 'to'], reason: 'result' },
  { words: ['face'], reason: 'fixture ("to face Holland")' },
  { words: ['faces'], reason: 'fixture' },
  { words: ['facing'], reason: 'fixture' },
  { words: ['play'], reason: 'fixture ("when we play Wales")' },
  { words: ['played', 'for'], reason: 'a player\'s national side' },
  { words: ['play', 'for'], reason: 'a player\'s national side' },
  { words: ['playing', 'for'], reason: 'a player\'s national side' },
  { words: ['win', 'over'], reason: 'result' },
  { words: ['victory', 'over'], reason: 'result' },
];

/** Places that field national teams of their own though they are no sovereign state: the home nations of the United
 * Kingdom play football, rugby and cricket as England, Scotland, Wales and Northern Ireland. */
export const TEAM_PLACES: Record<string, string> = wordTable({
  england: 'home nation of the United Kingdom', scotland: 'home nation of the United Kingdom',
  wales: 'home nation of the United Kingdom', 'northern ireland': 'home nation of the United Kingdom',
});

/** A scoreline ("19-13", "2-0"); a range of days ("from 3-8 May") is none. */
export const SCORELINE = /^\d{1,3}[-–]\d{1,3}$/;

/** Words right before a state that make it the place where something is, not a side ("played in Brazil", "the best
 * team in England"): without a result or fixture next to it, such a mention stays the state. */
export const PLACE_WORDS_BEFORE: Record<string, string> = wordTable({
  in: 'location', across: 'location', throughout: 'location', around: 'location', inside: 'location', within: 'location',
});

/** The label of a state's national team: the state's label and "national team" ("England national team"). */
export function teamLabel(stateLabel: string): string {
  return `${stateLabel} national team`;
}

/** The entity a mention names: a team mention names its state's national team, an organization; any other names
 * what its kind and label say. */
export function namedEntity(e: EntityRef & { team?: boolean }): EntityRef {
  return e.team ? { label: teamLabel(e.label), kind: 'organization' } : { label: e.label, kind: e.kind };
}

/** The state a national team is `part_of`: the state it is named after, or the United Kingdom for a home nation. */
export function teamState(e: EntityRef): EntityRef | undefined {
  if (e.kind === 'state') return { label: e.label, kind: 'state' };
  const uk = stateByIso('GB');
  return e.label.toLowerCase() in TEAM_PLACES && uk ? { label: uk.name, kind: 'state' } : undefined;
}
