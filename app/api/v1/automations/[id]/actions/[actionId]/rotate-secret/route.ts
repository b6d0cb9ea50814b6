import { apiHandler } from "@/lib/api/handler";
import { rotateSecretEndpoint } from "@/lib/api/endpoints/automations";
import { rotateWebhookSecret } from "@/lib/automations/automations";

export const POST = apiHandler(rotateSecretEndpoint, async ({ ctx, params }) => rotateWebhookSecret(ctx, params.id, params.actionId));
