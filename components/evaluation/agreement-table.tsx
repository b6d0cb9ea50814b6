import { UsersRoundIcon } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AgreementBar } from "./agreement-bar";

export interface AgreementRow {
  goalKey: string;
  title: string;
  reviewed: number;
  agreed: number;
}

/** Per goal: of the verdicts people reviewed, how many the machine got right. */
export function AgreementTable({ rows }: { rows: AgreementRow[] }) {
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<UsersRoundIcon />}
        title="No reviewed verdicts yet"
        description="Overrides feed this table: when someone sets a goal's verdict on a conversation, the same verdict as the machine's counts as agreement and a different one does not. Review a few calls to see which goals need clearer wording."
        className="py-8"
      />
    );
  }
  return (
    <Table aria-label="Agreement per goal">
      <TableHeader>
        <TableRow>
          <TableHead>Goal</TableHead>
          <TableHead className="text-right">Reviewed</TableHead>
          <TableHead className="text-right">Agreed</TableHead>
          <TableHead className="w-1/3">Rate</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.goalKey} data-testid="agreement-row">
            <TableCell className="font-medium whitespace-normal">{r.title}</TableCell>
            <TableCell className="text-right tabular-nums">{r.reviewed}</TableCell>
            <TableCell className="text-right tabular-nums">{r.agreed}</TableCell>
            <TableCell>
              <AgreementBar rate={r.reviewed ? r.agreed / r.reviewed : null} label={`Agreement for ${r.title}`} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
