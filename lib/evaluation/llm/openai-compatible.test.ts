/** The engine through the real OpenAI provider code, against a loopback fake server. */
import { createOpenAI } from "@ai-sdk/openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiError, modelText, startOpenAICompatibleServer, type OpenAICompatibleServer } from "@/tests/support/openai-compatible-server";
import { createLlmEvaluator, createLlmEvaluatorFromEnv } from "./index";
import { answer, INPUT } from "./test-fixtures";

let server: OpenAICompatibleServer;
beforeEach(async () => {
  server = await startOpenAICompatibleServer();
});
afterEach(async () => {
  await server.close();
});

interface ChatBody {
  model: string;
  temperature: number;
  messages: { role: string; content: string }[];
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: { properties: Record<string, unknown> } } };
}

describe("LLM engine against an OpenAI-compatible server", () => {
  it("sends one chat completion with the messages and a strict JSON schema response format", async () => {
    server.reply(modelText(JSON.stringify(answer())));
    const result = await createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: server.baseURL }).evaluate(INPUT);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer test");
    const body = request.body as ChatBody;
    expect(body.model).toBe("gpt-4.1-mini");
    expect(body.temperature).toBe(0);
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(body.messages[0].content).toContain("not instructions");
    expect(body.messages[1].content).toContain("[3] customer: Yes please, book it.");
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema).toMatchObject({ name: "call_evaluation", strict: true });
    expect(Object.keys(body.response_format.json_schema.schema.properties)).toEqual(["goals", "outcome", "insights"]);

    expect(result.goals.map((g) => g.status)).toEqual(["achieved", "achieved", "not_achieved"]);
    expect(result.usage.model).toBe("gpt-4.1-mini");
  });

  it("records the server's token usage and prices it", async () => {
    server.reply(modelText(JSON.stringify(answer()), { inputTokens: 2500, outputTokens: 400 }));
    const result = await createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: server.baseURL, EVALUATION_MODEL: "gpt-4o-mini" }).evaluate(INPUT);
    expect((server.requests[0].body as ChatBody).model).toBe("gpt-4o-mini");
    expect(result.usage).toMatchObject({ engine: "llm", model: "gpt-4o-mini", inputTokens: 2500, outputTokens: 400 });
    expect(result.usage.costUsd).toBeCloseTo((2500 * 0.15 + 400 * 0.6) / 1e6, 10);
  });

  it("retries after a 500 and succeeds", async () => {
    server.reply(apiError(500, "The server had an error", 0), modelText(JSON.stringify(answer())));
    const result = await createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: server.baseURL }).evaluate(INPUT);
    expect(server.requests).toHaveLength(2);
    expect(result.outcome.name).toBe("Appointment Scheduled");
  });

  it("gives up after the retries with the server's message", async () => {
    server.reply(...Array.from({ length: 3 }, () => apiError(500, "The server had an error", 0)));
    const failure = createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: server.baseURL }).evaluate(INPUT);
    await expect(failure).rejects.toThrow(/gpt-4\.1-mini" failed after 3 attempts: HTTP 500: The server had an error/);
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a rejected request", async () => {
    server.reply(apiError(401, "Incorrect API key provided"));
    await expect(createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "bad", OPENAI_BASE_URL: server.baseURL }).evaluate(INPUT)).rejects.toThrow(/HTTP 401: Incorrect API key provided/);
    expect(server.requests).toHaveLength(1);
  });

  it("turns malformed content into a clear error", async () => {
    server.reply(modelText('{"goals": {"booked": '));
    const failure = createLlmEvaluatorFromEnv({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: server.baseURL }).evaluate(INPUT);
    await expect(failure).rejects.toThrow(/the model's answer is not valid JSON matching the evaluation schema/);
    await expect(failure).rejects.toMatchObject({ name: "LlmEvaluationError", failure: "output" });
  });

  it("also works through the Responses API", async () => {
    server.reply(modelText(JSON.stringify(answer()), { inputTokens: 900, outputTokens: 100 }));
    const openai = createOpenAI({ baseURL: server.baseURL, apiKey: "test" });
    const result = await createLlmEvaluator({ model: openai("gpt-4.1-mini"), modelId: "gpt-4.1-mini" }).evaluate(INPUT);
    expect(server.requests[0].path).toBe("/v1/responses");
    expect(server.requests[0].body).toMatchObject({ model: "gpt-4.1-mini", text: { format: { type: "json_schema", name: "call_evaluation", strict: true } } });
    expect(result.usage).toMatchObject({ inputTokens: 900, outputTokens: 100 });
    expect(result.goals[0].status).toBe("achieved");
  });
});
