// Reads an iCalendar file with ical.js (an independent parser) and prints what it understood as JSON:
// the calendar name and, per VEVENT, uid, status, sequence, start and end in UTC, summary, location and url.
// Exit code 2 when the text is not iCalendar that ical.js accepts.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
let root;
try {
  root = new ICAL.Component(ICAL.parse(text));
} catch (e) {
  console.error("not iCalendar: " + e.message);
  process.exit(2);
}
if (root.name !== "vcalendar") {
  console.error("not a VCALENDAR: " + root.name);
  process.exit(2);
}
const events = root.getAllSubcomponents("vevent").map((c) => {
  const e = new ICAL.Event(c);
  return {
    uid: e.uid,
    status: c.getFirstPropertyValue("status"),
    sequence: e.sequence,
    start: e.startDate.toJSDate().toISOString(),
    end: e.endDate.toJSDate().toISOString(),
    summary: e.summary,
    location: e.location,
    url: c.getFirstPropertyValue("url"),
  };
});
console.log(JSON.stringify({ name: root.getFirstPropertyValue("x-wr-calname"), version: root.getFirstPropertyValue("version"), events }));
