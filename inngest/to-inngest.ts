import type { Inngest } from "inngest";
import { getDb } from "@/db";
import { eventsOf, type AnyFunctionSpec, type StepTools } from "@/lib/jobs/types";

/** Wraps a function spec as an Inngest function: Inngest's steps are durable and memoised. */
export function toInngestFunction(client: Inngest, spec: AnyFunctionSpec) {
  return client.createFunction(
    {
      id: spec.id,
      retries: spec.retries as 3,
      triggers: eventsOf(spec).map((event) => ({ event })),
      onFailure: async ({ event, error }) => {
        const original = (event.data as { event: { id?: string; name: string; data: Record<string, unknown> } }).event;
        await spec.onFailure?.({ event: { id: original.id ?? "", name: original.name, data: original.data }, error, db: await getDb() });
      },
    },
    async ({ event, step }) => {
      const steps: StepTools = { run: (id, fn) => step.run(id, fn) as never };
      return spec.handler({ event: { id: event.id ?? "", name: event.name, data: event.data }, step: steps, db: await getDb() });
    },
  );
}
