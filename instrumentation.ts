// Runs once when an app server process starts (Next.js): the notification jobs (lib/notifications/schedule.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startNotificationSchedule } = await import("./lib/notifications/schedule");
  startNotificationSchedule();
}
