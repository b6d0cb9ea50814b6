import type { Endpoint } from "../endpoint";
import * as agents from "./agents";
import * as analytics from "./analytics";
import * as automationsApi from "./automations";
import * as conversations from "./conversations";
import * as conversionsTracking from "./conversions-tracking";
import * as evaluation from "./evaluation";
import * as goals from "./goals";
import * as insightFields from "./insight-fields";
import * as outcomes from "./outcomes";
import * as workspace from "./workspace";

const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === "object" && value !== null && "method" in value && "path" in value && "permission" in value;

/** Every /api/v1 operation. The OpenAPI document is built from this list, and a test checks the routes against it. */
export const ENDPOINTS: Endpoint[] = [workspace, agents, goals, outcomes, insightFields, conversations, evaluation, conversionsTracking, analytics, automationsApi].flatMap((module) => (Object.values(module) as unknown[]).filter(isEndpoint));
