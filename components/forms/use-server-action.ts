"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/auth/action-state";

export type ActionInput = FormData | Record<string, unknown>;
// Called without a previous state, so any action whose state type differs still fits.
export type ServerAction<T = unknown> = (previous: null, input: ActionInput) => Promise<ActionState<T>>;

/**
 * Runs a server action from an event handler (for forms whose state lives in React, and for
 * one-click actions). Success becomes a toast. A form (`form: true`) shows field errors beside
 * its fields; anything else has no fields to show them by, so they become the toast.
 */
export function useServerAction<T>(action: ServerAction<T>, options: { onSuccess?: (data: T | undefined) => void; onError?: (error: { message: string; fieldErrors: Record<string, string> }) => void; toastSuccess?: boolean; form?: boolean } = {}) {
  const [state, setState] = useState<ActionState<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (input: ActionInput) =>
    startTransition(async () => {
      const result = await action(null, input);
      setState(result);
      if (result.status === "success") {
        if (result.message && options.toastSuccess !== false) toast.success(result.message);
        options.onSuccess?.(result.data);
      } else if (result.status === "error") {
        const details = Object.values(result.fieldErrors);
        if (!options.form) toast.error(details.length ? details.join("; ") : result.message);
        else if (details.length === 0) toast.error(result.message);
        options.onError?.(result);
      }
    });
  return { state, pending, run, reset: () => setState(null) };
}

/** For `useActionState` forms: a toast when an action succeeds, and a hook to react to it. */
export function useSuccessToast<T>(state: ActionState<T> | null, onSuccess?: (data: T | undefined) => void) {
  const seen = useRef<ActionState<T> | null>(null);
  const callback = useRef(onSuccess);
  useEffect(() => {
    callback.current = onSuccess;
  });
  useEffect(() => {
    if (!state || state === seen.current || state.status !== "success") return;
    seen.current = state;
    if (state.message) toast.success(state.message);
    callback.current?.(state.data);
  }, [state]);
}
