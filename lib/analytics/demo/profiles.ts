/** The demo workspace's agents: who they call, how their calls tend to end, and their goals in call-flow order. */
export interface GoalProfile {
  key: string;
  title: string;
  description: string;
  /** Chance of achieving it once reached, at the start of the 90 days. */
  rate: number;
}

export interface AgentProfile {
  name: string;
  purpose: string;
  /** Share of all calls. */
  weight: number;
  outbound: number;
  campaign: number;
  /** Chances of voicemail, no answer and busy (outbound calls). */
  unreached: [number, number, number];
  /** How much every goal's rate improves over the period (the team fixing things). */
  trend: number;
  /** The outcome of a call whose primary goal was achieved. */
  win: string;
  goals: GoalProfile[];
  primary: string;
  lines: [string, string][];
}

const g = (key: string, title: string, rate: number, description: string): GoalProfile => ({ key, title, rate, description });

export const PROFILES: AgentProfile[] = [
  {
    name: "Front desk — Lakeside Dental",
    purpose: "Answer patients and book dental appointments",
    weight: 0.27,
    outbound: 0.05,
    campaign: 0,
    unreached: [0.1, 0.05, 0.02],
    trend: 0.06,
    win: "Appointment Scheduled",
    primary: "book_appointment",
    goals: [
      g("greet_and_identify", "Greet and identify the patient", 0.97, "The agent greeted the caller and confirmed who they are."),
      g("understand_need", "Understand the reason for the visit", 0.9, "The agent found out why the patient wants an appointment."),
      g("book_appointment", "Book an appointment", 0.72, "A date and time were agreed and confirmed."),
      g("collect_email", "Collect an email for the confirmation", 0.64, "The patient gave an email address."),
    ],
    lines: [
      ["agent", "Hi, this is Sam from Lakeside Dental. How can I help you today?"],
      ["customer", "I'd like to book a cleaning, sometime next week if possible."],
      ["agent", "I have Tuesday at 3:30 PM with Dr. Patel. Does that work?"],
      ["customer", "Tuesday works. Can you send me a confirmation?"],
    ],
  },
  {
    name: "Outbound sales — Cloud CRM",
    purpose: "Qualify leads and book product demos",
    weight: 0.23,
    outbound: 1,
    campaign: 0.75,
    unreached: [0.24, 0.1, 0.03],
    trend: 0.1,
    win: "Qualified Lead",
    primary: "book_demo",
    goals: [
      g("reach_decision_maker", "Reach the decision maker", 0.7, "The person on the line decides on software purchases."),
      g("qualify_budget", "Qualify budget and timeline", 0.62, "Budget and a buying timeline were discussed."),
      g("present_value", "Present the value proposition", 0.8, "The agent explained how the product solves their problem."),
      g("book_demo", "Book a demo", 0.55, "A demo was booked with a date and time."),
    ],
    lines: [
      ["agent", "Hi, this is Alex from Cloud CRM. Do you have a minute?"],
      ["customer", "Sure, what is this about?"],
      ["agent", "We help sales teams log calls automatically. Who decides on your CRM?"],
      ["customer", "That would be me. We're reviewing tools next quarter."],
    ],
  },
  {
    name: "Support triage",
    purpose: "Verify the customer, diagnose and resolve common issues",
    weight: 0.18,
    outbound: 0,
    campaign: 0,
    unreached: [0, 0, 0],
    trend: 0.03,
    win: "Follow-up Needed",
    primary: "resolve_issue",
    goals: [
      g("verify_account", "Verify the account", 0.93, "The customer's identity and account were verified."),
      g("diagnose_issue", "Diagnose the issue", 0.82, "The agent identified the cause of the problem."),
      g("resolve_issue", "Resolve the issue on the call", 0.66, "The problem was solved before the call ended."),
      g("ask_satisfaction", "Ask for a satisfaction rating", 0.5, "The agent asked how satisfied the customer was."),
    ],
    lines: [
      ["agent", "Thanks for calling support, can I have your account email?"],
      ["customer", "It's jo@example.com. My invoices stopped syncing."],
      ["agent", "I see the integration token expired. I've refreshed it for you."],
      ["customer", "Great, it works now. Thanks!"],
    ],
  },
  {
    name: "Renewals",
    purpose: "Confirm subscription renewals and offer upgrades",
    weight: 0.12,
    outbound: 1,
    campaign: 0.2,
    unreached: [0.18, 0.07, 0.02],
    trend: -0.04,
    win: "Qualified Lead",
    primary: "confirm_renewal",
    goals: [
      g("verify_identity", "Verify identity", 0.9, "The customer confirmed their identity."),
      g("confirm_renewal", "Confirm the renewal", 0.68, "The customer agreed to renew."),
      g("offer_upgrade", "Offer the annual upgrade", 0.45, "The agent offered the annual plan and the customer considered it."),
    ],
    lines: [
      ["agent", "Hello, I'm calling about your subscription that renews next month."],
      ["customer", "Right, I was going to ask about that."],
      ["agent", "Would you like to renew, and have you considered the annual plan?"],
      ["customer", "Let's renew monthly for now."],
    ],
  },
  {
    name: "Win-back campaign",
    purpose: "Bring back customers who cancelled",
    weight: 0.1,
    outbound: 1,
    campaign: 1,
    unreached: [0.3, 0.12, 0.03],
    trend: 0.12,
    win: "Appointment Scheduled",
    primary: "make_offer",
    goals: [
      g("reintroduce", "Reintroduce the brand", 0.85, "The agent reminded the customer who is calling and why."),
      g("discover_reason", "Discover why they left", 0.6, "The customer said why they cancelled."),
      g("make_offer", "Get the offer accepted", 0.35, "The customer accepted the win-back offer."),
      g("schedule_callback", "Schedule a follow-up", 0.5, "A callback was scheduled."),
    ],
    lines: [
      ["agent", "Hi, it's Maya from FreshBox. We miss you! Can I ask why you cancelled?"],
      ["customer", "It got too expensive for us."],
      ["agent", "We can offer 40% off your next three boxes."],
      ["customer", "Hmm, let me think about it."],
    ],
  },
  {
    name: "Event tickets",
    purpose: "Find events and sell tickets",
    weight: 0.1,
    outbound: 0,
    campaign: 0,
    unreached: [0, 0, 0],
    trend: 0.02,
    win: "Qualified Lead",
    primary: "sell_ticket",
    goals: [
      g("find_event", "Find the event", 0.92, "The agent found the event the caller wanted."),
      g("check_availability", "Check seat availability", 0.88, "The agent told the caller which seats are available."),
      g("sell_ticket", "Sell the tickets", 0.7, "The caller bought tickets on the call."),
    ],
    lines: [
      ["agent", "Welcome to City Tickets, which event are you looking for?"],
      ["customer", "The jazz night on Saturday, two seats please."],
      ["agent", "I have two seats in row F for $45 each. Shall I book them?"],
      ["customer", "Yes please."],
    ],
  },
];
