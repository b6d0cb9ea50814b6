import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support";

async function createKey(page: Page, slug: string): Promise<string> {
  await page.goto(`/w/${slug}/settings/api-keys`);
  await page.getByLabel("Key name").fill("isolation");
  await page.getByRole("button", { name: "Create key" }).click();
  return (await page.getByTestId("new-api-key").textContent())!.trim();
}

/** A user never sees another workspace's pages or objects: every page answers 404. */
test("every page of a workspace is a 404 for a non-member, and another workspace's objects are 404 in one's own", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const slug = await signUp(owner, newPerson("Owner Isolation"), "Isolated Co");
  const key = await createKey(owner, slug);
  const api = (path: string, body: unknown) => owner.request.post(path, { headers: { authorization: `Bearer ${key}` }, data: body });
  const agent = await (await api("/api/v1/agents", { name: "Private agent", template: "appointment_scheduling" })).json();
  const goals = await (await owner.request.get(`/api/v1/agents/${agent.id}/goals`, { headers: { authorization: `Bearer ${key}` } })).json();
  const conversation = await (
    await api("/api/v1/conversations", { externalId: "iso-1", agentId: agent.id, transcript: "Agent: Hello, Lakeside Dental.\nCustomer: Hi, I want to book a cleaning." })
  ).json();
  const automation = await (await api("/api/v1/automations", { name: "Private rule", trigger: {}, actions: [{ type: "email", to: ["a@example.com"], subject: "s", body: "b" }] })).json();

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  const ownSlug = await signUp(stranger, newPerson("Stranger Isolation"));

  const workspacePages = [
    "",
    "/conversations",
    "/conversations/import",
    `/conversations/${conversation.id}`,
    "/agents",
    "/agents/new",
    `/agents/${agent.id}`,
    `/agents/${agent.id}/goals`,
    `/agents/${agent.id}/goals/new`,
    `/agents/${agent.id}/goals/${goals.data[0].key}`,
    `/agents/${agent.id}/outcomes`,
    `/agents/${agent.id}/insights`,
    `/agents/${agent.id}/test-bench`,
    `/agents/${agent.id}/quality`,
    "/outcomes",
    "/automations",
    "/automations/new",
    `/automations/${automation.id}`,
    "/automations/log",
    "/analytics/agents",
    `/analytics/goals/${goals.data[0].id}`,
    "/integrations",
    "/settings",
    "/settings/members",
    "/settings/api-keys",
    "/settings/email",
  ];
  for (const path of workspacePages) {
    const response = await stranger.goto(`/w/${slug}${path}`);
    expect(response?.status(), `/w/<other>${path}`).toBe(404);
  }
  // Their objects under one's own workspace address are not found either.
  for (const path of workspacePages.filter((p) => p.includes(agent.id) || p.includes(conversation.id) || p.includes(automation.id) || p.includes(goals.data[0].id))) {
    const response = await stranger.goto(`/w/${ownSlug}${path}`);
    expect(response?.status(), `/w/<own>${path}`).toBe(404);
  }
  await ownerContext.close();
  await strangerContext.close();
});
