"use client";

import { LogOutIcon } from "lucide-react";
import { signOutAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { ThemeToggle } from "@/components/theme-toggle";

export function UserMenu({ user }: { user: { name: string | null; email: string } }) {
  return (
    <div className="flex items-center gap-2 px-1">
      <div className="grid min-w-0 flex-1 leading-tight">
        <span className="truncate text-sm font-medium">{user.name ?? user.email}</span>
        <span className="truncate text-xs text-muted-foreground">{user.email}</span>
      </div>
      <ThemeToggle />
      <form action={signOutAction}>
        <Button type="submit" variant="ghost" size="icon-sm" aria-label="Sign out" title="Sign out">
          <LogOutIcon aria-hidden />
        </Button>
      </form>
    </div>
  );
}
