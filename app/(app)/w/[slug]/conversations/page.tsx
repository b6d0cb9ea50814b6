import type { Metadata } from "next";
import { MessagesSquareIcon } from "lucide-react";
import { SectionPlaceholder } from "@/components/app-shell/section-placeholder";

export const metadata: Metadata = { title: "Conversations" };

export default function Page() {
  return (
    <SectionPlaceholder
      title="Conversations"
      description="Every call your agents handled, with transcript, verdicts and outcome."
      icon={MessagesSquareIcon}
      emptyTitle="No conversations yet"
      emptyText="Conversations will appear here when transcripts arrive through the REST API, a voice platform webhook (Vapi, Retell, ElevenLabs) or a file import."
    />
  );
}
