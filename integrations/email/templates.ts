/**
 * `{{ path.to.value }}` placeholders, filled from plain data. Deliberately not a template language:
 * no expressions, helpers or loops, so a rule written by any workspace member can only read the
 * fields it is given (TEMPLATE_FIELDS), never run code.
 */
export { TEMPLATE_FIELDS, conversationTemplateData, type ConversationTemplateInput, type TemplateData } from "./template-data";

export interface RenderOptions {
  /** "html" for an HTML body (values are escaped, the template itself is trusted); "none" for text and subjects. */
  escape: "html" | "none";
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;

export function renderTemplate(template: string, data: object, { escape }: RenderOptions): string {
  return template.replace(PLACEHOLDER, (_match, path: string) => {
    const text = toText(lookup(data, path));
    return escape === "html" ? escapeHtml(text) : text;
  });
}

/** Own properties only: `{{ constructor }}` or `{{ __proto__ }}` must not reach into prototypes. */
function lookup(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toText).filter(Boolean).join(", ");
  return ""; // an object has no one obvious rendering; name one of its fields instead
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/**
 * A plain-text body as minimal HTML: escaped, paragraphs and line breaks kept. For rules whose
 * body is written as text but should also arrive as HTML (links stay clickable in most clients).
 */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`);
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${paragraphs.join("")}</body></html>`;
}
