import type { Endpoint } from "../endpoint";
import * as workspace from "./workspace";

const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === "object" && value !== null && "method" in value && "path" in value && "permission" in value;

/** Every /api/v1 operation. The OpenAPI document is built from this list, and a test checks the routes against it. */
export const ENDPOINTS: Endpoint[] = [workspace].flatMap((module) => (Object.values(module) as unknown[]).filter(isEndpoint));
