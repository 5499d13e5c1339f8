import { TextInput, type TextInputProps } from '@mantine/core';
import { readFrenchNumber } from '@jalon/domain/indicators/french-number';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberProblemMessage, numberText } from '../lib/number-reading.ts';

export interface DecimalInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** The number held by the form; undefined when the field is empty. */
  value?: number | undefined;
  /**
   * The number read from what was typed: undefined when emptied, NaN while
   * the text cannot be read exactly, so that the form refuses to send it.
   */
  onChange: (value: number | undefined) => void;
  allowNegative?: boolean;
  integer?: boolean;
}

/**
 * A number field that keeps what the person typed ("2,5", "1 234") and reads
 * it French-style. A number input would reinterpret it instead: drop the
 * comma of "2,5" (saving 25) or the sign of "-3" (saving 3).
 */
export function DecimalInput({
  value,
  onChange,
  allowNegative = false,
  integer = false,
  error,
  ...props
}: DecimalInputProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => numberText(value, i18n.language));
  const [problem, setProblem] = useState<string | null>(null);
  // The form may replace the number (a reset, a reload after a conflict): show it.
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    if (!Number.isNaN(value)) {
      setText(numberText(value, i18n.language));
      setProblem(null);
    }
  }
  const read = (typed: string): number | undefined => {
    if (typed.trim() === '') {
      setProblem(null);
      return undefined;
    }
    const reading = readFrenchNumber(typed, { allowNegative });
    if (!reading.ok) {
      setProblem(numberProblemMessage(t, reading.problem));
      return Number.NaN;
    }
    if (integer && !Number.isInteger(reading.value)) {
      setProblem(numberProblemMessage(t, 'NOT_AN_INTEGER'));
      return Number.NaN;
    }
    setProblem(null);
    return reading.value;
  };
  return (
    <TextInput
      inputMode={integer && !allowNegative ? 'numeric' : 'decimal'}
      autoComplete="off"
      {...props}
      value={text}
      error={problem ?? error}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        const number = read(typed);
        setShown(number);
        onChange(number);
      }}
    />
  );
}
