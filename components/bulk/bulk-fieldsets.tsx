"use client";
// The fields of each bulk change, labelled like their single-item forms (the owner select of a recommendation's
// page, the institution's "Responsible since" date, a follow-up entry's target date and next step).
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED } from "@/components/forms/dated-field";
import { SelectField, TextField } from "@/components/forms/field";

export type Option = { value: string; label: string };
interface Common {
  errors: Record<string, string[]>;
  /** What was typed before a refused save, else the default. */
  value: (field: string, stored: string) => string;
  today: string;
}

function Reason(p: Common) {
  const t = useTranslations("bulk");
  return (
    <TextField
      name="reason"
      scope="bulk"
      label={t("reason")}
      hint={t("reasonHint")}
      defaultValue={p.value("reason", "")}
      errors={p.errors}
      maxLength={2000}
    />
  );
}

export function ThemeFields(p: Common & { themes: Option[] }) {
  const t = useTranslations("bulk");
  return (
    <>
      <SelectField
        name="themeId"
        scope="bulk"
        label={t("theme")}
        options={p.themes}
        emptyLabel={t("chooseTheme")}
        defaultValue={p.value("themeId", "")}
        errors={p.errors}
      />
      <Reason {...p} />
    </>
  );
}

export function OwnerFields(p: Common & { owners: (Option & { group: string })[] }) {
  const t = useTranslations("bulk");
  return (
    <SelectField
      name="ownerId"
      scope="bulk"
      label={t("owner")}
      hint={t("ownerHint")}
      options={p.owners}
      emptyLabel={t("chooseOwner")}
      defaultValue={p.value("ownerId", "")}
      errors={p.errors}
    />
  );
}

export function InstitutionFields(p: Common & { institutions: Option[] }) {
  const t = useTranslations("bulk");
  return (
    <>
      <SelectField
        name="institutionId"
        scope="bulk"
        label={t("institution")}
        hint={t("institutionHint")}
        options={p.institutions}
        emptyLabel={t("choose")}
        defaultValue={p.value("institutionId", "")}
        errors={p.errors}
      />
      <DatedFields
        legend={t("responsibleSince")}
        name={(f) => f}
        value={p.value}
        stored={EMPTY_DATED}
        errors={p.errors}
        today={p.today}
      />
      <Reason {...p} />
    </>
  );
}

export function TargetDateFields(p: Common & { institutions: Option[] }) {
  const t = useTranslations("bulk");
  return (
    <>
      <p className="mt-3 text-sm text-slate-700">{t("targetIntro")}</p>
      <TextField
        name="targetDate"
        scope="bulk"
        type="date"
        label={t("targetDate")}
        required
        defaultValue={p.value("targetDate", "")}
        errors={p.errors}
      />
      <TextField
        name="nextStep"
        scope="bulk"
        label={t("nextStep")}
        required
        hint={t("nextStepHint")}
        defaultValue={p.value("nextStep", "")}
        errors={p.errors}
        maxLength={500}
      />
      <SelectField
        name="institutionId"
        scope="bulk"
        label={t("responsibleInstitution")}
        options={p.institutions}
        emptyLabel={t("noneNamed")}
        defaultValue={p.value("institutionId", "")}
        errors={p.errors}
      />
      <DatedFields
        legend={t("targetSet")}
        name={(f) => f}
        value={p.value}
        stored={{ ...EMPTY_DATED, date: p.today }}
        errors={p.errors}
        today={p.today}
      />
    </>
  );
}
