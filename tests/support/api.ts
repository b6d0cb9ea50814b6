// Route handlers type their own params; any of them may be called here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, route: { params: Promise<any> }) => Promise<Response>;

/** Calls a route handler the way Next does, with a real Request. */
export async function callRoute(
  handler: Handler,
  { method = "GET", path = "/", key, body, params = {}, headers = {} }: { method?: string; path?: string; key?: string; body?: unknown; params?: Record<string, string>; headers?: Record<string, string> },
) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}
