"use client";

import { Loader2Icon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useServerAction, type ServerAction } from "@/components/forms/use-server-action";

/** A button that runs a server action at once (for reversible changes) and reports it as a toast. */
export function ActionButton({ action, input, children, ...props }: Omit<ButtonProps, "onClick"> & { action: ServerAction; input: Record<string, unknown> }) {
  const { pending, run } = useServerAction(action);
  return (
    <Button variant="outline" size="sm" {...props} disabled={pending || props.disabled} onClick={() => run(input)}>
      {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
      {children}
    </Button>
  );
}
