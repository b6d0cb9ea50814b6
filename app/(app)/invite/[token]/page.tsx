import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findInvitation } from "@/lib/members/invitations";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(await getDb(), token).catch((error) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  const user = await getSessionUser();
  const back = encodeURIComponent(`/invite/${token}`);
  return (
    <div className="flex min-h-svh flex-col items-center justify-center gap-6 bg-muted/40 p-6">
      <Logo />
      <main className="w-full max-w-sm">
        <Card>
          <CardHeader>
            <CardTitle asChild>
              <h1>{invitation ? `Join ${invitation.workspaceName}` : "This invitation is no longer valid"}</h1>
            </CardTitle>
            <CardDescription>
              {invitation
                ? `You were invited as ${invitation.role} (${invitation.email}).`
                : "It was used, revoked or has expired. Ask for a new one."}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            {!invitation ? (
              <Button asChild variant="outline">
                <Link href="/">Go to Debrief</Link>
              </Button>
            ) : user ? (
              <AcceptInvitationForm token={token} signedInAs={user.email} />
            ) : (
              <>
                <Button asChild>
                  <Link href={`/sign-up?callbackUrl=${back}&email=${encodeURIComponent(invitation.email)}`}>Create an account</Link>
                </Button>
                <Button asChild variant="outline">
                  <Link href={`/sign-in?callbackUrl=${back}`}>I have an account</Link>
                </Button>
              </>
            )}
          </CardContent>
        </Card>
      </main>
    </div>
  );
}
