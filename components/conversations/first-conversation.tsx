import Link from "next/link";
import { KeyRoundIcon, MessagesSquareIcon, UploadIcon } from "lucide-react";
import { CodeBlock } from "@/components/forms/code-block";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** The example body of POST /api/v1/conversations, with a real agent id when there is one. */
export function exampleCall(agentId: string) {
  return {
    externalId: "call_0001",
    agentId,
    direction: "inbound",
    startedAt: "2026-11-20T15:04:05Z",
    endedAt: "2026-11-20T15:09:40Z",
    endReason: "completed",
    contact: { name: "Ana Ruiz", phone: "+14155550100", email: "ana@example.com" },
    recordingUrl: "https://recordings.example.com/call_0001.mp3",
    transcript: [
      { speaker: "agent", text: "Hi, this is Sam from Lakeside Dental. How can I help?", startMs: 0 },
      { speaker: "customer", text: "I'd like to book a cleaning for next Tuesday.", startMs: 4200 },
    ],
  };
}

/** The empty list of a new workspace: how to send the first call (API, import) instead of a blank page. */
export function FirstConversation({ slug, appUrl, agentId, canWrite }: { slug: string; appUrl: string; agentId: string | null; canWrite: boolean }) {
  const command = [
    `curl -X POST ${appUrl}/api/v1/conversations \\`,
    `  -H "Authorization: Bearer $DEBRIEF_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${JSON.stringify(exampleCall(agentId ?? "<agent id>"), null, 2).replace(/'/g, "'\\''").replace(/\n/g, "\n    ")}'`,
  ].join("\n");
  return (
    <EmptyState
      icon={<MessagesSquareIcon />}
      titleAs="h2"
      title="No conversations yet"
      description="Send a finished call to the REST API (or let Vapi, Retell or ElevenLabs send it), or import a file of past calls. Debrief stores the transcript and evaluates it against the agent's goals."
      action={
        <>
          {canWrite ? (
            <Button asChild>
              <Link href={`/w/${slug}/conversations/import`}>
                <UploadIcon aria-hidden />
                Import calls
              </Link>
            </Button>
          ) : null}
          <Button asChild variant="outline">
            <Link href={`/w/${slug}/settings/api-keys`}>
              <KeyRoundIcon aria-hidden />
              Settings → API keys
            </Link>
          </Button>
        </>
      }
    >
      <div className="grid w-full max-w-2xl gap-2 text-left text-wrap">
        <CodeBlock code={command} label="Send one with curl" />
        <p className="text-xs text-muted-foreground">
          {agentId ? "The agentId is your first agent's. " : "Create an agent first and put its id in agentId. "}
          Create a key in Settings → API keys and set <code className="font-mono">DEBRIEF_API_KEY</code>. The full contract is in{" "}
          <a className="underline underline-offset-4" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>
          .
        </p>
      </div>
    </EmptyState>
  );
}
