import { Alert, Table, Text } from '@mantine/core';
import type { IndicatorDefinition, TargetRule } from '@jalon/domain/indicators/indicator-definition';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ruleProblemMessage } from './fiche-edit-labels.ts';
import { invalidCells, type RuleContext } from './fiche-edit-rules.ts';
import { FicheEditRule } from './fiche-edit-rule.tsx';
import { ScrollableTable } from '../scrollable-table.tsx';

interface TargetsEditorProps {
  /** The fiche the rows come from: their scopes, components and measured years never change here. */
  base: IndicatorDefinition;
  targets: Record<string, TargetRule>[];
  /** Problems shown above the table: the server's, or "some cells are incomplete". */
  error: string | null;
  /** Whether to mark incomplete cells (after a first attempt to save). */
  showCellErrors: boolean;
  onChange: (row: number, year: string, rule: TargetRule | undefined) => void;
}

function yearsOf(base: IndicatorDefinition): string[] {
  const years: string[] = [];
  for (let year = base.measurement.from; year <= base.measurement.to; year++) years.push(String(year));
  return years;
}

function rowLabel(base: IndicatorDefinition, index: number): { scope: string; component: string | null } {
  const row = base.targets[index];
  const components = base.kind.type === 'components' ? base.kind.components : [];
  const component =
    row?.component === undefined ? null : (components.find((c) => c.key === row.component)?.label ?? row.component);
  return { scope: row?.scope.label ?? '', component };
}

/** The target table as a grid of small rule editors: one per row and year. */
export function FicheEditTargets({ base, targets, error, showCellErrors, onChange }: TargetsEditorProps) {
  const { t } = useTranslation();
  const years = yearsOf(base);
  const problems = showCellErrors ? invalidCells(targets) : new Map<string, never>();
  const context: RuleContext = {
    firstYear: base.measurement.from,
    baselineYear: base.baselineYear ?? base.measurement.from - 1,
  };
  const caption = t('Cibles par catégorie et par année');
  return (
    <>
      {error ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('Cibles à corriger')}
          mb="sm"
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {error}
          </Text>
        </Alert>
      ) : null}
      <ScrollableTable minWidth={180 + years.length * 180} label={caption}>
        <Table withTableBorder withColumnBorders verticalSpacing="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('Établissements concernés')}</Table.Th>
              {years.map((year) => (
                <Table.Th scope="col" key={year}>
                  {year}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((rules, index) => {
              const { scope, component } = rowLabel(base, index);
              const name = component ? `${scope} — ${component}` : scope;
              return (
                <Table.Tr key={`${name}-${index}`}>
                  <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                    {scope}
                    {component ? (
                      <Text size="sm" fw="normal">
                        {component}
                      </Text>
                    ) : null}
                  </Table.Th>
                  {years.map((year) => {
                    const problem = problems.get(`${index}.${year}`);
                    return (
                      <Table.Td key={year} style={{ verticalAlign: 'top' }}>
                        <FicheEditRule
                          rule={rules[year]}
                          place={`${name}, ${year}`}
                          context={context}
                          error={problem ? ruleProblemMessage(t, problem) : null}
                          onChange={(rule) => onChange(index, year, rule)}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </>
  );
}
