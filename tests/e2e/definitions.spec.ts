import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support";

const goalOrder = (page: Page) => page.getByTestId("goal-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-key")));

async function createAgentFromTemplate(page: Page, template: string, name: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agents" }).click();
  await page.getByRole("link", { name: "New agent" }).first().click();
  await page.getByText(template, { exact: true }).click();
  await page.getByLabel("Agent name").fill(name);
  await page.getByRole("button", { name: "Create agent" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("create an agent from a template, edit a goal, change the primary, reorder, archive and restore", async ({ page }) => {
  await signUp(page, newPerson("Gina Goals"), "Gina Dental");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agents" }).click();
  await expect(page.getByRole("heading", { name: "No agents yet" })).toBeVisible();

  // The template shows what it contains before anything is created.
  await page.getByRole("link", { name: "New agent" }).first().click();
  await page.getByText("Appointment scheduling", { exact: true }).click();
  const preview = page.getByRole("region", { name: "Goals in this template" });
  await expect(preview.getByText("Appointment booked")).toBeVisible();
  await expect(page.getByRole("region", { name: "Insight fields in this template" }).getByText("preferred_time_of_day")).toBeVisible();
  await page.getByLabel("Agent name").fill("Front desk");
  await page.getByRole("button", { name: "Create agent" }).click();
  await expect(page.getByRole("heading", { name: "Front desk", level: 1 })).toBeVisible();
  await expect(page.getByText('Agent "Front desk" created')).toBeVisible();

  await page.getByRole("navigation", { name: "Agent" }).getByRole("link", { name: /Goals/ }).click();
  await expect.poll(() => goalOrder(page)).toEqual(["reason_collected", "appointment_booked", "contact_collected", "new_patient_intake"]);

  // Edit a goal: errors show live, beside their fields, before anything is sent.
  await page.getByRole("link", { name: "Contact details collected" }).click();
  const callback = page.getByLabel("Callback URL");
  await callback.fill("http://hooks.example.com/contact");
  await expect(page.locator("#goal-callbackUrl-error")).toHaveText("must use https://");
  await callback.fill("https://hooks.example.com/contact");
  await expect(page.locator("#goal-callbackUrl-error")).toBeHidden();
  const key = page.getByLabel("Key", { exact: true });
  await key.fill("contact_details");
  await expect(page.locator("#goal-key-error")).toContainText('"contact_collected" is a next step of appointment_booked');
  await key.fill("contact_collected");
  await page.getByLabel("Description", { exact: true }).fill("The caller gave their full name and a phone number so the booking can be confirmed by text message.");
  await page.getByRole("button", { name: "Save goal" }).click();
  await expect(page.getByText('"Contact details collected" saved')).toBeVisible();
  const revisions = page.getByTestId("revision");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText("Revision 2");
  await expect(revisions.first()).toContainText("Callback URL");
  await expect(revisions.first()).toContainText("https://hooks.example.com/contact");
  await expect(revisions.last()).toContainText("Created.");

  // Make a secondary goal primary: the old primary is demoted, and the page says so.
  await page.getByRole("link", { name: "All goals" }).click();
  await page.getByRole("button", { name: "More actions for Contact details collected" }).click();
  await page.getByRole("menuitem", { name: "Make primary" }).click();
  await expect(page.getByText('"Contact details collected" is now primary; "Appointment booked" became secondary')).toBeVisible();
  const row = (key: string) => page.locator(`[data-testid="goal-row"][data-key="${key}"]`);
  await expect(row("contact_collected").getByText("Primary", { exact: true })).toBeVisible();
  await expect(row("appointment_booked").getByText("Secondary", { exact: true })).toBeVisible();

  // Reorder by keyboard: pick up the handle, move up, drop.
  await page.getByRole("button", { name: "Reorder New patient intake" }).focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(200);
  await page.keyboard.press("ArrowUp");
  await page.waitForTimeout(200);
  await page.keyboard.press("Space");
  await expect.poll(() => goalOrder(page)).toEqual(["reason_collected", "appointment_booked", "new_patient_intake", "contact_collected"]);
  await expect(page.getByText("Order saved").first()).toBeVisible();

  // …and by the move buttons.
  await page.getByRole("button", { name: "Move Reason for the visit collected down" }).click();
  await expect.poll(() => goalOrder(page)).toEqual(["appointment_booked", "reason_collected", "new_patient_intake", "contact_collected"]);
  await page.waitForTimeout(500);
  await page.reload();
  await expect.poll(() => goalOrder(page)).toEqual(["appointment_booked", "reason_collected", "new_patient_intake", "contact_collected"]);

  // A goal another one leads to cannot be archived; the reason is given.
  await page.getByRole("button", { name: "More actions for New patient intake" }).click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await expect(page.getByText(/"new_patient_intake" is a next step of appointment_booked/)).toBeVisible();

  // Archive a goal, find it in the archived view, restore it.
  await page.getByRole("button", { name: "More actions for Reason for the visit collected" }).click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await expect(page.getByText('"Reason for the visit collected" archived')).toBeVisible();
  await expect.poll(() => goalOrder(page)).toEqual(["appointment_booked", "new_patient_intake", "contact_collected"]);
  await page.getByRole("navigation", { name: "Goals shown" }).getByRole("link", { name: /Archived/ }).click();
  await page.getByRole("button", { name: "Restore Reason for the visit collected" }).click();
  await expect(page.getByText('"Reason for the visit collected" restored')).toBeVisible();
  await expect(page.getByRole("heading", { name: "No archived goals" })).toBeVisible();

  // Archive the agent, then restore it from the archived agents.
  await page.getByRole("button", { name: "Archive agent" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive agent" }).click();
  await expect(page.getByText("This agent is archived")).toBeVisible();
  await page.getByRole("link", { name: "Agents", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "No agents yet" })).toBeVisible();
  await page.getByRole("navigation", { name: "Agents shown" }).getByRole("link", { name: /Archived/ }).click();
  await page.getByRole("button", { name: "Restore Front desk" }).click();
  await expect(page.getByText('"Front desk" restored')).toBeVisible();
  await page.getByRole("navigation", { name: "Agents shown" }).getByRole("link", { name: /Active/ }).click();
  await expect(page.getByRole("link", { name: "Front desk" })).toBeVisible();
});

test("a new goal is checked as it is typed, and the server's answer shows beside the field", async ({ page }) => {
  await signUp(page, newPerson("Nina New"));
  await createAgentFromTemplate(page, "Survey", "Survey line");
  await page.getByRole("navigation", { name: "Agent" }).getByRole("link", { name: /Goals/ }).click();
  await page.getByRole("link", { name: "New goal" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Consent given again");
  // The key follows the title and is refused live: consent_given is taken.
  await expect(page.getByLabel("Key", { exact: true })).toHaveValue("consent_given_again");
  await page.getByLabel("Key", { exact: true }).fill("consent_given");
  await expect(page.locator("#goal-key-error")).toContainText("duplicate key");
  await page.getByLabel("Key", { exact: true }).fill("consent_repeated");
  await page.getByRole("button", { name: "Add variable" }).click();
  await page.getByLabel("Variable 1 Name").fill("answer");
  await page.getByLabel("Variable 1 Type").selectOption("enum");
  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page.getByText("2 fields need fixing before the goal can be saved.")).toBeVisible();
  await expect(page.locator("#goal-description-error")).toHaveText("is required");
  await expect(page.locator("#goal-var-0-options-error")).toHaveText("an enum needs at least one option");
  await expect(page.locator("#goal-description")).toBeFocused();
  await page.getByLabel("Description", { exact: true }).fill("Info");
  await expect(page.getByTestId("description-tip")).toContainText("very short");
  await page.getByLabel("Description", { exact: true }).fill("The respondent confirmed again that they agree to answer the survey questions.");
  await page.getByLabel("Variable 1 Options, separated by commas").fill("yes, no");
  await page.getByRole("checkbox", { name: /Satisfaction rated/ }).check();
  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page.getByText('"Consent given again" created')).toBeVisible();
  await expect(page.locator('[data-testid="goal-row"][data-key="consent_repeated"]')).toBeVisible();
});

test("outcomes: create a custom one, reword and hide a standard one, archive and restore", async ({ page }) => {
  await signUp(page, newPerson("Otto Outcomes"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outcomes" }).click();
  await expect(page.getByRole("list", { name: "Standard outcomes" }).getByTestId("outcome-row")).toHaveCount(6);
  await expect(page.getByRole("heading", { name: "No custom outcomes yet" })).toBeVisible();

  await page.getByRole("button", { name: "New outcome" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New outcome" });
  await dialog.getByLabel("Name").fill("Callback Requested");
  await dialog.getByRole("button", { name: "Create outcome" }).click();
  await expect(dialog.getByText(/is required: the classifier reads it/)).toBeVisible();
  await dialog.getByLabel("When a call ends this way").fill("The caller asked to be called back at another time.");
  await dialog.getByLabel("Counts as a conversion").check();
  await dialog.getByRole("button", { name: "Create outcome" }).click();
  await expect(page.getByText('Outcome "Callback Requested" created')).toBeVisible();
  const custom = page.getByRole("list", { name: "Your outcomes" }).getByTestId("outcome-row").filter({ hasText: "Callback Requested" });
  await expect(custom.getByText("Conversion")).toBeVisible();

  await page.getByRole("button", { name: "Hide Gatekeeper" }).click();
  await expect(page.getByText('"Gatekeeper" hidden')).toBeVisible();
  await expect(page.getByRole("button", { name: "Show Gatekeeper" })).toBeVisible();
  await expect(page.getByTestId("outcome-row").filter({ hasText: "Gatekeeper" }).getByText("Hidden")).toBeVisible();

  await page.getByRole("button", { name: "Edit Voicemail" }).click();
  const reword = page.getByRole("dialog", { name: 'Reword "Voicemail"' });
  await expect(reword.getByLabel("Name")).toHaveCount(0);
  await reword.getByLabel("When a call ends this way").fill("The call reached a voicemail box or an answering machine.");
  await reword.getByRole("button", { name: "Save outcome" }).click();
  await expect(reword).toBeHidden();
  await expect(page.getByTestId("outcome-row").filter({ hasText: "Voicemail" })).toContainText("The call reached a voicemail box or an answering machine.");

  await page.getByRole("button", { name: "Archive Callback Requested" }).click();
  await expect(page.getByText('"Callback Requested" archived')).toBeVisible();
  await page.getByRole("navigation", { name: "Outcomes shown" }).getByRole("link", { name: /Archived/ }).click();
  await page.getByRole("button", { name: "Restore Callback Requested" }).click();
  await expect(page.getByRole("heading", { name: "No archived outcomes" })).toBeVisible();
});

test("another workspace's agent is not found", async ({ browser }) => {
  const first = await browser.newContext();
  const owner = await first.newPage();
  await signUp(owner, newPerson("Private Owner"));
  await createAgentFromTemplate(owner, "Customer support", "Support line");
  const agentPath = new URL(owner.url()).pathname;

  const second = await browser.newContext();
  const other = await second.newPage();
  const otherSlug = await signUp(other, newPerson("Curious Other"));
  const agentId = agentPath.split("/").pop();
  for (const path of [agentPath, `/w/${otherSlug}/agents/${agentId}`, `/w/${otherSlug}/agents/${agentId}/goals/issue_resolved`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await first.close();
  await second.close();
});

test("a viewer sees agents, goals and outcomes without edit controls", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const slug = await signUp(owner, newPerson("Vera Owner"));
  await createAgentFromTemplate(owner, "Lead qualification", "Sales line");
  const agentPath = new URL(owner.url()).pathname;
  const viewer = newPerson("Victor Viewer");
  await owner.goto(`/w/${slug}/settings/members`);
  await owner.getByLabel("Email").fill(viewer.email);
  await owner.getByLabel("Role").selectOption("viewer");
  await owner.getByRole("button", { name: "Invite" }).click();
  const link = (await owner.getByTestId("invite-link").textContent())!.trim();

  const viewerContext = await browser.newContext();
  const page = await viewerContext.newPage();
  await signUp(page, viewer);
  await page.goto(link);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await page.waitForURL(new RegExp(`/w/${slug}`));

  await page.goto(`/w/${slug}/agents`);
  await expect(page.getByRole("link", { name: "Sales line" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New agent" })).toHaveCount(0);
  await page.goto(`${agentPath}/goals`);
  await expect(page.getByTestId("goal-row")).toHaveCount(4);
  await expect(page.getByRole("link", { name: "New goal" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Reorder|Move|More actions)/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive agent" })).toHaveCount(0);
  await page.getByRole("link", { name: "Demo booked" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save goal" })).toHaveCount(0);
  await page.goto(agentPath);
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await page.goto(`/w/${slug}/outcomes`);
  await expect(page.getByRole("list", { name: "Standard outcomes" }).getByTestId("outcome-row")).toHaveCount(6);
  await expect(page.getByRole("button", { name: "New outcome" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Hide|Edit) / })).toHaveCount(0);
  await ownerContext.close();
  await viewerContext.close();
});

test("edit an agent's details, choose its outcomes, manage its insights", async ({ page }) => {
  await signUp(page, newPerson("Ivy Insights"));
  await createAgentFromTemplate(page, "Customer support", "Help desk");

  await page.getByRole("button", { name: "Add phone number" }).click();
  await page.getByRole("textbox", { name: "Phone number 1" }).fill("+1 415 555 0100");
  await page.getByRole("button", { name: "Add phone number" }).click();
  await page.getByRole("textbox", { name: "Phone number 2" }).fill("call me");
  await page.getByLabel("Prompt or script").fill("You are the help desk of Acme.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#phone-1-error")).toContainText('"call me" is not a phone number');
  await page.getByRole("button", { name: "Remove phone number 2" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText('"Help desk" saved')).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Phone number 1" })).toHaveValue("+14155550100");

  const tabs = page.getByRole("navigation", { name: "Agent" });
  await tabs.getByRole("link", { name: "Outcomes" }).click();
  await expect(page.getByText("Uses 5 of 8 outcomes")).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage outcomes" })).toHaveAttribute("href", /\/outcomes$/);
  await page.getByRole("button", { name: "Clear: use every outcome" }).click();
  await expect(page.getByText("Uses every outcome (8)")).toBeVisible();
  await page.getByRole("button", { name: "Save outcomes" }).click();
  await expect(page.getByText("This agent now uses every outcome")).toBeVisible();

  await tabs.getByRole("link", { name: "Insights" }).click();
  await page.getByRole("switch", { name: "Topics" }).click();
  await expect(page.getByText("Topics off")).toBeVisible();
  const add = page.getByRole("region", { name: "Add a field" });
  await add.getByLabel("Name").fill("refund_amount");
  await add.getByLabel("Type").selectOption("number");
  await add.getByLabel("Description").fill("The refund the customer asked for");
  await add.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByText('Field "refund_amount" added')).toBeVisible();
  await expect(add.getByLabel("Name")).toHaveValue("");
  await add.getByLabel("Name").fill("product");
  await add.getByRole("button", { name: "Add field" }).click();
  await expect(add.getByText("a field with this name already exists for this agent")).toBeVisible();

  await page.getByRole("button", { name: "Edit refund_amount" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit field" });
  await dialog.getByLabel("Type").selectOption("enum");
  await dialog.getByLabel("Options, separated by commas").fill("full, partial");
  await dialog.getByRole("button", { name: "Save field" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Options: full, partial")).toBeVisible();
  await page.getByRole("button", { name: "Delete refund_amount" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete field" }).click();
  await expect(page.getByText("Field deleted")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit refund_amount" })).toHaveCount(0);
});
