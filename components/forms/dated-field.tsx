// A real-world date as sources give it: a day, a month or a year in one field,
// or, when the date is not known, bounds ("not before", "not after"), with a
// note on how the date is known. One fieldset; every message under its field.
// The hints show dates as the reader writes them (ДД.ММ.ГГГГ in Russian, КК.АА.ЖЖЖЖ in Kazakh); whatever the
// language, every unambiguous form and ISO are read (lib/typed-date.ts).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { DATE_INPUT_MAX, DATE_NOTE_MAX } from "@/lib/dated";
import { formatIsoDay, useReaderLocale } from "@/components/recommendation/dates";
import { TextField } from "./field";

export interface DatedValues {
  date: string;
  notBefore: string;
  notAfter: string;
  dateNote: string;
}

interface Props {
  legend: ReactNode;
  /** The (scoped) name of a field of the form. */
  name: (field: keyof DatedValues) => string;
  /** The value to show: typed after a refused save, else stored. */
  value: (field: keyof DatedValues, stored: string) => string;
  stored: DatedValues;
  errors: Record<string, string[]>;
  today: string;
}

export function DatedFields({ legend, name, value, stored, errors, today }: Props) {
  const v = (f: keyof DatedValues) => value(f, stored[f]);
  const t = useTranslations("forms");
  const locale = useReaderLocale();
  return (
    <fieldset className="mt-4 rounded-md border border-slate-300 px-3 pb-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {legend}
        <span className="font-normal text-slate-600"> {t("required")}</span>
      </legend>
      <TextField
        name={name("date")}
        label={t("dateLabel")}
        hint={t("dateHint")}
        defaultValue={v("date")}
        errors={errors}
        maxLength={DATE_INPUT_MAX}
      />
      <p className="mt-3 text-sm text-slate-700">{t("boundsIntro")}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name={name("notBefore")}
          label={t("notBefore")}
          hint={t("notBeforeHint")}
          maxLength={DATE_INPUT_MAX}
          defaultValue={v("notBefore")}
          errors={errors}
        />
        <TextField
          name={name("notAfter")}
          label={t("notAfter")}
          maxLength={DATE_INPUT_MAX}
          hint={t("notAfterHint", { today: formatIsoDay(today, locale) })}
          defaultValue={v("notAfter")}
          errors={errors}
        />
      </div>
      <TextField
        name={name("dateNote")}
        label={t("dateNote")}
        hint={t("dateNoteHint")}
        defaultValue={v("dateNote")}
        errors={errors}
        maxLength={DATE_NOTE_MAX}
        counter
      />
      <p className="mt-2 text-xs text-slate-600">{t("uncertainDatesRule")}</p>
    </fieldset>
  );
}

export const EMPTY_DATED: DatedValues = { date: "", notBefore: "", notAfter: "", dateNote: "" };
