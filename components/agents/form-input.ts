/** Readers for server-action input, which arrives as FormData strings or as JSON. */
export const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** A checkbox or switch posted in a form ("on") or a boolean sent as JSON. */
export const checked = (value: unknown): boolean => value === true || value === "on" || value === "true";

/** A list posted as `name[]` fields or sent as an array; absent means empty. */
export const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** "a, b ,, c" → ["a", "b", "c"]. */
export const commaList = (value: unknown): string[] =>
  text(value)
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
