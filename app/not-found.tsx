import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-3 max-w-prose text-slate-700">
        There is no page at this address. The link may be mistyped or out of date, or the record it pointed to may have
        been renamed or removed.
      </p>
      <ul className="mt-6 list-disc space-y-1 pl-6">
        <li>
          <Link href="/">Browse the election cycles</Link>
        </li>
        <li>
          <Link href="/documents">Browse the source documents</Link>
        </li>
      </ul>
    </>
  );
}
