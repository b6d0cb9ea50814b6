"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server HTML and during hydration, true after. Forms that submit through an event
 * handler keep their button disabled until then, so an early click cannot fall back to a native
 * GET submit that would drop what was typed.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
