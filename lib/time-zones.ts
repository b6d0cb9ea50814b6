import { offsetAt } from "./zoned-time";

/**
 * ICU (and so Intl) still lists some zones by their old names, while people look for the current
 * IANA ones: Kolkata, not Calcutta; Kyiv, not Kiev. Each pair names the same rules in Intl and in
 * PostgreSQL, so the workspace stores and shows the current name.
 */
const RENAMED: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** A zone's current IANA name (an old one is read as its successor). */
export const currentZoneName = (name: string): string => RENAMED[name] ?? name;

/** Every zone a workspace can pick, by current name: UTC first, then alphabetical. */
export const TIME_ZONES: readonly string[] = [
  "UTC",
  ...Intl.supportedValuesOf("timeZone")
    .filter((zone) => zone !== "UTC")
    .map(currentZoneName)
    .sort(),
];

export function isTimeZone(name: string): boolean {
  if (TIME_ZONES.includes(name) || name in RENAMED) return true;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone === name;
  } catch {
    return false;
  }
}

/** An offset as Intl's "shortOffset" writes it: GMT+0, GMT-5, GMT+5:30. */
function gmt(offsetMs: number): string {
  const minutes = Math.abs(offsetMs) / 60_000;
  const mm = minutes % 60;
  return `GMT${offsetMs < 0 ? "-" : "+"}${Math.floor(minutes / 60)}${mm ? `:${String(mm).padStart(2, "0")}` : ""}`;
}

/** The picker's options: each zone with its offset now, "America/New York (GMT-5)", so a zone can be found by its offset. */
export function zoneChoices(zones: readonly string[], now = new Date()): { value: string; label: string }[] {
  return zones.map((zone) => {
    const name = zone.replace(/_/g, " ");
    return { value: zone, label: zone === "UTC" ? name : `${name} (${gmt(offsetAt(now.getTime(), zone))})` };
  });
}
