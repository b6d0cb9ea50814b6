import type { IncomingMessage, ServerResponse } from "node:http";
import { requestWithBody } from "@/lib/api/read-body";
import { errorResponse } from "@/lib/api/respond";

type RouteHandler = (request: Request) => Promise<Response>;

/**
 * Serves a Next route handler straight from Node's http server: the same handler, without Next's
 * request pipeline. `npm start` uses it for the hot ingest routes only.
 * At most `maxBodyBytes + 1` bytes are kept (the handler answers 413 past its limit); the rest of
 * an oversized body is read and dropped, so the connection stays usable.
 */
export async function serveDirect(handler: RouteHandler, maxBodyBytes: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: Response;
  try {
    const body = await readUpTo(req, maxBodyBytes + 1);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !name.startsWith(":")) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    response = await handler(requestWithBody(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, { method: req.method, headers }, body));
  } catch (error) {
    response = errorResponse(error);
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function readUpTo(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    req.on("data", (chunk: Buffer) => {
      if (kept >= limit) return;
      const part = chunk.length > limit - kept ? chunk.subarray(0, limit - kept) : chunk;
      chunks.push(part);
      kept += part.length;
    });
    req.on("end", () => resolve(Buffer.concat(chunks, kept)));
    req.on("error", reject);
  });
}
