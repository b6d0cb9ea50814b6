import { z } from "zod";
import { endpoint } from "../endpoint";

export const workspaceSchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });

export const getWorkspace = endpoint({
  method: "GET",
  path: "/api/v1/workspace",
  summary: "The workspace the API key belongs to",
  tag: "Workspace",
  permission: "workspace.read",
  response: workspaceSchema,
});
