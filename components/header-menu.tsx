"use client";
// A small drop-down of the site header (the account menu, the language menu): a native <details>, so keyboard and
// screen readers work without scripts; the script only closes it on navigation, on Escape and on a click elsewhere.
// Menus keep the header on one line at 1280 px in every language.
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

export function HeaderMenu({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const path = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [path]);
  useEffect(() => {
    const close = (e: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !menu.contains(e.target as Node)) {
        menu.open = false;
        if (e instanceof KeyboardEvent) menu.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);
  return (
    <details ref={ref} className="relative">
      <summary className="flex cursor-pointer items-center gap-1 rounded px-1 py-0.5 text-slate-900 hover:bg-slate-100">
        {summary}
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex min-w-48 flex-col items-start gap-2 rounded-md border border-slate-300 bg-white p-3 shadow-md">
        {children}
      </div>
    </details>
  );
}
