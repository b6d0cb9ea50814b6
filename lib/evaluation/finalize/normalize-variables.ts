import * as chrono from "chrono-node";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { VariableDef, VariableType, VariableValue } from "../types";

/**
 * Puts an engine's raw variable value into the contract's form for its type: dates YYYY-MM-DD,
 * times HH:MM (24-hour), numbers as numbers, booleans, lowercase emails, E.164 phones, enum values
 * from the declared options. A value that cannot be read as its type becomes null.
 */

export interface NormalizeOptions {
  /** ISO date the call took place, for relative dates ("tomorrow"). */
  callDate?: string;
  /** Region for phone numbers written without a country code. */
  defaultCountry?: CountryCode;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

export function normalizeVariable(def: Pick<VariableDef, "type" | "options">, raw: unknown, options: NormalizeOptions = {}): VariableValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" && raw.trim() === "") return null;
  switch (def.type as VariableType) {
    case "number":
      return toNumber(raw);
    case "boolean":
      return toBoolean(raw);
    case "date":
      return toDate(raw, options.callDate);
    case "time":
      return toTime(raw);
    case "email":
      return toEmail(raw);
    case "phone":
      return toPhone(raw, options.defaultCountry ?? "US");
    case "enum":
      return toEnum(raw, def.options ?? []);
    case "string":
    default:
      return typeof raw === "string" ? raw.trim().replace(/\s+/g, " ") : String(raw);
  }
}

export function toNumber(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase();
  if (text in NUMBER_WORDS) return NUMBER_WORDS[text];
  const match = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!match) return null;
  let value = Number(match[0].replace(/,/g, ""));
  if (/\d\s*k\b|thousand/.test(text)) value *= 1000;
  if (/million/.test(text)) value *= 1_000_000;
  return Number.isFinite(value) ? value : null;
}

function toBoolean(raw: unknown): boolean | null {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") return raw !== 0;
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase();
  if (/^(?:true|yes|y|yeah|yep|1|on|agreed|correct)$/.test(text)) return true;
  if (/^(?:false|no|n|nope|0|off|declined|none)$/.test(text)) return false;
  return null;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function toDate(raw: unknown, callDate?: string): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const reference = callDate && /^\d{4}-\d{2}-\d{2}/.test(callDate) ? new Date(`${callDate.slice(0, 10)}T12:00:00`) : new Date();
  const parsed = chrono.parse(text, { instant: reference }, { forwardDate: true })[0];
  if (!parsed || !(parsed.start.isCertain("day") || parsed.start.isCertain("weekday"))) return null;
  const start = parsed.start;
  return `${start.get("year")}-${pad(start.get("month") ?? 1)}-${pad(start.get("day") ?? 1)}`;
}

export function toTime(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase();
  const clock = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(text);
  if (clock) {
    let hour = Number(clock[1]);
    const minute = Number(clock[2] ?? "0");
    const meridiem = clock[3]?.[0];
    if (!clock[2] && !meridiem) return null;
    if (meridiem === "p" && hour < 12) hour += 12;
    if (meridiem === "a" && hour === 12) hour = 0;
    return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
  }
  const parsed = chrono.parse(text)[0];
  if (!parsed || !parsed.start.isCertain("hour")) return null;
  return `${pad(parsed.start.get("hour") ?? 0)}:${pad(parsed.start.get("minute") ?? 0)}`;
}

function toEmail(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase().replace(/\s+at\s+/, "@").replace(/\s+dot\s+/g, ".");
  return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text) ? text : null;
}

function toPhone(raw: unknown, defaultCountry: CountryCode): string | null {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw : null;
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  return parsed && parsed.isPossible() ? parsed.number : null;
}

function toEnum(raw: unknown, options: string[]): string | null {
  const text = String(raw).trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === text) ?? options.find((option) => text.includes(option.toLowerCase())) ?? null;
}
