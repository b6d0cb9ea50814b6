import Link from "next/link";
import { BarChart3Icon, KeyRoundIcon, UploadIcon } from "lucide-react";
import { CodeBlock } from "@/components/forms/code-block";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { apiCurl, exampleCall } from "@/lib/api/examples";
import { LoadDemoDataButton } from "./load-demo-data-button";

/** The dashboard of a workspace without calls: how to send the first one, or try it with demo data. */
export function FirstCallGuide({ slug, appUrl, agentId, canWrite }: { slug: string; appUrl: string; agentId: string | null; canWrite: boolean }) {
  const command = apiCurl(appUrl, "/api/v1/conversations", exampleCall(agentId ?? "<agent id>"));
  return (
    <EmptyState
      icon={<BarChart3Icon />}
      titleAs="h2"
      title="Your dashboard fills in with your first calls"
      description="Send a finished call to the API, import past calls, or load 300 demo calls to see what the dashboard shows: success rate, the objectives most missed, the funnel, outcomes, conversions and sentiment."
      data-testid="first-call-guide"
      action={
        <>
          {canWrite ? <LoadDemoDataButton slug={slug} /> : null}
          {canWrite ? (
            <Button asChild variant="outline">
              <Link href={`/w/${slug}/conversations/import`}>
                <UploadIcon aria-hidden />
                Import calls
              </Link>
            </Button>
          ) : null}
          <Button asChild variant="outline">
            <Link href={`/w/${slug}/settings/api-keys`}>
              <KeyRoundIcon aria-hidden />
              Create an API key
            </Link>
          </Button>
        </>
      }
    >
      <div className="grid w-full max-w-2xl gap-2 text-left">
        <CodeBlock code={command} label="Send your first call" />
        <p className="text-xs text-muted-foreground">
          {agentId ? "The agentId is your first agent's. " : "Create an agent first and put its id in agentId. "}
          Calls are evaluated within seconds; this page then shows them. Voice platforms (Vapi, Retell, ElevenLabs) can send calls for you: see{" "}
          <Link className="underline underline-offset-4" href={`/w/${slug}/integrations`}>
            Integrations
          </Link>
          .
        </p>
      </div>
    </EmptyState>
  );
}
