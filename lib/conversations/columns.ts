import { getTableColumns } from "drizzle-orm";
import { conversations } from "@/db/schema";

const { searchVector, ...readable } = getTableColumns(conversations);

/** The columns readers select: all but the search vector, an index input of several KB. */
export const conversationColumns = readable;
