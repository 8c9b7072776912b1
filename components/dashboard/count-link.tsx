// A count that links to the list of recommendations behind it. The link's
// accessible name says what is counted, not just "11" — unless the count sits
// in a table whose row and column headers say it (no `context`: pages with
// large tables stay light). Zero is plain text.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function CountLink({
  n,
  href,
  context,
  strong = false,
}: {
  n: number;
  href: string | null;
  context?: string;
  strong?: boolean;
}) {
  const t = useTranslations("dashboard");
  const words =
    context === undefined ? null : <span className="sr-only"> {t("countLink", { count: n, context })}</span>;
  if (n === 0 || href === null) {
    return (
      <span className={n === 0 ? "text-slate-600" : strong ? "font-semibold" : undefined}>
        {n}
        {words}
      </span>
    );
  }
  return (
    <Link href={href} className={strong ? "font-semibold" : undefined}>
      {n}
      {words}
    </Link>
  );
}
