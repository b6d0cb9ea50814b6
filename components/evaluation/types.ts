import type { Evidence, VariableValue } from "@/lib/evaluation/types";
import type { ServerAction } from "@/components/forms/use-server-action";

/** A goal verdict as the list shows it: from a stored evaluation, or from a test-bench run. */
export interface VerdictView {
  key: string;
  title: string;
  kind: string;
  revision?: number;
  confirmationMode?: string;
  status: string;
  effectiveStatus: string;
  confidence: number;
  rationale: string;
  evidence: readonly Evidence[];
  variables: Record<string, VariableValue>;
  reached: boolean;
  branch: string | null | undefined;
  human?: { kind: string; status: string | null; note: string | null; by: string; at: Date | string } | null;
}

/** The review controls of a stored conversation (absent on the test bench or for a role that cannot review). */
export interface ReviewControls {
  slug: string;
  conversationId: string;
  actions: { override: ServerAction; clear: ServerAction; decide: ServerAction };
}
