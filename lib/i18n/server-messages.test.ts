import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActionState } from "@/lib/actions/result";
import { extractMessages, messageSourceFiles } from "./server-messages-extract";
import {
  SERVER_CATALOGUES,
  translateActionState,
  translateAnswer,
  translateServerMessage as tr,
} from "./server-messages";

const root = path.resolve(__dirname, "../..");
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)#?\}/g)].map((m) => Number(m[1]));
const forms = (entry: string | Record<string, string>) => (typeof entry === "string" ? [entry] : Object.values(entry));

describe("server catalogues are complete (every message lib/ writes, nothing else)", () => {
  const used = extractMessages(messageSourceFiles(root), root);

  it("finds the messages of lib/ with the TypeScript parser", () => {
    expect(used.size).toBeGreaterThan(300);
    expect(used.get("Please correct the highlighted fields. Nothing was saved.")).toContain("lib/actions/result.ts");
    expect(used.has("{0} must be at most {1} characters")).toBe(true); // a zod message with values
    expect(used.has("Title")).toBe(true); // a field's label, plainText("Title", …)
    expect(used.has("The owner was saved.")).toBe(true); // an action's success
    expect(used.has("This comment does not exist.")).toBe(true); // an Abort
    expect(used.has("{0} mentioned you in {1}: “{2}”")).toBe(true); // a notification
    expect(used.has("must be a postgres:// or postgresql:// connection URL")).toBe(false); // operator, not reader
  });

  for (const [locale, catalogue] of Object.entries(SERVER_CATALOGUES)) {
    it(`${locale} has every message`, () => {
      expect([...used.keys()].filter((k) => !(k in catalogue))).toEqual([]);
    });
    it(`${locale} has no message the code no longer writes`, () => {
      expect(Object.keys(catalogue).filter((k) => !used.has(k))).toEqual([]);
    });
    it(`${locale}: no empty translation, no placeholder the English lacks, plural forms for the language`, () => {
      const rules = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [en, entry] of Object.entries(catalogue)) {
        for (const f of forms(entry)) {
          expect(f.trim(), en).not.toBe("");
          for (const n of placeholders(f)) expect(placeholders(en), `${en} → ${f}`).toContain(n);
        }
        if (typeof entry !== "string")
          for (const rule of rules) if (rule !== "zero" && rule !== "two") expect(entry, en).toHaveProperty(rule);
      }
    });
  }
});

describe("translateServerMessage", () => {
  it("English is its own catalogue", () => {
    expect(tr("Title is required", "en")).toBe("Title is required");
  });

  it("translates an exact message", () => {
    expect(tr("Please correct the highlighted fields. Nothing was saved.", "ru")).toBe(
      "Исправьте выделенные поля. Ничего не сохранено.",
    );
    expect(tr("Nothing was saved.", "kk")).toBe("Ештеңе сақталған жоқ.");
  });

  it("translates a patterned message, its label and its number", () => {
    expect(tr("Title is required", "ru")).toBe("Название: обязательное поле");
    expect(tr("Title must be at most 2,000 characters", "ru")).toBe("Название: не более 2\u00a0000 символов");
    expect(tr("Rationale must be at most 500 characters", "kk")).toBe("Негіздеме: ең көбі 500 таңба");
  });

  it("keeps a value it does not know (a name, a label of an import column)", () => {
    expect(tr("lead_in must be at most 5,000 characters", "ru")).toBe("lead_in: не более 5\u00a0000 символов");
    expect(tr("“Ada” is not the id of a recommendation in the tracker", "kk")).toBe(
      "«Ada» трекердегі ұсынымның идентификаторы емес",
    );
  });

  it("chooses the Russian plural form by the number", () => {
    expect(tr("in 1 days", "ru")).toBe("через 1 день");
    expect(tr("in 3 days", "ru")).toBe("через 3 дня");
    expect(tr("in 5 days", "ru")).toBe("через 5 дней");
    expect(tr("in 21 days", "ru")).toBe("через 21 день");
    expect(tr("3 recommendations were imported.", "ru")).toBe("Импортированы 3 рекомендации.");
    expect(tr("1 recommendation was imported.", "ru")).toBe("Импортирована 1 рекомендация.");
    expect(tr("11 recommendations were imported.", "ru")).toBe("Импортировано 11 рекомендаций.");
    expect(tr("5 notifications marked as read.", "kk")).toBe("5 хабарлама оқылды деп белгіленді.");
  });

  it("writes an English day in the language", () => {
    expect(tr("The target date of follow-up entry 2 of 2011 · recommendation 3(a) passed on 3 April 2011.", "ru")).toBe(
      "Целевая дата записи о последующих мерах № 2 (2011 · рекомендация 3(a)) истекла 3 апреля 2011 г.",
    );
  });

  it("translates a message joined from sentences, sentence by sentence", () => {
    expect(
      tr("The owner was saved. Meanwhile Eve had changed title; your changes were saved on top of theirs.", "ru"),
    ).toBe(
      "Ответственный сохранён. Тем временем изменения уже были внесены (Eve: название); ваши изменения сохранены поверх них.",
    );
  });

  it("translates the field names listed in a conflict note, in lower case", () => {
    expect(
      tr(
        "The owner was saved. Meanwhile Eve had changed title, the date; your changes were saved on top of theirs.",
        "ru",
      ),
    ).toBe(
      "Ответственный сохранён. Тем временем изменения уже были внесены (Eve: название, дата); ваши изменения сохранены поверх них.",
    );
  });

  it("never translates quoted data (a comment quoted in a notification)", () => {
    expect(
      tr("Eve mentioned you in the discussion of 2011 · recommendation 7(a): “Hi. Nothing was saved.”", "ru"),
    ).toBe("Пользователь Eve упомянул вас в обсуждении рекомендации 7(a) (2011): «Hi. Nothing was saved.»");
  });

  it("does not let a value swallow the sentence before it", () => {
    expect(
      tr("Dry run: nothing was written. 3 changes planned, 1 row in conflict, 0 problems, 12 rows unchanged.", "ru"),
    ).toBe(
      "Пробная проверка: ничего не записано. Запланировано изменений: 3; строк с конфликтами: 1; ошибок: 0; строк без изменений: 12.",
    );
    expect(
      tr("5 changes were applied and recorded in the audit history. 2 rows in conflict were left as they are.", "kk"),
    ).toBe("Қолданылып, аудит журналына жазылған өзгерістер саны: 5. Қайшылығы бар жолдар өзгеріссіз қалдырылды: 2.");
    expect(tr("Safety was given to 22 recommendations (2 already had it).", "ru")).toBe(
      "Тема «Safety» присвоена 22 рекомендациям (2 уже были с этой темой).",
    );
  });

  it("leaves an unknown message in English", () => {
    expect(tr("A sentence nobody wrote into a catalogue.", "ru")).toBe("A sentence nobody wrote into a catalogue.");
    expect(tr("", "kk")).toBe("");
  });
});

describe("translateActionState", () => {
  const error: ActionState = {
    status: "error",
    message: "Please correct the highlighted fields. Nothing was saved.",
    fieldErrors: { title: ["Title is required"], other: ["Not in any catalogue"] },
    values: { title: "" },
    conflict: {
      currentVersion: 3,
      changes: [{ field: "title", label: "Title", value: "New", by: "you (in another tab or window)" }],
      conflicts: [{ field: "notes", label: "Notes", mine: "a", theirs: "b", theirsForm: { notes: "b" } }],
    },
  };

  it("translates the message, every field's message and the conflict's labels; values stay as typed", () => {
    const ru = translateActionState(error, "ru");
    expect(ru).toMatchObject({
      message: "Исправьте выделенные поля. Ничего не сохранено.",
      fieldErrors: { title: ["Название: обязательное поле"], other: ["Not in any catalogue"] },
      values: { title: "" },
      conflict: {
        currentVersion: 3,
        changes: [{ label: "Название", value: "New", by: "вы (в другой вкладке или окне)" }],
        conflicts: [{ label: "Примечания", mine: "a", theirs: "b" }],
      },
    });
  });

  it("keeps English and the data (tokens) as they are", () => {
    expect(translateActionState(error, "en")).toBe(error);
    const ok: ActionState = { status: "ok", message: "The owner was saved.", data: { token: "Title" } };
    expect(translateActionState(ok, "kk")).toEqual({
      status: "ok",
      message: "Жауапты тұлға сақталды.",
      data: { token: "Title" },
    });
  });
});

describe("a route's JSON answer to a page", () => {
  it("is in the reader's language: error, message and field errors; data as it is", () => {
    const body = {
      error: "Sign in to attach files.",
      message: "The file was attached.",
      fieldErrors: { file: ["The file is larger than 20 MB"] },
      sha256: "ab12",
    };
    expect(translateAnswer(body, "ru")).toEqual({
      error: "Войдите, чтобы прикрепить файлы.",
      message: "Файл прикреплён.",
      fieldErrors: { file: ["Файл больше 20 МБ"] },
      sha256: "ab12",
    });
    expect(translateAnswer(body, "en")).toBe(body);
  });
});
