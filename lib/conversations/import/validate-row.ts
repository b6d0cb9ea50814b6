import { InvalidError, type FieldIssue } from "@/lib/errors";
import { normalizeConversationInput } from "@/lib/conversations/normalize-input";
import type { ConversationInput } from "@/lib/conversations/input-schema";

/**
 * The problems the server will find in a mapped row, found in the browser for the preview
 * (the same schema and normalisation; only "does this agent exist" waits for the server).
 */
export const checkMappedRow = (input: ConversationInput): FieldIssue[] => previewMappedRow(input).issues;

/** A mapped row as it will be stored (times filled in, turns split), or the problems that stop it. */
export function previewMappedRow(input: ConversationInput) {
  try {
    return { stored: normalizeConversationInput(input), issues: [] as FieldIssue[] };
  } catch (error) {
    if (error instanceof InvalidError) return { stored: null, issues: error.issues };
    return { stored: null, issues: [{ path: "(row)", message: (error as Error).message }] };
  }
}
