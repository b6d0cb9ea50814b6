import { describe, expect, it } from "vitest";
import { TEMPLATE_FIELDS, conversationTemplateData, renderTemplate, textToHtml } from "./templates";
import { sampleConversation } from "./testing/sample-conversation";

describe("renderTemplate", () => {
  const data = conversationTemplateData(sampleConversation);

  it("fills placeholders from the conversation, with goals as lines and variables by name", () => {
    const text = renderTemplate("{{contact.name}} — {{ outcome }} ({{conversation.duration}}, {{ conversation.endedAt }})\n{{goals}}\nDate: {{ variables.appointment_date }} {{variables.slot}}\n{{ link }}", data, { escape: "none" });
    expect(text).toBe(
      "Ana <Ruiz> & Co — Booked (5m 35s, Mar 10, 2026, 9:14 PM UTC)\nBook appointment: achieved\nConfirm insurance: not achieved\nUpsell: not evaluated\nDate: 2026-03-14 9:00\nhttps://debrief.test/w/acme/conversations/c1",
    );
  });

  it("writes the call's end in the workspace's time zone", () => {
    const zoned = conversationTemplateData({ ...sampleConversation, workspace: { name: "Acme", timeZone: "America/New_York" } });
    expect(renderTemplate("{{ conversation.endedAt }}", zoned, { escape: "none" })).toBe("Mar 10, 2026, 5:14 PM EDT");
  });

  it("escapes values (not the template) for HTML bodies", () => {
    expect(renderTemplate('<b>{{ contact.name }}</b> <a href="{{link}}">open</a>', { ...data, link: 'x" onclick="y' }, { escape: "html" })).toBe(
      '<b>Ana &lt;Ruiz&gt; &amp; Co</b> <a href="x&quot; onclick=&quot;y">open</a>',
    );
  });

  it("renders missing, empty and non-text values as empty, and runs nothing", () => {
    const rendered = renderTemplate("[{{ nope }}][{{ contact.company }}][{{ contact }}][{{ constructor }}][{{ __proto__.x }}][{{ toString }}][{{ 1+1 }}][{{ process.env.HOME }}]", data, { escape: "none" });
    expect(rendered).toBe("[][][][][][][{{ 1+1 }}][]");
    expect(renderTemplate("{{ a }} {{ b }} {{ c }}", { a: 0, b: false, c: ["x", null, 2] }, { escape: "none" })).toBe("0 false x, 2");
  });

  it("documents every top-level field the data carries", () => {
    const documented = new Set(TEMPLATE_FIELDS.map((f) => f.path.split(".")[0]));
    expect(new Set(Object.keys(data))).toEqual(documented);
  });

  it("turns a text body into escaped HTML paragraphs", () => {
    expect(textToHtml("Hi <Ana>,\nline two\n\nBye")).toContain("<p>Hi &lt;Ana&gt;,<br>line two</p><p>Bye</p>");
  });
});
