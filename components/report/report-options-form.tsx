// The report's options as a GET form: everything lives in the URL, so a
// report can be shared, cited and downloaded with exactly the same options.
// Hidden in print (the title block says what the report shows).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAME } from "@/lib/i18n/locales";
import { statusLabel } from "@/lib/i18n/status";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import type { ReportOptions } from "@/lib/reports/schema";

const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
const label = "block text-sm font-semibold text-slate-900";
const hint = "mt-1 text-xs text-slate-700";

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
  const t = useTranslations("report.options");
  const s = useTranslations("status");
  const lang = useTranslations("reportExport.languageField");
  const locale = useLocale();
  return (
    <form
      method="get"
      action={action}
      aria-label={t("label")}
      className="no-print mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {(["on", "asOf", "since"] as const).map((k) => (
          <DateField
            key={k}
            id={`report-${k}`}
            name={k}
            text={t(`${k}.label`)}
            value={options[k]}
            today={today}
            hintText={t(`${k}.hint`)}
          />
        ))}
        <Select
          id="report-content"
          name="content"
          text={t("content.label")}
          value={options.content}
          choices={(["full", "summary"] as const).map((k) => [k, t(`content.${k}`)])}
        />
        <Select
          id="report-layout"
          name="layout"
          text={t("layout.label")}
          value={options.layout}
          choices={(["tracker", "government"] as const).map((k) => [k, t(`layout.${k}`)])}
          hintText={t("layout.hint")}
        />
        <Select
          id="report-status"
          name="status"
          text={t("status.label")}
          value={options.status ?? ""}
          choices={[
            ["", t("status.any")],
            ...STATE_RESPONSE_ORDER.map((c): [string, string] => [c, statusLabel(s, c)]),
          ]}
        />
        <Select
          id="report-independent"
          name="independent"
          text={t("independent.label")}
          value={options.independent ?? ""}
          choices={[
            ["", t("independent.any")],
            ...ASSESSMENT_ORDER.map((c): [string, string] => [c, statusLabel(s, c)]),
          ]}
        />
        <Select
          id="report-paper"
          name="paper"
          text={t("paper.label")}
          value={options.paper}
          choices={(["a4", "letter"] as const).map((k) => [k, t(`paper.${k}`)])}
        />
        <Select
          id="report-lang"
          name="lang"
          text={lang("label")}
          value={options.lang ?? locale}
          choices={LOCALES.map((l) => [l, LOCALE_NAME[l]])}
          hintText={lang("hint")}
        />
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-sky-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-sky-900"
        >
          {t("submit")}
        </button>
        <Link href={action} className="text-sm">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
