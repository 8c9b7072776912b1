"use client";
// "Collapse all" / "Expand all" for the on-screen report's items (each a <details>, open by default), and printing
// always shows every item whole: collapsed items are opened before printing and closed again after.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const bodies = () => Array.from(document.querySelectorAll<HTMLDetailsElement>("details.report-item-body"));

export function ItemsToggle() {
  const t = useTranslations("report.contents");
  const [open, setOpen] = useState(true);
  useEffect(() => {
    let closed: HTMLDetailsElement[] = [];
    const before = () => {
      closed = bodies().filter((d) => !d.open);
      for (const d of closed) d.open = true;
    };
    const after = () => {
      for (const d of closed) d.open = false;
      closed = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  const toggle = () => {
    for (const d of bodies()) d.open = !open;
    setOpen(!open);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      className="mt-3 rounded border border-slate-400 px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100"
    >
      {open ? t("collapseAll") : t("expandAll")}
    </button>
  );
}
