"use client";
// Editors' form: link this recommendation to an earlier one. Field names are
// prefixed (several forms on the recommendation page); typed values survive a
// refused save. Stays mounted when no candidate is left, so the outcome of
// the last save is still announced.
import { SelectField, TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Disclosure } from "@/components/recommendation/disclosure";
import { useScopedForm, type FormAction } from "@/components/recommendation/use-scoped-form";
import { candidateLabel, LINK_KIND, type LinkKind } from "./labels";

export interface LinkCandidate {
  id: string;
  label: string;
  text: string;
  cycle: { year: number };
}

export function LinkForm({ recommendationId, candidates, action }: { recommendationId: string; candidates: LinkCandidate[]; action: FormAction }) {
  const f = useScopedForm(action, "link-", ["toId", "kind", "note"]);
  if (candidates.length === 0) {
    return (
      <div className="no-print mt-3 text-sm text-slate-700">
        <p>There is no other recommendation of an earlier cycle to link to.</p>
        <FormStatus state={f.status} />
      </div>
    );
  }
  return (
    <Disclosure summary="Link to an earlier recommendation">
      <form key={f.key} action={f.formAction} aria-label="Link to an earlier recommendation" noValidate>
        <input type="hidden" name="fromId" value={recommendationId} />
        <SelectField
          name={f.name("toId")}
          label="Earlier recommendation"
          required
          emptyLabel="Choose…"
          options={candidates.map((c) => ({ value: c.id, label: candidateLabel(c) }))}
          defaultValue={f.value("toId", "")}
          errors={f.errors}
        />
        <SelectField
          name={f.name("kind")}
          label="This recommendation"
          required
          options={(Object.keys(LINK_KIND) as LinkKind[]).map((k) => ({ value: k, label: `${LINK_KIND[k].label} the earlier one` }))}
          defaultValue={f.value("kind", "REPEATS")}
          errors={f.errors}
        />
        <TextArea name={f.name("note")} label="Note" rows={2} hint="Optional: what is repeated or taken further." defaultValue={f.value("note", "")} errors={f.errors} />
        <SubmitButton>Link</SubmitButton>
        <FormStatus state={f.status} />
      </form>
    </Disclosure>
  );
}
