import { formatDateTime } from "@/lib/format";

/** What an automation knows about a conversation when it sends an email or an alert (plain data). */
export interface ConversationTemplateInput {
  conversation: {
    id: string;
    endedAt: Date | string;
    direction: "inbound" | "outbound";
    durationSeconds: number | null;
    contact: { name: string | null; phone: string | null; email: string | null; company: string | null };
    agentName: string;
    recordingUrl: string | null;
  };
  outcome: { name: string } | null;
  goals: { title: string; status: string | null; variables: Record<string, unknown> }[];
  summary: string | null;
  /** Absolute URL of the conversation in Debrief. */
  link: string;
  /** The zone times are written in: the workspace's, as its pages show them. */
  workspace: { name: string; timeZone: string };
}

/** The placeholders a template may use; shown as help text in the rule builder. */
export const TEMPLATE_FIELDS = [
  { path: "contact.name", description: "The contact's name" },
  { path: "contact.phone", description: "The contact's phone number" },
  { path: "contact.email", description: "The contact's email address" },
  { path: "contact.company", description: "The contact's company" },
  { path: "agent.name", description: "The voice agent's name" },
  { path: "outcome", description: "The call's outcome, e.g. Booked (empty when none)" },
  { path: "goals", description: 'One line per goal, e.g. "Book appointment: achieved"' },
  { path: "variables.<name>", description: "A variable captured by a goal, e.g. {{ variables.appointment_date }}" },
  { path: "summary", description: "The call summary" },
  { path: "link", description: "Link to the conversation in Debrief" },
  { path: "conversation.id", description: "The conversation's id" },
  { path: "conversation.endedAt", description: "When the call ended, in the workspace's time zone" },
  { path: "conversation.direction", description: "inbound or outbound" },
  { path: "conversation.duration", description: 'The call length, e.g. "5m 35s"' },
  { path: "conversation.recordingUrl", description: "The recording, when there is one" },
  { path: "workspace.name", description: "The workspace's name" },
] as const;

export type TemplateData = ReturnType<typeof conversationTemplateData>;

export function conversationTemplateData(input: ConversationTemplateInput) {
  const { conversation: c } = input;
  // The first goal to capture a variable wins, so a name means one thing in a template.
  const variables: Record<string, unknown> = {};
  for (const goal of input.goals) for (const [name, value] of Object.entries(goal.variables)) if (!(name in variables)) variables[name] = value;
  return {
    contact: { name: c.contact.name ?? "", phone: c.contact.phone ?? "", email: c.contact.email ?? "", company: c.contact.company ?? "" },
    agent: { name: c.agentName },
    outcome: input.outcome?.name ?? "",
    goals: input.goals.map((g) => `${g.title}: ${statusLabel(g.status)}`).join("\n"),
    variables,
    summary: input.summary ?? "",
    link: input.link,
    conversation: {
      id: c.id,
      endedAt: formatDateTime(c.endedAt, input.workspace.timeZone),
      direction: c.direction,
      duration: formatDuration(c.durationSeconds),
      recordingUrl: c.recordingUrl ?? "",
    },
    workspace: { name: input.workspace.name },
  };
}

export const statusLabel = (status: string | null) => (status ? status.replace(/_/g, " ") : "not evaluated");

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "";
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${m}m`;
  return m > 0 ? `${m}m ${s}s` : `${s}s`;
}
