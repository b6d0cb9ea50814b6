import { backfillPage, recordBackfillProgress } from "@/lib/evaluation/backfill";
import { evaluateNow } from "@/lib/evaluation/reevaluate";
import type { FunctionSpec } from "@/lib/jobs/types";
import { yieldToEventLoop } from "@/lib/jobs/yield-to-event-loop";

const PAGE = 20;

/**
 * backfill/requested → judge every matching conversation again against the current definitions,
 * a page per step (progress is stored after each page; a cancelled backfill stops at the next page).
 */
export const reevaluateConversations: FunctionSpec<"backfill/requested"> = {
  id: "reevaluate-conversations",
  event: "backfill/requested",
  retries: 2,
  async handler({ event, step, db }) {
    let afterId: string | null = null;
    for (let page = 0; ; page++) {
      const next: string | null = await step.run(`page-${page}`, async () => {
        const { ids } = await backfillPage(db, event.data.backfillId, afterId, PAGE);
        let done = 0;
        let failed = 0;
        for (const id of ids) {
          // Between calls, not only between pages: progress polls and Cancel stay answered.
          await yieldToEventLoop();
          try {
            await evaluateNow(db, id, "backfill");
            done += 1;
          } catch (error) {
            console.error(`Debrief backfill ${event.data.backfillId}: conversation ${id}:`, error);
            failed += 1;
          }
        }
        await recordBackfillProgress(db, event.data.backfillId, done, failed, ids.length < PAGE);
        return ids.length === PAGE ? ids[ids.length - 1] : null;
      });
      if (next === null) return { pages: page + 1 };
      afterId = next;
    }
  },
};
