/** The outcome's colour as a small dot; decorative, the name always says which outcome it is. */
export function OutcomeSwatch({ color }: { color: string }) {
  return <span aria-hidden className="inline-block size-3 shrink-0 rounded-full ring-1 ring-foreground/10" style={{ backgroundColor: color }} />;
}
