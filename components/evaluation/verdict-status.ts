import type { GoalStatus } from "@/lib/evaluation/types";

export type VerdictStatus = GoalStatus;

export const STATUS_LABEL: Record<VerdictStatus, string> = {
  achieved: "Achieved",
  partially_achieved: "Partially achieved",
  not_achieved: "Not achieved",
  pending_confirmation: "Waiting for confirmation",
};

/** What a person may set a goal to (waiting for confirmation is the machine's to say). */
export const HUMAN_STATUSES = ["achieved", "partially_achieved", "not_achieved"] as const;

export const statusLabel = (status: string) => STATUS_LABEL[status as VerdictStatus] ?? status;

/** 0.923 → "92%". */
export const percent = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? "—" : `${Math.round(value * 100)}%`);

/** Costs are tiny per call: show enough digits to tell them apart, and "$0" for the free local engine. */
export function formatUsd(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "—";
  if (value === 0) return "$0";
  if (value < 0.01) return `$${value.toFixed(4)}`;
  return `$${value.toFixed(2)}`;
}
