import type { AnalysedCall } from "./analyse-call";

/**
 * Topics: the content words the call keeps coming back to, customer words counting double since
 * they say what the call was about. Proper names are left out (they are entities, not topics).
 */

const MAX_TOPICS = 5;
const STOP_WORDS = new Set(
  (
    "able about above after again against also although always another anything around asked away back because been before being below between both " +
    "could does doing done down during each else enjoy even ever every everything find found from further get gets getting give given good great have having " +
    "help here hers herself himself however into itself just know last later least less like looking look made make many maybe might more most much must " +
    "myself need needs never next nice none nothing okay once only other otherwise ought ours ourselves over perfect please pretty quite rather really right " +
    "said same search see seems should show since some something sound sounds still such sure take tell than thank thanks that that's their theirs them " +
    "themselves then there there's these they thing things think this those though through today tomorrow together too under until upon very want wants " +
    "wanted well were what what's whatever when where whether which while will wish with within without would yeah your yours yourself anyone anybody " +
    "assist awesome cool correct day days fine glad going great hello have good morning evening afternoon night time week month year would like love " +
    "could can't don't didn't won't isn't i'm i'd i'll i've you're you'll you've we're it's let's that's wonderful alright also another anything else " +
    "confirm confirmed details information okay sure thanks thank welcome appreciate help"
  ).split(" "),
);

export function extractTopics(call: AnalysedCall): string[] {
  const counts = new Map<string, number>();
  for (const turn of call.turns) {
    const weight = turn.speaker === "customer" ? 2 : 1;
    // Lowercase words only: capitalised mid-sentence words are names.
    for (const match of turn.text.matchAll(/(?<![A-Za-z'])([a-z][a-z'-]{3,})\b/g)) {
      const word = singular(match[1]);
      if (STOP_WORDS.has(word) || STOP_WORDS.has(match[1])) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  }
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
    .slice(0, MAX_TOPICS)
    .map(([word]) => word);
}

function singular(word: string): string {
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}
