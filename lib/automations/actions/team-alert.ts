import { buildTeamAlert, sendTeamAlert } from "@/integrations/slack/team-alert";
import type { ActionPerformer } from "./types";
import { outcomeOfPost } from "./webhook";

export const teamAlertPerformer: ActionPerformer<{ id: string; type: "team_alert"; webhookUrl: string }> = {
  describe: (action) => `Team alert to ${new URL(action.webhookUrl).host}`,
  async perform(action, ctx) {
    if (!ctx.templateData) return { status: "failed", retryable: false, error: "a team alert needs a conversation" };
    const result = await sendTeamAlert(action.webhookUrl, buildTeamAlert(ctx.templateData), { idempotencyKey: ctx.effectKey });
    return outcomeOfPost(result, { host: new URL(action.webhookUrl).host });
  },
};
