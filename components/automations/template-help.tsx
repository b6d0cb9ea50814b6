import { ChevronRightIcon } from "lucide-react";

/** The placeholders a subject or body may use, folded away until asked for. */
export function TemplateHelp({ fields }: { fields: readonly { path: string; description: string }[] }) {
  return (
    <details className="group rounded-md border bg-muted/40 text-sm">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 px-3 py-2 font-medium outline-none select-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon aria-hidden className="size-4 transition-transform group-open:rotate-90" />
        Placeholders you can use
      </summary>
      <div className="grid gap-2 border-t px-3 py-3">
        <p className="text-muted-foreground">
          Write <code className="font-mono text-xs">{"{{ contact.name }}"}</code> and it is replaced by the value from the call. Unknown or empty fields become blank; nothing else is
          evaluated.
        </p>
        <dl className="grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
          {fields.map((field) => (
            <div key={field.path} className="contents">
              <dt>
                <code className="font-mono text-xs text-foreground">{`{{ ${field.path} }}`}</code>
              </dt>
              <dd className="text-muted-foreground max-sm:mb-1">{field.description}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
