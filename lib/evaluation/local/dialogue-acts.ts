/**
 * Sentence-level cues for what a speaker is doing: asking to confirm details, announcing that a
 * transaction went through or failed, offering one, asking for one, agreeing or declining.
 * Everything here is general English for service calls; nothing names a business or a dataset.
 * Inputs are sentences already passed through normalizeForMatching (lowercase, single spaces).
 */

const TRANSACTION_VERB =
  "book|reserve|purchase|buy|schedule|complete|make|place|process|arrange|confirm|secure|transfer|send|pay|get|set up|order|rent|register|sign up|submit|finali[sz]e";
const PARTICIPLE =
  "confirmed|booked|reserved|scheduled|purchased|bought|completed|complete|made|placed|processed|arranged|finali[sz]ed|secured|registered|issued|paid|transferred|sent|submitted|set up|set|successful|a success|rented|done|through|verified|moved|rescheduled|approved";
const FIRST_PERSON_PAST =
  "booked|reserved|scheduled|purchased|bought|completed|made|placed|processed|arranged|confirmed|secured|transferred|paid|finali[sz]ed|set up|registered|rented|submitted";
const TRANSACTION_NOUN =
  "reservation|booking|appointment|tickets?|purchase|transaction|transfer|payment|order|visit|viewing|rental|car|room|table|flight|seats?|stay|meeting|demo|call|session|subscription|request";

/** Subjects that make "X is confirmed" about the customer's transaction, not a description of an entity. */
const SUCCESS_SUBJECT = new RegExp(`\\b(?:your|you|it|that|this|everything|all|we|they|money|funds|${TRANSACTION_NOUN})\\b`);

const CONFIRMATION_REQUEST: readonly RegExp[] = [
  /\b(?:please|kindly|can you|could you|would you|will you|do you|to|just)\s+(?:re-?)?confirm\b/,
  /(?:^|\b(?:let's|let me|like to|need to|want to|you to|going to|i'd|i would)\s+)confirm(?:ing)? (?:the|these|that|this|your|me|some|with me|for me|if|whether|again|below|following)\b/,
  /\b(?:your|my|the) confirmation (?:for|on|of|that)\b/,
  /\bneed your confirmation\b|\bwant your confirmation\b/,
  /\bkindly ensure\b|\bmake sure (?:that )?(?:this|these|the details)\b/,
  /\bis (?:that|this|it|everything|all of that|this information) (?:right|correct|ok|okay|accurate|good|fine)\b/,
  /\b(?:correct|right)\?$/,
  /^(?:please )?confirm\b/,
  /\bjust to (?:clarify|confirm|be sure|double check)\b/,
  /\bto confirm the details\b/,
];

const QUESTION_LEAD = /\b(?:would you|do you|did you|shall i|should i|can i|could i|may i|want me to|would you like|do you want|are you sure|how about|what about|interested in)\b/;

const SUCCESS_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:is|are|was|were|has been|have been|had been|got|been|'s|'re)\\s+(?:now\\s+|all\\s+|also\\s+|successfully\\s+|been\\s+|already\\s+)*(?:${PARTICIPLE})\\b`),
  new RegExp(`^(?:the |your )?(?:${TRANSACTION_NOUN})\\s+(?:now\\s+|successfully\\s+|has been\\s+|have been\\s+)?(?:${PARTICIPLE})\\b`),
  // "I've booked", "we have confirmed", "I went ahead and reserved": a first-person past action.
  new RegExp(`\\b(?:i|we)(?:'ve| have| had)?\\s+(?:(?!not\\b|never\\b|will\\b|can\\b|could\\b|would\\b|should\\b|to\\b|need\\b|want\\b)[a-z]+\\s+){0,4}(?:${FIRST_PERSON_PAST})\\b`),
  new RegExp(`\\byou(?:'ve| have)\\s+(?:now\\s+|just\\s+|successfully\\s+)*(?:${FIRST_PERSON_PAST})\\b`),
  new RegExp(`\\b(?:got|have|had) you (?:all )?(?:booked|reserved|set|confirmed|scheduled|registered|down for)\\b`),
  new RegExp(`\\b(?:was|were|am|have been|has been) able to\\s+(?:successfully\\s+)?(?:${TRANSACTION_VERB})\\b`),
  new RegExp(`\\b(?:managed|succeeded) (?:to|in)\\s+(?:${TRANSACTION_VERB})`),
  /^(?:all |it's |it is |just |now )?(?:confirmed|booked|reserved|done|scheduled|purchased|completed)\b/,
  /\bsuc+es+ful+(?:y|ly)?\b/,
  /\byou(?:'re| are)\s+(?:all\s+)?(?:set|booked|confirmed|registered|good to go|scheduled)\b/,
  /\b(?:confirmation|reference|booking|order) (?:number|code|id) is\b/,
  /\b(?:went|has gone|have gone|gone) through\b/,
];

/** Things that look like success cues but describe an entity ("the flight is scheduled to arrive"). */
const NOT_SUCCESS: readonly RegExp[] = [
  /\bscheduled to\b/,
  /\b(?:not|never|n't|unable|un)\s*(?:been\s+)?(?:suc+es+ful|confirmed|booked|reserved|completed|made|processed)\b/,
  /\bif\b|\bonce\b|\bbefore i\b|\bwhen (?:it|you|the)\b|\bafter (?:i|you)\b/,
  /\bset (?:to|for) (?:go|depart|leave|start|arrive)\b/,
  /\bfully booked\b|\bbooked up\b/,
];

const EXPLICIT_FAILURE: readonly RegExp[] = [
  /\b(?:couldn't|couldnt|coudln't|coudn't|could not|can't|cannot|can not|unable to|wasn't able|was not able|weren't able|were not able|not able to|won't be able|will not be able|wouldn't be able)\b/,
  /\b(?:failed|failure|unsuccessful|not successful|wasn't successful|was not successful)\b/,
  /\b(?:didn't|did not|doesn't|does not|wasn't|was not) (?:go through|work|succeed|complete|process)\b/,
  /\b(?:wasn't|was not|isn't|is not|not) possible\b/,
  /\b(?:something|it) went wrong\b|(?<!\b(?:not|no) )\b(?:an?|some) (?:issue|problem|error|trouble)\b|\bran into (?:trouble|a problem|an issue|problems)\b|\bno luck\b/,
  /\b(?:was|were|has been|have been) (?:declined|rejected)\b/,
];

/** "No rooms are available": a failure only when it answers an attempt (see detect-transaction). */
const UNAVAILABLE: readonly RegExp[] = [
  /(?:\bno|\bnot any|n't any|n't have any|n't have an?|\bno more) (?:\w+ )?(?:rooms?|seats?|tickets?|tables?|slots?|spots?|openings?|availability|vacanc(?:y|ies)|appointments?|cars?|units?|times?)\b/,
  /\b(?:couldn't|could not|can't|cannot|unable to|wasn't able to|not able to|didn't) find (?:a|an|any) (?:\w+ )?(?:rooms?|seats?|tickets?|tables?|slots?|spots?|openings?|availability|times?|cars?)\b/,
  /(?:\bnot|n't|\bno longer) available\b|\bunavailable\b|\bfully booked\b|\bbooked up\b|\bsold out\b|\bno (?:matching|availability)\b|\bnothing (?:available|matches|matching)\b/,
];

/** A failure to find, understand or answer is not a failed transaction. */
const NOT_TRANSACTION_FAILURE = /\b(?:find|found|locate|search|look up|looking|understand|hear|tell|answer|know|see any|get any|get that information)\b/;

const OFFER_ACTION = new RegExp(
  `\\b(?:book(?:ing)?|reserv(?:e|ing)|purchas(?:e|ing)|buy(?:ing)?|schedul(?:e|ing)|rent(?:ing)?|transfer(?:ring)?|order(?:ing)?|proceed|go ahead|pay|arrang(?:e|ing)|sign (?:you )?up|` +
    `make (?:a |an |the |your |that |this |these )?(?:\\w+ )?(?:reservations?|bookings?|appointments?|purchases?|transfers?|payments?|orders?)|` +
    `(?:to|in) (?:visit(?:ing)?|view(?:ing)?|tour(?:ing)?|see(?:ing)?) (?:the|this|that|it)\\b|put in (?:a |an )?(?:\\w+ )?(?:reservation|booking|order|request)|` +
    `set (?:up |you up )?(?:a |an |the |that |this )?(?:visit|appointment|viewing|meeting|reservation|demo|call)|` +
    `get (?:you |them )?(?:the |some |a |those )?(?:tickets?|seats?|reservation|appointment)|send (?:the |some )?money|` +
    `(?:need|want|like|interested in) (?:the |some |any |a |an )?(?:\\w+ )?(?:tickets?|reservations?|bookings?|appointments?|seats?|rooms?|tables?))\\b`,
);

const REQUEST_ACTION = new RegExp(
  `\\b(?:book|reserve|purchase|buy|schedule|rent|transfer|order|make (?:a |an |the |my |me a )?(?:\\w+ )?(?:reservation|booking|appointment|purchase|transfer|payment)|` +
    `set (?:up )?(?:a |an |the )?(?:visit|appointment|viewing|meeting)|send (?:\\$|money|the money|some money|funds)|pay\\b|` +
    `(?:a|an|the|my) (?:\\w+ )?(?:reservation|booking|appointment)|get (?:\\w+ )?tickets?)`,
);

const REQUEST_NEGATION = /\b(?:don't|do not|not|no need|never mind|nevermind|no longer|won't|will not|later|cancel)\b/;
const SEARCH_ONLY = /\b(?:find|search|look(?:ing)? for|looking|check|show me|tell me|know)\b/;

/** Customer replies that agree to what was just proposed: a positive word and no sign of a change. */
const AGREEMENT_WORD =
  /\b(?:yes|yeah|yep|yup|ya|sure|correct|right|good|great|perfect|fine|works?|suits?|ok|okay|alright|confirm(?:ed)?|agree|go ahead|please do|do it|exactly|absolutely|definitely|certainly|of course|sounds|excellent|wonderful|awesome|lovely|that's it)\b/;
const CHANGE_WORD = /\b(?:no|nope|not|wrong|change|actually|instead|rather|but|wait|hold on|cancel)\b|n't\b/;

/** Customer replies that turn down what was just proposed. */
const DECLINE =
  /^(?:no\b|nope|nah|not (?:now|right now|yet|at (?:this|the moment)|today|really|interested)|maybe later|later|no thanks|i'm good|i am good|i'll pass|don't|do not|never mind|not at this time)|\b(?:don't|do not) (?:want|need) (?:to|it|that|them|you to)|\bnot interested\b|\bno,? thank/;

export function isConfirmationRequest(sentence: string): boolean {
  return CONFIRMATION_REQUEST.some((pattern) => pattern.test(sentence));
}

/** Cues that settle a turn as a success even though they contain "confirm". */
const STRONG_SUCCESS = /\b(?:was|were|have been|has been) able to (?:confirm|book|reserve|complete)\b/;

/** A transaction verb inside a failure ("I couldn't book it") makes it a failed attempt wherever it is. */
const FAILED_ACTION = new RegExp(`\\b(?:${TRANSACTION_VERB}|booking|reservation|purchase|transaction|payment)\\b`);

export function isSuccessNotice(sentence: string): boolean {
  if (STRONG_SUCCESS.test(sentence) && !isFailureNotice(sentence)) return true;
  if (isFailureNotice(sentence) || isConfirmationRequest(sentence)) return false;
  if (sentence.endsWith("?") || QUESTION_LEAD.test(sentence) || isUnavailabilityNotice(sentence)) return false;
  if (NOT_SUCCESS.some((pattern) => pattern.test(sentence))) return false;
  return SUCCESS_PATTERNS.some((pattern, index) => {
    const match = pattern.exec(sentence);
    if (!match) return false;
    // The first pattern is a passive ("... is booked"): make sure its subject is the transaction.
    if (index === 0) return SUCCESS_SUBJECT.test(sentence.slice(0, match.index + 3));
    return true;
  });
}

export function isFailureNotice(sentence: string): boolean {
  if (!EXPLICIT_FAILURE.some((pattern) => pattern.test(sentence))) return false;
  return !NOT_TRANSACTION_FAILURE.test(sentence) || isUnavailabilityNotice(sentence);
}

/** Weaker signs that a request went through, trusted only right after the customer agreed to it. */
const SUCCESS_AFTER_AGREEMENT = /\benjoy (?:your|the) (?!day|evening|night|afternoon|morning|weekend|rest)\w+|\ball set\b|\bthat's done\b|\bit's done\b|\bconfirm(?:ed)? your\b|\bbook(?:ed)? (?:it|that|you)\b|\bthere you go\b/;

export function isSuccessAfterAgreement(sentence: string): boolean {
  if (isFailureNotice(sentence) || isUnavailabilityNotice(sentence) || sentence.endsWith("?")) return false;
  return SUCCESS_AFTER_AGREEMENT.test(sentence);
}

export function namesFailedAction(sentence: string): boolean {
  return FAILED_ACTION.test(sentence);
}

export function isUnavailabilityNotice(sentence: string): boolean {
  return UNAVAILABLE.some((pattern) => pattern.test(sentence));
}

export function isTransactionOffer(sentence: string): boolean {
  if (isConfirmationRequest(sentence)) return false;
  const asks = sentence.endsWith("?") || QUESTION_LEAD.test(sentence);
  return asks && OFFER_ACTION.test(sentence);
}

export function isTransactionRequest(sentence: string): boolean {
  const match = REQUEST_ACTION.exec(sentence);
  if (!match) return false;
  const before = sentence.slice(0, match.index);
  if (REQUEST_NEGATION.test(before)) return false;
  // "Can you find me tickets" is a search; "find a restaurant and book it" still asks for the booking.
  return !(SEARCH_ONLY.test(before) && !/\b(?:book|reserve|buy|purchase|schedule)\b/.test(match[0]));
}

export function isAffirmation(turnText: string): boolean {
  const firstClause = turnText.split(/[.!?;]/, 1)[0];
  return AGREEMENT_WORD.test(firstClause) && !CHANGE_WORD.test(firstClause);
}

export function isDecline(turnText: string): boolean {
  return DECLINE.test(turnText);
}
