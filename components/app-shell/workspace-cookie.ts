export const WORKSPACE_COOKIE = "debrief_workspace";
