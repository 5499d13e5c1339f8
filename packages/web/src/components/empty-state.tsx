import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** An honest "nothing here yet" message, with what the user can do next when there is something. */
export function EmptyState({
  icon,
  title,
  description,
  children,
}: {
  icon: ReactNode;
  title: string;
  description?: string;
  children?: ReactNode;
}) {
  return (
    <MantineEmptyState icon={icon} withIndicatorBackground py="xl">
      <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
      {description ? <MantineEmptyState.Description>{description}</MantineEmptyState.Description> : null}
      {children ? <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
