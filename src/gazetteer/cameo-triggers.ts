/**
 * Meeting trigger words derived from the CAMEO verb dictionary of PETRARCH2 (scripts/derive-cameo-triggers.mjs; do
 * not edit by hand): verb forms of the synsets coded 040 (MEET_PEOPLE) and 041-046 and of the verbs coded 040-046 on
 * their own ("discuss", "consult", "attend"), and nouns used by two or more patterns coded 036 or 040-046. Each word
 * carries its CAMEO code, a feature of the meeting decision.
 *
 * Source: github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt.
 * The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
 * rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
 * WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 * COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

export interface CameoTrigger {
  word: string;
  /** CAMEO event code: 036 intent to meet, 040 consult, 041 telephone, 042 visit, 043 host, 044 meet elsewhere, 045 mediate, 046 negotiate. */
  code: string;
  pos: 'verb' | 'noun';
}

export const CAMEO_TRIGGERS: CameoTrigger[] = [
  { word: "arbitration", code: '045', pos: 'noun' },
  { word: "arbitrations", code: '045', pos: 'noun' },
  { word: "attend", code: '042', pos: 'verb' },
  { word: "attended", code: '042', pos: 'verb' },
  { word: "attending", code: '042', pos: 'verb' },
  { word: "attends", code: '042', pos: 'verb' },
  { word: "communicate", code: '040', pos: 'verb' },
  { word: "communicated", code: '040', pos: 'verb' },
  { word: "communicates", code: '040', pos: 'verb' },
  { word: "communicating", code: '040', pos: 'verb' },
  { word: "conciliation", code: '045', pos: 'noun' },
  { word: "conciliations", code: '045', pos: 'noun' },
  { word: "confer", code: '040', pos: 'verb' },
  { word: "conference", code: '046', pos: 'noun' },
  { word: "conferences", code: '046', pos: 'noun' },
  { word: "conferred", code: '040', pos: 'verb' },
  { word: "conferring", code: '040', pos: 'verb' },
  { word: "confers", code: '040', pos: 'verb' },
  { word: "consult", code: '040', pos: 'verb' },
  { word: "consultation", code: '040', pos: 'noun' },
  { word: "consultations", code: '041', pos: 'noun' },
  { word: "consulted", code: '040', pos: 'verb' },
  { word: "consulting", code: '040', pos: 'verb' },
  { word: "consults", code: '040', pos: 'verb' },
  { word: "contact", code: '040', pos: 'verb' },
  { word: "contacted", code: '040', pos: 'verb' },
  { word: "contacting", code: '040', pos: 'verb' },
  { word: "contacts", code: '040', pos: 'verb' },
  { word: "convene", code: '042', pos: 'verb' },
  { word: "convened", code: '042', pos: 'verb' },
  { word: "convenes", code: '042', pos: 'verb' },
  { word: "convening", code: '042', pos: 'verb' },
  { word: "converse", code: '040', pos: 'verb' },
  { word: "conversed", code: '040', pos: 'verb' },
  { word: "converses", code: '040', pos: 'verb' },
  { word: "conversing", code: '040', pos: 'verb' },
  { word: "delegation", code: '042', pos: 'noun' },
  { word: "delegations", code: '042', pos: 'noun' },
  { word: "dialogue", code: '036', pos: 'noun' },
  { word: "dialogues", code: '036', pos: 'noun' },
  { word: "discuss", code: '040', pos: 'verb' },
  { word: "discussed", code: '040', pos: 'verb' },
  { word: "discusses", code: '040', pos: 'verb' },
  { word: "discussing", code: '040', pos: 'verb' },
  { word: "discussion", code: '036', pos: 'noun' },
  { word: "discussions", code: '036', pos: 'noun' },
  { word: "envoy", code: '042', pos: 'noun' },
  { word: "envoys", code: '042', pos: 'noun' },
  { word: "go-between", code: '045', pos: 'noun' },
  { word: "go-betweens", code: '045', pos: 'noun' },
  { word: "host", code: '043', pos: 'verb' },
  { word: "hosted", code: '043', pos: 'verb' },
  { word: "hosting", code: '043', pos: 'verb' },
  { word: "hosts", code: '043', pos: 'verb' },
  { word: "intercessor", code: '045', pos: 'noun' },
  { word: "intercessors", code: '045', pos: 'noun' },
  { word: "intermediaries", code: '045', pos: 'noun' },
  { word: "intermediary", code: '045', pos: 'noun' },
  { word: "intermediator", code: '045', pos: 'noun' },
  { word: "intermediators", code: '045', pos: 'noun' },
  { word: "mediation", code: '045', pos: 'noun' },
  { word: "mediations", code: '045', pos: 'noun' },
  { word: "mediator", code: '045', pos: 'noun' },
  { word: "mediators", code: '045', pos: 'noun' },
  { word: "meet", code: '040', pos: 'verb' },
  { word: "meeting", code: '040', pos: 'verb' },
  { word: "meetings", code: '036', pos: 'noun' },
  { word: "meets", code: '040', pos: 'verb' },
  { word: "met", code: '040', pos: 'verb' },
  { word: "negotiation", code: '036', pos: 'noun' },
  { word: "negotiations", code: '036', pos: 'noun' },
  { word: "negotiator", code: '045', pos: 'noun' },
  { word: "negotiators", code: '045', pos: 'noun' },
  { word: "session", code: '046', pos: 'noun' },
  { word: "sessions", code: '046', pos: 'noun' },
  { word: "summit", code: '036', pos: 'noun' },
  { word: "summits", code: '036', pos: 'noun' },
  { word: "summon", code: '040', pos: 'verb' },
  { word: "summoned", code: '040', pos: 'verb' },
  { word: "summoning", code: '040', pos: 'verb' },
  { word: "summons", code: '040', pos: 'verb' },
  { word: "talk", code: '045', pos: 'noun' },
  { word: "talks", code: '046', pos: 'noun' },
  { word: "tour", code: '042', pos: 'noun' },
  { word: "tours", code: '042', pos: 'noun' },
  { word: "trip", code: '036', pos: 'noun' },
  { word: "trips", code: '036', pos: 'noun' },
  { word: "visit", code: '042', pos: 'verb' },
  { word: "visited", code: '042', pos: 'verb' },
  { word: "visiting", code: '042', pos: 'verb' },
  { word: "visits", code: '042', pos: 'verb' },
];
