"use client";

import { useEffect } from "react";

// Calm, generic message: details stay in the server log (error.digest matches it).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-3 max-w-prose text-slate-700">
        This page could not be shown just now. Please try again; if the problem persists, tell your administrator
        {digest ? " and quote the reference below" : ""}.
      </p>
      {digest && <p className="mt-2 text-sm text-slate-600">Reference: {digest}</p>}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        Try again
      </button>
    </div>
  );
}
