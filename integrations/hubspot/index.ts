/**
 * HubSpot for the automation engine and the Integrations page. The engine calls
 * `syncConversationToHubSpot` (idempotent on its effect key) and acts on `HubSpotError.retryable`
 * / `RetryLaterError.retryAfterMs`; the page calls the connection functions.
 */
export { syncConversationToHubSpot, type SyncConversationInput, type SyncConversationResult } from "./sync-conversation";
export { assignHubSpotOwner, type AssignOwnerResult } from "./assign-owner";
export {
  deleteHubSpotConnection,
  getHubSpotConnection,
  getHubSpotToken,
  loadHubSpotSettings,
  saveHubSpotConnection,
  testHubSpotConnection,
  type HubSpotConnectionView,
} from "./connection";
export { hubspotConnectionInput, type HubSpotConnectionInput } from "./connection-input";
export { hubspotFailure, HubSpotError, HubSpotRequestError, HubSpotServerError, HubSpotSetupError, RetryLaterError } from "./errors";
export { testToken, type TokenTestResult } from "./test-token";
export { createHubSpotClient, type HubSpotClient } from "./client";
export { setContactOwner, upsertContact, writeContactProperties } from "./contacts";
export { logCall } from "./calls";
export { createFollowUpTask } from "./tasks";
export { upsertDealForQualifiedLead } from "./deals";
