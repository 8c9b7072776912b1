"use client";
// Editors' "Remove link" forms, one per earlier form, sharing one outcome:
// the scope around the list announces "The link was removed." even though
// the removed item (and its form) disappears. Errors stay with their form.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { createContext, useContext, type ReactNode } from "react";
import { idle, type ActionState } from "@/lib/actions/result";
import { TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { Disclosure } from "@/components/recommendation/disclosure";
import { scopeErrors, unscope } from "@/components/recommendation/scoped-form";
import type { FormAction } from "@/components/recommendation/use-scoped-form";

interface Outcome {
  toId: string;
  state: ActionState;
}
const Scope = createContext<{ outcome: Outcome; formAction: (form: FormData) => void } | null>(null);
const prefixOf = (toId: string) => `unlink-${toId}-`;

export function UnlinkScope({ action, children }: { action: FormAction; children: ReactNode }) {
  const [outcome, formAction] = useAction(
    async (prev: Outcome, form: FormData): Promise<Outcome> => {
      const toId = String(form.get("toId") ?? "");
      return { toId, state: await action(prev.state, unscope(form, prefixOf(toId))) };
    },
    { toId: "", state: idle },
    (o) => o.state.status === "ok",
  );
  return (
    <Scope.Provider value={{ outcome, formAction }}>
      {children}
      {outcome.state.status === "ok" && <FormStatus state={outcome.state} />}
    </Scope.Provider>
  );
}

export function UnlinkForm({ fromId, toId, what }: { fromId: string; toId: string; what: string }) {
  const t = useTranslations("links.unlink");
  const scope = useContext(Scope);
  if (!scope) throw new Error("UnlinkForm must be inside UnlinkScope");
  const mine = scope.outcome.toId === toId && scope.outcome.state.status === "error" ? scope.outcome.state : idle;
  const prefix = prefixOf(toId);
  return (
    <Disclosure summary={t("summary")} tone="danger">
      <form key={formKey(mine)} action={scope.formAction} aria-label={t("form", { what })} noValidate>
        <input type="hidden" name="fromId" value={fromId} />
        <input type="hidden" name="toId" value={toId} />
        <TextArea
          name={`${prefix}reason`}
          label={t("reason")}
          rows={2}
          hint={t("reasonHint")}
          defaultValue={valueOf(mine, "reason", "")}
          errors={scopeErrors(errorsOf(mine), prefix)}
        />
        <SubmitButton tone="danger">{t("submit")}</SubmitButton>
        <FormStatus state={mine} />
      </form>
    </Disclosure>
  );
}
