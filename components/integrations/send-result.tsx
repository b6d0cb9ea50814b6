import { CheckCircle2Icon, XCircleIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { SendResult } from "@/app/(app)/w/[slug]/integrations/automation-actions";

/** What a test delivery got back: the status, how long it took and the start of the answer. */
export function SendResultView({ result, what }: { result: SendResult; what: string }) {
  const status = result.status !== null ? `HTTP ${result.status}` : "no response";
  return (
    <Alert variant={result.ok ? "success" : "destructive"} role="status" data-testid="send-result">
      {result.ok ? <CheckCircle2Icon aria-hidden /> : <XCircleIcon aria-hidden />}
      <AlertTitle className="line-clamp-none">
        {result.ok ? `${what} delivered` : `${what} not delivered`} · {status} · {result.durationMs.toLocaleString("en")} ms
      </AlertTitle>
      <AlertDescription>
        {result.error ? <p>{result.error}</p> : null}
        {result.responseSnippet ? (
          <div className="grid w-full gap-1">
            <span className="text-xs">The receiver answered:</span>
            <pre className="max-h-40 w-full overflow-auto rounded border bg-background p-2 font-mono text-xs whitespace-pre-wrap text-foreground">{result.responseSnippet}</pre>
          </div>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
