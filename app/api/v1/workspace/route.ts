import { apiHandler } from "@/lib/api/handler";
import { getWorkspace } from "@/lib/api/endpoints/workspace";

export const GET = apiHandler(getWorkspace, async ({ ctx }) => ctx.workspace);
