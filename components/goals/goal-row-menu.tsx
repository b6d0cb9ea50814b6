"use client";

import Link from "next/link";
import { ArchiveIcon, MoreHorizontalIcon, PencilIcon, StarIcon } from "lucide-react";
import { toast } from "sonner";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { GoalListActions, GoalListItem } from "./goal-list-types";

/** Edit, make primary (the old primary is demoted, and the toast says so), archive (with undo). */
export function GoalRowMenu({ goal, href, input, actions }: { goal: GoalListItem; href: string; input: Record<string, unknown>; actions: GoalListActions }) {
  const makePrimary = useServerAction(actions.makePrimary);
  // The row is gone once archived, so "Undo" calls the action itself rather than through this row's state.
  const undo = async () => {
    const result = await actions.restore(null, input);
    if (result.status === "success") toast.success(result.message ?? "Restored");
    else toast.error(result.status === "error" ? result.message : "Could not restore");
  };
  const archive = useServerAction(actions.archive, {
    toastSuccess: false,
    onSuccess: () => toast.success(`"${goal.title}" archived`, { description: "It is no longer judged; past results keep it.", action: { label: "Undo", onClick: () => void undo() } }),
  });
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="ghost" size="icon-sm" aria-label={`More actions for ${goal.title}`} disabled={makePrimary.pending || archive.pending}>
          <MoreHorizontalIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem asChild>
          <Link href={href}>
            <PencilIcon aria-hidden />
            Edit
          </Link>
        </DropdownMenuItem>
        {goal.kind === "secondary" ? (
          <DropdownMenuItem onSelect={() => makePrimary.run(input)}>
            <StarIcon aria-hidden />
            Make primary
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => archive.run(input)}>
          <ArchiveIcon aria-hidden />
          Archive
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
