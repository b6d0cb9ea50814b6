/**
 * A fake OpenAI-compatible HTTP server on 127.0.0.1 (port 0) for tests: it records every request
 * and answers with scripted replies, in order. Point a real provider at it with
 * `createOpenAI({ baseURL: server.baseURL, apiKey: "test" })` so the provider's own request and
 * response code runs, with no network beyond loopback.
 *
 * Serves `POST /v1/chat/completions` and `POST /v1/responses` (non-streaming). `modelText()`
 * answers in whichever of the two formats the request asked for.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
}

export interface ScriptedReply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Reply = ScriptedReply | ((request: RecordedRequest) => ScriptedReply);

export interface TokenCounts {
  inputTokens: number;
  outputTokens: number;
}

export interface OpenAICompatibleServer {
  /** `http://127.0.0.1:PORT/v1` */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queues replies, answered in order; an unscripted request gets a 400 that names it. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

const DEFAULT_TOKENS: TokenCounts = { inputTokens: 10, outputTokens: 5 };

export function chatCompletion(content: string, tokens = DEFAULT_TOKENS, model = "fake-model"): ScriptedReply {
  const usage = { prompt_tokens: tokens.inputTokens, completion_tokens: tokens.outputTokens, total_tokens: tokens.inputTokens + tokens.outputTokens };
  return {
    body: {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 1_700_000_000,
      model,
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      usage,
    },
  };
}

export function responsesOutput(text: string, tokens = DEFAULT_TOKENS, model = "fake-model"): ScriptedReply {
  const usage = { input_tokens: tokens.inputTokens, output_tokens: tokens.outputTokens, total_tokens: tokens.inputTokens + tokens.outputTokens };
  const message = { type: "message", id: "msg_fake", role: "assistant", status: "completed", content: [{ type: "output_text", text, annotations: [] }] };
  return {
    body: { id: "resp_fake", object: "response", created_at: 1_700_000_000, model, status: "completed", output: [message], incomplete_details: null, usage },
  };
}

/** Text answered in the format of the endpoint that was called. */
export function modelText(text: string, tokens = DEFAULT_TOKENS): Reply {
  return (request) => (request.path.endsWith("/responses") ? responsesOutput(text, tokens) : chatCompletion(text, tokens));
}

/** An OpenAI-style error. `retryAfterMs` sets the header the AI SDK honours, so a retry is instant. */
export function apiError(status: number, message: string, retryAfterMs?: number): ScriptedReply {
  return {
    status,
    body: { error: { message, type: status >= 500 ? "server_error" : "invalid_request_error", param: null, code: null } },
    headers: retryAfterMs === undefined ? undefined : { "retry-after-ms": String(retryAfterMs) },
  };
}

export async function startOpenAICompatibleServer(initial: Reply[] = []): Promise<OpenAICompatibleServer> {
  const queue: Reply[] = [...initial];
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // keep the raw text: a test may want to see what was sent
      }
      const recorded: RecordedRequest = { method: req.method ?? "", path: (req.url ?? "").split("?")[0], headers: req.headers, body };
      requests.push(recorded);
      const known = recorded.method === "POST" && /\/v1\/(chat\/completions|responses)$/.test(recorded.path);
      const next = known ? queue.shift() : undefined;
      // 400, not 500: the SDK retries 5xx, which would hide a missing script behind retries.
      const reply = next
        ? typeof next === "function" ? next(recorded) : next
        : apiError(400, `fake OpenAI server: no scripted reply for ${recorded.method} ${recorded.path}`);
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
