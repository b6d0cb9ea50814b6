/** Metadata as key/value pairs; nested values as pretty JSON. Rendered as text, never as HTML. */
export function MetadataList({ metadata }: { metadata: Record<string, unknown> }) {
  const entries = Object.entries(metadata);
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">No metadata was sent with this call.</p>;
  return (
    <dl className="grid gap-3 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="grid min-w-0 gap-1">
          <dt className="font-mono text-xs text-muted-foreground">{key}</dt>
          <dd className="min-w-0">
            {value !== null && typeof value === "object" ? (
              <pre className="max-h-64 overflow-auto rounded-md border bg-muted/50 p-2 font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>
            ) : (
              <span className="break-words">{String(value)}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
