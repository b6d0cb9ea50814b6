import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "@/db/schema";
import { createOwner } from "@/tests/support/factories";
import { TEST_ENGINES, suiteDatabase } from "@/tests/support/test-db";
import { listEmails } from "./list-emails";
import { IN_FLIGHT_MS, sendEmail } from "./send-email";
import { header, startSmtpTestServer } from "./testing/smtp-test-server";

const FROM = "Debrief <debrief@debrief.test>";
let keyCounter = 0;
const key = () => `effect-${Date.now()}-${++keyCounter}`;

describe.each(TEST_ENGINES)("sendEmail on %s", (engine) => {
  const database = suiteDatabase(engine);
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  const message = (over: Partial<Parameters<typeof sendEmail>[1]> = {}) => ({
    workspaceId: null,
    to: ["ana@example.com", "Ben@Example.com"],
    subject: "Booked:\r\nAna Ruiz",
    text: "Ana booked a cleaning.\nhttps://debrief.test/c/1",
    html: "<p>Ana booked a cleaning.</p>",
    ...over,
  });
  const viaSmtp = (over: { timeoutMs?: number; replay?: boolean } = {}) => ({ smtpUrl: smtp.url, from: FROM, ...over });

  it("delivers over SMTP once, with the headers and body, and records it sent", async () => {
    smtp.behaviour = "accept";
    const before = smtp.received.length;
    const idempotencyKey = key();
    const first = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp());
    expect(first).toMatchObject({ status: "sent", transport: "smtp", duplicate: false });
    expect(first.messageId).toMatch(/^<[0-9a-f]{64}@debrief\.test>$/);
    const second = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp());
    expect(second).toMatchObject({ id: first.id, status: "sent", duplicate: true });
    expect(smtp.received.length - before).toBe(1);

    const mail = smtp.received.at(-1)!;
    expect(mail.from).toBe("debrief@debrief.test");
    expect(mail.to).toEqual(["ana@example.com", "ben@example.com"]);
    expect(header(mail.raw, "Message-ID")).toBe(first.messageId);
    expect(header(mail.raw, "Subject")).toBe("Booked: Ana Ruiz");
    expect(header(mail.raw, "Auto-Submitted")).toBe("auto-generated");
    expect(mail.raw).toContain("Ana booked a cleaning.");
    expect(mail.raw).toContain("<p>Ana booked a cleaning.</p>");
    const [row] = await database.db.select().from(emails).where(eq(emails.id, first.id));
    expect(row).toMatchObject({ status: "sent", transport: "smtp", attempts: 1, error: null, to: ["ana@example.com", "ben@example.com"] });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("sends once when the same event is handled twice at the same time", async () => {
    smtp.behaviour = "accept";
    const before = smtp.received.length;
    const idempotencyKey = key();
    const results = await Promise.all([1, 2, 3].map(() => sendEmail(database.db, message({ idempotencyKey }), viaSmtp())));
    expect(smtp.received.length - before).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toEqual([expect.objectContaining({ status: "sent" })]);
    for (const r of results.filter((r) => r.duplicate)) expect(r.status).toMatch(/^(in_progress|sent)$/);
  });

  it("does not send again a row left 'sending' by a crashed process: unconfirmed", async () => {
    smtp.behaviour = "accept";
    const before = smtp.received.length;
    const idempotencyKey = key();
    // What a process killed between "insert sending" and "mark sent" leaves behind.
    await database.db.insert(emails).values({ ...message(), idempotencyKey, status: "sending", transport: "smtp", messageId: "<x@debrief.test>", attempts: 1, attemptedAt: new Date(Date.now() - IN_FLIGHT_MS - 1000) });
    const result = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp());
    expect(result).toMatchObject({ status: "unconfirmed", duplicate: true, retryable: false });
    expect(smtp.received.length).toBe(before);

    // A person reviewed it and chose to send it again.
    const replayed = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp({ replay: true }));
    expect(replayed).toMatchObject({ status: "sent", duplicate: true, messageId: "<x@debrief.test>" });
    expect(smtp.received.length).toBe(before + 1);
  });

  it("reports a send still under way as in_progress, without sending", async () => {
    const idempotencyKey = key();
    await database.db.insert(emails).values({ ...message(), idempotencyKey, status: "sending", transport: "smtp", messageId: "<y@debrief.test>", attempts: 1, attemptedAt: new Date() });
    const before = smtp.received.length;
    expect(await sendEmail(database.db, message({ idempotencyKey }), viaSmtp())).toMatchObject({ status: "in_progress", duplicate: true });
    expect(smtp.received.length).toBe(before);
  });

  it("fails permanently when the server refuses the recipients (550)", async () => {
    smtp.behaviour = "refuse-recipient";
    const result = await sendEmail(database.db, message({ idempotencyKey: key() }), viaSmtp());
    expect(result).toMatchObject({ status: "failed", retryable: false, error: expect.stringContaining("550") });
    const [row] = await database.db.select().from(emails).where(eq(emails.id, result.id));
    expect(row).toMatchObject({ status: "failed", error: expect.stringContaining("550") });
  });

  it("fails retryably on a 4xx answer, and a retry with the same key sends it", async () => {
    smtp.behaviour = "defer-data";
    const idempotencyKey = key();
    const first = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp());
    expect(first).toMatchObject({ status: "failed", retryable: true, error: expect.stringContaining("451") });
    smtp.behaviour = "accept";
    const before = smtp.received.length;
    const retry = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp());
    expect(retry).toMatchObject({ id: first.id, status: "sent", duplicate: true, messageId: first.messageId });
    expect(smtp.received.length).toBe(before + 1);
    const [row] = await database.db.select().from(emails).where(eq(emails.id, first.id));
    expect(row).toMatchObject({ status: "sent", attempts: 2, error: null });
  });

  it("fails retryably when the server is down", async () => {
    const down = await startSmtpTestServer();
    await down.close();
    const result = await sendEmail(database.db, message({ idempotencyKey: key() }), { smtpUrl: down.url, from: FROM, timeoutMs: 2000 });
    expect(result).toMatchObject({ status: "failed", retryable: true, error: expect.stringMatching(/ECONNECTION|ESOCKET|ECONNREFUSED/) });
  });

  it("leaves a message the server took but never confirmed unconfirmed, and never resends it", async () => {
    smtp.behaviour = "hang-after-data";
    const idempotencyKey = key();
    const result = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp({ timeoutMs: 300 }));
    expect(result).toMatchObject({ status: "unconfirmed", retryable: false, error: expect.stringContaining("delivery unknown") });
    smtp.behaviour = "accept";
    const before = smtp.received.length;
    const again = await sendEmail(database.db, message({ idempotencyKey }), viaSmtp());
    expect(again.status).toMatch(/^(in_progress|unconfirmed)$/);
    expect(smtp.received.length).toBe(before);
  });

  it("stores to the outbox once per key when no SMTP server is configured, listed by workspace", async () => {
    const { ctx, workspace } = await createOwner(database.db);
    const other = await createOwner(database.db, "Grace Hopper");
    const idempotencyKey = key();
    const first = await sendEmail(database.db, message({ workspaceId: workspace.id, idempotencyKey }), { smtpUrl: null, from: FROM });
    const second = await sendEmail(database.db, message({ workspaceId: workspace.id, idempotencyKey }), { smtpUrl: null, from: FROM });
    expect(first).toMatchObject({ status: "stored", transport: "outbox", duplicate: false });
    expect(second).toMatchObject({ id: first.id, status: "stored", duplicate: true });
    for (let i = 0; i < 3; i++) {
      // Emails are stamped to the millisecond; two in the same one would be ordered by id instead.
      await new Promise((resolve) => setTimeout(resolve, 2));
      await sendEmail(database.db, message({ workspaceId: workspace.id, subject: `Note ${i}` }), { smtpUrl: null, from: FROM });
    }
    await sendEmail(database.db, message({ workspaceId: other.workspace.id }), { smtpUrl: null, from: FROM });

    const page1 = await listEmails(ctx, { limit: 3 });
    expect(page1.data.map((e) => e.subject)).toEqual(["Note 2", "Note 1", "Note 0"]);
    const page2 = await listEmails(ctx, { limit: 3, cursor: page1.nextCursor! });
    expect(page2).toMatchObject({ data: [{ id: first.id, status: "stored", transport: "outbox", subject: "Booked: Ana Ruiz" }], nextCursor: null });
    await expect(listEmails({ ...ctx, actor: { type: "user", userId: "u", role: "member" } }, {})).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses a message without a valid recipient", async () => {
    await expect(sendEmail(database.db, message({ to: [] }), { smtpUrl: null, from: FROM })).rejects.toMatchObject({ issues: [{ path: "to" }] });
    await expect(sendEmail(database.db, message({ to: ["nope"] }), { smtpUrl: null, from: FROM })).rejects.toMatchObject({ issues: [{ path: "to.0" }] });
  });
});
