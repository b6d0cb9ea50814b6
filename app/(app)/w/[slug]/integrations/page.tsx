import type { Metadata } from "next";
import { PlugIcon } from "lucide-react";
import { SectionPlaceholder } from "@/components/app-shell/section-placeholder";

export const metadata: Metadata = { title: "Integrations" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Integrations"
      description="Connect voice platforms, email, Slack and HubSpot."
      icon={PlugIcon}
      emptyTitle="No integrations connected"
      emptyText="Voice platform webhooks (Vapi, Retell, ElevenLabs), SMTP email, Slack-compatible alerts and HubSpot will be connected and tested here."
    />
  );
}
