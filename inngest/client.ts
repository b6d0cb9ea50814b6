import { Inngest } from "inngest";
import { getEnv } from "@/lib/env";

/** True when Inngest (cloud, self-hosted or dev server) should run the functions. */
export function inngestEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV || env.INNGEST_BASE_URL);
}

const state = globalThis as unknown as { __debriefInngest?: Inngest };

export function getInngest(): Inngest {
  const env = getEnv();
  state.__debriefInngest ??= new Inngest({
    id: "debrief",
    eventKey: env.INNGEST_EVENT_KEY,
    baseUrl: env.INNGEST_BASE_URL,
    isDev: env.INNGEST_DEV ? true : undefined,
  });
  return state.__debriefInngest;
}
