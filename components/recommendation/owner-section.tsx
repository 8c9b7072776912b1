"use client";
// The recommendation's owner: shown to signed-in readers; editors and admins set, change or clear it in one
// audited step (lib/owners). The new owner is notified.
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { setOwnerAction } from "@/lib/owners/actions";

interface Props {
  recommendationId: string;
  owner: { id: string | null; name: string | null; version: number };
  /** Present for editors and admins: the people who may own it. */
  candidates?: { value: string; label: string; group: string }[];
}

export function OwnerSection({ recommendationId, owner, candidates }: Props) {
  const [state, formAction] = useAction(setOwnerAction);
  const t = useTranslations("recommendation");
  return (
    <section aria-labelledby="owner" className="mt-6">
      <h2 id="owner" className="text-lg font-semibold">
        {t("owner")}
      </h2>
      <p className="mt-1 text-slate-800">{owner.name ?? t("noOwnerYet")}</p>
      {candidates && (
        <form
          key={`${formKey(state)}-${owner.version}`}
          action={formAction}
          aria-label={t("setOwner")}
          className="no-print"
          noValidate
        >
          <input type="hidden" name="id" value={recommendationId} />
          <input type="hidden" name="version" value={owner.version} />
          <SelectField
            name="ownerId"
            label={t("owner")}
            hint={t("ownerHint")}
            options={candidates}
            emptyLabel={t("noOwner")}
            defaultValue={valueOf(state, "ownerId", owner.id ?? "")}
            errors={errorsOf(state)}
          />
          <SubmitButton>{t("saveOwner")}</SubmitButton>
          <FormStatus state={state} />
        </form>
      )}
    </section>
  );
}
