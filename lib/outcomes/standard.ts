import { STANDARD_OUTCOMES as DEFINITIONS } from "@/lib/evaluation/types";
import type { STANDARD_OUTCOME_KEYS } from "@/db/schema";

type StandardKey = (typeof STANDARD_OUTCOME_KEYS)[number];

const DETAILS: Record<string, { key: StandardKey; color: string; isConversion: boolean }> = {
  "Qualified Lead": { key: "qualified_lead", color: "#16a34a", isConversion: true },
  "Appointment Scheduled": { key: "appointment_scheduled", color: "#4f46e5", isConversion: true },
  "Not Interested": { key: "not_interested", color: "#dc2626", isConversion: false },
  "Follow-up Needed": { key: "follow_up_needed", color: "#d97706", isConversion: false },
  Gatekeeper: { key: "gatekeeper", color: "#7c3aed", isConversion: false },
  Voicemail: { key: "voicemail", color: "#64748b", isConversion: false },
};

/** The six outcomes every workspace has, with the descriptions the classifier reads. */
export const STANDARD_OUTCOMES = DEFINITIONS.map((d, position) => ({ ...d, ...DETAILS[d.name], standardKey: DETAILS[d.name].key, position }));
