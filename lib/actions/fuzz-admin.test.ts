// Property tests (fast-check) of the administration actions: users, invitations, passwords, API tokens.
// See lib/test/fuzz/run-actions.ts for the properties.
import { AREAS } from "@/lib/test/fuzz/areas";
import { fuzzActions } from "@/lib/test/fuzz/run-actions";

// Fewer runs where a success hashes a password (scrypt at OWASP's cost is slow by design).
fuzzActions("admin", AREAS.admin, {
  numRuns: { createUser: 15, acceptInvite: 15, changePassword: 15, resetPassword: 15 },
});
