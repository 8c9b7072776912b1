import "server-only";
// A route handler's JSON answer to a page (file uploads) in the reader's language: the messages written in lib/
// and in the route (marked with serverText) go through the server catalogues, like an action's answer.
import { currentLocale } from "./request-locale";
import { translateAnswer } from "./server-messages";

export async function answerJson(status: number, body: Record<string, unknown>, headers?: HeadersInit) {
  return Response.json(translateAnswer(body, await currentLocale()), { status, headers });
}
