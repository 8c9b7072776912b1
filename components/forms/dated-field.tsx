// A real-world date as sources give it: a day, a month or a year in one field,
// or, when the date is not known, bounds ("not before", "not after"), with a
// note on how the date is known. One fieldset; every message under its field.
import type { ReactNode } from "react";
import { DATE_INPUT_MAX, DATE_NOTE_MAX, UNCERTAIN_DATES_RULE, datedExamples } from "@/lib/dated";
import { dayExample } from "@/lib/typed-date";
import { formatIsoDay } from "@/components/recommendation/dates";
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
  return (
    <fieldset className="mt-4 rounded-md border border-slate-300 px-3 pb-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {legend}
        <span className="font-normal text-slate-600"> (required)</span>
      </legend>
      <TextField
        name={name("date")}
        label="Date"
        hint={`${capitalised(datedExamples())}, as the source gives it.`}
        defaultValue={v("date")}
        errors={errors}
        maxLength={DATE_INPUT_MAX}
      />
      <p className="mt-3 text-sm text-slate-700">
        If the source gives no date, leave it empty and say between which days it was given:
      </p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name={name("notBefore")}
          label="Not before"
          hint={`Optional, e.g. ${dayExample()}.`}
          maxLength={DATE_INPUT_MAX}
          defaultValue={v("notBefore")}
          errors={errors}
        />
        <TextField
          name={name("notAfter")}
          label="Not after"
          maxLength={DATE_INPUT_MAX}
          hint={`At the latest today, ${formatIsoDay(today)}.`}
          defaultValue={v("notAfter")}
          errors={errors}
        />
      </div>
      <TextField
        name={name("dateNote")}
        label="Note on the date"
        hint="How the date is known, e.g. “undated; answers a letter of 13 July 2011”."
        defaultValue={v("dateNote")}
        errors={errors}
        maxLength={DATE_NOTE_MAX}
        counter
      />
      <p className="mt-2 text-xs text-slate-600">{UNCERTAIN_DATES_RULE}</p>
    </fieldset>
  );
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const EMPTY_DATED: DatedValues = { date: "", notBefore: "", notAfter: "", dateNote: "" };
