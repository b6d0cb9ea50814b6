import type { ConversationTemplateInput } from "@/integrations/email/template-data";

/** A made-up call for "Send a test alert": realistic enough to judge how the alert reads. */
export function sampleCall({ appUrl, slug, workspace }: { appUrl: string; slug: string; workspace: ConversationTemplateInput["workspace"] }): ConversationTemplateInput {
  return {
    conversation: {
      id: "sample",
      endedAt: new Date(),
      direction: "inbound",
      durationSeconds: 214,
      contact: { name: "Ana Ruiz (sample)", phone: "+14155550100", email: "ana@example.com", company: null },
      agentName: "Front desk",
      recordingUrl: null,
    },
    outcome: { name: "Appointment Scheduled" },
    goals: [
      { title: "Appointment booked", status: "achieved", variables: { date: "next Tuesday", time: "3:30 PM" } },
      { title: "Contact details collected", status: "achieved", variables: {} },
      { title: "New patient intake", status: "not_achieved", variables: {} },
    ],
    summary: "This is a test alert from Debrief. Ana booked a cleaning for next Tuesday at 3:30 PM.",
    link: `${appUrl}/w/${slug}/conversations`,
    workspace,
  };
}
