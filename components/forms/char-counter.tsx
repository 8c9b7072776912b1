"use client";
// "312 of 2,000 characters" under a text field with a limit, so the limit is known before saving. The visible count
// is linked to the control (aria-describedby: read when the field is focused); screen readers hear the count again
// only after a pause in typing once most of the room is used, never on every keystroke.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const PAUSE_MS = 1200;
const ANNOUNCE_FROM = 0.8;

export function CharCounter({ controlId, max }: { controlId: string; max: number }) {
  const t = useTranslations("forms");
  const [count, setCount] = useState<number | null>(null);
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const control = document.getElementById(controlId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!control) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => setCount(control.value.length);
    const onInput = () => {
      update();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const n = control.value.length;
        if (n >= max * ANNOUNCE_FROM) setSpoken(t("counter", { count: n, max }));
      }, PAUSE_MS);
    };
    // A form reset fills the field without an input event.
    const onReset = () => setTimeout(update);
    const form = control.form;
    update();
    control.addEventListener("input", onInput);
    form?.addEventListener("reset", onReset);
    return () => {
      clearTimeout(timer);
      control.removeEventListener("input", onInput);
      form?.removeEventListener("reset", onReset);
    };
  }, [controlId, max, t]);
  const n = count ?? 0;
  return (
    <>
      <p
        id={`${controlId}-count`}
        className={`mt-1 text-xs ${n >= max ? "font-semibold text-rose-800" : "text-slate-600"}`}
      >
        {t("counter", { count: n, max })}
      </p>
      <span className="sr-only" aria-live="polite">
        {spoken}
      </span>
    </>
  );
}
