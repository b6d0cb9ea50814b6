import { apiHandler } from "@/lib/api/handler";
import { createAutomationEndpoint, listAutomationsEndpoint } from "@/lib/api/endpoints/automations";
import { json } from "@/lib/api/respond";
import { createAutomation, listAutomations } from "@/lib/automations/automations";

export const GET = apiHandler(listAutomationsEndpoint, async ({ ctx }) => ({ data: await listAutomations(ctx) }));
export const POST = apiHandler(createAutomationEndpoint, async ({ ctx, body }) => json(await createAutomation(ctx, body), 201));
