import { LightbulbIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { GoalTip } from "@/lib/goals/tips";

/** Advice on the agent's goals (goalTips); none of it blocks saving. Tips about one goal also show on its row. */
export function GoalTips({ tips }: { tips: GoalTip[] }) {
  if (tips.length === 0) return null;
  const general = tips.filter((t) => t.goalKey === null);
  const vague = tips.length - general.length;
  return (
    <Alert variant="warning" data-testid="goal-tips">
      <LightbulbIcon aria-hidden />
      <AlertTitle>Tips for clearer results</AlertTitle>
      <AlertDescription>
        <ul className="grid list-disc gap-1 pl-4">
          {general.map((tip) => (
            <li key={tip.message}>{tip.message}</li>
          ))}
          {vague > 0 ? <li>{vague === 1 ? "One goal's description is" : `${vague} goals' descriptions are`} too vague to judge a call by: see the note under each.</li> : null}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
