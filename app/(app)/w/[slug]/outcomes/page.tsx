import type { Metadata } from "next";
import { FlagIcon } from "lucide-react";
import { SectionPlaceholder } from "@/components/app-shell/section-placeholder";

export const metadata: Metadata = { title: "Outcomes" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Outcomes"
      description="How calls end: the six standard outcomes and your own."
      icon={FlagIcon}
      emptyTitle="Outcomes are on their way"
      emptyText="The standard outcomes (Qualified Lead, Appointment Scheduled, Not Interested, Follow-up Needed, Gatekeeper, Voicemail) and your custom ones will be managed here."
    />
  );
}
