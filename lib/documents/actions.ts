"use server";
// The server actions of documents, each declared once (lib/actions/define.ts): editors and admins.
// The file upload is a route handler (app/documents/[slug]/file/route.ts): server actions cap bodies at 1 MB.
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { createDocument, editDocument } from "./mutations";
import { EditDocumentSchema, NewDocumentSchema } from "./schema";

export const createDocumentAction = action({
  name: "createDocument",
  schema: NewDocumentSchema,
  allow: canEdit,
  run: createDocument,
  success: (_i, v) => ({ message: "The document was created.", data: { slug: v.slug } }),
});

export const editDocumentAction = action({
  name: "editDocument",
  schema: EditDocumentSchema,
  allow: canEdit,
  run: editDocument,
  success: () => ({ message: "The document details were saved." }),
});
