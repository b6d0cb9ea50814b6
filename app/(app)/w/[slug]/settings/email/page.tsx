import type { Metadata } from "next";
import Link from "next/link";
import { InboxIcon, MailCheckIcon, ServerIcon } from "lucide-react";
import { cursorPageLinks, readCursor } from "@/components/automations/cursor-pages";
import { EmailBodyDialog } from "@/components/email/email-body-dialog";
import { EmailStatusBadge } from "@/components/email/email-status";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageLinks } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listEmails } from "@/integrations/email/list-emails";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { InvalidError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Email" };

const PAGE_SIZE = 25;

export default async function EmailPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireWorkspace((await params).slug);
  const base = `/w/${ctx.workspace.slug}/settings/email`;
  const smtp = Boolean(getEnv().SMTP_URL);
  const banner = smtp ? (
    <Alert variant="success">
      <ServerIcon aria-hidden />
      <AlertTitle>SMTP is configured</AlertTitle>
      <AlertDescription>
        Emails are sent through your SMTP server as {getEnv().EMAIL_FROM}. This page is the send log: what was sent, when, and any error the server gave.
      </AlertDescription>
    </Alert>
  ) : (
    <Alert>
      <InboxIcon aria-hidden />
      <AlertTitle>Outbox mode: nothing leaves this server</AlertTitle>
      <AlertDescription>
        <p>
          No SMTP server is configured, so emails from rules and invitations are kept here for you to read. Set <code className="font-mono text-xs">SMTP_URL</code> (and{" "}
          <code className="font-mono text-xs">EMAIL_FROM</code>) to send them for real. You can send a test from{" "}
          <Link href={`/w/${ctx.workspace.slug}/integrations#email`} className="underline underline-offset-4">
            Integrations → Email
          </Link>
          .
        </p>
      </AlertDescription>
    </Alert>
  );

  if (!can(ctx.actor.role, "workspace.update")) {
    return (
      <div className="grid gap-6">
        {banner}
        <p className="text-sm text-muted-foreground">Emails carry contacts&apos; details, so only owners and admins can read them.</p>
      </div>
    );
  }

  const page = readCursor(await searchParams);
  const result = await listEmails(ctx, { cursor: page.cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
    if (error instanceof InvalidError) return null;
    throw error;
  });
  const pages = result && cursorPageLinks(base, {}, page, result.nextCursor);

  return (
    <div className="grid gap-6">
      {banner}
      {!result ? (
        <p className="text-sm text-destructive">
          This page link is out of date. <Link href={base} className="underline underline-offset-4">Start from the newest email</Link>.
        </p>
      ) : result.data.length === 0 ? (
        <EmptyState icon={<MailCheckIcon />} titleAs="h2" title="No emails yet" description="Emails sent by automation rules, invitations and tests appear here, newest first." />
      ) : (
        <>
          <Card className="py-2">
            <CardContent className="px-2">
              <Table>
                <caption className="sr-only">Emails, newest first</caption>
                <TableHeader>
                  <TableRow>
                    <TableHead>Subject</TableHead>
                    <TableHead className="hidden md:table-cell">To</TableHead>
                    <TableHead>Status</TableHead>
                    <TableHead className="hidden lg:table-cell">Transport</TableHead>
                    <TableHead className="hidden sm:table-cell">Date</TableHead>
                    <TableHead className="text-right">
                      <span className="sr-only">Body</span>
                    </TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.data.map((email) => {
                    const to = email.to.join(", ");
                    const when = formatDateTime(email.createdAt, ctx.timeZone);
                    return (
                      <TableRow key={email.id} data-testid="email-row">
                        <TableCell className="max-w-[18rem] whitespace-normal">
                          <div className="line-clamp-2 font-medium break-words">{email.subject}</div>
                          <div className="text-xs break-all text-muted-foreground md:hidden">{to}</div>
                          <div className="text-xs text-muted-foreground sm:hidden">{when}</div>
                        </TableCell>
                        <TableCell className="hidden max-w-[16rem] truncate md:table-cell" title={to}>
                          {to}
                        </TableCell>
                        <TableCell>
                          <EmailStatusBadge status={email.status} />
                        </TableCell>
                        <TableCell className="hidden text-muted-foreground lg:table-cell">{email.transport === "smtp" ? "SMTP" : "Outbox"}</TableCell>
                        <TableCell className="hidden text-muted-foreground sm:table-cell">{when}</TableCell>
                        <TableCell className="text-right">
                          <EmailBodyDialog email={{ id: email.id, to, subject: email.subject, text: email.text, when, error: email.error, hasHtml: Boolean(email.html) }} />
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
          <PageLinks pages={pages} count={result.data.length} noun="emails" />
        </>
      )}
    </div>
  );
}
