const MAX = 300;

/** A logged request or result as label/value pairs for the delivery log; long values are cut. */
export function summarize(value: Record<string, unknown> | null | undefined): [string, string][] {
  if (!value) return [];
  return Object.entries(value)
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => {
      const text = typeof v === "string" ? v : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join(", ") : JSON.stringify(v);
      return [k, text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text];
    });
}
