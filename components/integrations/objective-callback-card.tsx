import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SecretField } from "./secret-field";

/** Goals with a callback URL get a signed POST when achieved; this is the secret they are signed with. */
export function ObjectiveCallbackCard({ secret }: { secret: string }) {
  return (
    <Card id="objective-callbacks" className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h3>Objective callbacks</h3>
        </CardTitle>
        <CardDescription>
          A goal with a callback URL (set on the goal, under its agent) gets a POST with the call, the goal&apos;s status and its captured variables as soon as the call is judged. Each
          request is signed like a webhook, with this workspace&apos;s callback secret.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <SecretField label="Callback signing secret" value={secret} testId="callback-secret" />
      </CardContent>
    </Card>
  );
}
