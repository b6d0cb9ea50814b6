import { expect, type Page } from "@playwright/test";

let counter = 0;

/** A fresh person for each test: unique email, a password that passes the rules. */
export function newPerson(name = "Test User") {
  counter += 1;
  return { name, email: `e2e-${Date.now()}-${counter}@example.com`, password: "a long enough passphrase" };
}

/** Signs up through the real form and waits to land in the new workspace; returns its slug. */
export async function signUp(page: Page, person: ReturnType<typeof newPerson>, workspaceName?: string): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  if (workspaceName) await page.getByLabel("Team or company").fill(workspaceName);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/w\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2];
}
