import type { Metadata } from "next";
import { KeyRoundIcon } from "lucide-react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { DateTime } from "@/components/time-zone";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { can } from "@/lib/auth/permissions";
import { requireWorkspace } from "@/lib/auth/session";
import { revokeApiKeyAction } from "../actions";
import { CreateApiKeyForm } from "./create-api-key-form";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requireWorkspace((await params).slug);
  const manage = can(ctx.actor.role, "apiKeys.manage");
  const keys = manage ? await listApiKeys(ctx) : [];
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>API keys</h2>
          </CardTitle>
          <CardDescription>
            Send conversations and read results over the REST API with <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code>. The
            API is described at <a className="underline underline-offset-4" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
          </CardDescription>
        </CardHeader>
        <CardContent>{manage ? <CreateApiKeyForm slug={ctx.workspace.slug} /> : <p className="text-sm text-muted-foreground">Only owners and admins can manage API keys.</p>}</CardContent>
      </Card>
      {manage && keys.length === 0 ? (
        <EmptyState icon={<KeyRoundIcon />} title="No API keys yet" description="Create one above to call the API from your voice platform or scripts." />
      ) : null}
      {keys.length > 0 ? (
        <Card>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Key</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Last used</TableHead>
                  <TableHead className="text-right">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((key) => (
                  <TableRow key={key.id}>
                    <TableCell className="font-medium">{key.name}</TableCell>
                    <TableCell>
                      <code className="font-mono text-xs">{key.prefix}…</code>
                    </TableCell>
                    <TableCell>
                      <Badge variant="secondary" className="capitalize">
                        {key.role}
                      </Badge>
                    </TableCell>
                    <TableCell>
                      <DateTime value={key.createdAt} />
                    </TableCell>
                    <TableCell>{key.lastUsedAt ? <DateTime value={key.lastUsedAt} /> : "Never"}</TableCell>
                    <TableCell className="text-right">
                      <ConfirmActionButton
                        action={revokeApiKeyAction}
                        input={{ workspace: ctx.workspace.slug, id: key.id }}
                        title={`Revoke "${key.name}"?`}
                        description="Anything using this key stops working at once. This cannot be undone."
                        confirmLabel="Revoke key"
                        aria-label={`Revoke ${key.name}`}
                      >
                        Revoke
                      </ConfirmActionButton>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
