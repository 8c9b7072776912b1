"use client";
// "Save this view": keeps the page's current filters under a name of the person's choosing. The server parses the
// filters again with the page's own schema (lib/saved-views/pages.ts): what is kept is what the page would show.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import { idle } from "@/lib/actions/result";
import { saveViewAction } from "@/lib/saved-views/actions";
import type { SavedViewPage } from "@/lib/saved-views/pages";

export function SaveViewForm(p: { page: SavedViewPage; query: string; slug?: string; themeId?: string }) {
  const t = useTranslations("savedViews");
  const [state, action] = useAction(saveViewAction, idle);
  return (
    <form action={action} key={formKey(state)} noValidate aria-label={t("save")} className="mt-3">
      <input type="hidden" name="page" value={p.page} />
      <input type="hidden" name="query" value={p.query} />
      {p.slug && <input type="hidden" name="slug" value={p.slug} />}
      {p.themeId && <input type="hidden" name="themeId" value={p.themeId} />}
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          scope="save-view"
          name="name"
          label={t("name")}
          required
          maxLength={80}
          className="min-w-64"
          errors={errorsOf(state)}
          defaultValue={valueOf(state, "name", "")}
        />
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
      <FormStatus state={withHiddenErrors(state, ["name"])} />
    </form>
  );
}
