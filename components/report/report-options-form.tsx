// The report's options as a GET form: everything lives in the URL, so a
// report can be shared, cited and downloaded with exactly the same options.
// Hidden in print (the title block says what the report shows).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAME } from "@/lib/i18n/locales";
import { ASSESSMENT, ASSESSMENT_ORDER, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import type { ReportOptions } from "@/lib/reports/schema";
import { UNCERTAIN_DATES_RULE } from "@/lib/dated";
import { CONTENT_LABEL, LAYOUT_LABEL, PAPER_LABEL } from "@/lib/reports/export-text";

const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const label = "block text-sm font-semibold text-slate-900";
const hint = "mt-1 text-xs text-slate-700";
const ON_HINT = `The status in the world on that day: the latest response and assessment dated on or before it. Empty: the latest recorded. ${UNCERTAIN_DATES_RULE}`;

function Select<K extends string>({
  id,
  name,
  text,
  value,
  choices,
  hintText,
}: {
  id: string;
  name: string;
  text: string;
  value: string;
  choices: [K | "", string][];
  hintText?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        className={control}
        aria-describedby={hintText ? `${id}-hint` : undefined}
      >
        {choices.map(([v, l]) => (
          <option key={v || "any"} value={v}>
            {l}
          </option>
        ))}
      </select>
      {hintText && (
        <p id={`${id}-hint`} className={hint}>
          {hintText}
        </p>
      )}
    </div>
  );
}

type DateFieldProps = {
  id: string;
  name: string;
  text: string;
  value: string | undefined;
  today: string;
  hintText: string;
};

function DateField({ id, name, text, value, today, hintText }: DateFieldProps) {
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        min="1990-01-01"
        max={today}
        defaultValue={value ?? ""}
        aria-describedby={`${id}-hint`}
        className={control}
      />
      <p id={`${id}-hint`} className={hint}>
        {hintText}
      </p>
    </div>
  );
}

export function ReportOptionsForm({
  action,
  options,
  today,
}: {
  action: string;
  options: ReportOptions;
  today: string;
}) {
  const t = useTranslations("reportExport.languageField");
  const locale = useLocale();
  return (
    <form
      method="get"
      action={action}
      aria-label="Report options"
      className="no-print mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <DateField id="report-on" name="on" text="Status on" value={options.on} today={today} hintText={ON_HINT} />
        <DateField
          id="report-asOf"
          name="asOf"
          text="As recorded on"
          value={options.asOf}
          today={today}
          hintText="What the tracker held at the end of that day (UTC). Empty: as currently recorded."
        />
        <DateField
          id="report-since"
          name="since"
          text="Changes since"
          value={options.since}
          today={today}
          hintText="Adds the status on that earlier day (as recorded at the same moment) and the change to the summary. Optional."
        />
        <Select
          id="report-content"
          name="content"
          text="Content"
          value={options.content}
          choices={(["full", "summary"] as const).map((k) => [k, CONTENT_LABEL[k]])}
        />
        <Select
          id="report-layout"
          name="layout"
          text="Layout"
          value={options.layout}
          choices={(["tracker", "government"] as const).map((k) => [k, LAYOUT_LABEL[k]])}
          hintText="Government comments: each recommendation in italics, then the CEC standpoint and its status sentence."
        />
        <Select
          id="report-status"
          name="status"
          text="Only items whose state response is"
          value={options.status ?? ""}
          choices={[
            ["", "Any response"],
            ...STATE_RESPONSE_ORDER.map((s): [string, string] => [s, STATE_RESPONSE[s].label]),
          ]}
        />
        <Select
          id="report-independent"
          name="independent"
          text="Only items whose independent assessment is"
          value={options.independent ?? ""}
          choices={[["", "Any assessment"], ...ASSESSMENT_ORDER.map((s): [string, string] => [s, ASSESSMENT[s].label])]}
        />
        <Select
          id="report-paper"
          name="paper"
          text="Paper"
          value={options.paper}
          choices={(["a4", "letter"] as const).map((k) => [k, PAPER_LABEL[k]])}
        />
        <Select
          id="report-lang"
          name="lang"
          text={t("label")}
          value={options.lang ?? locale}
          choices={LOCALES.map((l) => [l, LOCALE_NAME[l]])}
          hintText={t("hint")}
        />
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-sky-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-sky-900"
        >
          Update report
        </button>
        <Link href={action} className="text-sm">
          Reset to the full current report
        </Link>
      </div>
    </form>
  );
}
