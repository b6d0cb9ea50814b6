const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    const time = withTime ? ({ hour: "numeric", minute: "2-digit", timeZoneName: "short" } as const) : {};
    format = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", ...time, timeZone });
    formats.set(key, format);
  }
  return format;
}

/**
 * An instant as the workspace reads it: "Jul 1, 2026, 9:00 AM EDT". The zone is always the
 * workspace's (never the browser's), so the server and the browser render the same text and a time
 * falls on the same day the dashboards count it in.
 */
export const formatDateTime = (value: Date | string, timeZone: string) => formatIn(timeZone, true).format(new Date(value));
/** The day of an instant in the workspace's zone: "Jul 1, 2026". */
export const formatDate = (value: Date | string, timeZone: string) => formatIn(timeZone, false).format(new Date(value));
