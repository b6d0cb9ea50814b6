import { InvalidError, PayloadTooLargeError } from "@/lib/errors";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Reads a body as text without ever holding more than the limit in memory. */
export async function readTextBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`Request body is larger than ${Math.round(maxBytes / 1024)} KB`);
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseJsonText(text: string): unknown {
  if (!text.trim()) throw InvalidError.field("(body)", "a JSON body is required");
  try {
    return JSON.parse(text);
  } catch {
    throw InvalidError.field("(body)", "must be valid JSON");
  }
}
