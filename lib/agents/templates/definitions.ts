import type { GoalInput } from "@/lib/goals/schemas";
import type { VariableDef } from "@/lib/evaluation/types";

export interface AgentTemplate {
  id: "appointment_scheduling" | "lead_qualification" | "customer_support" | "requirements_gathering" | "survey";
  name: string;
  purpose: string;
  goals: Array<Partial<GoalInput> & Pick<GoalInput, "key" | "title" | "description">>;
  /** Standard outcomes by name, plus custom ones created when missing. */
  outcomes: string[];
  customOutcomes: { name: string; description: string; color: string; isConversion: boolean }[];
  insightFields: Array<{ name: string; type: VariableDef["type"]; description: string; required?: boolean; options?: string[] }>;
}

const v = (name: string, type: VariableDef["type"], description: string, options?: string[]): VariableDef & { description: string } => ({ name, type, description, ...(options && { options }) });

export const AGENT_TEMPLATES: AgentTemplate[] = [
  {
    id: "appointment_scheduling",
    name: "Appointment scheduling",
    purpose: "Book, confirm and reschedule appointments for callers.",
    goals: [
      // Not chained to the booking: a caller who books without stating a reason still books.
      { key: "reason_collected", title: "Reason for the visit collected", description: "The caller stated the reason for the visit or the service they need.", outputVariables: [v("service", "string", "the service or reason for the visit")] },
      {
        key: "appointment_booked",
        title: "Appointment booked",
        kind: "primary",
        description: "An appointment was booked and the agent confirmed the date, time and service back to the caller.",
        outputVariables: [v("date", "date", "the booked day"), v("time", "time", "the booked time")],
        nextRequired: ["contact_collected"],
        nextConditional: { new_patient_intake: "If the caller has never visited before" },
      },
      { key: "contact_collected", title: "Contact details collected", description: "The caller gave their full name and a phone number or email address so the booking can be confirmed.", outputVariables: [v("full_name", "string", "the caller's full name"), v("phone", "phone", "a phone number for the booking"), v("email", "email", "an email address for the confirmation")] },
      { key: "new_patient_intake", title: "New patient intake", description: "The agent asked a first-time caller for their date of birth and insurance provider, and the caller gave both.", outputVariables: [v("insurance_provider", "string", "the caller's insurance provider")] },
    ],
    outcomes: ["Appointment Scheduled", "Not Interested", "Follow-up Needed", "Voicemail"],
    customOutcomes: [],
    insightFields: [
      { name: "preferred_time_of_day", type: "enum", description: "When the caller prefers appointments", options: ["morning", "afternoon", "evening"] },
      { name: "is_new_patient", type: "boolean", description: "Whether the caller has never visited before" },
    ],
  },
  {
    id: "lead_qualification",
    name: "Lead qualification",
    purpose: "Qualify inbound and outbound leads on need, budget, authority and timeline, and book a demo with sales.",
    goals: [
      { key: "need_identified", title: "Need identified", description: "The prospect described the problem or need they want to solve in their own words.", nextRequired: ["budget_confirmed"] },
      { key: "budget_confirmed", title: "Budget confirmed", description: "The prospect stated a budget range or confirmed that budget is available for this purchase.", outputVariables: [v("budget", "number", "the budget the prospect stated, in their currency")], nextRequired: ["decision_maker_confirmed"] },
      { key: "decision_maker_confirmed", title: "Decision maker confirmed", description: "The prospect confirmed they make or influence the buying decision, or named the person who does.", nextRequired: ["demo_booked"] },
      { key: "demo_booked", title: "Demo booked", kind: "primary", description: "A demo or sales meeting was booked for a confirmed date and time, and the prospect gave an email address for the invitation.", outputVariables: [v("date", "date", "the demo day"), v("time", "time", "the demo time"), v("email", "email", "where the invitation goes")] },
    ],
    outcomes: ["Qualified Lead", "Appointment Scheduled", "Not Interested", "Follow-up Needed", "Gatekeeper", "Voicemail"],
    customOutcomes: [
      { name: "Demo Requested", description: "The prospect asked for a demo or a sales meeting, whether or not a time was fixed on the call.", color: "#7c3aed", isConversion: true },
      { name: "Budget Confirmed", description: "The prospect confirmed a budget for the purchase during the call.", color: "#0891b2", isConversion: false },
    ],
    insightFields: [
      { name: "company_size", type: "number", description: "Number of employees the prospect mentioned" },
      { name: "current_solution", type: "string", description: "The tool or vendor the prospect uses today" },
    ],
  },
  {
    id: "customer_support",
    name: "Customer support",
    purpose: "Resolve customer issues on the first call, or escalate them with a clear next step.",
    goals: [
      { key: "issue_identified", title: "Issue identified", description: "The customer described the problem, including the product or order it concerns.", outputVariables: [v("order_number", "string", "the order or account number the issue concerns")], nextConditional: { escalation_created: "If the issue could not be resolved on the call" } },
      { key: "issue_resolved", title: "Issue resolved", kind: "primary", description: "The agent resolved the issue during the call and the customer confirmed it is fixed or accepted the solution." },
      { key: "escalation_created", title: "Escalation created", description: "The agent created a ticket or transferred the call to a person, and told the customer the ticket number or the next step.", outputVariables: [v("ticket_number", "string", "the ticket or case number given to the customer")] },
      { key: "satisfaction_confirmed", title: "Customer satisfied", description: "The customer said they were satisfied or confirmed they had no further questions before the call ended." },
    ],
    outcomes: ["Follow-up Needed", "Not Interested", "Voicemail"],
    customOutcomes: [
      { name: "Resolved", description: "The customer's issue was solved during the call.", color: "#16a34a", isConversion: false },
      { name: "Escalated", description: "The issue was handed to a person or a ticket was opened for follow-up.", color: "#d97706", isConversion: false },
    ],
    insightFields: [
      { name: "product", type: "string", description: "The product or service the issue concerns" },
      { name: "issue_category", type: "enum", description: "What kind of issue it was", options: ["billing", "technical", "account", "delivery", "other"], required: true },
    ],
  },
  {
    id: "requirements_gathering",
    name: "Requirements gathering",
    purpose: "Understand a prospect's project well enough to write a proposal.",
    goals: [
      { key: "project_goal_described", title: "Project goal described", description: "The customer explained what they want to achieve with the project and why.", nextRequired: ["scope_collected"] },
      { key: "scope_collected", title: "Scope collected", description: "The customer listed the main features, deliverables or systems the project must include." },
      { key: "budget_range_given", title: "Budget range given", description: "The customer stated a budget range or an upper limit for the project.", outputVariables: [v("budget", "number", "the budget or its upper limit")] },
      { key: "deadline_given", title: "Deadline given", description: "The customer gave a deadline or a target launch date for the project.", outputVariables: [v("deadline", "date", "the deadline or target date")] },
      { key: "next_step_agreed", title: "Next step agreed", kind: "primary", description: "The customer agreed to a next step: a proposal to be sent, a follow-up call or a meeting, with a date." },
    ],
    outcomes: ["Qualified Lead", "Follow-up Needed", "Not Interested", "Voicemail"],
    customOutcomes: [{ name: "Proposal Requested", description: "The customer asked for a written proposal or quote.", color: "#2563eb", isConversion: true }],
    insightFields: [{ name: "project_type", type: "string", description: "The kind of project, e.g. website, mobile app, integration" }],
  },
  {
    id: "survey",
    name: "Survey",
    purpose: "Run a short satisfaction survey after a purchase or a support interaction.",
    goals: [
      { key: "consent_given", title: "Consent given", description: "The respondent agreed to answer a few survey questions.", nextRequired: ["satisfaction_rated"] },
      { key: "satisfaction_rated", title: "Satisfaction rated", kind: "primary", description: "The respondent gave a satisfaction rating as a number from 1 to 10.", outputVariables: [v("rating", "number", "the rating from 1 to 10")], nextRequired: ["recommend_answered"] },
      { key: "recommend_answered", title: "Recommendation answered", description: "The respondent said whether they would recommend us to a friend or colleague (yes or no).", outputVariables: [v("would_recommend", "boolean", "yes or no")], nextRequired: ["feedback_collected"] },
      { key: "feedback_collected", title: "Feedback collected", description: "The respondent gave at least one specific comment about what we should improve or keep doing." },
    ],
    outcomes: ["Not Interested", "Follow-up Needed", "Voicemail"],
    customOutcomes: [{ name: "Survey Completed", description: "The respondent answered every survey question.", color: "#0d9488", isConversion: false }],
    insightFields: [{ name: "improvement_area", type: "enum", description: "The area the respondent most wants improved", options: ["price", "quality", "speed", "support", "other"] }],
  },
];
