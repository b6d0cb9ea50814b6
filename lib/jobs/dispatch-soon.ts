type Dispatcher = () => Promise<void>;
const state = globalThis as unknown as { __debriefDispatcher?: Dispatcher; __debriefDispatchQueued?: boolean };

/** The job runtime (in-process runner or Inngest) registers how outbox events leave the process. */
export function registerDispatcher(dispatcher: Dispatcher): void {
  state.__debriefDispatcher = dispatcher;
}

/**
 * Asks for the outbox to be delivered right after the current request, coalescing bursts.
 * Events are already stored, so a crash before this runs loses nothing: start-up delivers them.
 */
export function dispatchSoon(): void {
  if (state.__debriefDispatchQueued || !state.__debriefDispatcher) return;
  state.__debriefDispatchQueued = true;
  setImmediate(() => {
    state.__debriefDispatchQueued = false;
    state.__debriefDispatcher?.().catch((error) => console.error("Debrief: dispatching events failed; they stay queued", error));
  });
}
