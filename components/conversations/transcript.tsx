import type { ConversationDetail } from "@/lib/conversations/get-conversation";
import { cn } from "@/lib/utils";
import { formatOffset } from "./format";

type Turn = ConversationDetail["transcript"][number];

const SPEAKER = { agent: "Agent", customer: "Customer", system: "System" } as const;

/**
 * The transcript as a chat: the agent on the left, the customer on the right, system notes in
 * the middle. Text is rendered as text (never as HTML), so markup in a turn shows as written.
 */
export function Transcript({ turns, agentName, customerName }: { turns: Turn[]; agentName: string; customerName: string }) {
  if (turns.length === 0) return <p className="text-sm text-muted-foreground">This call has no transcript.</p>;
  return (
    <ol className="grid gap-3" aria-label="Transcript">
      {turns.map((turn, i) => {
        const time = formatOffset(turn.startMs);
        if (turn.speaker === "system") {
          return (
            <li key={i} className="mx-auto max-w-[85%] text-center text-xs text-muted-foreground">
              <span className="sr-only">System: </span>
              <span className="whitespace-pre-wrap italic">{turn.text}</span>
              {time ? <span className="ml-2 tabular-nums">{time}</span> : null}
            </li>
          );
        }
        const agent = turn.speaker === "agent";
        const name = agent ? agentName : customerName;
        return (
          <li key={i} className={cn("flex flex-col gap-1", agent ? "items-start" : "items-end")}>
            <div className={cn("flex items-baseline gap-2 px-1 text-xs text-muted-foreground", !agent && "flex-row-reverse")}>
              <span className="font-medium text-foreground/80">
                {name}
                <span className="sr-only"> ({SPEAKER[turn.speaker]})</span>
              </span>
              {time ? <time className="tabular-nums">{time}</time> : null}
            </div>
            <p
              className={cn(
                "max-w-[85%] rounded-2xl px-3.5 py-2 text-sm leading-relaxed break-words whitespace-pre-wrap sm:max-w-[75%]",
                agent ? "rounded-tl-sm bg-muted text-foreground" : "rounded-tr-sm bg-primary/10 text-foreground dark:bg-primary/20",
              )}
            >
              {turn.text}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
