// Not toLocaleString: its first call loads the browser's number-format data (milliseconds on a
// phone, in the middle of the app's start) to group a count's thousands.

/** A whole count with thousands separated by commas, as in English text: 5400 → "5,400". */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
