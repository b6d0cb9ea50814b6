import type { VariableValue } from "@/lib/evaluation/types";

const show = (value: VariableValue) => (value === null ? "—" : typeof value === "boolean" ? (value ? "Yes" : "No") : String(value));

/** A goal's output variables; a variable the call did not give shows "—". Values are text, never HTML. */
export function VariablesTable({ variables, label }: { variables: Record<string, VariableValue>; label: string }) {
  const entries = Object.entries(variables);
  if (entries.length === 0) return null;
  if (entries.every(([, value]) => value === null)) {
    return (
      <p className="text-xs text-muted-foreground">
        Not found in the call: <span className="font-mono">{entries.map(([name]) => name).join(", ")}</span>
      </p>
    );
  }
  return (
    <table className="w-full text-sm" aria-label={label}>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name} className="border-t first:border-t-0">
            <th scope="row" className="w-2/5 py-1 pr-3 text-left align-top font-mono text-xs font-normal text-muted-foreground">
              {name}
            </th>
            <td className={value === null ? "py-1 text-muted-foreground" : "py-1 break-words"}>{show(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
