// Every request gets an id (proxy.ts sets it on the request and on the response as X-Request-Id), so a person
// who reports a problem and the administrator reading the logs talk about the same request. An id sent by the
// client is taken only behind our own reverse proxy (TRUSTED_PROXY=true, as for X-Forwarded-For in
// lib/users/client-address.ts), which can then tie its access log to ours; and only if it is a short plain token,
// so nobody can put line breaks, markup or megabytes into our log lines through it.

export const REQUEST_ID_HEADER = "x-request-id";

const SAFE = /^[A-Za-z0-9._-]{8,64}$/;

/** The incoming id when it may be kept; null when a fresh one must be made. */
export function acceptedRequestId(incoming: string | null | undefined, trustProxy: boolean): string | null {
  if (!trustProxy || typeof incoming !== "string") return null;
  const value = incoming.trim();
  return SAFE.test(value) ? value : null;
}

/** The id of this request: the trusted incoming one, or a new random one. */
export function requestIdFor(incoming: string | null | undefined, trustProxy: boolean): string {
  return acceptedRequestId(incoming, trustProxy) ?? crypto.randomUUID();
}

/** TRUSTED_PROXY as lib/env.ts reads it ("true" or not), without parsing the whole environment on every request. */
export const trustProxy = () => process.env.TRUSTED_PROXY === "true";

/**
 * For the two route handlers proxy.ts must not see (large uploads, whose body it would copy and cut): the same
 * id rule, applied here, with the id on the answer.
 */
export function withRequestId<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const id = requestIdFor(request.headers.get(REQUEST_ID_HEADER), trustProxy());
    return withIdHeader(await handler(request, ...rest), id);
  };
}

/** The answer with its request id (a copy when its headers are immutable, as a redirect's are). */
export function withIdHeader(response: Response, id: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(REQUEST_ID_HEADER, id);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
