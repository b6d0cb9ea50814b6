import Link from "next/link";
import { KeyRoundIcon, MessagesSquareIcon, UploadIcon } from "lucide-react";
import { CodeBlock } from "@/components/forms/code-block";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { apiCurl, exampleCall } from "@/lib/api/examples";

/** The empty list of a new workspace: how to send the first call (API, import) instead of a blank page. */
export function FirstConversation({ slug, appUrl, agentId, canWrite }: { slug: string; appUrl: string; agentId: string | null; canWrite: boolean }) {
  const command = apiCurl(appUrl, "/api/v1/conversations", exampleCall(agentId ?? "<agent id>"));
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
