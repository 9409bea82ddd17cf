/** A text field of the project meta that is not a top-level string (nested objects, per-group texts). */
import { BoundText } from './fields';
import { checkText } from './validate';

interface MetaTextProps {
  name: string;
  label: string;
  hint?: string;
  value: string | undefined;
  multiline?: boolean;
  /** Longest text accepted (the schema's limit). */
  max?: number;
  className?: string;
  apply(value: string | undefined): void;
  onCommit?(): void;
}

/** A text input or textarea whose value is applied through `apply` when valid. */
export function MetaText({ name, label, hint, value, multiline, max = 20_000, className, apply, onCommit }: MetaTextProps) {
  return (
    <BoundText
      name={name}
      label={label}
      hint={hint}
      multiline={multiline}
      className={className}
      value={value}
      toText={(v) => v ?? ''}
      equivalent={(text, v) => text.trim() === (v ?? '').trim()}
      check={(text) => checkText(text, max)}
      apply={apply}
      onCommit={onCommit}
    />
  );
}
