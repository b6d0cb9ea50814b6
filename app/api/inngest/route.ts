import { serve } from "inngest/next";
import { getInngest } from "@/inngest/client";
import { FUNCTIONS } from "@/inngest/functions";
import { toInngestFunction } from "@/inngest/to-inngest";

type Handlers = ReturnType<typeof serve>;
let handlers: Handlers | undefined;

// Built on the first request, not at import: the build must not need the environment.
const get = (): Handlers => (handlers ??= serve({ client: getInngest(), functions: FUNCTIONS.map((spec) => toInngestFunction(getInngest(), spec)) }));

/** Inngest calls this to run the functions when it is configured (INNGEST_SIGNING_KEY verifies it). */
export const GET: Handlers["GET"] = (...args) => get().GET(...args);
export const POST: Handlers["POST"] = (...args) => get().POST(...args);
export const PUT: Handlers["PUT"] = (...args) => get().PUT(...args);
