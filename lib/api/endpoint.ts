import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

/**
 * One API operation, declared once: the route handler validates with these schemas and the
 * OpenAPI document is generated from them, so the two cannot disagree.
 */
export interface Endpoint<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path, e.g. /api/v1/agents/{id} */
  path: string;
  summary: string;
  tag: string;
  permission: Permission;
  body?: B;
  query?: Q;
  response?: z.ZodType;
  /** Status of a successful answer (200 unless said). */
  status?: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export function endpoint<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  def: Endpoint<B, Q>,
): Endpoint<B, Q> {
  return def;
}
