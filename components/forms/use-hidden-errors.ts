// withHiddenErrors (components/admin/form-helpers.ts) with "Nothing was saved." in the reader's language.
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/result";
import { withHiddenErrors } from "@/components/admin/form-helpers";

export function useHiddenErrors(state: ActionState, shown: readonly string[]): ActionState {
  const t = useTranslations("forms");
  return withHiddenErrors(state, shown, t("nothingSaved"));
}
