import type { ServerAction } from "@/components/forms/use-server-action";

/** A goal as the list shows it. */
export interface GoalListItem {
  id: string;
  key: string;
  title: string;
  description: string;
  kind: "primary" | "secondary";
  confirmationMode: "auto" | "manual";
  variableCount: number;
  next: string[];
  tip: string | null;
}

export interface GoalListActions {
  reorder: ServerAction;
  makePrimary: ServerAction;
  archive: ServerAction;
  restore: ServerAction;
}
