import { LightbulbIcon } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** Beside a new goal: how to write one a call can be judged against. */
export function GoalWritingTips() {
  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle asChild>
          <h2 className="flex items-center gap-2 text-sm">
            <LightbulbIcon className="size-4 text-muted-foreground" aria-hidden />
            Writing a goal that can be judged
          </h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid list-disc gap-2 pl-4 text-sm text-muted-foreground">
          <li>Describe what a listener could check: &ldquo;The caller gave their email address&rdquo;, not &ldquo;Get info&rdquo;.</li>
          <li>One primary goal per agent: the one that makes a call a success.</li>
          <li>Three to five goals in call-flow order keep results readable.</li>
          <li>Add output variables for the values you want back, such as a booked date.</li>
        </ul>
      </CardContent>
    </Card>
  );
}
