import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support";

test.describe.configure({ timeout: 120_000 });

const CALL = [
  ["agent", "Thanks for calling Lakeside Dental, this is Sam. How can I help you today?"],
  ["customer", "The reason for my visit is a cleaning, I need the Hygiene service."],
  ["agent", "I can book you for a cleaning on Tuesday at 3:30 PM with Dr. Patel. Does that work?"],
  ["customer", "Yes, Tuesday at 3:30 works for me."],
  ["agent", "Great, your cleaning is booked for Tuesday at 3:30 PM. Can I have your full name and a phone number?"],
  ["customer", "My name is Ana Ruiz and my phone is 415 555 0100. My email is ana@example.com."],
  ["agent", "Thank you Ana, you'll get a confirmation email shortly."],
] as const;

async function createAgentFromTemplate(page: Page, slug: string) {
  await page.goto(`/w/${slug}/agents/new`);
  await page.getByText("Appointment scheduling", { exact: true }).click();
  await page.getByLabel("Agent name").fill("Front desk");
  await page.getByRole("button", { name: "Create agent" }).click();
  await expect(page.getByRole("heading", { name: "Front desk", level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[4];
}

async function createApiKey(page: Page, slug: string) {
  await page.goto(`/w/${slug}/settings/api-keys`);
  await page.getByLabel("Key name").fill("e2e evaluation");
  await page.getByRole("button", { name: "Create key" }).click();
  return (await page.getByTestId("new-api-key").textContent())!.trim();
}

test("verdicts arrive by themselves, highlight their evidence, take overrides and re-evaluation; test bench and backfill", async ({ page, request }) => {
  const slug = await signUp(page, newPerson("Eva Evaluator"), "Eval Dental");
  const agentId = await createAgentFromTemplate(page, slug);
  const key = await createApiKey(page, slug);

  // A call that ends after the template's goals were created, so they apply to it.
  const posted = await request.post("/api/v1/conversations", {
    headers: { authorization: `Bearer ${key}` },
    data: { externalId: `eval-${Date.now()}`, agentId, direction: "inbound", endedAt: new Date(Date.now() + 60_000).toISOString(), contact: { name: "Ana Ruiz" }, transcript: CALL.map(([speaker, text]) => ({ speaker, text })) },
  });
  expect(posted.status()).toBe(202);
  const { id } = (await posted.json()) as { id: string };

  // Opened at once: the page refreshes itself until the verdicts are in.
  await page.goto(`/w/${slug}/conversations/${id}`);
  const booked = page.getByRole("button", { name: "Appointment booked: Achieved" });
  await expect(booked).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("verdict")).toHaveCount(4);
  await expect(page.getByTestId("outcome")).toContainText("Appointment Scheduled");

  // Pressing a verdict marks its quote inside the transcript.
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript.locator("mark")).toHaveCount(0);
  await booked.click();
  await expect(booked).toHaveAttribute("aria-pressed", "true");
  await expect(transcript.locator("mark").first()).toBeVisible();
  await expect(transcript.locator("mark").first()).toContainText("booked for Tuesday at 3:30 PM");

  // A person's verdict is kept beside the machine's.
  const contact = page.locator('[data-testid="verdict"][data-key="contact_collected"]');
  await contact.getByRole("button", { name: "Override Contact details collected" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Your verdict").selectOption("partially_achieved");
  await dialog.getByLabel("Note").fill("The name it found is the dentist's");
  await dialog.getByRole("button", { name: "Save verdict" }).click();
  await expect(dialog).toBeHidden();
  await expect(contact.getByTestId("human-verdict")).toContainText("Overridden by Eva Evaluator");
  await expect(contact.getByTestId("human-verdict")).toContainText("Partially achieved");
  await expect(contact.getByText("The name it found is the dentist's")).toBeVisible();
  await expect(contact.getByTestId("machine-verdict")).toContainText("Achieved");

  // Re-evaluating keeps the old result in the history and the person's verdict in force.
  await expect(page.getByTestId("history-entry")).toHaveCount(1);
  await page.getByRole("button", { name: "Re-evaluate" }).click();
  await expect(page.getByTestId("history-entry")).toHaveCount(2);
  await expect(page.getByTestId("history-entry").first()).toContainText("Re-evaluated");
  await expect(page.getByTestId("history-entry").first()).toContainText("Current");
  await expect(contact.getByTestId("human-verdict")).toContainText("Partially achieved");

  // Test bench: paste, run, see verdicts; save the case and run the set.
  await page.goto(`/w/${slug}/agents/${agentId}`);
  await page.getByRole("navigation", { name: "Agent" }).getByRole("link", { name: "Test bench" }).click();
  await page.getByLabel("Transcript").fill(CALL.map(([speaker, text]) => `${speaker === "agent" ? "Agent" : "Customer"}: ${text}`).join("\n"));
  await page.getByRole("button", { name: "Run goals" }).click();
  const results = page.getByTestId("bench-results");
  await expect(results.getByRole("button", { name: "Appointment booked: Achieved" })).toBeVisible();
  await results.getByRole("button", { name: "Appointment booked: Achieved" }).click();
  await expect(results.getByRole("list", { name: "Transcript" }).locator("mark").first()).toBeVisible();

  await page.getByRole("button", { name: "Save as test case" }).click();
  await dialog.getByLabel("Name").fill("Booked with contact details");
  await expect(dialog.getByLabel("Appointment booked")).toHaveValue("achieved");
  await dialog.getByRole("button", { name: "Save test case" }).click();
  await expect(page.getByTestId("test-case")).toHaveCount(1);
  await page.getByRole("button", { name: "Run test set" }).click();
  const agreement = page.getByTestId("test-set-results");
  await expect(agreement.getByTestId("agreement-row")).toHaveCount(4);
  await expect(agreement.getByTestId("agreement-row").filter({ hasText: "Appointment booked" })).toContainText("100%");
  await expect(agreement.getByText("Every case got the verdicts you expected.")).toBeVisible();

  // Quality: the override shows as a disagreement; a backfill previews, runs and finishes.
  await page.getByRole("navigation", { name: "Agent" }).getByRole("link", { name: "Quality" }).click();
  await expect(page.getByTestId("agreement-row").filter({ hasText: "Contact details collected" })).toContainText("0%");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("backfill-preview")).toContainText("1 call");
  await expect(page.getByTestId("backfill-preview")).toContainText("estimated cost $0");
  await page.getByRole("button", { name: "Start backfill" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Start backfill" }).click();
  const progress = page.getByRole("progressbar", { name: "Backfill progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByText("Backfill finished")).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuenow", "1");
  await expect(page.getByTestId("backfill-counts")).toContainText("1 of 1");

  await page.goto(`/w/${slug}/conversations/${id}`);
  await expect(page.getByTestId("history-entry")).toHaveCount(3);
  await expect(page.getByTestId("history-entry").first()).toContainText("Backfill");
});
