import type { VariableDef } from "../types";

/**
 * What kind of value an output variable holds, read from its declared type and the words of its
 * name and description ("pickup_date", "number_of_tickets", "hotel_name", "seating_class").
 */

export type VariableKind =
  | "date"
  | "time"
  | "count"
  | "money"
  | "email"
  | "phone"
  | "boolean"
  | "enum"
  | "address"
  | "place"
  | "name"
  | "person"
  | "category"
  | "text";

export type VariableRole = "origin" | "destination" | null;

export interface VariableSpec {
  def: VariableDef;
  kind: VariableKind;
  role: VariableRole;
  /** Name words that describe the thing itself ("hotel", "car", "tickets"), minus role and kind words. */
  heads: string[];
  /** The name and description as one lowercase phrase, words separated by spaces. */
  words: string;
}

const STRONG_DESTINATION = /\b(?:inbound|return\w*|check ?out|drop ?off|recipient|receiver|payee|destination|arriv\w*|end|until|to city|to station|to airport)\b/;
const ORIGIN = /\b(?:check ?in|pick ?up|depart\w*|origin|from|outbound|start\w*|source|sender|leav\w*|onward|sending)\b/;
const WEAK_DESTINATION = /\bto\b/;

const ROLE_AND_KIND_WORDS = new Set(
  "from to in out of the a an number num count size name type class kind category method mode level date time day amount total check pick drop up off inbound outbound return departure arrival origin destination start end recipient receiver sender source is has add with".split(
    " ",
  ),
);

export function specOf(def: VariableDef): VariableSpec {
  const nameWords = def.name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_\-.]+/g, " ")
    .toLowerCase()
    .trim();
  const words = `${nameWords} ${def.description?.toLowerCase() ?? ""}`.trim();
  return {
    def,
    kind: kindOf(def, nameWords, words),
    role: roleOf(nameWords),
    heads: nameWords.split(" ").filter((word) => word.length > 1 && !ROLE_AND_KIND_WORDS.has(word)),
    words,
  };
}

function roleOf(name: string): VariableRole {
  if (STRONG_DESTINATION.test(name)) return "destination";
  if (ORIGIN.test(name)) return "origin";
  if (WEAK_DESTINATION.test(name)) return "destination";
  return null;
}

function kindOf(def: VariableDef, name: string, words: string): VariableKind {
  switch (def.type) {
    case "date":
    case "time":
    case "email":
    case "phone":
    case "boolean":
    case "enum":
      return def.type;
    case "number":
      return /\b(?:amount|price|cost|total|fare|balance|fee|salary|budget|payment|deposit|rent)\b/.test(words) ? "money" : "count";
    default:
      return stringKindOf(name, words);
  }
}

function stringKindOf(name: string, words: string): VariableKind {
  if (/\bdate\b|\bday\b/.test(name)) return "date";
  if (/\btime\b/.test(name)) return "time";
  if (/\be-?mail\b/.test(name)) return "email";
  if (/\bphone\b|\bmobile\b/.test(name)) return "phone";
  if (/\baddress\b/.test(name)) return "address";
  if (/^(?:is|has|add|with|wants|needs|include|includes|private|shared)\b|\b(?:insurance|protection|luggage|visibility|refundable|smoking|allowed|wheelchair|accessible)\b/.test(name)) return "boolean";
  if (/\b(?:amount|price|cost|total|fare|balance|fee)\b/.test(name) && !/\btype\b/.test(name)) return "money";
  if (/\b(?:number|count|size|num|quantity|party|nights|adults|seats|passengers|tickets|rooms|guests|length|duration)\b/.test(name) && !/\bname\b/.test(name)) return "count";
  if (/\b(?:type|class|kind|category|method|mode|level|tier|seating|plan)\b/.test(name)) return "category";
  if (/\b(?:recipient|receiver|payee|contact|person|passenger|customer|caller|attendee|sender)\b/.test(name)) return "person";
  if (/\b(?:name|title|airlines?|provider|hotel|restaurant|event|movie|film|theat\w*|cinema|venue|property|song|artist|album|company|business|doctor|dentist|stylist|therapist|salon|show|brand|model)\b/.test(name)) return "name";
  if (/\b(?:city|town|location|destination|origin|area|where|place|country|state|region|from|to|station|airport|stop|neighbou?rhood)\b/.test(name)) return "place";
  if (/\b(?:amount|price|cost)\b/.test(words)) return "money";
  return "text";
}
