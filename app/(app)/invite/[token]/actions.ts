"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { userAction } from "@/lib/auth/action";
import { acceptInvitation } from "@/lib/members/invitations";

export const acceptInvitationAction = userAction(async (user, input) => {
  const { slug } = await acceptInvitation(await getDb(), user, String(input.token ?? ""));
  redirect(`/w/${slug}`);
});
