import type { Db } from "@/db";
import type { ConversationTemplateInput } from "@/integrations/email/templates";
import type { ConversationDetail } from "@/lib/conversations/get-conversation";
import type { CurrentResults } from "@/lib/evaluation/get-results";
import type { ActionType, AutomationAction } from "../rule-schema";

/** Everything an action may use about the call it acts on, loaded once per delivery. */
export interface EffectContext {
  db: Db;
  workspace: { id: string; name: string; slug: string };
  effectKey: string;
  automationId: string | null;
  conversation: ConversationDetail | null;
  results: CurrentResults | null;
  conversion: { id: string; eventType: string; profit: number | null; phoneNumber: string | null } | null;
  /** Plain data for templates, alerts and webhook bodies. */
  templateData: ConversationTemplateInput | null;
  link: string | null;
  /** The webhook action's signing secret (decrypted), when it has one. */
  secret: string | null;
  /** A person asked to do it again (replay). */
  replay: boolean;
}

export type ActionOutcome =
  | { status: "succeeded"; responseStatus?: number | null; request?: Record<string, unknown>; result?: Record<string, unknown> }
  | { status: "failed"; retryable: boolean; error: string; responseStatus?: number | null; request?: Record<string, unknown>; retryAfterMs?: number }
  /** A crash left it unknown whether it happened; not repeated automatically. */
  | { status: "unconfirmed"; error: string; request?: Record<string, unknown> };

export interface ActionPerformer<T extends AutomationAction = AutomationAction> {
  /** A short label for the deliveries log, e.g. "Email to desk@example.com". */
  describe(action: T): string;
  perform(action: T, ctx: EffectContext): Promise<ActionOutcome>;
}

/** One performer per action type: a new type does not compile until it is handled here. */
export type PerformerRegistry = { [K in ActionType]: ActionPerformer<Extract<AutomationAction, { type: K }>> };
