import type { Metadata } from "next";
import { WorkflowIcon } from "lucide-react";
import { SectionPlaceholder } from "@/components/app-shell/section-placeholder";

export const metadata: Metadata = { title: "Automations" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Automations"
      description="What happens after a call: alerts, CRM updates, lead routing, webhooks."
      icon={WorkflowIcon}
      emptyTitle="No automations yet"
      emptyText="Rules that react to outcomes and goal verdicts, sending emails and team alerts, updating HubSpot, routing leads and calling signed webhooks, will be built here."
    />
  );
}
