const LINES: Array<["agent" | "customer", string]> = [
  ["agent", "Thanks for calling Lakeside Dental, this is Sam speaking. How can I help you today?"],
  ["customer", "Hi Sam, I was hoping to book a cleaning and a quick check-up sometime next week if possible."],
  ["agent", "Absolutely, I can help with that. Are you an existing patient with us, or would this be your first visit?"],
  ["customer", "I've been there before, maybe two years ago. My name is Ana Ruiz, R-U-I-Z."],
  ["agent", "Thank you, Ana. I found your file. We have Tuesday at 3:30 PM or Thursday at 10 AM with Dr. Patel."],
  ["customer", "Tuesday afternoon works better for me, 3:30 is perfect. How long will it take, roughly?"],
  ["agent", "About forty-five minutes for the cleaning and check-up together. Should I go ahead and book it?"],
  ["customer", "Yes please. And can you send the confirmation to ana.ruiz@example.com? That's my current email."],
];

let counter = 0;

/** A realistic call of about 40 turns and 6 KB, unique external id each time. */
export function benchConversation(agentId: string, turns = 40) {
  counter += 1;
  return {
    externalId: `bench_${process.pid}_${Date.now()}_${counter}`,
    agentId,
    direction: "inbound",
    callType: "individual",
    startedAt: "2026-11-20T15:04:05Z",
    endedAt: "2026-11-20T15:12:40Z",
    endReason: "completed",
    contact: { name: "Ana Ruiz", phone: "+1 415 555 0100", email: "ana.ruiz@example.com", company: "Acme" },
    metadata: { crmId: String(counter), campaign: "spring-recall" },
    transcript: Array.from({ length: turns }, (_, i) => ({ speaker: LINES[i % LINES.length][0], text: LINES[i % LINES.length][1], startMs: i * 9000, endMs: i * 9000 + 8000 })),
  };
}
