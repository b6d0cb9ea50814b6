import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** A phone number in E.164 (+14155550100), or null when it cannot be one. Numbers without a country code are read as US. */
export function toE164(raw: string | null | undefined, defaultCountry: CountryCode = "US"): string | null {
  if (!raw) return null;
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry);
  return parsed?.isPossible() ? parsed.number : null;
}
