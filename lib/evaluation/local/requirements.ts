/**
 * Reads a goal's description (the words a customer typed when configuring the agent) and works out
 * what it asks for: a transaction that went through, pieces of information someone stated, a
 * failure reported, a refusal, consent, a callback. Nothing here knows any goal by name.
 */

export type InfoItemKind =
  | "address"
  | "phone"
  | "email"
  | "price"
  | "balance"
  | "time"
  | "date"
  | "station"
  | "airport"
  | "rating"
  | "website"
  | "generic";

export type InfoRole = "origin" | "destination" | null;

export interface InfoItem {
  kind: InfoItemKind;
  role: InfoRole;
  /** The words of the description naming the item, for rationales ("the total price"). */
  label: string;
  /** Content words of the item, used by the generic detector. */
  keywords: string[];
}

export type Requirement =
  | { kind: "transaction"; label: string }
  | { kind: "information"; items: InfoItem[]; speaker: "agent" | "customer" }
  | { kind: "failure"; label: string }
  | { kind: "refusal"; label: string }
  | { kind: "consent"; label: string; keywords: string[] }
  | { kind: "callback"; label: string }
  | { kind: "unknown"; keywords: string[] };

const TRANSACTION_DONE =
  /\b(?:booked|reserved|purchased|bought|scheduled|completed|placed|processed|arranged|paid|transferred|rented|registered|signed up|set up|made|confirmed|secured|ordered|sent)\b/;
const INFORMATION_VERB =
  /\b(?:told|tell|tells|gave|give|gives|given|provided|provides|provide|shared|shares|share|stated|states|state|informed|mentioned|quoted|quotes|read out|communicated|explained|confirmed the|let the customer know|said)\b/;
const FAILURE_WORDS = /\b(?:could not|couldn't|unable|failed|failure|not be (?:completed|made|done)|unsuccessful|was not possible)\b/;
const REFUSAL_WORDS = /\b(?:declined|refused|turned down|said no|not interested|opted out|rejected|did not want)\b/;
const CONSENT_WORDS = /\b(?:consent(?:ed)?|agreed|agrees|permission|opted in|accepted|approved|authori[sz]ed)\b/;
const CALLBACK_WORDS = /\b(?:call ?back|callback|call (?:them|him|her|the customer) (?:back|again|later)|follow[- ]up call)\b/;
const CUSTOMER_SUBJECT = /\b(?:the )?(?:customer|caller|contact|client|user|prospect|lead|patient|guest)\b/;

const STOP_WORDS = new Set(
  "the a an of and or to for with both either their its his her them they it this that is was were be been by on in at from as all any one some customer agent caller contact told gave given provided shared stated informed mentioned".split(
    " ",
  ),
);

/** Item lexicon: the first pattern that matches a segment of the description decides its kind. */
const ITEM_PATTERNS: ReadonlyArray<readonly [InfoItemKind, RegExp]> = [
  ["email", /\be-?mail\b/],
  ["phone", /\b(?:phone|telephone|contact number|mobile|cell number|number to call)\b/],
  ["website", /\b(?:website|web site|url|link)\b/],
  ["balance", /\bbalance\b/],
  ["airport", /\bairports?\b/],
  ["station", /\b(?:stations?|terminals?|depots?|stops?)\b/],
  ["address", /\b(?:address|located|location|where\b.*\b(?:is|are))\b/],
  ["rating", /\b(?:rating|rated|stars?|reviews?)\b/],
  ["price", /\b(?:price|cost|fare|fee|total|amount|charge|how much|rate|rent|deposit|quote)\b/],
  ["time", /\b(?:time|starts?|begins?|hours?|o'clock|when\b.*\b(?:starts?|leaves?|departs?|opens?))\b/],
  ["date", /\b(?:date|day)\b/],
];

const ORIGIN_WORDS = /\b(?:depart\w*|leav\w*|from|origin|outbound|pick[- ]?up|boards?|starts? from)\b/;
const DESTINATION_WORDS = /\b(?:arriv\w*|destination|lands?|drop[- ]?off|reach\w*|goes to|to)\b/;

const cache = new Map<string, Requirement>();

/** Parses a goal description (title as a fallback); results are cached since goals repeat across calls. */
export function parseRequirement(description: string, title = ""): Requirement {
  const key = `${title}\u0000${description}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const requirement = interpret(normalize(description || title), normalize(title));
  cache.set(key, requirement);
  return requirement;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
}

function interpret(text: string, title: string): Requirement {
  const label = text.replace(/\.$/, "");
  if (CALLBACK_WORDS.test(text)) return { kind: "callback", label };
  if (FAILURE_WORDS.test(text) && !/\bsuccess/.test(text)) return { kind: "failure", label };
  if (REFUSAL_WORDS.test(text)) return { kind: "refusal", label };

  const informationMatch = INFORMATION_VERB.exec(text);
  // "was successfully booked", "the customer purchased a plan": something was done, not just said.
  const transactionDone = TRANSACTION_DONE.test(text);
  if (informationMatch && !(transactionDone && informationMatch.index > text.search(TRANSACTION_DONE))) {
    const object = text.slice(informationMatch.index + informationMatch[0].length);
    const items = parseItems(object);
    if (items.length > 0 && !(transactionDone && items.every((item) => item.kind === "generic"))) {
      const speaker = CUSTOMER_SUBJECT.test(text.slice(0, informationMatch.index)) ? "customer" : "agent";
      return { kind: "information", items, speaker };
    }
  }
  if (transactionDone || /\bsuccessfully\b/.test(text)) return { kind: "transaction", label };
  if (CONSENT_WORDS.test(text)) return { kind: "consent", label, keywords: contentWords(text) };
  // "Collect the caller's email": no verb we know, but the items are clear.
  const items = parseItems(text).filter((item) => item.kind !== "generic");
  if (items.length > 0) {
    const speaker = /\b(?:collect|get|obtain|ask|capture|gather|record)\w*\b/.test(text) ? "customer" : "agent";
    return { kind: "information", items, speaker };
  }
  return { kind: "unknown", keywords: contentWords(`${title} ${text}`) };
}

/** Splits "both the street address and the phone number of the hotel" into items. */
export function parseItems(object: string): InfoItem[] {
  const cleaned = object
    .trim()
    .replace(/^(?:to )?(?:the |a )?(?:customer|caller|client|user|contact|prospect|them|him|her)\b/, "")
    .replace(/\b(?:both|either|all of|each of)\b/g, " ")
    .replace(/\s+/g, " ");
  const segments = cleaned
    .split(/,|;|\band\b|\bas well as\b|\bplus\b|\bor\b/)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  const items: InfoItem[] = [];
  for (const segment of segments) {
    const item = itemOf(segment);
    if (!item) continue;
    if (items.some((known) => known.kind === item.kind && known.role === item.role && item.kind !== "generic")) continue;
    items.push(item);
  }
  return items;
}

function itemOf(segment: string): InfoItem | null {
  const keywords = contentWords(segment);
  if (keywords.length === 0) return null;
  const label = segment.replace(/[.]$/, "");
  for (const [kind, pattern] of ITEM_PATTERNS) {
    if (pattern.test(segment)) return { kind, role: roleOf(kind, segment), label, keywords };
  }
  return { kind: "generic", role: null, label, keywords };
}

function roleOf(kind: InfoItemKind, segment: string): InfoRole {
  if (kind !== "station" && kind !== "airport") return null;
  // Look past the item noun: "the station the bus leaves from", "the airport it arrives at".
  if (ORIGIN_WORDS.test(segment)) return "origin";
  if (DESTINATION_WORDS.test(segment)) return "destination";
  return null;
}

function contentWords(text: string): string[] {
  return (text.match(/[a-z][a-z'-]+/g) ?? []).filter((word) => !STOP_WORDS.has(word) && word.length > 2);
}
