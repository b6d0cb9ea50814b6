"use client";

import { useState } from "react";
import type { ServerAction } from "@/components/forms/use-server-action";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { OutcomeForm, type OutcomeValues } from "./outcome-form";

/** The outcome form in a dialog that closes once saved. */
export function OutcomeDialog({ slug, outcome, action, title, description, trigger, triggerProps }: { slug: string; outcome?: OutcomeValues; action: ServerAction; title: string; description: string; trigger: React.ReactNode; triggerProps?: ButtonProps }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button {...triggerProps}>{trigger}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <OutcomeForm slug={slug} outcome={outcome} action={action} onDone={() => setOpen(false)} idPrefix={outcome ? `outcome-${outcome.id}` : "new-outcome"} />
      </DialogContent>
    </Dialog>
  );
}
