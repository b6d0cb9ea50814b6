import { conversationTemplateData, type ConversationTemplateInput } from "@/integrations/email/template-data";
import { postJson, type PostJsonOptions, type PostJsonResult } from "@/integrations/webhook/post-json";

/** A Slack incoming-webhook message. Slack-compatible receivers that ignore `blocks` (e.g. Mattermost) show `text`. */
export interface TeamAlertPayload {
  text: string;
  blocks: Record<string, unknown>[];
}

/** Slack's mrkdwn reserves &, < and >; anything from a call (a contact's name) is escaped. */
const md = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + "…" : text);
const GOAL_ICONS: Record<string, string> = { achieved: "✅", partially_achieved: "🟡", not_achieved: "❌", pending_confirmation: "⏳" };

/** The key facts of a conversation as a team alert: outcome, contact, agent, duration, goals and a link. */
export function buildTeamAlert(input: ConversationTemplateInput): TeamAlertPayload {
  const data = conversationTemplateData(input);
  const contact = data.contact.name || data.contact.phone || data.contact.email || "Unknown contact";
  const outcome = data.outcome || "No outcome";
  const contactLines = [data.contact.name, data.contact.company, data.contact.phone, data.contact.email].filter(Boolean).map(md);
  const goals = input.goals.map((g) => `${GOAL_ICONS[g.status ?? ""] ?? "▫️"} ${md(g.title)}`);
  const summary = input.summary ? md(cut(input.summary, 2900)) : null;
  // Slack shows a link as <url|label>; a URL with | or > would break out of it.
  const link = input.link.replace(/[|>]/g, (c) => encodeURIComponent(c));

  const blocks: Record<string, unknown>[] = [
    { type: "header", text: { type: "plain_text", text: cut(`${outcome}: ${contact}`, 150), emoji: true } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Contact*\n${contactLines.join("\n") || "—"}` },
        { type: "mrkdwn", text: `*Agent*\n${md(data.agent.name)}` },
        { type: "mrkdwn", text: `*Duration*\n${data.conversation.duration || "—"} · ${data.conversation.direction}` },
        { type: "mrkdwn", text: `*Ended*\n${data.conversation.endedAt}` },
      ].map((f) => ({ ...f, text: cut(f.text, 2000) })),
    },
  ];
  if (goals.length > 0) blocks.push({ type: "section", text: { type: "mrkdwn", text: cut(`*Goals*\n${goals.join("\n")}`, 3000) } });
  if (summary) blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Summary*\n${summary}` } });
  blocks.push({ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "View conversation" }, url: link, style: "primary" }] });
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `${md(data.workspace.name)} · Debrief` }] });

  const goalCount = input.goals.length ? ` · goals ${input.goals.filter((g) => g.status === "achieved").length}/${input.goals.length} achieved` : "";
  const text = `${md(outcome)}: ${md(contact)} (agent ${md(data.agent.name)}${data.conversation.duration ? `, ${data.conversation.duration}` : ""})${goalCount} · <${link}|View conversation>`;
  return { text, blocks };
}

/** POSTs the alert to the incoming-webhook URL with the same guards as every outbound webhook (no signature: Slack ignores it). */
export function sendTeamAlert(url: string, payload: TeamAlertPayload, options: Omit<PostJsonOptions, "secret"> = {}): Promise<PostJsonResult> {
  return postJson(url, payload, options);
}
