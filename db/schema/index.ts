export * from "./auth";
export * from "./workspaces";
export * from "./api-keys";
export * from "./agents";
export * from "./conversations";
export * from "./integrations";
export * from "./evaluations";
export * from "./jobs";
