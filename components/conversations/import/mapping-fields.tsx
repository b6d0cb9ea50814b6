"use client";

import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { IMPORT_FIELDS, type ImportFieldKey, type ImportMapping } from "@/lib/conversations/import/fields";
import { readColumn, type ImportRow } from "@/lib/conversations/import/map-row";

interface MappingFieldsProps {
  columns: string[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  sample: ImportRow | undefined;
  keepOtherColumns: boolean;
  onKeepOtherColumns: (keep: boolean) => void;
}

/** One select per Debrief field, with the first row's value of the chosen column beside it. */
export function MappingFields({ columns, mapping, onChange, sample, keepOtherColumns, onKeepOtherColumns }: MappingFieldsProps) {
  const set = (key: ImportFieldKey, column: string) => {
    const next = { ...mapping };
    if (column) next[key] = column;
    else delete next[key];
    onChange(next);
  };
  return (
    <div className="grid gap-4">
      <ul className="grid divide-y rounded-lg border">
        {IMPORT_FIELDS.map((field) => {
          const id = `map-${field.key.replace(".", "-")}`;
          const column = mapping[field.key];
          const value = column && sample ? readColumn(sample, column) : undefined;
          return (
            <li key={field.key} className="grid gap-2 p-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,16rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
              <div className="grid gap-0.5">
                <Label htmlFor={id} className="gap-1.5">
                  {field.label}
                  {field.required ? (
                    <Badge variant="outline" className="px-1.5 py-0 text-[0.65rem]" aria-hidden>
                      Required
                    </Badge>
                  ) : null}
                </Label>
                {field.hint ? <span className="text-xs text-muted-foreground">{field.hint}</span> : null}
              </div>
              <NativeSelect id={id} value={column ?? ""} onChange={(e) => set(field.key, e.target.value)} required={field.required} aria-invalid={field.required && !column ? true : undefined} size="sm">
                <NativeSelectOption value="">{field.required ? "Choose a column…" : "— Not in the file —"}</NativeSelectOption>
                {columns.map((c) => (
                  <NativeSelectOption key={c} value={c}>
                    {c}
                  </NativeSelectOption>
                ))}
              </NativeSelect>
              <span className="truncate font-mono text-xs text-muted-foreground" title={sampleText(value)}>
                {column ? sampleText(value) || "(empty in the first row)" : ""}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="flex items-start gap-2">
        <Checkbox id="keep-other-columns" checked={keepOtherColumns} onCheckedChange={(v) => onKeepOtherColumns(v === true)} className="mt-0.5" />
        <div className="grid gap-0.5">
          <Label htmlFor="keep-other-columns">Keep the other columns as metadata</Label>
          <span className="text-xs text-muted-foreground">Columns not mapped above are stored in each conversation&apos;s metadata.</span>
        </div>
      </div>
    </div>
  );
}

function sampleText(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
