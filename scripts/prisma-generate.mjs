// Runs `prisma generate` without network access. The Prisma CLI wants to
// download its native schema engine even though generation does not use it;
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable skips the download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const stub = existsSync("/bin/true") ? "/bin/true" : process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
