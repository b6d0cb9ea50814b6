import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; email?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl, email } = await searchParams;
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1>Create your account</h1>
        </CardTitle>
        <CardDescription>Judge every call against its goals, within seconds of hanging up.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm callbackUrl={callbackUrl} email={email} />
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        Have an account?&nbsp;
        <Link className="font-medium text-foreground underline underline-offset-4" href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}>
          Sign in
        </Link>
      </CardFooter>
    </Card>
  );
}
