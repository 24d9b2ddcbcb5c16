/** Today's date on the user's clock (not UTC), as YYYY-MM-DD: "last inspection" and deadlines are local dates. */
export function todayIso(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
