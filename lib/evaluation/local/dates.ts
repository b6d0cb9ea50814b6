import * as chrono from "chrono-node";

/**
 * Dates and times stated in a sentence, resolved against the call date with chrono-node. Speech
 * forms chrono misses ("the 7th", "half past 4", "eight pm", "afternoon 3") are rewritten first.
 */

export interface DateMention {
  /** YYYY-MM-DD */
  date: string;
  /** The rewritten text before the mention (up to 60 characters), for role cues like "check out". */
  before: string;
  /** The words of the mention as chrono read them. */
  text: string;
}

export interface TimeMention {
  /** HH:MM, 24-hour */
  time: string;
  before: string;
  text: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const NUMBER_WORDS: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12",
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join("|");
const DATE_TRIGGER =
  /\d|today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|noon|midnight|morning|afternoon|evening|night|o'clock|\b(?:am|pm|a\.m|p\.m)\b/i;

const parser = chrono.casual.clone();

/** Reference instant: noon of the call date in local time, so day arithmetic never crosses midnight. */
function referenceOf(callDate: string | null): Date {
  if (!callDate) return new Date();
  const [year, month, day] = callDate.split("-").map(Number);
  return new Date(year, month - 1, day, 12, 0, 0);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Rewrites spoken forms into ones chrono reads. The result is for parsing only, never quoted. */
export function rewriteForParsing(text: string, reference: Date): string {
  const monthName = (offset: number) => MONTHS[(reference.getMonth() + offset) % 12];
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/o"clock/gi, "o'clock")
    .replace(/\b(?<!the )day after tomorrow\b/gi, "the day after tomorrow")
    .replace(/\blater today\b/gi, "today")
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)? of (?:this|the) month\b/gi, (_, day: string) => `${monthName(0)} ${day}`)
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)? of next month\b/gi, (_, day: string) => `${monthName(1)} ${day}`)
    .replace(
      /(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? )\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?! of [a-z])(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?! (?:street|st|avenue|ave|floor|fl|century|place|road)\b)/gi,
      (_, day: string) => {
        // "the 7th" alone: this month if the day is still to come, else next month.
        const offset = Number(day) >= reference.getDate() ? 0 : 1;
        return `${monthName(offset)} ${day}`;
      },
    )
    .replace(new RegExp(`\\b(${NUMBER_WORD})(?=\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock|in the (?:morning|afternoon|evening)|at night)\\b)`, "gi"),
      (word: string) => NUMBER_WORDS[word.toLowerCase()])
    .replace(/\b(\d{1,2}) o'clock\b/gi, "$1:00")
    .replace(/\bhalf past (\d{1,2})\b/gi, "$1:30")
    .replace(/\b(?:a )?quarter past (\d{1,2})\b/gi, "$1:15")
    .replace(/\b(?:a )?quarter to (\d{1,2})\b/gi, (_, hour: string) => `${(Number(hour) + 11) % 12 || 12}:45`)
    .replace(/\b(?:in the )?(morning|afternoon|evening|night) (?:at )?(\d{1,2}(?::\d{2})?)(?!\s*(?:am|pm))/gi,
      (_, part: string, time: string) => `${time} ${part.toLowerCase() === "morning" ? "am" : "pm"}`)
    .replace(/\b(\d{1,2}(?::\d{2})?) (?:in the morning)\b/gi, "$1 am")
    .replace(/\b(\d{1,2}(?::\d{2})?) (?:in the (?:afternoon|evening)|at night|tonight)\b/gi, "$1 pm")
    .replace(/\bnoon\b/gi, "12:00 pm")
    .replace(/\bmidnight\b/gi, "12:00 am");
}

const dateCache = new Map<string, { dates: DateMention[]; times: TimeMention[] }>();

function parseAll(text: string, callDate: string | null): { dates: DateMention[]; times: TimeMention[] } {
  const key = `${callDate ?? ""}\u0000${text}`;
  const cached = dateCache.get(key);
  if (cached) return cached;
  const result = { dates: [] as DateMention[], times: [] as TimeMention[] };
  if (DATE_TRIGGER.test(text)) {
    const reference = referenceOf(callDate);
    const rewritten = rewriteForParsing(text, reference);
    for (const parsed of parser.parse(rewritten, { instant: reference }, { forwardDate: true })) {
      const before = rewritten.slice(Math.max(0, parsed.index - 60), parsed.index).toLowerCase();
      const start = parsed.start;
      // "tonight at 8:10 pm", "this evening": chrono implies the day; for a booking it is the call date.
      if (!start.isCertain("day") && /\b(?:tonight|today|this (?:morning|afternoon|evening))\b/i.test(parsed.text) && callDate) {
        result.dates.push({ date: callDate, before, text: parsed.text });
      }
      // "now" and "right now" are when the words are said, not a date being booked.
      if ((start.isCertain("day") || start.isCertain("weekday")) && !DURATION.test(parsed.text) && !/^(?:right )?now$/i.test(parsed.text.trim())) {
        result.dates.push({ date: isoDateOf(start), before, text: parsed.text });
        // "from tomorrow till March 13th": chrono reads one range; the end is a date of its own.
        if (parsed.end && (parsed.end.isCertain("day") || parsed.end.isCertain("weekday"))) {
          result.dates.push({ date: isoDateOf(parsed.end), before: `${before} ${parsed.text}`.slice(-60), text: parsed.text });
        }
      }
      if (start.isCertain("hour") && hasClockWords(parsed.text)) {
        result.times.push({ time: `${pad(start.get("hour") ?? 0)}:${pad(start.get("minute") ?? 0)}`, before, text: parsed.text });
      }
    }
  }
  if (dateCache.size > 5000) dateCache.clear();
  dateCache.set(key, result);
  return result;
}

/** "for three days" is a length of stay, not a date chrono should count from today. */
const DURATION = new RegExp(`^(?:for |in |within )?(?:\\d+|${NUMBER_WORD}|a|an|few|a few|couple of) (?:days?|nights?|weeks?|months?)\\b`, "i");

function isoDateOf(component: chrono.ParsedComponents): string {
  return `${component.get("year")}-${pad(component.get("month") ?? 1)}-${pad(component.get("day") ?? 1)}`;
}

/** A bare "at 4" is too weak to call a time; ask for a clock form, am/pm or a part of the day. */
function hasClockWords(text: string): boolean {
  return /\d:\d{2}|\b(?:am|pm|a\.m|p\.m|o'clock|morning|afternoon|evening|night|noon|midnight)\b/i.test(text);
}

export function findDates(text: string, callDate: string | null): DateMention[] {
  return parseAll(text, callDate).dates;
}

export function findTimes(text: string, callDate: string | null): TimeMention[] {
  return parseAll(text, callDate).times;
}
