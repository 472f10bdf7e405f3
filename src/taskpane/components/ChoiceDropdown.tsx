import { Dropdown, Option } from '@fluentui/react-components';

/**
 * The review's dropdown of what one of her columns, section headings or indicator rows is read as:
 * each choice by its label; picking the one it already has does nothing.
 */
export function ChoiceDropdown<T extends string>({
  labelledBy,
  value,
  choices,
  labelOf,
  onPick,
  busy,
}: {
  labelledBy: string;
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onPick: (choice: T) => void;
  busy?: boolean;
}) {
  return (
    <Dropdown
      size="small"
      aria-labelledby={labelledBy}
      disabled={busy}
      value={labelOf(value)}
      selectedOptions={[value]}
      onOptionSelect={(_, d) => d.optionValue !== undefined && d.optionValue !== value && onPick(d.optionValue as T)}
      className="mtqg-mapping-dropdown"
    >
      {choices.map((c) => (
        <Option key={c || 'none'} value={c} text={labelOf(c)}>
          {labelOf(c)}
        </Option>
      ))}
    </Dropdown>
  );
}
