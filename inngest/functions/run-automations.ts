import { performDelivery } from "@/lib/automations/deliver";
import { planEffects } from "@/lib/automations/plan";
import type { FunctionSpec } from "@/lib/jobs/types";

/**
 * conversation/evaluated, conversation/reviewed, conversion/recorded → the matching rules' actions,
 * in order, one step each. Effects already done (an earlier run, another outcome) are skipped.
 */
export const runAutomations: FunctionSpec<"conversation/evaluated" | "conversation/reviewed" | "conversion/recorded"> = {
  id: "run-automations",
  event: ["conversation/evaluated", "conversation/reviewed", "conversion/recorded"],
  retries: 5,
  async handler({ event, step, db }) {
    const data = event.data as { workspaceId: string; conversationId: string | null; conversionId?: string };
    const effects = await step.run("plan", () =>
      planEffects(db, {
        workspaceId: data.workspaceId,
        event: event.name === "conversion/recorded" ? "conversion.recorded" : "conversation.evaluated",
        conversationId: data.conversationId,
        conversionId: data.conversionId ?? null,
      }),
    );
    for (const effect of effects) await step.run(`deliver:${effect.actionId}:${effect.automationId}`, () => performDelivery(db, effect.effectKey));
    return { effects: effects.length };
  },
};
