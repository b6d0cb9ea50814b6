import { StarIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";

export function GoalKindBadge({ kind }: { kind: "primary" | "secondary" }) {
  return kind === "primary" ? (
    <Badge>
      <StarIcon aria-hidden />
      Primary
    </Badge>
  ) : (
    <Badge variant="outline">Secondary</Badge>
  );
}
