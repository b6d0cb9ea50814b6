import { STANDARD_OUTCOMES, type EvaluationInput } from "../../lib/evaluation/types";

/** A repeatable set of made-up calls for the benchmark when the labelled file is not around. */

const OPENINGS = [
  "Hi, I'd like to book a table for 4 people at Luigi's on Friday at 7 pm.",
  "Can you help me buy 2 train tickets from Boston to New York for March 9th?",
  "I need an appointment with a therapist next Tuesday at 10 in the morning.",
  "I want to rent a car in Denver from the 4th until the 8th.",
];
const CLOSINGS = [
  ["Please confirm: the booking is for next Friday at 7 pm.", "Yes, that's right.", "Your reservation is confirmed. The address is 120 Main Street."],
  ["Please confirm the details for the tickets.", "Yes please.", "Sorry, I couldn't complete the purchase. Anything else?"],
  ["Would you like me to book it?", "No thanks, not right now.", "Okay, have a nice day."],
  ["It costs $45 in total.", "Thanks, that's all I needed.", "Have a great day!"],
];

export function syntheticInputs(count: number): EvaluationInput[] {
  return Array.from({ length: count }, (_, index) => {
    const closing = CLOSINGS[index % CLOSINGS.length];
    return {
      callDate: "2024-03-01",
      transcript: [
        { speaker: "customer", text: OPENINGS[index % OPENINGS.length] },
        { speaker: "agent", text: "Sure, let me check that for you. What city are you in?" },
        { speaker: "customer", text: "I'm in Chicago." },
        { speaker: "agent", text: closing[0] },
        { speaker: "customer", text: closing[1] },
        { speaker: "agent", text: closing[2] },
      ],
      goals: [
        {
          key: "booked",
          title: "Booking made",
          description: "A booking was successfully made for the customer.",
          outputVariables: [
            { name: "date", type: "date" },
            { name: "time", type: "time" },
            { name: "city", type: "string" },
            { name: "number_of_people", type: "number" },
          ],
        },
        { key: "address", title: "Address given", description: "The agent told the customer the address and the total price." },
      ],
      outcomes: STANDARD_OUTCOMES,
    };
  });
}
