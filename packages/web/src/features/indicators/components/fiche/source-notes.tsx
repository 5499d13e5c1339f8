import { Button, Collapse, List } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How the fiche was rebuilt from its source: useful to check it, too long to
 * read every time, so folded. The catalogue writes these editorial notes in
 * English, and says so to screen readers.
 */
export function SourceNotes({ notes }: { notes: string[] }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        rightSection={opened ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
      >
        {opened
          ? t('Masquer les notes ({{number}})', { number: notes.length })
          : t('Afficher les notes ({{number}})', { number: notes.length })}
      </Button>
      <Collapse expanded={opened} id={id}>
        <List spacing="xs" size="sm" mt="xs" lang="en">
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      </Collapse>
    </>
  );
}
