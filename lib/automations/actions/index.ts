import { emailPerformer } from "./email";
import { hubspotPerformer } from "./hubspot";
import { leadRoutingPerformer } from "./lead-routing";
import { teamAlertPerformer } from "./team-alert";
import type { PerformerRegistry } from "./types";
import { webhookPerformer } from "./webhook";

export const PERFORMERS = {
  email: emailPerformer,
  team_alert: teamAlertPerformer,
  hubspot: hubspotPerformer,
  lead_routing: leadRoutingPerformer,
  webhook: webhookPerformer,
} satisfies PerformerRegistry;
