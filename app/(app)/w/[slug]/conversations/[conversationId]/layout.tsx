import { notFound } from "next/navigation";
import { requireWorkspace } from "@/lib/auth/session";
import { existsInWorkspace } from "@/lib/workspaces/exists-in-workspace";

/** Answers 404 for a conversation of another workspace before the page starts streaming. */
export default async function ConversationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string; conversationId: string }> }) {
  const { slug, conversationId } = await params;
  if (!(await existsInWorkspace(await requireWorkspace(slug), "conversation", conversationId))) notFound();
  return children;
}
