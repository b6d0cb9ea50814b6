"use client";

import { useRef, useState } from "react";
import { AlertCircleIcon, FileUpIcon, Loader2Icon } from "lucide-react";
import { useTimeZone } from "@/components/time-zone";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldDescription } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import type { ImportMapping } from "@/lib/conversations/import/fields";
import { IMPORT_MAX_BYTES } from "@/lib/conversations/import/parse-file";
import { suggestMapping } from "@/lib/conversations/import/suggest-mapping";
import { ImportPreview } from "./import-preview";
import { ImportProgress } from "./import-progress";
import { MappingFields } from "./mapping-fields";
import { readImportFile, type ReadFile } from "./read-import-file";
import { useImportRun, type ImportChunkAction } from "./use-import-run";

interface ImportWizardProps {
  slug: string;
  agents: { id: string; name: string }[];
  action: ImportChunkAction;
}

const SHOWN_FILE_PROBLEMS = 5;

/** File and agent → column mapping → preview → import with progress, on one page so each step stays visible. */
export function ImportWizard({ slug, agents, action }: ImportWizardProps) {
  const timeZone = useTimeZone();
  const [agentId, setAgentId] = useState(agents.length === 1 ? agents[0].id : "");
  const [reading, setReading] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [file, setFile] = useState<ReadFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [keepOtherColumns, setKeepOtherColumns] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const importer = useImportRun(action);
  const importStep = useRef<HTMLDivElement>(null);
  const locked = importer.run !== null;

  async function choose(chosen: File | undefined) {
    setFile(null);
    setFileError(null);
    importer.reset();
    if (!chosen) return;
    setReading(0);
    try {
      const read = await readImportFile(chosen, setReading);
      setFile(read);
      setMapping(suggestMapping(read.columns));
    } catch (error) {
      setFileError((error as Error).message);
    } finally {
      setReading(null);
    }
  }

  const agentMapped = Boolean(mapping.agentId || mapping.agentPhoneNumber);
  const blocker = !file || file.rows.length === 0 ? "Choose a file with at least one readable row." : !mapping.transcript ? "Map the Transcript field to a column." : !agentId && !agentMapped ? "Choose the agent these calls belong to." : null;
  const startImport = () => {
    if (!file || blocker) return;
    void importer.start({ slug, agentId, mapping, keepOtherColumns, rows: file.rows, unreadable: file.problems });
    requestAnimationFrame(() => importStep.current?.scrollIntoView({ behavior: "smooth", block: "start" }));
  };
  const anotherFile = () => {
    importer.reset();
    setFile(null);
    setInputKey((k) => k + 1);
  };

  return (
    <div className="grid gap-6">
      <Step number={1} title="File and agent" description={`CSV (one conversation per row, with a header row), JSONL (one JSON object per line) or a JSON array; up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`}>
        <fieldset disabled={locked} className="grid min-w-0 gap-4 sm:grid-cols-2">
          <Field>
            <Label htmlFor="import-agent">Agent</Label>
            <NativeSelect id="import-agent" value={agentId} onChange={(e) => setAgentId(e.target.value)}>
              <NativeSelectOption value="">{agentMapped ? "From the file" : "Choose an agent…"}</NativeSelectOption>
              {agents.map((agent) => (
                <NativeSelectOption key={agent.id} value={agent.id}>
                  {agent.name}
                </NativeSelectOption>
              ))}
            </NativeSelect>
            <FieldDescription>The agent that handled these calls. Rows whose agent id or agent phone number column is filled in use that instead.</FieldDescription>
          </Field>
          <Field>
            <Label htmlFor="import-file">File</Label>
            <Input key={inputKey} id="import-file" type="file" accept=".csv,.tsv,.txt,.jsonl,.ndjson,.json" onChange={(e) => void choose(e.target.files?.[0])} className="cursor-pointer" />
            <FieldDescription>
              {reading !== null ? (
                <span className="inline-flex items-center gap-1.5" role="status">
                  <Loader2Icon aria-hidden className="size-3.5 animate-spin" />
                  Reading… {reading} rows
                </span>
              ) : file ? (
                <span role="status">
                  {file.name}: {file.rows.length} {file.rows.length === 1 ? "row" : "rows"}, {file.columns.length} columns
                  {file.problems.length ? `, ${file.problems.length} unreadable` : ""}.
                </span>
              ) : (
                "Nothing is sent until you press Import."
              )}
            </FieldDescription>
          </Field>
        </fieldset>
        {fileError ? (
          <Alert variant="destructive" role="alert" className="mt-4">
            <AlertCircleIcon aria-hidden />
            <AlertTitle>This file cannot be imported</AlertTitle>
            <AlertDescription>{fileError}</AlertDescription>
          </Alert>
        ) : null}
        {file && file.problems.length > 0 ? (
          <Alert variant="warning" className="mt-4" data-testid="file-problems">
            <AlertCircleIcon aria-hidden />
            <AlertTitle>
              {file.problems.length} {file.problems.length === 1 ? "row" : "rows"} could not be read and will be reported as failed
            </AlertTitle>
            <AlertDescription>
              <ul className="grid gap-0.5">
                {file.problems.slice(0, SHOWN_FILE_PROBLEMS).map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
              {file.problems.length > SHOWN_FILE_PROBLEMS ? <p>…and {file.problems.length - SHOWN_FILE_PROBLEMS} more, listed after the import.</p> : null}
            </AlertDescription>
          </Alert>
        ) : null}
      </Step>

      {file && file.rows.length > 0 ? (
        <>
          <Step number={2} title="Columns" description="Which column holds each field. Debrief suggested a mapping from the column names; only the transcript is required.">
            <fieldset disabled={locked} className="min-w-0">
              <MappingFields columns={file.columns} mapping={mapping} onChange={setMapping} sample={file.rows[0]?.data} keepOtherColumns={keepOtherColumns} onKeepOtherColumns={setKeepOtherColumns} />
            </fieldset>
          </Step>
          <Step number={3} title="Preview" description={`The first rows as they will be stored. Dates and times without an offset are read as ${timeZone.replace(/_/g, " ")} time, the workspace's time zone (Settings).`}>
            <ImportPreview rows={file.rows} mapping={mapping} agentId={agentId} keepOtherColumns={keepOtherColumns} />
          </Step>
          <Step ref={importStep} number={4} title="Import" description="Rows are sent 50 at a time. A row whose external id is already stored is skipped, so importing a file twice stores nothing new.">
            {importer.run ? (
              <ImportProgress run={importer.run} fileName={file.name} listHref={`/w/${slug}/conversations`} onCancel={importer.cancel} onReset={anotherFile} />
            ) : (
              <div className="flex flex-wrap items-center gap-3">
                <Button onClick={startImport} disabled={blocker !== null}>
                  <FileUpIcon aria-hidden />
                  Import {file.rows.length} {file.rows.length === 1 ? "conversation" : "conversations"}
                </Button>
                {blocker ? <p className="text-sm text-muted-foreground">{blocker}</p> : null}
              </div>
            )}
          </Step>
        </>
      ) : null}
    </div>
  );
}

function Step({ number, title, description, children, ref }: { number: number; title: string; description: string; children: React.ReactNode; ref?: React.Ref<HTMLDivElement> }) {
  return (
    <Card ref={ref} className="scroll-mt-4">
      <CardHeader>
        <CardTitle asChild>
          <h2 className="flex items-center gap-2">
            <span aria-hidden className="flex size-6 items-center justify-center rounded-full bg-primary/10 text-xs font-semibold text-primary">
              {number}
            </span>
            {title}
          </h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
