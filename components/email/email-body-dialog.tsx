"use client";

import { MailOpenIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

export interface EmailView {
  id: string;
  to: string;
  subject: string;
  text: string;
  when: string;
  error: string | null;
  hasHtml: boolean;
}

/**
 * An email's text body in a dialog. The HTML part is deliberately not rendered: it may carry
 * anything a template filled in, and the text part says the same.
 */
export function EmailBodyDialog({ email }: { email: EmailView }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Read "${email.subject}"`}>
          <MailOpenIcon aria-hidden />
          Read
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle className="pr-6 break-words">{email.subject}</DialogTitle>
          <DialogDescription>
            To {email.to} · {email.when}
          </DialogDescription>
        </DialogHeader>
        {email.error ? <p className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">{email.error}</p> : null}
        <pre data-testid="email-body" className="max-h-[60svh] overflow-auto rounded-md border bg-muted/40 p-4 font-sans text-sm leading-relaxed break-words whitespace-pre-wrap">
          {email.text || "(no text body)"}
        </pre>
        {email.hasHtml ? <p className="text-xs text-muted-foreground">This email also has an HTML version with the same content; only the text version is shown here.</p> : null}
      </DialogContent>
    </Dialog>
  );
}
