import * as React from "react";

import { cn } from "@/lib/utils";

/*
 * Wiring a field so assistive tech reads its hint and error with the control:
 *
 *   const ids = fieldIds("email");
 *   <Field>
 *     <Label htmlFor={ids.control}>Email</Label>
 *     <Input id={ids.control} name="email"
 *       aria-invalid={errors ? true : undefined}
 *       aria-describedby={describedBy(ids.description, errors && ids.error)} />
 *     <FieldDescription id={ids.description}>We never share it.</FieldDescription>
 *     <FieldError id={ids.error} errors={errors} />
 *   </Field>
 *
 * FieldError deliberately has no role="alert": after a server action re-renders the form,
 * every error would be announced at once. Move focus to the first invalid control (or to a
 * summary) instead; its description then reads the error.
 */

function fieldIds(name: string) {
  return { control: name, description: `${name}-description`, error: `${name}-error` };
}

/**
 * Joins the ids that apply; returns undefined when none do, so no empty attribute renders.
 * Accepts `cond && id` for any condition (falsy non-strings are dropped).
 */
function describedBy(...ids: Array<string | number | bigint | boolean | null | undefined>): string | undefined {
  const joined = ids.filter((id): id is string => typeof id === "string" && id !== "").join(" ");
  return joined || undefined;
}

function Field({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="field" className={cn("grid content-start gap-2", className)} {...props} />;
}

function FieldDescription({ className, ...props }: React.ComponentProps<"p">) {
  return <p data-slot="field-description" className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

type FieldErrorProps = Omit<React.ComponentProps<"p">, "children"> & {
  /** A message or a list of them (e.g. zod's `flatten().fieldErrors.x`); nothing renders when empty. */
  errors?: string | readonly string[] | null;
};

function FieldError({ errors, className, ...props }: FieldErrorProps) {
  const messages = (typeof errors === "string" ? [errors] : (errors ?? [])).filter(Boolean);
  if (messages.length === 0) return null;
  return (
    <p data-slot="field-error" className={cn("text-sm font-medium text-destructive", className)} {...props}>
      {messages.join(" ")}
    </p>
  );
}

export { Field, FieldDescription, FieldError, fieldIds, describedBy, type FieldErrorProps };
