"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { controlProps } from "@/components/goals/editor-types";
import { Button } from "@/components/ui/button";
import { FieldDescription, FieldError } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import type { HubSpotPropertyMode } from "@/db/schema";
import { hubspotRowId, type HubSpotDraft } from "./hubspot-draft";

interface MappingProps {
  draft: HubSpotDraft;
  errors: Record<string, string>;
  set: <K extends keyof HubSpotDraft>(field: K, value: HubSpotDraft[K]) => void;
  members: { userId: string; label: string }[];
  variableNames: string[];
}

/** Captured variables → contact properties. */
export function PropertyMappingsField({ draft, errors, set, variableNames }: MappingProps) {
  const rows = draft.propertyMappings;
  const change = (i: number, c: Partial<(typeof rows)[number]>) => set("propertyMappings", rows.map((r, j) => (j === i ? { ...r, ...c } : r)));
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">Property mappings</legend>
      <FieldDescription>Write a variable captured on the call to a contact property (its internal name, e.g. <code className="font-mono text-xs">next_appointment</code>).</FieldDescription>
      <datalist id="hubspot-variables">
        {variableNames.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {rows.length > 0 ? (
        <ol className="grid gap-2">
          {rows.map((row, i) => {
            const id = (f: string) => `hubspot-prop-${i}-${f}`;
            const at = (f: string) => errors[`propertyMappings.${i}.${f}`];
            return (
              <li key={row.rowId} className="relative grid items-start gap-2 max-sm:rounded-lg max-sm:border max-sm:p-3 max-sm:pr-12 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_11rem_auto]" aria-label={`Property mapping ${i + 1}`}>
                <div className="grid gap-1">
                  <Label htmlFor={id("variable")} className="text-xs">
                    Variable <span className="sr-only">of mapping {i + 1}</span>
                  </Label>
                  <Input {...controlProps(id("variable"), at("variable"))} list="hubspot-variables" className="font-mono" spellCheck={false} value={row.variable} onChange={(e) => change(i, { variable: e.target.value })} placeholder="date" />
                  <FieldError id={`${id("variable")}-error`} errors={at("variable")} />
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={id("property")} className="text-xs">
                    HubSpot property <span className="sr-only">of mapping {i + 1}</span>
                  </Label>
                  <Input {...controlProps(id("property"), at("property"))} className="font-mono" spellCheck={false} value={row.property} onChange={(e) => change(i, { property: e.target.value })} placeholder="next_appointment" />
                  <FieldError id={`${id("property")}-error`} errors={at("property")} />
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={id("mode")} className="text-xs">
                    When it has a value <span className="sr-only">(mapping {i + 1})</span>
                  </Label>
                  <NativeSelect id={id("mode")} value={row.mode} onChange={(e) => change(i, { mode: e.target.value as HubSpotPropertyMode })}>
                    <NativeSelectOption value="overwrite">Overwrite</NativeSelectOption>
                    <NativeSelectOption value="fill_if_empty">Keep it</NativeSelectOption>
                  </NativeSelect>
                </div>
                <Button type="button" variant="ghost" size="icon" className="max-sm:absolute max-sm:top-2 max-sm:right-1.5 sm:mt-5" aria-label={`Remove property mapping ${i + 1}`} onClick={() => set("propertyMappings", rows.filter((_, j) => j !== i))}>
                  <XIcon aria-hidden />
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <FieldError errors={errors.propertyMappings} />
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => set("propertyMappings", [...rows, { rowId: hubspotRowId(), variable: "", property: "", mode: "overwrite" }])}>
        <PlusIcon aria-hidden />
        Add property mapping
      </Button>
    </fieldset>
  );
}

/** Members → HubSpot owner ids, so routed leads are assigned to the right owner. */
export function OwnerMappingsField({ draft, errors, set, members }: MappingProps) {
  const rows = draft.ownerMappings;
  const change = (i: number, c: Partial<(typeof rows)[number]>) => set("ownerMappings", rows.map((r, j) => (j === i ? { ...r, ...c } : r)));
  const unmapped = members.find((m) => !rows.some((r) => r.userId === m.userId));
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">Owner mappings</legend>
      <FieldDescription>When lead routing assigns a call to a member, the HubSpot contact gets this owner (the numeric owner id from HubSpot → Settings → Users).</FieldDescription>
      {rows.length > 0 ? (
        <ol className="grid gap-2">
          {rows.map((row, i) => {
            const id = (f: string) => `hubspot-owner-${i}-${f}`;
            const at = (f: string) => errors[`ownerMappings.${i}.${f}`];
            return (
              <li key={row.rowId} className="relative grid items-start gap-2 max-sm:rounded-lg max-sm:border max-sm:p-3 max-sm:pr-12 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]" aria-label={`Owner mapping ${i + 1}`}>
                <div className="grid gap-1">
                  <Label htmlFor={id("userId")} className="text-xs">
                    Member <span className="sr-only">of owner mapping {i + 1}</span>
                  </Label>
                  <NativeSelect {...controlProps(id("userId"), at("userId"))} value={row.userId} onChange={(e) => change(i, { userId: e.target.value })}>
                    <NativeSelectOption value="">Choose a member…</NativeSelectOption>
                    {members.map((m) => (
                      <NativeSelectOption key={m.userId} value={m.userId}>
                        {m.label}
                      </NativeSelectOption>
                    ))}
                  </NativeSelect>
                  <FieldError id={`${id("userId")}-error`} errors={at("userId")} />
                </div>
                <div className="grid gap-1">
                  <Label htmlFor={id("ownerId")} className="text-xs">
                    HubSpot owner id <span className="sr-only">of owner mapping {i + 1}</span>
                  </Label>
                  <Input {...controlProps(id("ownerId"), at("ownerId"))} inputMode="numeric" className="font-mono" value={row.ownerId} onChange={(e) => change(i, { ownerId: e.target.value })} placeholder="12345678" />
                  <FieldError id={`${id("ownerId")}-error`} errors={at("ownerId")} />
                </div>
                <Button type="button" variant="ghost" size="icon" className="max-sm:absolute max-sm:top-2 max-sm:right-1.5 sm:mt-5" aria-label={`Remove owner mapping ${i + 1}`} onClick={() => set("ownerMappings", rows.filter((_, j) => j !== i))}>
                  <XIcon aria-hidden />
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => set("ownerMappings", [...rows, { rowId: hubspotRowId(), userId: unmapped?.userId ?? "", ownerId: "" }])}>
        <PlusIcon aria-hidden />
        Add owner mapping
      </Button>
    </fieldset>
  );
}
