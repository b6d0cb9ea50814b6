"use client";

import { useState } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { toast } from "sonner";
import { useServerAction } from "@/components/forms/use-server-action";
import type { GoalListActions, GoalListItem } from "./goal-list-types";
import { goalHref } from "./goal-href";
import { GoalRow } from "./goal-row";

interface GoalListProps {
  slug: string;
  agentId: string;
  base: string;
  goals: GoalListItem[];
  canEdit: boolean;
  actions: GoalListActions;
}

const INSTRUCTIONS = "To reorder a goal, press Space or Enter on its handle to pick it up, use the up and down arrow keys to move it, and press Space or Enter again to drop it. Escape cancels.";

/** The agent's goals in call-flow order: drag (mouse, touch or keyboard) or use the move buttons; both save with reorderGoals. */
export function GoalList({ slug, agentId, base, goals, canEdit, actions }: GoalListProps) {
  const [items, setItems] = useState(goals);
  const [previous, setPrevious] = useState(goals);
  if (goals !== previous) {
    // The server sent a fresh list (after a save elsewhere): it wins.
    setPrevious(goals);
    setItems(goals);
  }
  const [announcement, setAnnouncement] = useState("");
  // If the server refuses an order, go back to the last order it sent.
  const reorder = useServerAction(actions.reorder, { toastSuccess: false, onSuccess: () => toast.success("Order saved"), onError: () => setItems(goals) });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const titleOf = (id: UniqueIdentifier) => items.find((g) => g.key === id)?.title ?? String(id);
  const positionOf = (id: UniqueIdentifier) => items.findIndex((g) => g.key === id) + 1;

  const save = (next: GoalListItem[]) => {
    setItems(next);
    reorder.run({ workspace: slug, agentId, keys: next.map((g) => g.key) });
  };

  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= items.length) return;
    save(arrayMove(items, index, to));
    setAnnouncement(`${items[index].title} moved to position ${to + 1} of ${items.length}.`);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    save(arrayMove(items, positionOf(active.id) - 1, positionOf(over.id) - 1));
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, at position ${positionOf(active.id)} of ${items.length}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${positionOf(over.id)} of ${items.length}.` : `${titleOf(active.id)} is no longer over the list.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${items.length}.` : `${titleOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving cancelled: ${titleOf(active.id)} stays at position ${positionOf(active.id)}.`,
  };

  return (
    <DndContext id={`goals-${agentId}`} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}>
      <SortableContext items={items.map((g) => g.key)} strategy={verticalListSortingStrategy}>
        <ol className="grid gap-2" aria-label="Goals in call-flow order">
          {items.map((goal, index) => (
            <GoalRow
              key={goal.key}
              goal={goal}
              index={index}
              count={items.length}
              href={goalHref(base, goal)}
              canEdit={canEdit}
              onMove={(delta) => move(index, delta)}
              actionInput={{ workspace: slug, agentId, goalKey: goal.key }}
              actions={actions}
            />
          ))}
        </ol>
      </SortableContext>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </DndContext>
  );
}
