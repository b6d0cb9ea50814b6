import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { KeyRoundIcon } from "lucide-react";
import { CopyButton } from "./copy-button";

/** A value shown once (an API key, an invitation link) with a copy button and a plain warning. */
export function SecretReveal({ title, value, note, testId }: { title: string; value: string; note: string; testId?: string }) {
  return (
    <Alert>
      <KeyRoundIcon aria-hidden />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription className="grid gap-2">
        <p>{note}</p>
        <div className="flex flex-wrap items-center gap-2">
          <code data-testid={testId} className="rounded-md border bg-muted px-2 py-1 font-mono text-xs break-all text-foreground select-all">
            {value}
          </code>
          <CopyButton value={value} />
        </div>
      </AlertDescription>
    </Alert>
  );
}
