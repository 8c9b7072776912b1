import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { ROLE } from "@/lib/vocab";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireAdmin("/admin/users");
  const users = await listUsers();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Everyone who can sign in to the tracker. This list is read-only for now; adding, changing and deactivating accounts
        will come in a later version.
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Users of the tracker, with their role and status</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Email</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Role</th>
              <th scope="col" className="py-2 font-semibold">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-medium">{u.name}</th>
                <td className="py-2 pr-4 break-all">{u.email}</td>
                <td className="py-2 pr-4">{ROLE[u.role]}</td>
                <td className="py-2">{u.active ? "Active" : <span className="text-slate-600">Deactivated</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
