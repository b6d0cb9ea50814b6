import { AlertCircleIcon, CheckCircle2Icon } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ActionState } from "@/lib/auth/action-state";

/** The form-level result of a server action; field errors show beside their fields. */
export function FormMessage({ state }: { state: ActionState | null }) {
  if (!state || state.status === "idle") return null;
  if (state.status === "success") {
    if (!state.message) return null;
    return (
      <Alert role="status">
        <CheckCircle2Icon aria-hidden />
        <AlertDescription>{state.message}</AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant="destructive" role="status" aria-live="polite">
      <AlertCircleIcon aria-hidden />
      <AlertDescription>{state.message}</AlertDescription>
    </Alert>
  );
}
