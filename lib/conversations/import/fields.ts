/** The Debrief fields an import file's columns can be mapped to, with the column names that suggest each. */
export const IMPORT_FIELDS = [
  {
    key: "transcript",
    label: "Transcript",
    required: true,
    hint: 'Turns ([{"speaker","text"}]) or "Speaker: text" lines',
    names: ["transcript", "turns", "messages", "text", "conversation", "dialogue", "dialog", "transcript_text"],
  },
  { key: "externalId", label: "External id", required: false, hint: "Your id for the call; derived from the row when missing", names: ["external_id", "id", "call_id", "conversation_id", "callsid", "uuid"] },
  { key: "endedAt", label: "Ended at", required: false, hint: "Date or date-time; without an offset, in the workspace's time zone (a date alone: its midnight)", names: ["ended_at", "end_time", "end_date", "ended", "call_date", "date", "end", "timestamp", "created_at"] },
  { key: "startedAt", label: "Started at", required: false, hint: "Date or date-time", names: ["started_at", "start_time", "start_date", "started", "start"] },
  { key: "durationSeconds", label: "Duration (seconds)", required: false, hint: "Seconds, or mm:ss", names: ["duration_seconds", "duration", "call_duration", "duration_sec", "length", "seconds"] },
  { key: "direction", label: "Direction", required: false, hint: "inbound or outbound (default inbound)", names: ["direction", "call_direction"] },
  { key: "callType", label: "Call type", required: false, hint: "individual or campaign", names: ["call_type"] },
  { key: "endReason", label: "End reason", required: false, hint: "completed, voicemail, no-answer, …", names: ["end_reason", "ended_reason", "hangup_reason", "disconnection_reason", "disconnect_reason"] },
  { key: "contact.name", label: "Contact name", required: false, hint: "", names: ["contact.name", "contact_name", "customer_name", "caller_name", "name"] },
  { key: "contact.phone", label: "Contact phone", required: false, hint: "Any common format", names: ["contact.phone", "contact_phone", "customer_phone", "customer_number", "caller_number", "phone", "phone_number"] },
  { key: "contact.email", label: "Contact email", required: false, hint: "", names: ["contact.email", "contact_email", "customer_email", "email"] },
  { key: "contact.company", label: "Contact company", required: false, hint: "", names: ["contact.company", "contact_company", "customer_company", "company", "organization"] },
  { key: "recordingUrl", label: "Recording URL", required: false, hint: "http(s) link to the audio", names: ["recording_url", "recording", "audio_url", "recording_link", "audio"] },
  { key: "agentId", label: "Agent id", required: false, hint: "Instead of choosing one agent for the file", names: ["agent_id", "assistant_id"] },
  { key: "agentPhoneNumber", label: "Agent phone number", required: false, hint: "Finds the agent by one of its numbers", names: ["agent_phone_number", "agent_phone", "agent_number"] },
  { key: "metadata", label: "Metadata", required: false, hint: "A JSON object", names: ["metadata", "meta"] },
] as const;

export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]["key"];
/** Debrief field → the file's column (a key, or a dotted path into nested JSON). */
export type ImportMapping = Partial<Record<ImportFieldKey, string>>;

export const IMPORT_FIELD_KEYS = IMPORT_FIELDS.map((f) => f.key) as ImportFieldKey[];
