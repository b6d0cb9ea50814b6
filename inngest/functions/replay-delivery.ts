import { performDelivery } from "@/lib/automations/deliver";
import type { FunctionSpec } from "@/lib/jobs/types";

/** delivery/replay-requested → do the effect again, because a person asked to. */
export const replayDelivery: FunctionSpec<"delivery/replay-requested"> = {
  id: "replay-delivery",
  event: "delivery/replay-requested",
  retries: 3,
  async handler({ event, step, db }) {
    return step.run("deliver", () => performDelivery(db, event.data.effectKey, { replay: true }));
  },
};
