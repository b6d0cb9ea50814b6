import type { ConversationDetail } from "@/lib/conversations/get-conversation";
import { cn } from "@/lib/utils";
import { formatOffset } from "./format";
import { highlightSegments } from "./highlight";

type Turn = Pick<ConversationDetail["transcript"][number], "speaker" | "text" | "startMs">;

const SPEAKER = { agent: "Agent", customer: "Customer", system: "System" } as const;

/**
 * The transcript as a chat: the agent on the left, the customer on the right, system notes in
 * the middle. Text is rendered as text (never as HTML), so markup in a turn shows as written.
 * `quotes` (turn index → evidence quotes) marks the quoted words with `<mark>` and rings the turn.
 */
export function Transcript({ turns, agentName, customerName, quotes }: { turns: Turn[]; agentName: string; customerName: string; quotes?: ReadonlyMap<number, string[]> }) {
  if (turns.length === 0) return <p className="text-sm text-muted-foreground">This call has no transcript.</p>;
  return (
    <ol className="grid gap-3" aria-label="Transcript">
      {turns.map((turn, i) => {
        const time = formatOffset(turn.startMs);
        const cited = quotes?.get(i);
        const text = cited ? <TurnText text={turn.text} quotes={cited} /> : turn.text;
        if (turn.speaker === "system") {
          return (
            <li key={i} data-turn={i} className={cn("mx-auto max-w-[85%] scroll-mt-24 text-center text-xs text-muted-foreground", cited && "rounded-md ring-2 ring-primary/60 ring-offset-2 ring-offset-card")}>
              <span className="sr-only">System: </span>
              <span className="whitespace-pre-wrap italic">{text}</span>
              {time ? <span className="ml-2 tabular-nums">{time}</span> : null}
            </li>
          );
        }
        const agent = turn.speaker === "agent";
        const name = agent ? agentName : customerName;
        return (
          <li key={i} data-turn={i} className={cn("flex scroll-mt-24 flex-col gap-1", agent ? "items-start" : "items-end")}>
            <div className={cn("flex items-baseline gap-2 px-1 text-xs text-muted-foreground", !agent && "flex-row-reverse")}>
              <span className="font-medium text-foreground/80">
                {name}
                <span className="sr-only"> ({SPEAKER[turn.speaker]})</span>
              </span>
              {time ? <time className="tabular-nums">{time}</time> : null}
              {cited ? <span className="font-medium text-primary">Evidence</span> : null}
            </div>
            <p
              className={cn(
                "max-w-[85%] rounded-2xl px-3.5 py-2 text-sm leading-relaxed break-words whitespace-pre-wrap transition-shadow sm:max-w-[75%]",
                agent ? "rounded-tl-sm bg-muted text-foreground" : "rounded-tr-sm bg-primary/10 text-foreground dark:bg-primary/20",
                cited && "ring-2 ring-primary/60",
              )}
            >
              {text}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function TurnText({ text, quotes }: { text: string; quotes: string[] }) {
  return highlightSegments(text, quotes).map((segment, i) =>
    segment.marked ? (
      <mark key={i} data-evidence="" className="rounded-sm bg-yellow-200 px-0.5 text-foreground dark:bg-yellow-400/30 dark:text-yellow-50">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
