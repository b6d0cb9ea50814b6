let counter = 0;

/** A realistic call body for POST /api/v1/conversations (turns ≈ 40, ~6 KB when turns = 40). */
export function callBody(agentId: string, overrides: Record<string, unknown> = {}, turns = 6) {
  counter += 1;
  const lines = [
    ["agent", "Hi, this is Sam from Lakeside Dental. How can I help you today?"],
    ["customer", "Hi Sam, I'd like to book a cleaning for next Tuesday afternoon if you have anything."],
    ["agent", "Of course. I have Tuesday at 3:30 PM with Dr. Patel. Does that work for you?"],
    ["customer", "Yes, 3:30 works. My email is ana@example.com."],
    ["agent", "Great, you're booked for Tuesday at 3:30 PM. You'll get a confirmation email shortly."],
    ["customer", "Perfect, thank you so much!"],
  ];
  const transcript = Array.from({ length: turns }, (_, i) => ({ speaker: lines[i % lines.length][0], text: lines[i % lines.length][1], startMs: i * 4000, endMs: i * 4000 + 3500 }));
  return {
    externalId: `call_${Date.now()}_${counter}`,
    agentId,
    direction: "outbound",
    callType: "individual",
    startedAt: "2026-11-20T15:04:05Z",
    endedAt: "2026-11-20T15:09:40Z",
    endReason: "completed",
    contact: { name: "Ana Ruiz", phone: "+1 415 555 0100", email: "ana@example.com", company: "Acme" },
    recordingUrl: "https://recordings.example.com/call.mp3",
    metadata: { crmId: "42" },
    transcript,
    ...overrides,
  };
}
