import { apiHandler } from "@/lib/api/handler";
import { importObjectivesEndpoint, listObjectivesEndpoint } from "@/lib/api/endpoints/goals";
import { exportTavusObjectives, importTavusObjectives } from "@/lib/goals/tavus";

export const GET = apiHandler(listObjectivesEndpoint, async ({ ctx, params }) => ({ data: await exportTavusObjectives(ctx, params.id) }));
export const POST = apiHandler(importObjectivesEndpoint, async ({ ctx, params, body }) => {
  await importTavusObjectives(ctx, params.id, body);
  return { data: await exportTavusObjectives(ctx, params.id) };
});
