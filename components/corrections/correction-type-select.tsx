import { CORRECTION_TYPE_LABELS, CORRECTION_TYPES, type CorrectionType } from "@/lib/workflow/statuses";

type CorrectionTypeSelectProps = {
  id: string;
  value?: CorrectionType;
  defaultValue?: CorrectionType;
  onChange?: (type: CorrectionType) => void;
  error?: string;
};

/** The "Type" picker: correction, clarification, update, editor's note. */
export function CorrectionTypeSelect({ id, value, defaultValue, onChange, error }: CorrectionTypeSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Type</label>
      <select
        id={id}
        name="type"
        value={value}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        onChange={onChange ? (event) => onChange(event.target.value as CorrectionType) : undefined}
      >
        {CORRECTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {CORRECTION_TYPE_LABELS[type]}
          </option>
        ))}
      </select>
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
