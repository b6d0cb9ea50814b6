"use client";

import { Loader2Icon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useHydrated } from "./use-hydrated";

/**
 * A submit button for forms whose action runs from an event handler (so `useFormStatus` does not
 * see it). Disabled until hydrated: before that, a click would submit the form natively.
 */
export function SaveButton({ pending, pendingText = "Saving…", children, ...props }: ButtonProps & { pending: boolean; pendingText?: string }) {
  const hydrated = useHydrated();
  return (
    <Button type="submit" {...props} disabled={!hydrated || pending || props.disabled} aria-disabled={pending}>
      {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
      {pending ? pendingText : children}
    </Button>
  );
}
