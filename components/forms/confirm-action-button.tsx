"use client";

import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useServerAction, type ServerAction } from "./use-server-action";

interface ConfirmActionButtonProps<T> extends Omit<ButtonProps, "onClick"> {
  action: ServerAction<T>;
  input: Record<string, unknown>;
  title: string;
  description: string;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs. */
  pendingLabel?: string;
  destructive?: boolean;
  /** After success (the toast is shown first), e.g. to show new data or leave a deleted page. */
  onSuccess?: (data: T | undefined) => void;
}

/** A button that asks first, then runs a server action and reports the result as a toast. */
export function ConfirmActionButton<T>({ action, input, title, description, confirmLabel, pendingLabel, destructive, onSuccess, children, ...buttonProps }: ConfirmActionButtonProps<T>) {
  const [open, setOpen] = useState(false);
  const { pending, run: runAction } = useServerAction<T>(action, {
    onSuccess: (data) => {
      setOpen(false);
      onSuccess?.(data);
    },
    onError: () => setOpen(false),
  });
  const run = () => runAction(input);
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" {...buttonProps}>
          {children}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant={destructive ? "destructive" : undefined}
            disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              run();
            }}
          >
            {pending && pendingLabel ? pendingLabel : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
