import { fieldId } from "./context";

export type TTextFieldProps = {
  /** API path of the field (`address.city`): names the input, its id and its error. */
  path: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  optional?: string;
  onValue: (value: string) => void;
  onBlur?: () => void;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel";
  dir?: "ltr" | "rtl" | "auto";
  maxLength?: number;
};

/**
 * A labelled input whose hint and error are linked by `aria-describedby` and
 * whose error sets `aria-invalid` (WCAG 2.2 SC 3.3.1 error identification,
 * 1.3.1 info and relationships). The error sits right under the field.
 */
export function TextField({ path, label, value, error, hint, optional, onValue, onBlur, ...input }: TTextFieldProps) {
  const id = fieldId(path);
  const described = [hint && id + "-hint", error && id + "-error"].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field" data-field={path}>
      <label for={id}>
        {label} {optional && <span class="optional">{optional}</span>}
      </label>
      {hint && <p class="hint" id={id + "-hint"}>{hint}</p>}
      <input
        id={id}
        name={path}
        value={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described}
        onInput={(event) => onValue(event.currentTarget.value)}
        onBlur={onBlur}
        {...input}
      />
      {error && <p class="error" id={id + "-error"}>{error}</p>}
    </div>
  );
}
