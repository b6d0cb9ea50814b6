import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "./support";

test("the dashboard renders with demo data, a filter changes the figures, a missed objective links to its conversations", async ({ page }) => {
  test.setTimeout(180_000);
  const slug = await signUp(page, newPerson("Dash Owner"), "Dash Co");

  // Empty workspace: a guide to the first call, with demo data one click away.
  const guide = page.getByTestId("first-call-guide");
  await expect(guide.getByRole("heading", { name: "Your dashboard fills in with your first calls" })).toBeVisible();
  await expect(guide.getByText("/api/v1/conversations")).toBeVisible();
  await guide.getByRole("button", { name: "Load demo data" }).click();

  const conversations = page.getByTestId("kpi-conversations").getByTestId("kpi-value");
  await expect(conversations).toHaveText(/^[1-9][\d,]*$/, { timeout: 120_000 });
  await expect(page.getByTestId("kpi-success-rate").getByTestId("kpi-value")).toHaveText(/^\d+(\.\d)?%$/);
  await expect(page.getByRole("region", { name: "Success rate" }).locator(".recharts-surface").first()).toBeVisible();
  for (const title of ["Goal achievement", "Objective funnel", "Outcomes", "Outcomes over time", "Conversions and profit", "Customer sentiment", "Machine vs. human agreement"]) {
    await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
  }

  // Every chart reads as a table too.
  const trend = page.getByRole("region", { name: "Success rate" });
  await trend.getByRole("tab", { name: "Table" }).click();
  await expect(trend.getByRole("columnheader", { name: "Success rate" })).toBeVisible();

  // A filter changes the figures and lands in the URL.
  const thirtyDays = Number((await conversations.textContent())!.replace(/,/g, ""));
  await page.getByLabel("Date range").selectOption("7d");
  await expect(page).toHaveURL(/range=7d/);
  await expect(conversations).not.toHaveText(String(thirtyDays));
  const sevenDays = Number((await conversations.textContent())!.replace(/,/g, ""));
  expect(sevenDays).toBeLessThan(thirtyDays);
  await page.getByLabel("Direction").selectOption("outbound");
  await expect(page).toHaveURL(/direction=outbound/);
  await page.getByLabel("Date range").selectOption("90d");
  await expect(page).toHaveURL(/range=90d&direction=outbound|direction=outbound.*range=90d|range=90d.*direction=outbound/);

  // The most missed objective links to the conversations that missed it.
  const first = page.getByTestId("missed-objectives").getByRole("listitem").first();
  const link = first.getByRole("link", { name: /calls missed it/ });
  const missed = Number((await link.textContent())!.match(/^([\d,]+) of/)![1].replace(/,/g, ""));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/conversations\\?.*goalKey=.+&goalStatus=missed`));
  await expect(page.getByTestId("conversation-row").first()).toBeVisible();
  expect(await page.getByTestId("conversation-row").count()).toBe(Math.min(missed, 25));

  // Its goal page: trend and examples achieved and missed.
  await page.goBack();
  await first.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/analytics/goals/`));
  await expect(page.getByRole("heading", { name: "Trend" })).toBeVisible();
  await expect(page.getByTestId("examples-missed").getByRole("listitem").first()).toBeVisible();

  // A range before every call says when the latest one was and jumps to the 30 days up to it, keeping the filters.
  await page.goto(`/w/${slug}?range=custom&from=2020-01-01&to=2020-01-31&direction=outbound`);
  await expect(page.getByRole("heading", { name: "No calls in this range" })).toBeVisible();
  await expect(page.getByText(/The latest call was on /)).toBeVisible();
  await page.getByRole("link", { name: "Show the 30 days up to it" }).click();
  await expect(page).toHaveURL(/range=custom&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&direction=outbound/);
  await expect(conversations).toHaveText(/^[1-9][\d,]*$/);

  // The agent comparison offers the same way back to the calls.
  await page.goto(`/w/${slug}/analytics/agents?range=custom&from=2020-01-01&to=2020-01-31`);
  await page.getByRole("link", { name: "Show the 30 days up to it" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/analytics/agents\\?range=custom`));
  await expect(page.getByRole("table", { name: "Figures per agent for the filters" })).toBeVisible();
});
