// Next.js's server runtime puts AsyncLocalStorage on globalThis before its request stores are made; a test
// that calls route handlers outside that runtime does the same, before importing them.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
