"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** True when `path` is `prefix` or below it ("/" only matches itself). */
function under(path: string, prefix: string): boolean {
  return prefix === "/" ? path === "/" : path === prefix || path.startsWith(`${prefix}/`);
}

// Marks the current part of the site (aria-current) for screen readers and sighted users.
// `except`: parts of a section that have their own link (e.g. /admin/users under /admin).
export function NavLink({
  href,
  children,
  sections,
  except = [],
}: {
  href: string;
  children: React.ReactNode;
  sections: string[];
  except?: string[];
}) {
  const path = usePathname() ?? "";
  const current = sections.some((p) => under(path, p)) && !except.some((p) => under(path, p));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-sm px-1 py-0.5 text-sm font-medium hover:underline ${current ? "text-slate-900 underline decoration-2 underline-offset-4" : "text-slate-700 no-underline"}`}
    >
      {children}
    </Link>
  );
}
