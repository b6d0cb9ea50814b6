import type { Db } from "@/db";
import type { EventMap, EventName } from "@/lib/events/record-event";

/** The step tools a function uses; Inngest's (durable, memoised) or the in-process runner's. */
export interface StepTools {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
}

export interface JobEvent<E extends EventName> {
  id: string;
  name: E;
  data: EventMap[E];
}

/**
 * One background function, written once and run by either Inngest or the in-process runner.
 * The body is a few steps that call lib/; keep it thin.
 */
export interface FunctionSpec<E extends EventName = EventName> {
  id: string;
  /** The event (or events) that start it. */
  event: E | readonly E[];
  /** Attempts after the first failure. */
  retries: number;
  handler(args: { event: JobEvent<E>; step: StepTools; db: Db }): Promise<unknown>;
  /** Runs once all attempts failed. */
  onFailure?(args: { event: JobEvent<E>; error: Error; db: Db }): Promise<void>;
}

// Specs for different events live in one list; the runner matches them by event name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFunctionSpec = FunctionSpec<any>;

export const eventsOf = (spec: AnyFunctionSpec): readonly EventName[] => (Array.isArray(spec.event) ? spec.event : [spec.event]);
