import { performDelivery } from "@/lib/automations/deliver";
import { planObjectiveCallback } from "@/lib/automations/objective-callback";
import type { FunctionSpec } from "@/lib/jobs/types";

/** objective/completed (automatic or confirmed) → POST to the objective's callback URL, signed, once. */
export const objectiveCallback: FunctionSpec<"objective/completed"> = {
  id: "objective-callback",
  event: "objective/completed",
  retries: 5,
  async handler({ event, step, db }) {
    const key = await step.run("plan", () => planObjectiveCallback(db, event.data));
    if (key) await step.run("deliver", () => performDelivery(db, key));
    return { delivered: Boolean(key) };
  },
};
