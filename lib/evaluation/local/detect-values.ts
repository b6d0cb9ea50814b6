import { findPhoneNumbersInText } from "libphonenumber-js";

/**
 * Typed values stated in a sentence: phone numbers, emails, street addresses, money amounts,
 * ratings, web addresses and named stations/airports. Each finder returns the matched text so the
 * caller can quote it.
 */

export interface ValueMatch {
  text: string;
  index: number;
}

const STREET_SUFFIX =
  "[Ss]treet|[Aa]venue|[Rr]oad|[Bb]oulevard|[Dd]rive|[Ll]ane|[Ww]ay|[Cc]ircle|[Cc]ourt|[Pp]lace|[Hh]ighway|[Pp]arkway|[Pp]laza|[Ss]quare|[Tt]errace|[Tt]rail|[Aa]lley|[Rr]ow|[Ee]xpressway|[Ff]reeway|[Ll]oop|[Cc]rescent|[Cc]lose|[Ww]alk|[Ee]splanade|[Qq]uay|[Ww]harf|Broadway|[Pp]ike|[Tt]urnpike|[Rr]oute|" +
  "(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Hwy|Pkwy|Sq|Ter|Trl|Cir)\\b\\.?(?! [A-Z][a-z])";
const FOREIGN_STREET = "[Rr]ue|[Vv]ia|[Cc]alle|[Aa]venida|[Ss]tra(?:ss|ß)e|[Jj]alan|Jl|[Rr]ua|[Vv]iale|[Cc]orso|[Pp]iazza|[Cc]arrer";
/** A house number that is not a time, a count or a price. */
const HOUSE_NUMBER = "\\b\\d+[A-Za-z]?(?:-\\d+)?(?![\\d:])(?!\\s*(?:am|pm|a\\.m|p\\.m)\\b),?";

/** "131 Stony Circle #900", "1600 Garden Highway", "on Holmesdale Road", "17 Rue Baron le Roy". */
const ADDRESS_PATTERNS: readonly RegExp[] = [
  new RegExp(`${HOUSE_NUMBER}\\s+(?:(?:[A-Z][\\w'.-]*|\\d+(?:st|nd|rd|th)|of|de|la)\\s+){0,5}(?:${STREET_SUFFIX})\\b\\.?`),
  new RegExp(`${HOUSE_NUMBER}\\s+(?:[a-z]+\\s+){1,3}(?:street|avenue|road|boulevard|drive|lane|highway|parkway)\\b`),
  new RegExp(`${HOUSE_NUMBER}\\s+(?:${FOREIGN_STREET})\\s+[\\w'.-]+`),
  /\b(?:on|at)\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|Avenue|Road|Boulevard|Drive|Lane|Highway|Parkway|Way)\b/,
  new RegExp(`\\b(?:address\\b[^.?!]{0,60}?\\b(?:is|:)|located at|located on|is located|they are at|it is at|it's at)\\s+${HOUSE_NUMBER}\\s+[A-Za-z][\\w'.-]*`, "i"),
];

const MONEY_PATTERNS: readonly RegExp[] = [
  /(?:[$€£¥₹]|\b(?:usd|eur|gbp|rs\.?)\s?)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|thousand|million))?/i,
  /\b\d[\d,]*(?:\.\d+)?\s?(?:dollars?|bucks|usd|euros?|pounds|eur|gbp|rupees|yen)\b/i,
];

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const URL = /\b(?:https?:\/\/|www\.)[\w.-]+(?:\/[\w./?=&%-]*)?|\b[\w-]+\.(?:com|org|net|io|co|gov|edu)\b/i;
const RATING = /\b\d(?:\.\d)?\s*(?:out of \d+\s*)?(?:-?\s?stars?\b|star rating)|\brat(?:ed|ing)(?:\s+(?:is|of|at))?\s+(?:a\s+)?\d(?:\.\d)?\b|\b\d\.\d\b(?=\s*(?:rating|average|out of))/i;

const PLACE_TYPES = {
  station: "stations?|terminals?|depots?|transit cent(?:er|re)|intermodal cent(?:er|re)|transportation cent(?:er|re)|bus cent(?:er|re)|terminus|interchange|plaza",
  airport: "airports?|international|intl|airfield|aerodrome",
} as const;

export function findPhones(text: string): ValueMatch[] {
  // Cheap guard: a phone number has at least seven digits.
  if ((text.match(/\d/g) ?? []).length < 7) return [];
  return findPhoneNumbersInText(text, "US").map((found) => ({ text: text.slice(found.startsAt, found.endsAt), index: found.startsAt }));
}

export function findEmails(text: string): ValueMatch[] {
  return firstMatch(text, [EMAIL]);
}

export function findWebsites(text: string): ValueMatch[] {
  return firstMatch(text, [URL]);
}

export function findAddresses(text: string): ValueMatch[] {
  return firstMatch(text, ADDRESS_PATTERNS);
}

export function findMoney(text: string): ValueMatch[] {
  const found: ValueMatch[] = [];
  for (const pattern of MONEY_PATTERNS) {
    const global = new RegExp(pattern.source, "gi");
    let match: RegExpExecArray | null;
    while ((match = global.exec(text)) !== null) found.push({ text: match[0].trim(), index: match.index });
  }
  return found.sort((left, right) => left.index - right.index);
}

export function findRatings(text: string): ValueMatch[] {
  return firstMatch(text, [RATING]);
}

/** Named places of a type: "Fresno Station", "Salesforce Transit Center", "O'Hare International Airport". */
export function findPlaces(text: string, type: keyof typeof PLACE_TYPES): ValueMatch[] {
  const pattern = new RegExp(
    `[A-Z][\\w'.&-]*(?:\\s+(?:of|de|la|the|and|&|-|[A-Z][\\w'.&-]*))*\\s+(?:${anyCase(PLACE_TYPES[type])})\\b(?:\\s+(?:${anyCase("airport|station|center|centre")}))?`,
    "g",
  );
  const found: ValueMatch[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) found.push({ text: match[0], index: match.index });
  return found;
}

/** "station" → "[sS][tT]…": names must start with a capital, the type word may be lowercase. */
function anyCase(pattern: string): string {
  return pattern.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

function firstMatch(text: string, patterns: readonly RegExp[]): ValueMatch[] {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return [{ text: match[0].trim(), index: match.index }];
  }
  return [];
}
