import type { ConversationTemplateInput } from "../template-data";

/** A conversation as automations see it, for template and alert tests. */
export const sampleConversation: ConversationTemplateInput = {
  conversation: {
    id: "c1",
    endedAt: "2026-03-10T21:14:07Z",
    direction: "outbound",
    durationSeconds: 335,
    contact: { name: "Ana <Ruiz> & Co", phone: "+14155550100", email: "ana@example.com", company: null },
    agentName: "Sam",
    recordingUrl: null,
  },
  outcome: { name: "Booked" },
  goals: [
    { title: "Book appointment", status: "achieved", variables: { appointment_date: "2026-03-14", slot: "9:00" } },
    { title: "Confirm insurance", status: "not_achieved", variables: { slot: "ignored" } },
    { title: "Upsell", status: null, variables: {} },
  ],
  summary: "Ana booked a cleaning.",
  link: "https://debrief.test/w/acme/conversations/c1",
  workspace: { name: "Acme", timeZone: "UTC" },
};
