import type { AnyFunctionSpec } from "@/lib/jobs/types";
import { evaluateConversation } from "./evaluate-conversation";
import { reevaluateConversations } from "./reevaluate-conversations";

/** Every background function; Inngest serves these and the in-process runner runs the same list. */
export const FUNCTIONS: AnyFunctionSpec[] = [evaluateConversation, reevaluateConversations];
