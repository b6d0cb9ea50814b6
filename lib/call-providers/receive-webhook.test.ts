import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { callProviderConnections } from "@/db/schema";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { getConversation } from "@/lib/conversations/get-conversation";
import { updateAgent } from "@/lib/agents/update-agent";
import { createOwner } from "@/tests/support/factories";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { connectCallProvider, disconnectCallProvider, listCallProviderConnections } from "./connections";
import { receiveWebhook } from "./receive-webhook";

const fixture = (provider: string, name: string) => readFileSync(path.join(process.cwd(), "integrations", provider, "fixtures", name), "utf8");
const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("hex");
const post = (body: string, headers: Record<string, string>) => new Request("http://localhost/api/v1/webhooks/x", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe.each(TEST_ENGINES)("voice-platform webhooks on %s", (engine) => {
  const database = suiteDatabase(engine);

  async function setup() {
    const owner = await createOwner(database.db);
    const agent = await createAgentWithGoals(owner.ctx);
    // The agents' lines in the providers' fixtures.
    await updateAgent(owner.ctx, agent.id, { phoneNumbers: ["+17375550100", "+14155550132", "+13125550164", "+16285550142"] });
    return { ...owner, agent };
  }

  it("Vapi: the server secret authenticates; the end-of-call report becomes a conversation once", async () => {
    const { ctx, agent } = await setup();
    const { id, secret } = await connectCallProvider(ctx, { provider: "vapi" });
    const body = fixture("vapi", "end-of-call-report-inbound.json");
    const now = new Date(JSON.parse(body).message.timestamp + 5_000);
    const first = await receiveWebhook(database.db, "vapi", id, post(body, { "x-vapi-secret": secret }), now);
    expect(first).toMatchObject({ kind: "stored", created: true });
    const conversation = await getConversation(ctx, (first as { id: string }).id);
    expect(conversation).toMatchObject({ agentId: agent.id, source: "vapi", direction: "inbound" });
    expect(conversation.transcript.length).toBeGreaterThan(2);
    const again = await receiveWebhook(database.db, "vapi", id, post(body, { "x-vapi-secret": secret }), now);
    expect(again).toMatchObject({ kind: "stored", created: false, id: conversation.id });
    await expect(receiveWebhook(database.db, "vapi", id, post(body, { "x-vapi-secret": "wrong" }), now)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(receiveWebhook(database.db, "vapi", id, post(body, { "x-vapi-secret": secret }), new Date(now.getTime() + 3_600_000))).rejects.toThrow(/old/);
    expect((await listCallProviderConnections(ctx))[0].lastReceivedAt).toBeInstanceOf(Date);
  });

  it("Retell: x-retell-signature over body + timestamp, with the API key pasted in", async () => {
    const { ctx } = await setup();
    await expect(connectCallProvider(ctx, { provider: "retell" })).rejects.toMatchObject({ issues: [{ path: "secret" }] });
    const { id } = await connectCallProvider(ctx, { provider: "retell", secret: "key_retell_webhook" });
    const body = fixture("retell", "call-ended-outbound.json");
    const now = new Date();
    const sign = (ts: number, key = "key_retell_webhook") => `v=${ts},d=${hmac(key, body + ts)}`;
    expect(await receiveWebhook(database.db, "retell", id, post(body, { "x-retell-signature": sign(now.getTime()) }), now)).toMatchObject({ kind: "stored", created: true });
    await expect(receiveWebhook(database.db, "retell", id, post(body, { "x-retell-signature": sign(now.getTime(), "other") }), now)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(receiveWebhook(database.db, "retell", id, post(body, { "x-retell-signature": sign(now.getTime() - 600_000) }), now)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("ElevenLabs: ElevenLabs-Signature t=…,v0=… over '{t}.{body}'", async () => {
    const { ctx } = await setup();
    const { id } = await connectCallProvider(ctx, { provider: "elevenlabs", secret: "wsec_eleven" });
    const body = fixture("elevenlabs", "post-call-transcription-inbound.json");
    const now = new Date();
    const t = Math.floor(now.getTime() / 1000);
    const result = await receiveWebhook(database.db, "elevenlabs", id, post(body, { "ElevenLabs-Signature": `t=${t},v0=${hmac("wsec_eleven", `${t}.${body}`)}` }), now);
    expect(result).toMatchObject({ kind: "stored", created: true });
    expect((await getConversation(ctx, (result as { id: string }).id)).source).toBe("elevenlabs");
    await expect(receiveWebhook(database.db, "elevenlabs", id, post(body + " ", { "ElevenLabs-Signature": `t=${t},v0=${hmac("wsec_eleven", `${t}.${body}`)}` }), now)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("generic: Debrief's own signed JSON", async () => {
    const { ctx } = await setup();
    const { id, secret } = await connectCallProvider(ctx, { provider: "generic" });
    const body = fixture("generic", "conversation.json");
    const now = new Date();
    const t = Math.floor(now.getTime() / 1000);
    expect(await receiveWebhook(database.db, "generic", id, post(body, { "X-Debrief-Signature": `t=${t},v1=${hmac(secret, `${t}.${body}`)}` }), now)).toMatchObject({ kind: "stored" });
    await expect(receiveWebhook(database.db, "generic", id, post(body, {}), now)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("answers not found for an unknown provider, a missing or another provider's connection, and after disconnecting", async () => {
    const { ctx } = await setup();
    const { id, secret } = await connectCallProvider(ctx, { provider: "vapi" });
    const body = fixture("vapi", "end-of-call-report-inbound.json");
    await expect(receiveWebhook(database.db, "twilio", id, post(body, {}))).rejects.toBeInstanceOf(NotFoundError);
    await expect(receiveWebhook(database.db, "vapi", null, post(body, {}))).rejects.toBeInstanceOf(NotFoundError);
    await expect(receiveWebhook(database.db, "retell", id, post(body, {}))).rejects.toBeInstanceOf(NotFoundError);
    await disconnectCallProvider(ctx, "vapi");
    await expect(receiveWebhook(database.db, "vapi", id, post(body, { "x-vapi-secret": secret }))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps secrets encrypted at rest and connections per workspace", async () => {
    const a = await setup();
    const b = await setup();
    const { secret } = await connectCallProvider(a.ctx, { provider: "generic" });
    const raw = JSON.stringify(await database.db.select().from(callProviderConnections));
    expect(raw).not.toContain(secret);
    expect(await listCallProviderConnections(b.ctx)).toEqual([]);
    await expect(disconnectCallProvider(b.ctx, "generic")).rejects.toBeInstanceOf(NotFoundError);
  });
});
