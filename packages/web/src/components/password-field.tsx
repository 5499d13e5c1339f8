import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * Mantine's PasswordInput flags its inner input with `data-invalid` only;
 * `aria-invalid` lets screen readers say the field is in error, as they do
 * for the other inputs.
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput {...props} aria-invalid={props.error ? true : undefined} />;
}
