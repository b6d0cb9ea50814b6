/** A goal's page. By key, readable; a goal keyed "new" would be shadowed by the new-goal page, so it goes by id. */
export const goalHref = (base: string, goal: { id: string; key: string }) => `${base}/goals/${goal.key === "new" ? goal.id : goal.key}`;
