/**
 * Places that are not states: venues where meetings are held, and cities. Capitals come from world-countries (see
 * states.ts); the venues below are buildings that news names as the place of talks.
 */
import { normName, wordTable } from './normalize.js';

export interface VenueEntry {
  name: string;
  /** The city it is in, when the venue name alone is used as the meeting place. */
  city: string;
  state: string;
  reason: string;
}

export const VENUES: VenueEntry[] = [
  { name: 'White House', city: 'Washington', state: 'US', reason: 'residence of the US president, where visits are received' },
  { name: 'Kremlin', city: 'Moscow', state: 'RU', reason: 'seat of the Russian presidency' },
  { name: 'Great Hall of the People', city: 'Beijing', state: 'CN', reason: 'where China receives state visits' },
  { name: 'Elysee Palace', city: 'Paris', state: 'FR', reason: 'residence of the French president' },
  { name: 'Élysée Palace', city: 'Paris', state: 'FR', reason: 'residence of the French president' },
  { name: 'Downing Street', city: 'London', state: 'GB', reason: "the UK prime minister's office" },
  { name: 'Number 10', city: 'London', state: 'GB', reason: "the UK prime minister's office (10 Downing Street), as British news names it" },
  { name: 'Number Ten', city: 'London', state: 'GB', reason: "the UK prime minister's office (10 Downing Street), as British news names it" },
  { name: 'Camp David', city: 'Camp David', state: 'US', reason: 'US presidential retreat used for summits' },
  { name: 'Capitol Hill', city: 'Washington', state: 'US', reason: 'seat of the US Congress, often read as a person' },
  { name: 'Blue House', city: 'Seoul', state: 'KR', reason: 'former South Korean presidential office' },
  { name: 'Zhongnanhai', city: 'Beijing', state: 'CN', reason: 'seat of the Chinese leadership' },
  { name: 'Oval Office', city: 'Washington', state: 'US', reason: "the US president's office in the White House, read as an organization" },
  { name: 'Rose Garden', city: 'Washington', state: 'US', reason: 'garden of the White House where the US president speaks and receives guests' },
  { name: 'Situation Room', city: 'Washington', state: 'US', reason: 'conference room of the White House' },
  { name: 'Chancellery', city: 'Berlin', state: 'DE', reason: "the German chancellor's office" },
];

const byName = new Map(VENUES.map((v) => [normName(v.name), v]));

export function venueByName(name: string): VenueEntry | undefined {
  return byName.get(normName(name).replace(/^the /, ''));
}

/** Regions of the world larger than a state: places, whatever a company list holds under the same word
 * ("Caribbean", "Pacific" are cruise lines and utilities too). */
export const REGIONS: Record<string, string> = wordTable({
  europe: 'continent', asia: 'continent', africa: 'continent', antarctica: 'continent', oceania: 'continent',
  'north america': 'continent', 'south america': 'continent', americas: 'continents', 'the americas': 'continents',
  'latin america': 'region', 'central america': 'region', caribbean: 'region', 'middle east': 'region',
  'near east': 'region', 'far east': 'region', mediterranean: 'region', balkans: 'region', baltics: 'region',
  scandinavia: 'region', caucasus: 'region', sahel: 'region', arctic: 'region', antarctic: 'region',
  'central asia': 'region', 'south asia': 'region', 'southeast asia': 'region', 'east asia': 'region',
  'asia pacific': 'region', 'horn of africa': 'region', 'sub saharan africa': 'region',
  'west africa': 'region', 'east africa': 'region', 'north africa': 'region', 'southern africa': 'region',
  'western europe': 'region', 'eastern europe': 'region', 'central europe': 'region', 'persian gulf': 'region',
  'korean peninsula': 'region', 'indian subcontinent': 'region',
});

/** Whether a name is a region of the world's (REGIONS), "the" allowed before it. */
export function isRegionName(name: string): boolean {
  return normName(name).replace(/^the /, '') in REGIONS;
}
