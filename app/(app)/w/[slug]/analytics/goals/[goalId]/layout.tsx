import { notFound } from "next/navigation";
import { requireWorkspace } from "@/lib/auth/session";
import { existsInWorkspace } from "@/lib/workspaces/exists-in-workspace";

/** Answers 404 for a goal of another workspace before the page starts streaming. */
export default async function GoalAnalyticsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string; goalId: string }> }) {
  const { slug, goalId } = await params;
  if (!(await existsInWorkspace(await requireWorkspace(slug), "goal", goalId))) notFound();
  return children;
}
