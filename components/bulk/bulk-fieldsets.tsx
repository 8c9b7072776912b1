"use client";
// The fields of each bulk change, labelled like their single-item forms (the owner select of a recommendation's
// page, the institution's "Responsible since" date, a follow-up entry's target date and next step).
import { DatedFields, EMPTY_DATED } from "@/components/forms/dated-field";
import { SelectField, TextField } from "@/components/forms/field";

export type Option = { value: string; label: string };
interface Common {
  errors: Record<string, string[]>;
  /** What was typed before a refused save, else the default. */
  value: (field: string, stored: string) => string;
  today: string;
}

const reason = (p: Common) => (
  <TextField
    name="reason"
    scope="bulk"
    label="Reason"
    hint="Optional; kept in each recommendation's history."
    defaultValue={p.value("reason", "")}
    errors={p.errors}
    maxLength={2000}
  />
);

export function ThemeFields(p: Common & { themes: Option[] }) {
  return (
    <>
      <SelectField
        name="themeId"
        scope="bulk"
        label="Theme"
        options={p.themes}
        emptyLabel="Choose a theme"
        defaultValue={p.value("themeId", "")}
        errors={p.errors}
      />
      {reason(p)}
    </>
  );
}

export function OwnerFields(p: Common & { owners: (Option & { group: string })[] }) {
  return (
    <SelectField
      name="ownerId"
      scope="bulk"
      label="Owner"
      hint="An editor, administrator or an institution's contributor; they are notified once for the whole step."
      options={p.owners}
      emptyLabel="Choose the owner"
      defaultValue={p.value("ownerId", "")}
      errors={p.errors}
    />
  );
}

export function InstitutionFields(p: Common & { institutions: Option[] }) {
  return (
    <>
      <SelectField
        name="institutionId"
        scope="bulk"
        label="Institution to assign"
        hint="Its contributors are notified once for the whole step."
        options={p.institutions}
        emptyLabel="Choose…"
        defaultValue={p.value("institutionId", "")}
        errors={p.errors}
      />
      <DatedFields
        legend="Responsible since"
        name={(f) => f}
        value={p.value}
        stored={EMPTY_DATED}
        errors={p.errors}
        today={p.today}
      />
      {reason(p)}
    </>
  );
}

export function TargetDateFields(p: Common & { institutions: Option[] }) {
  return (
    <>
      <p className="mt-3 text-sm text-slate-700">
        Each selected recommendation gets a follow-up entry with this target date and next step; the deadline views show
        it.
      </p>
      <TextField
        name="targetDate"
        scope="bulk"
        type="date"
        label="Target date"
        required
        defaultValue={p.value("targetDate", "")}
        errors={p.errors}
      />
      <TextField
        name="nextStep"
        scope="bulk"
        label="Next step"
        required
        hint="What is to be done by the target date, in a few words."
        defaultValue={p.value("nextStep", "")}
        errors={p.errors}
        maxLength={500}
      />
      <SelectField
        name="institutionId"
        scope="bulk"
        label="Responsible institution"
        options={p.institutions}
        emptyLabel="None named"
        defaultValue={p.value("institutionId", "")}
        errors={p.errors}
      />
      <DatedFields
        legend="Date the target was set"
        name={(f) => f}
        value={p.value}
        stored={{ ...EMPTY_DATED, date: p.today }}
        errors={p.errors}
        today={p.today}
      />
    </>
  );
}
