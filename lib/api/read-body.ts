import { InvalidError, PayloadTooLargeError } from "@/lib/errors";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const bodiesReadAlready = new WeakMap<Request, Buffer>();

/**
 * A request whose body the server has read already (at most its limit + 1 byte, see serveDirect).
 * readTextBody takes the bytes as they are: a Web stream around them would copy them twice more.
 */
export function requestWithBody(url: string, init: { method?: string; headers: Headers }, body: Buffer): Request {
  const request = new Request(url, init);
  bodiesReadAlready.set(request, body);
  return request;
}

/** Reads a body as text without ever holding more than the limit in memory. */
export async function readTextBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`Request body is larger than ${Math.round(maxBytes / 1024)} KB`);
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw tooLarge();
  const readAlready = bodiesReadAlready.get(request);
  if (readAlready) {
    if (readAlready.length > maxBytes) throw tooLarge();
    return readAlready.toString("utf8");
  }
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
