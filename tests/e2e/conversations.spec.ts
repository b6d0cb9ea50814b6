import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support";

test.describe.configure({ timeout: 120_000 });

/** 50 calls from the shared SGD set; on a fresh clone without ../shared, the 20-record slice kept in the repo. */
function sampleLines(count = 50): string[] {
  const shared = path.join(process.cwd(), "..", "shared", "datasets", "sgd-calls-dev.jsonl");
  const file = existsSync(shared) ? shared : path.join(process.cwd(), "tests", "fixtures", "evaluation", "sgd-sample.jsonl");
  return readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, count);
}

/** A workspace with one agent, created through the API with a key made in Settings → API keys. */
async function workspaceWithAgent(page: Page, request: APIRequestContext) {
  const slug = await signUp(page, newPerson("Import Owner"), "Import Co");
  await page.goto(`/w/${slug}/settings/api-keys`);
  await page.getByLabel("Key name").fill("e2e import");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  const created = await request.post("/api/v1/agents", { headers: { authorization: `Bearer ${key}` }, data: { name: "Events desk", purpose: "Find events and sell tickets" } });
  expect(created.status()).toBe(201);
  return { slug, agent: (await created.json()) as { id: string } };
}

async function importFile(page: Page, slug: string, file: string) {
  await page.goto(`/w/${slug}/conversations/import`);
  await page.getByLabel("File").setInputFiles(file);
}

test("import a JSONL of calls with a progress bar, then list, filter, search, page and open them", async ({ page, request }, testInfo) => {
  const lines = sampleLines();
  const file = testInfo.outputPath("calls.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  const { slug } = await workspaceWithAgent(page, request);

  await page.goto(`/w/${slug}/conversations`);
  await expect(page.getByRole("heading", { name: "No conversations yet" })).toBeVisible();
  await expect(page.getByText("/api/v1/conversations", { exact: false }).first()).toBeVisible();
  await page.getByRole("link", { name: "Import calls" }).click();
  await expect(page.getByRole("heading", { name: "Import conversations", level: 1 })).toBeVisible();

  await expect(page.getByLabel("Agent", { exact: true })).toHaveValue(/.+/);
  await page.getByLabel("File").setInputFiles(file);
  await expect(page.getByText(`calls.jsonl: ${lines.length} rows`)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Transcript", exact: true })).toHaveValue("transcript");
  await expect(page.getByRole("combobox", { name: "External id" })).toHaveValue("id");
  await expect(page.getByRole("combobox", { name: "Ended at" })).toHaveValue("callDate");
  await expect(page.getByTestId("preview-summary")).toHaveText(`All ${lines.length} rows look right.`);

  await page.getByRole("button", { name: `Import ${lines.length} conversations` }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(page.getByText("Import finished")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toHaveText(`${lines.length} stored · 0 already there · 0 failed`);
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", String(lines.length));

  await page.getByRole("link", { name: "View conversations" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/conversations$`));
  const rows = page.getByTestId("conversation-row");
  await expect(rows).toHaveCount(Math.min(lines.length, 25));
  await expect(rows.first()).toContainText("Events desk");

  if (lines.length > 25) {
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page.getByText("Page 2")).toBeVisible();
    await expect(rows).toHaveCount(lines.length - 25);
    await page.getByRole("link", { name: "Previous" }).click();
    await expect(page.getByText("Page 1")).toBeVisible();
  }

  // Filters live in the URL: every imported call is inbound and ended on 2019-03-01.
  await page.getByLabel("Direction").selectOption("outbound");
  await expect(page).toHaveURL(/direction=outbound/);
  await expect(page.getByRole("heading", { name: "No conversations match these filters" })).toBeVisible();
  await page.getByLabel("Direction").selectOption("inbound");
  await page.getByLabel("Ended from").fill("2019-03-01");
  await page.getByLabel("Ended to").fill("2019-03-01");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2019-03-01/);
  await expect(rows).toHaveCount(Math.min(lines.length, 25));

  await page.getByLabel("Search transcripts").fill("Huichica");
  await page.getByLabel("Search transcripts").press("Enter");
  await expect(page).toHaveURL(/q=Huichica/);
  await expect(rows).toHaveCount(1);
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(rows).toHaveCount(Math.min(lines.length, 25));

  // Keyboard: Tab reaches the first row, arrows move between rows, Enter opens one.
  const firstLink = rows.first().getByRole("link");
  await firstLink.focus();
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(1).getByRole("link")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(firstLink).toBeFocused();

  await page.goto(`/w/${slug}/conversations?q=Huichica`);
  await rows.first().getByRole("link").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/conversations/[\\w-]+$`));
  await expect(page.getByRole("heading", { name: "Unknown contact", level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText("Huichica Music Festival");
  await expect(page.getByRole("list", { name: "Status timeline" })).toContainText("Received");
  await expect(page.getByText("sgd-train-10_00070")).toBeVisible();
});

test("dates and times without an offset are read, and times are shown, in the workspace's time zone", async ({ page, request }, testInfo) => {
  const { slug } = await workspaceWithAgent(page, request);
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Time zone set to America/New York")).toBeVisible();

  const file = testInfo.outputPath("local-times.csv");
  writeFileSync(file, 'call_id,ended_at,transcript\ntz_1,2026-07-01 09:00,"Agent: Hello, this is the front desk."\n');
  await importFile(page, slug, file);
  await expect(page.getByText("read as America/New York time")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Jul 1, 2026, 9:00 AM EDT" })).toBeVisible();
  await page.getByRole("button", { name: "Import 1 conversation" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText("1 stored · 0 already there · 0 failed");
  await page.getByRole("link", { name: "View conversations" }).click();
  const row = page.getByTestId("conversation-row").first();
  await expect(row).toContainText("Jul 1, 2026, 9:00 AM EDT");
  await row.getByRole("link").click();
  const ended = page.getByRole("term").filter({ hasText: "Ended" }).locator("xpath=following-sibling::dd[1]").locator("time");
  await expect(ended).toHaveText("Jul 1, 2026, 9:00 AM EDT");
  await expect(ended).toHaveAttribute("title", "2026-07-01 13:00 UTC"); // hovering shows the stored instant
  await page.goto(`/w/${slug}`);
  await expect(page.getByText("Days and weeks in America/New York")).toBeVisible();
});

test("re-importing a file stores nothing new; a bad line is reported and downloadable; a turn's markup stays text", async ({ page, request }, testInfo) => {
  const lines = sampleLines(5);
  const first = testInfo.outputPath("five.jsonl");
  writeFileSync(first, lines.join("\n"));
  const { slug } = await workspaceWithAgent(page, request);

  await importFile(page, slug, first);
  await page.getByRole("button", { name: "Import 5 conversations" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText("5 stored · 0 already there · 0 failed");

  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("File").setInputFiles(first);
  await page.getByRole("button", { name: "Import 5 conversations" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toHaveText("0 stored · 5 already there · 0 failed");

  const script = { id: "xss-1", callDate: "2019-03-02", transcript: [{ speaker: "customer", text: "<script>window.__xss = 1</script> hello" }] };
  const bad = testInfo.outputPath("with-errors.jsonl");
  writeFileSync(bad, [...lines, '{"id": "broken", "transcript": [', JSON.stringify({ id: "sideways-1", direction: "sideways", transcript: "Agent: hi" }), JSON.stringify(script)].join("\n"));
  await importFile(page, slug, bad);
  await expect(page.getByTestId("file-problems")).toContainText("Line 6 is not valid JSON");
  await page.getByRole("button", { name: "Import 7 conversations" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toHaveText("1 stored · 5 already there · 2 failed");
  const failed = page.getByRole("region", { name: "Failed rows" });
  await expect(failed.getByRole("row", { name: /^6 \(line\) Line 6 is not valid JSON/ })).toBeVisible();
  await expect(failed.getByRole("row", { name: /^7 direction must be one of inbound, outbound/ })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), failed.getByRole("button", { name: "Download errors (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("with-errors-import-errors.csv");
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split(/\r?\n/)[0]).toBe("row,externalId,field,message");
  expect(csv).toContain("Line 6 is not valid JSON");
  expect(csv).toContain("7,sideways-1,direction,");

  await page.goto(`/w/${slug}/conversations?q=hello`);
  await page.getByTestId("conversation-row").first().getByRole("link").click();
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText("<script>window.__xss = 1</script> hello");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete conversation" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/conversations$`));
  await expect(page.getByTestId("conversation-row")).toHaveCount(5);
});

test("cancel stops after the chunk in flight; importing the file again picks up the rest", async ({ page, request }, testInfo) => {
  const lines = sampleLines(120);
  test.skip(lines.length < 120, "needs the shared SGD dataset");
  const file = testInfo.outputPath("many.jsonl");
  writeFileSync(file, lines.join("\n"));
  const { slug } = await workspaceWithAgent(page, request);

  // Slow each chunk down so Cancel lands while the first one is in flight.
  await page.route("**/conversations/import", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await importFile(page, slug, file);
  await page.getByRole("button", { name: "Import 120 conversations" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Import cancelled after 50 of 120 rows")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toHaveText("50 stored · 0 already there · 0 failed");

  await page.unroute("**/conversations/import");
  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("File").setInputFiles(file);
  await page.getByRole("button", { name: "Import 120 conversations" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toHaveText("70 stored · 50 already there · 0 failed");
});
