/**
 * National sports teams: in a sports report, "Ireland beat England" names two teams, not two states. A state named
 * next to a word of a match or a squad, in an article with enough words of sport, is its national team (an
 * organization "England national team" that belongs to the state).
 */
import { wordTable } from '../gazetteer/normalize.js';

/** Words that make an article a sports report; it needs two different ones. */
export const SPORT_WORDS: Record<string, string> = wordTable({
  match: 'sport', matches: 'sport', rugby: 'sport', football: 'sport', cricket: 'sport', tennis: 'sport', hockey: 'sport',
  squad: 'sport', coach: 'sport', tournament: 'sport', championship: 'sport', championships: 'sport', cup: 'sport',
  innings: 'cricket', wicket: 'cricket', wickets: 'cricket', goal: 'football', goals: 'football', striker: 'football',
  midfielder: 'football', tries: 'rugby', 'fly-half': 'rugby', scrum: 'rugby', 'six nations': 'rugby', fixture: 'sport',
  fixtures: 'sport', qualifier: 'sport', semi: 'sport', final: 'sport', olympics: 'sport', medal: 'sport', league: 'sport',
});

/** Words right before a state that make it a team: "beat England", "against Wales", "Ireland v France". */
export const TEAM_WORDS_BEFORE: Record<string, string> = wordTable({
  beat: 'result', beating: 'result', against: 'opponent', v: 'fixture', vs: 'fixture', versus: 'fixture',
  with: '"drew with"', face: 'fixture', facing: 'fixture', play: 'fixture', playing: 'fixture', over: '"win over"',
  for: '"capped for", "played for"', represent: 'selection', join: 'selection', defeated: 'result', thrashed: 'result',
});

/** Words right after a state that make it a team: "England coach", "Wales won", "Ireland's captain". */
export const TEAM_WORDS_AFTER: Record<string, string> = wordTable({
  coach: 'staff', captain: 'player', squad: 'team', team: 'team', side: 'team', 'a': 'second team ("England A")',
  beat: 'result', won: 'result', win: 'result', lost: 'result', lose: 'result', drew: 'result', draw: 'result',
  centre: 'player', prop: 'player', wing: 'player', winger: 'player', 'fly-half': 'player', 'scrum-half': 'player',
  lock: 'player', flanker: 'player', hooker: 'player', striker: 'player', midfielder: 'player', defender: 'player',
  goalkeeper: 'player', keeper: 'player', manager: 'staff', fans: 'supporters', supporters: 'supporters',
  international: 'player', internationals: 'players', players: 'players', player: 'player', star: 'player',
  'skipper': 'player', 'boss': 'staff', 'selectors': 'staff', 'u21': 'team', 'under-21': 'team', 'lead': 'score',
});

/** Whether an article's words make it a sports report. */
export function isSportsReport(words: Iterable<string>): boolean {
  const seen = new Set<string>();
  for (const w of words) {
    const n = w.toLowerCase();
    if (n in SPORT_WORDS) seen.add(n);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** Why a state named between these words is a team, or undefined. `before` and `after` are the nearest words. */
export function teamCue(before: string | undefined, after: string | undefined): string | undefined {
  const b = before?.toLowerCase();
  const a = after?.toLowerCase().replace(/^['’]s$/, '');
  if (a && a in TEAM_WORDS_AFTER) return `"${after}" after it: ${TEAM_WORDS_AFTER[a]}`;
  if (b && b in TEAM_WORDS_BEFORE) return `"${before}" before it: ${TEAM_WORDS_BEFORE[b]}`;
  return undefined;
}

/** Nations that field national teams and are no sovereign states: their names are places otherwise. */
export const SPORTING_NATIONS: Record<string, string> = wordTable({
  england: 'home nation of the United Kingdom', scotland: 'home nation of the United Kingdom', wales: 'home nation of the United Kingdom',
  'northern ireland': 'home nation of the United Kingdom',
});

/** The label of a state's national team. */
export const teamLabel = (state: string) => `${state} national team`;
