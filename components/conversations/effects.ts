/** An action that ran (or is running) for a call, as the conversation page lists it. */
export interface EffectView {
  id: string;
  label: string;
  automation: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date | string;
}

const ACTION_LABEL: Record<string, string> = {
  email: "Email",
  team_alert: "Team alert",
  hubspot: "HubSpot sync",
  lead_routing: "Lead routing",
  webhook: "Webhook",
  objective_callback: "Objective callback",
};

export const actionLabel = (type: string) => ACTION_LABEL[type] ?? type.replace(/[_-]/g, " ").replace(/^./, (c) => c.toUpperCase());

/** Effects that already happened before `at` (a person's outcome change): listed, never silently repeated. */
export const doneBefore = (effects: readonly EffectView[], at: Date | string | null = null) =>
  effects.filter((e) => e.status === "succeeded" && (at === null || new Date(e.createdAt).getTime() <= new Date(at).getTime()));
