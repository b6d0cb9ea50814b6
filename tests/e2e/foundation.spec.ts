import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "./support";

test("sign up, create an API key, use it, revoke it", async ({ page, request }) => {
  const slug = await signUp(page, newPerson("Ada Owner"), "Ada Dental");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page.getByText("No API keys yet")).toBeVisible();
  await page.getByLabel("Key name").fill("e2e key");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^dbk_/);

  const ok = await request.get("/api/v1/workspace", { headers: { authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ name: "Ada Dental", slug });
  // POST /conversations is answered outside Next by `npm start`: the key works there too (the body is what is wrong)…
  const postCall = () => request.post("/api/v1/conversations", { headers: { authorization: `Bearer ${key}` }, data: {} });
  expect((await postCall()).status()).toBe(400);

  await expect(page.getByRole("cell", { name: "e2e key", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Revoke e2e key" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("No API keys yet")).toBeVisible();

  const revoked = await request.get("/api/v1/workspace", { headers: { authorization: `Bearer ${key}` } });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toMatchObject({ error: { code: "unauthorized" } });
  // …and the revocation made on the page reaches it at once.
  expect((await postCall()).status()).toBe(401);
});

test("another user cannot open someone else's workspace", async ({ browser }) => {
  const first = await browser.newContext();
  const slug = await signUp(await first.newPage(), newPerson("First Person"), "Private Co");
  const second = await browser.newContext();
  const page = await second.newPage();
  await signUp(page, newPerson("Second Person"));
  for (const path of ["", "/conversations", "/agents", "/settings", "/settings/members", "/settings/api-keys"]) {
    const response = await page.goto(`/w/${slug}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  await first.close();
  await second.close();
});

test("sign-in errors are clear and do not reveal which emails exist", async ({ page }) => {
  const person = newPerson("Careful Person");
  await signUp(page, person);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);

  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password")).toBeVisible();
  // The form was answered: the password is cleared, the email kept.
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByLabel("Email")).toHaveValue(person.email);

  await page.getByLabel("Email").fill("nobody-here@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveValue("nobody-here@example.com");
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByText("Wrong email or password")).toBeVisible();

  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/w\/[\w-]+$/);
});

test("sign-up names the bad field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Weak Password");
  await page.getByLabel("Work email").fill(newPerson().email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 10 characters").first()).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Weak Password");
});
