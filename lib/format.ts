const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Dates render the same on server and client (UTC) so hydration never disagrees. */
export const formatDateTime = (value: Date | string) => dateTime.format(new Date(value)) + " UTC";
export const formatDate = (value: Date | string) => date.format(new Date(value));
