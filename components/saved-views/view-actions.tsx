"use client";
// Rename or delete one of the person's own views (folded, so a list of views stays short).
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import { idle } from "@/lib/actions/result";
import { deleteViewAction, renameViewAction } from "@/lib/saved-views/actions";

export function ViewActions({ view }: { view: { id: string; name: string } }) {
  const t = useTranslations("savedViews");
  const [renamed, rename] = useAction(renameViewAction, idle);
  const [deleted, remove] = useAction(deleteViewAction, idle);
  const scope = `view-${view.id}`;
  return (
    <details className="ml-2 inline-block text-sm">
      <summary className="cursor-pointer text-sky-800">
        {t.rich("change", { name: view.name, sr: (c) => <span className="sr-only">{c}</span> })}
      </summary>
      <form
        action={rename}
        key={formKey(renamed)}
        noValidate
        aria-label={t("renameLabel", { name: view.name })}
        className="mt-2"
      >
        <input type="hidden" name="id" value={view.id} />
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            scope={scope}
            name="name"
            label={t("newName")}
            required
            maxLength={80}
            className="min-w-56"
            errors={errorsOf(renamed)}
            defaultValue={valueOf(renamed, "name", view.name)}
          />
          <SubmitButton>{t("rename")}</SubmitButton>
        </div>
        <FormStatus state={withHiddenErrors(renamed, ["name"])} />
      </form>
      <form action={remove} aria-label={t("deleteLabel", { name: view.name })} className="mt-2">
        <input type="hidden" name="id" value={view.id} />
        <SubmitButton tone="danger">{t("delete")}</SubmitButton>
        <FormStatus state={deleted} />
      </form>
    </details>
  );
}
