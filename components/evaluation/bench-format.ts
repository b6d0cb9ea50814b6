import type { Turn } from "@/lib/evaluation/types";

const LABEL = { agent: "Agent", customer: "Customer", system: "System" } as const;

/** Turns as the lines the bench's text box takes ("Agent: …"); line breaks inside a turn become spaces. */
export function turnsToText(turns: readonly Pick<Turn, "speaker" | "text">[]): string {
  return turns.map((t) => `${LABEL[t.speaker] ?? "Customer"}: ${t.text.replace(/\s*\r?\n\s*/g, " ").trim()}`).join("\n");
}
