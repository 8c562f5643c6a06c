import { fieldId } from "./context";

export type TSelectFieldProps = {
  path: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  placeholder: string;
  error?: string;
  /** The "(optional)" marker, for a choice that may stay unanswered. */
  optional?: string;
  autoComplete?: string;
  onValue: (value: string) => void;
  onBlur?: () => void;
};

/** A labelled native <select> (best keyboard, screen-reader and phone support), errors as in TextField. */
export function SelectField({ path, label, value, options, placeholder, error, optional, autoComplete, onValue, onBlur }: TSelectFieldProps) {
  const id = fieldId(path);
  return (
    <div class="field" data-field={path}>
      <label for={id}>
        {label} {optional && <span class="optional">{optional}</span>}
      </label>
      <select
        id={id}
        name={path}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? id + "-error" : undefined}
        onChange={(event) => onValue(event.currentTarget.value)}
        onBlur={onBlur}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      {error && <p class="error" id={id + "-error"}>{error}</p>}
    </div>
  );
}
