import { AppError, InvalidError } from "@/lib/errors";

const STATUS: Record<AppError["code"], number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
};

export interface ApiErrorBody {
  error: { code: string; message: string; details: unknown };
}

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

/** The one place an error becomes an HTTP answer: `{ error: { code, message, details } }`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if ("retryAfterSeconds" in error) headers["Retry-After"] = String(error.retryAfterSeconds);
    const details = error instanceof InvalidError ? { issues: error.issues } : (error.details ?? null);
    return json({ error: { code: error.code, message: error.message, details } } satisfies ApiErrorBody, STATUS[error.code], headers);
  }
  console.error(error);
  return json({ error: { code: "internal", message: "Something went wrong on our side", details: null } } satisfies ApiErrorBody, 500);
}

export const noContent = () => new Response(null, { status: 204 });
