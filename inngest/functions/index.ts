import type { AnyFunctionSpec } from "@/lib/jobs/types";
import { evaluateConversation } from "./evaluate-conversation";
import { objectiveCallback } from "./objective-callback";
import { reevaluateConversations } from "./reevaluate-conversations";
import { replayDelivery } from "./replay-delivery";
import { runAutomations } from "./run-automations";

/** Every background function; Inngest serves these and the in-process runner runs the same list. */
export const FUNCTIONS: AnyFunctionSpec[] = [evaluateConversation, reevaluateConversations, runAutomations, objectiveCallback, replayDelivery];
