import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "@/db/client";
import { setDatabase } from "@/db";
import { deliveries } from "@/db/schema";
import { startSmtpTestServer } from "@/integrations/email/testing/smtp-test-server";
import { startLoopbackServer } from "@/integrations/webhook/testing/loopback-server";
import { ingestConversation } from "@/lib/conversations/ingest-conversation";
import { setEvaluator } from "@/lib/evaluation/evaluator";
import { createLocalEvaluator } from "@/lib/evaluation/local";
import { JobRunner } from "@/lib/jobs/runner";
import { FUNCTIONS } from "@/inngest/functions";
import { callBody } from "@/tests/support/conversations";
import { createAgentWithGoals } from "@/tests/support/definitions";
import { createOwner } from "@/tests/support/factories";
import { runAllJobs } from "@/tests/support/run-jobs";
import { createAutomation } from "./automations";

/**
 * The process running the automations is killed (SIGKILL) while an action is under way; after a
 * restart no email goes out twice, and the webhook is delivered with the same delivery id.
 */
describe("a process killed mid-run and restarted", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  let receiver: Awaited<ReturnType<typeof startLoopbackServer>>;
  let hang = true;
  let firstHookArrived: () => void;
  const firstHook = new Promise<void>((resolve) => (firstHookArrived = resolve));

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    receiver = await startLoopbackServer((_req, res) => {
      if (hang) return firstHookArrived(); // never answers: the child is stuck inside the webhook action
      res.end("ok");
    });
    process.env.SMTP_URL = smtp.url;
    process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  });
  afterAll(async () => {
    await Promise.all([smtp.close(), receiver.close()]);
  });

  it("sends the email once and finishes the webhook after the restart", { timeout: 180_000 }, async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "debrief-kill-")), "pglite");
    let handle = await openDatabase({ pgliteDir: dir });
    await migrateDatabase(handle);
    const { ctx } = await createOwner(handle.db);
    const agent = await createAgentWithGoals(ctx, [["appointment_booked", { kind: "primary", description: "An appointment was booked with a confirmed date and time." }]]);
    await createAutomation(ctx, {
      name: "Booked → email + webhook",
      trigger: {},
      actions: [
        { type: "email", to: ["desk@example.com"], subject: "Booked: {{contact.name}}", body: "{{link}}" },
        { type: "webhook", url: `${receiver.url}/booked` },
      ],
    });
    await ingestConversation(ctx, callBody(agent.id, { endedAt: new Date(Date.now() + 60_000).toISOString(), startedAt: undefined }));
    await handle.close();

    const child = fork(path.join(process.cwd(), "tests", "support", "job-runner-child.ts"), [dir], { execArgv: ["--import", "tsx"], env: { ...process.env }, stdio: "inherit" });
    await firstHook; // the email went out; the webhook request is in flight
    expect(smtp.received).toHaveLength(1);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    hang = false;
    handle = await openDatabase({ pgliteDir: dir });
    setDatabase(handle);
    setEvaluator(createLocalEvaluator());
    const recovered = await new JobRunner(handle.db, FUNCTIONS).recover(true);
    expect(recovered).toBeGreaterThanOrEqual(1);
    await runAllJobs(handle.db);

    expect(smtp.received).toHaveLength(1);
    const hooks = receiver.received.filter((r) => r.url === "/booked");
    expect(hooks).toHaveLength(2);
    expect(hooks[0].headers["x-debrief-delivery"]).toBe(hooks[1].headers["x-debrief-delivery"]);
    const rows = await handle.db.select().from(deliveries).where(eq(deliveries.workspaceId, ctx.workspace.id));
    expect(rows.map((r) => [r.actionType, r.status]).sort()).toEqual([["email", "succeeded"], ["webhook", "succeeded"]]);
    await handle.close();
  });
});
