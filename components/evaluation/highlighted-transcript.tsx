"use client";

import { useEffect, useRef } from "react";
import { Transcript } from "@/components/conversations/transcript";
import { useEvidence } from "./evidence-context";

type Props = Omit<React.ComponentProps<typeof Transcript>, "quotes">;

/** The transcript with the selected verdict's evidence marked; selecting one scrolls to its first quote. */
export function HighlightedTranscript(props: Props) {
  const { selected, quotes } = useEvidence();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected || !ref.current) return;
    const first = ref.current.querySelector("mark[data-evidence]") ?? (selected.evidence[0] ? ref.current.querySelector(`[data-turn="${selected.evidence[0].turn}"]`) : null);
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    first?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  }, [selected]);
  return (
    <div ref={ref}>
      <p className="sr-only" aria-live="polite">
        {selected ? `${selected.evidence.length} ${selected.evidence.length === 1 ? "quote" : "quotes"} highlighted in the transcript` : ""}
      </p>
      <Transcript {...props} quotes={quotes} />
    </div>
  );
}
