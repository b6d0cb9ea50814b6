import type { Metadata } from "next";
import { BotIcon } from "lucide-react";
import { SectionPlaceholder } from "@/components/app-shell/section-placeholder";

export const metadata: Metadata = { title: "Agents" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Agents"
      description="What each of your voice agents' calls are for: goals, objectives, outcomes and insight fields."
      icon={BotIcon}
      emptyTitle="No agents yet"
      emptyText="Agents, with their primary and secondary goals and chained objectives, will be defined here; Debrief judges every call against them."
    />
  );
}
