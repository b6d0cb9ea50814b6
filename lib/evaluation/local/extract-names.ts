import type { VariableSpec } from "./variable-kinds";

/**
 * Proper names in a sentence ("Santa Rosa", "Super 8 By Wyndham Downtown Toronto", "Amelia K.
 * Hausauer, MD") with the words just before them, scored for a place, a named entity or a person.
 */

export interface NameCandidate {
  text: string;
  /** Up to three lowercase words before the name. */
  before: string[];
  possessive: boolean;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "your", "our", "their", "my"]);

/** Capitalised words that start sentences or name times rather than things. */
const NOT_A_NAME = new Set(
  (
    "i i'm i'll i've i'd you you're you'll your yours the a an please confirm confirming okay ok yes yeah yep no so and but or it it's its this that there there's " +
    "these those what which when where why who how would will do does did can could should shall may is are was were just also all thank thanks " +
    "hi hello hey have has let let's we we're my our they their he she his her sorry unfortunately booking reservation appointment " +
    "to from in at on for with by of not now then here any anything everything enjoy done got confirmed booked as if once before after today tomorrow tonight " +
    "next this last monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec am pm ticket tickets one two three four five six seven eight nine ten " +
    "date time day price total cost number board book reserve buy purchase get find search make send transfer schedule mr mrs ms miss going looking"
  ).split(" "),
);
/** Words that open a sentence as an interjection ("Great, ...") but can also start a name ("Great Clips"). */
const INTERJECTIONS = new Set("great perfect sure okay ok good nice cool fine correct right wonderful awesome absolutely certainly excellent alright".split(" "));
const CONNECTORS = new Set(["of", "de", "la", "le", "du", "des", "del", "da", "di", "the", "and", "&", "vs", "vs.", "von", "van", "-", "y", "upon"]);
const MONTH_OR_DAY =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|tomorrow|tonight|next|this|last)\.?$/i;
const ABBREVIATION = /^(?:[A-Z]\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|St\.|Dr\.|Mt\.|Ft\.|Mr\.|Mrs\.|Ms\.|Jr\.|Sr\.|M\.D\.|D\.O\.|D\.C\.|Inc\.|Co\.)$/;
const STREET_WORD = /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|highway|hwy|parkway|circle|court|place|rue|via|calle|suite)\b/i;
const STREET_END = /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|highway|hwy|parkway|circle|court|place|rue|via|calle)\.?$/i;
const CREDENTIAL = /^(?:M\.?D\.?|D\.?O\.?|DDS|DMD|PhD|Jr\.?|Sr\.?|Inc\.?|LLC|Ltd\.?)[,.]?$/;
const VENUE_WORDS =
  /\b(?:hotel|inn|suites?|resort|lodge|hostel|motel|restaurant|cafe|café|bar|grill|bistro|kitchen|diner|pizzeria|station|airport|stadium|arena|park|center|centre|theat(?:er|re)|cinema|hall|club|clinic|dental|dentistry|salon|spa|barber|apartments?|homes?|house|villas?|towers?|plaza|mall|field|dome|garden|gardens|museum|gallery|church|school|college|university|hospital|medical|health|group|associates|studio|shop|market|street|avenue|road|airlines?|airways)\b/i;

const IN_PLACE_CUE = new Set(["in", "near", "around", "within", "inside", "outside"]);
const ORIGIN_CUE = new Set(["from", "leave", "leaving", "leaves", "depart", "departing", "departs", "origin", "out", "picked", "pick", "pickup", "picking", "collect", "collecting"]);
const DESTINATION_CUE = new Set(["to", "for", "into", "destination", "arriving", "arrive", "arrives", "reach", "towards", "visiting", "heading", "headed", "going"]);
const ENTITY_CUE = new Set(["at", "with", "for", "to", "called", "named", "is", "see", "book", "reserve", "visit", "about", "watch", "attend", "name", "confirm", "booking"]);
const PERSON_CUE = new Set(["to", "for", "with", "named", "called", "is", "pay", "send", "paying", "sending"]);
/** Kinds of named thing that are themselves venues (a hotel is named "… Hotel"). */
const VENUE_HEADS = /\b(?:hotel|restaurant|venue|theat\w*|cinema|property|salon|clinic|provider|airlines?|place|location|station|airport|store|shop|office|doctor|dentist|stylist|therapist)\b/;
const MATCH_HEADS = /\b(?:event|game|match|show|concert|movie|film|performance)\b/;

/** Scans a sentence for runs of capitalised words, keeping inner connectors ("Palace Vs Norwich"). */
export function findNames(sentence: string): NameCandidate[] {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const candidates: NameCandidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!startsName(tokens, index)) {
      index++;
      continue;
    }
    const start = index;
    const parts: string[] = [];
    let possessive = false;
    while (index < tokens.length) {
      const raw = tokens[index];
      const word = raw.replace(/^["'(]+/, "");
      const bare = word.replace(/[,.;:!?)"]+$/, "");
      if (MONTH_OR_DAY.test(bare)) break;
      const isCap = /^[A-Z]/.test(bare) || (/^\d/.test(bare) && (parts.length > 0 || index === start));
      const next = tokens[index + 1] ?? "";
      const isConnector = CONNECTORS.has(bare.toLowerCase()) && parts.length > 0 && /^[A-Z]/.test(next);
      if (!isCap && !isConnector && !(parts.length > 0 && CREDENTIAL.test(bare))) break;
      if (/'s$/i.test(bare)) {
        parts.push(bare.slice(0, -2));
        possessive = true;
        index++;
        break;
      }
      // Interjections end a name when punctuated ("Great, ..."), otherwise they may start one.
      if (parts.length === 0 && INTERJECTIONS.has(bare.toLowerCase()) && (index === 0 || /[,.!]$/.test(word))) {
        index++;
        break;
      }
      const keepsDot = ABBREVIATION.test(word) || (CREDENTIAL.test(word) && /\..*\./.test(word));
      parts.push(keepsDot ? word.replace(/[,;:!?)"]+$/, "") : bare);
      index++;
      // A comma or full stop ends the name, except before a credential ("Hausauer, MD").
      const nextBare = tokens[index]?.replace(/[,.;:!?]+$/, "") ?? "";
      if (/,$/.test(word) && CREDENTIAL.test(nextBare)) {
        parts[parts.length - 1] += ",";
        continue;
      }
      if (/[,;:!?]$/.test(word)) break;
      if (/\.$/.test(word) && !keepsDot) break;
    }
    if (index === start) index++; // nothing taken (a month, a weekday): move on
    const trimmed = trimName(parts, start === 0);
    if (trimmed.length > 0) {
      const before = tokens
        .slice(Math.max(0, start - 5), start)
        .map((token) => token.toLowerCase().replace(/[^a-z'&-]/g, ""))
        .filter((token) => token !== "" && !DETERMINERS.has(token));
      const text = trimmed.join(" ").replace(/,$/, "");
      // "1600 Garden Highway" is an address, not a name.
      const addressLike = /^\d/.test(text) && STREET_WORD.test(text);
      if (!addressLike && (!STREET_END.test(text) || (text.includes(" ") && !/^(?:on|at)$/.test(before.at(-1) ?? "")))) {
        candidates.push({ text, before, possessive });
      }
    }
  }
  return candidates;
}

function startsName(tokens: string[], index: number): boolean {
  const bare = tokens[index].replace(/^["'(]+/, "").replace(/[,.;:!?)"]+$/, "");
  if (/^\d/.test(bare)) {
    // "1512 Barber Shop", "11 Howard": a number followed by a capitalised word that is not a unit.
    const next = tokens[index + 1]?.replace(/[,.;:!?]+$/, "") ?? "";
    return /^[A-Z][a-z]/.test(next) && !NOT_A_NAME.has(next.toLowerCase()) && /^\d+$/.test(bare);
  }
  return /^[A-Z]/.test(bare);
}

function trimName(parts: string[], atSentenceStart: boolean): string[] {
  const words = [...parts];
  const plain = (word: string) => word.toLowerCase().replace(/[.,]$/, "");
  while (words.length > 0 && (NOT_A_NAME.has(plain(words[0])) || CONNECTORS.has(plain(words[0])))) {
    // A capitalised "The" in mid-sentence belongs to the name ("The Paper Kites").
    if (words[0] === "The" && !atSentenceStart && words.length > 1 && words.length === parts.length) break;
    words.shift();
  }
  while (words.length > 0 && (NOT_A_NAME.has(plain(words.at(-1)!)) || CONNECTORS.has(plain(words.at(-1)!)))) words.pop();
  // "1 Hotel Central Park" stays; a lone number does not name anything.
  if (words.length === 1 && /^\d+$/.test(words[0])) return [];
  if (words.length > 0 && words.every((word) => /^\d/.test(word) || NOT_A_NAME.has(plain(word)))) return [];
  return words;
}

/** How well a name fits a variable; below the caller's threshold means it does not. */
export function scoreName(candidate: NameCandidate, spec: VariableSpec): number {
  const last = candidate.before.at(-1) ?? "";
  const window = new Set(candidate.before);
  const lower = candidate.text.toLowerCase();
  const namesHead = spec.heads.some((head) => head.length > 3 && lower.includes(head.slice(0, Math.max(4, head.length - 2))));
  const hasVenueWord = VENUE_WORDS.test(candidate.text);
  let score = 0;
  switch (spec.kind) {
    case "place": {
      const venueOk = /\b(?:location|station|airport|stop|pick ?up|drop ?off|address)\b/.test(spec.words);
      if (spec.role === "origin") score += [...ORIGIN_CUE].some((cue) => window.has(cue)) ? 3 : IN_PLACE_CUE.has(last) || last === "at" ? 1 : 0;
      else if (spec.role === "destination") score += DESTINATION_CUE.has(last) || window.has("destination") ? 3 : IN_PLACE_CUE.has(last) ? 1 : 0;
      else score += IN_PLACE_CUE.has(last) ? 3 : last === "at" || last === "is" || ORIGIN_CUE.has(last) || DESTINATION_CUE.has(last) ? 1 : 0;
      if (hasVenueWord) score += venueOk ? 1 : -2;
      else if (venueOk && spec.role === null && last === "at") score += 1;
      if (namesHead) score += 2;
      if (spec.role === null && ["city", "town", "location", "area", "place"].some((noun) => window.has(noun))) score += 1;
      if (/\bvs\.?\b/i.test(candidate.text)) score -= 3;
      break;
    }
    case "name": {
      const venueKind = VENUE_HEADS.test(spec.words);
      score += ENTITY_CUE.has(last) ? 2 : 0;
      if ((IN_PLACE_CUE.has(last) || last === "from") && !hasVenueWord) score -= 2;
      if (namesHead) score += 3;
      else if (hasVenueWord) score += venueKind ? 1 : -1;
      if (MATCH_HEADS.test(spec.words) && /\bvs\.?\b/i.test(candidate.text)) score += 2;
      if (candidate.before.length === 0 || window.has("confirm")) score += 0.5;
      break;
    }
    case "person":
      score += PERSON_CUE.has(last) || window.has("to") ? 2 : 0;
      if (candidate.possessive) score += 2;
      if (hasVenueWord) score -= 2;
      if (candidate.text.split(" ").length > 3) score -= 1;
      break;
    default:
      return 0;
  }
  return score;
}
