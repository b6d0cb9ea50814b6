import type * as React from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Field, FieldDescription, FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { fieldError, submittedValue, type ActionState } from "@/lib/auth/action-state";

type TextFieldProps = React.ComponentProps<typeof Input> & {
  name: string;
  label: string;
  description?: React.ReactNode;
  error?: string;
  /** The form's action state: supplies this field's error and refills what was typed. */
  state?: ActionState | null;
  /** Distinguishes ids when the same field name appears twice on a page. */
  idPrefix?: string;
};

/** Label, input, hint and error wired together for screen readers. */
export function TextField({ name, label, description, error: errorProp, state, idPrefix, defaultValue, ...props }: TextFieldProps) {
  const ids = fieldIds(idPrefix ? `${idPrefix}-${name}` : name);
  const error = errorProp ?? fieldError(state ?? null, name);
  return (
    <Field>
      <Label htmlFor={ids.control}>{label}</Label>
      <Input
        id={ids.control}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && ids.description, error && ids.error)}
        defaultValue={submittedValue(state ?? null, name) ?? defaultValue}
        {...props}
      />
      {description ? <FieldDescription id={ids.description}>{description}</FieldDescription> : null}
      <FieldError id={ids.error} errors={error} />
    </Field>
  );
}
