import { ActionIcon, Badge, Group, Loader, Text } from '@mantine/core';
import { IconBuildingHospital, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { orgKindLabel } from '../../../lib/labels.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { useOrgUnits } from '../api/get-org-units.ts';

// Children are fetched only when a node is opened: a region holds thousands of
// units and nobody needs them all at once.
const CHILDREN_PAGE_SIZE = 200;

function TreeNode({ unit }: { unit: OrgUnitView }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const hasChildren = unit.childCount > 0;
  const childrenId = `tree-children-${unit.id}`;
  return (
    <li>
      <Group gap={6} wrap="nowrap" py={2}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="sm"
            aria-expanded={expanded}
            aria-controls={expanded ? childrenId : undefined}
            aria-label={
              expanded ? t('Replier {{name}}', { name: unit.name }) : t('Déplier {{name}}', { name: unit.name })
            }
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <span style={{ width: 22, flex: 'none' }} aria-hidden />
        )}
        <AnchorLink to="/administration/organisations/$orgUnitId" params={{ orgUnitId: unit.id }}>
          {unit.name}
        </AnchorLink>
        <Badge size="xs" variant="light" color="gray">
          {orgKindLabel(t, unit.kind)}
        </Badge>
        {unit.finess ? (
          <Text size="xs" c="gray.7">
            {unit.finess}
          </Text>
        ) : null}
      </Group>
      {expanded ? <TreeLevel parentId={unit.id} id={childrenId} /> : null}
    </li>
  );
}

function TreeLevel({ parentId, id }: { parentId?: string; id?: string }) {
  const { t } = useTranslation();
  const level = useOrgUnits(
    parentId ? { parent: parentId, pageSize: CHILDREN_PAGE_SIZE } : { pageSize: CHILDREN_PAGE_SIZE },
  );
  if (level.isPending) return <Loader size="xs" ml="xl" aria-label={t('Chargement…')} />;
  if (level.isError) return <ErrorAlert error={level.error} />;
  const { items, total } = level.data;
  if (!parentId && items.length === 0) {
    return (
      <EmptyState
        icon={<IconBuildingHospital aria-hidden />}
        title={t('Aucune organisation dans votre périmètre')}
        description={t('Un administrateur doit d’abord créer les organisations et vous y attribuer un rôle.')}
      />
    );
  }
  return (
    <ul className="tree-list" id={id} data-root={parentId ? undefined : true}>
      {items.map((unit) => (
        <TreeNode key={unit.id} unit={unit} />
      ))}
      {total > items.length ? (
        <li>
          <Text size="sm" c="gray.7" pl="xl">
            {t('{{count}} autres organisations : utilisez la recherche pour les trouver.', {
              count: total - items.length,
            })}
          </Text>
        </li>
      ) : null}
    </ul>
  );
}

/** Expandable tree of the organisations in the user's scope, starting from its roots. */
export function OrgUnitTree() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('Arborescence des organisations')}>
      <TreeLevel />
    </nav>
  );
}

/** The direct children of one unit, each expandable in turn. */
export function OrgUnitChildren({ parentId }: { parentId: string }) {
  return <TreeLevel parentId={parentId} />;
}
