import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support";

test.describe.configure({ timeout: 120_000 });

/** A webhook receiver on loopback (the e2e server runs with WEBHOOKS_ALLOW_PRIVATE=true). */
async function startReceiver() {
  const received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const signed = (secret: string, header: string, body: string) => {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  return createHmac("sha256", secret).update(`${parts.t}.${body}`).digest("hex") === parts.v1;
};

async function createApiKey(page: Page, slug: string) {
  await page.goto(`/w/${slug}/settings/api-keys`);
  await page.getByLabel("Key name").fill("e2e automations");
  await page.getByRole("button", { name: "Create key" }).click();
  return (await page.getByTestId("new-api-key").textContent())!.trim();
}

const BOOKED = [
  ["agent", "Hi, this is Sam from Lakeside Dental. How can I help you today?"],
  ["customer", "Hi Sam, I'd like to book a cleaning for next Tuesday afternoon if you have anything."],
  ["agent", "Of course. I have Tuesday at 3:30 PM with Dr. Patel. Does that work for you?"],
  ["customer", "Yes, 3:30 works. My name is Ana Ruiz and my email is ana@example.com."],
  ["agent", "Great, you're booked for Tuesday at 3:30 PM. You'll get a confirmation email shortly."],
  ["customer", "Perfect, thank you so much!"],
].map(([speaker, text], i) => ({ speaker, text, startMs: i * 4000, endMs: i * 4000 + 3500 }));

test("a rule 'Appointment Scheduled → email + webhook' runs on a matching call: both deliveries in the log, the email in the outbox, one signed request", async ({ page, request }) => {
  const receiver = await startReceiver();
  try {
    const slug = await signUp(page, newPerson("Rule Owner"), "Lakeside Dental");
    const key = await createApiKey(page, slug);
    const auth = { authorization: `Bearer ${key}` };
    const agentResponse = await request.post("/api/v1/agents", { headers: auth, data: { name: "Front desk", template: "appointment_scheduling" } });
    expect(agentResponse.status()).toBe(201);
    const agent = (await agentResponse.json()) as { id: string };

    await page.goto(`/w/${slug}/automations`);
    await expect(page.getByRole("heading", { name: "No automation rules yet" })).toBeVisible();
    await page.getByRole("link", { name: "New rule" }).first().click();
    await expect(page.getByRole("heading", { name: "New rule", level: 1 })).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill("Appointment Scheduled → email + webhook");
    await page.getByLabel("Agent", { exact: true }).selectOption({ label: "Front desk" });
    await page.getByRole("checkbox", { name: "Appointment Scheduled" }).check();
    await expect(page.getByTestId("match-preview")).toContainText("No evaluated calls yet");

    await page.getByRole("button", { name: "Add action" }).click();
    await page.getByRole("menuitem", { name: /^Email/ }).click();
    await page.getByLabel("To", { exact: true }).fill("desk@example.com");
    await page.getByLabel("Subject", { exact: true }).fill("Booked: {{ contact.name }}");
    await page.getByRole("button", { name: "Add action" }).click();
    await page.getByRole("menuitem", { name: /^Webhook/ }).click();
    // A wrong URL is named beside its field, at the server's path (actions.1.url).
    await page.getByLabel("URL", { exact: true }).fill("not a url");
    await page.getByRole("button", { name: "Create rule" }).click();
    await expect(page.getByText("One field needs fixing before the rule can be saved.")).toBeVisible();
    await expect(page.locator("#action-1-url-error")).toHaveText("must be an http(s) URL");
    await expect(page.getByLabel("URL", { exact: true })).toBeFocused();
    await page.getByLabel("URL", { exact: true }).fill(`${receiver.url}/hooks/booked`);
    await page.getByRole("button", { name: "Create rule" }).click();

    // The webhook's signing secret is shown once, after saving.
    await expect(page.getByText("“Appointment Scheduled → email + webhook” is on")).toBeVisible();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("link", { name: "Back to automations" }).click();
    const rule = page.getByTestId("automation-rule");
    await expect(rule).toHaveCount(1);
    await expect(rule).toContainText("When a call is evaluated with outcome Appointment Scheduled");
    await expect(rule).toContainText("Email desk@example.com");
    await expect(rule).toContainText("No runs yet");

    const call = await request.post("/api/v1/conversations", {
      headers: auth,
      data: {
        externalId: `e2e_auto_${Date.now()}`,
        agentId: agent.id,
        direction: "inbound",
        startedAt: new Date(Date.now() + 55_000).toISOString(),
        endedAt: new Date(Date.now() + 60_000).toISOString(),
        contact: { name: "Ana Ruiz", phone: "+1 415 555 0100", email: "ana@example.com" },
        transcript: BOOKED,
      },
    });
    expect(call.status(), await call.text()).toBeLessThan(300);
    const conversation = (await call.json()) as { id: string };

    // Both deliveries succeed; the log shows them with their attempts and a link to the call.
    await page.goto(`/w/${slug}/automations/log`);
    await expect(async () => {
      await page.reload();
      await expect(page.locator('[data-testid="delivery-row"][data-status="succeeded"]')).toHaveCount(2, { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    const webhookRow = page.getByTestId("delivery-row").filter({ hasText: "Webhook to 127.0.0.1" });
    await expect(webhookRow).toContainText("Appointment Scheduled → email + webhook");
    await webhookRow.getByRole("button", { name: /Show attempts/ }).click();
    await expect(page.getByTestId("delivery-attempt")).toContainText("Attempt 1");
    await expect(page.getByTestId("delivery-attempt")).toContainText("HTTP 200");
    await expect(page.getByTestId("delivery-row").filter({ hasText: "Email desk@example.com" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open call" }).first()).toHaveAttribute("href", `/w/${slug}/conversations/${conversation.id}`);

    // The email is in the outbox (no SMTP in tests), with its text body readable.
    await page.goto(`/w/${slug}/settings/email`);
    await expect(page.getByText("Outbox mode: nothing leaves this server")).toBeVisible();
    const email = page.getByTestId("email-row").filter({ hasText: "Booked: Ana Ruiz" });
    await expect(email).toHaveCount(1);
    await expect(email).toContainText("desk@example.com");
    await email.getByRole("button", { name: /^Read/ }).click();
    await expect(page.getByTestId("email-body")).toContainText(`/conversations/${conversation.id}`);

    // The receiver got exactly one request, signed with the secret shown once.
    const hooks = receiver.received.filter((r) => r.url === "/hooks/booked");
    expect(hooks).toHaveLength(1);
    expect(signed(secret, String(hooks[0].headers["x-debrief-signature"]), hooks[0].body)).toBe(true);
    expect(JSON.parse(hooks[0].body)).toMatchObject({ type: "conversation.evaluated", data: { conversation: { id: conversation.id } } });

    // The list shows the rule's last runs.
    await page.goto(`/w/${slug}/automations`);
    await expect(page.getByRole("img", { name: "Last 2 deliveries: 2 succeeded" })).toBeVisible();
  } finally {
    await receiver.close();
  }
});
