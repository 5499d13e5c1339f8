import { useForm } from '@mantine/form';
import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { controlLabelled, renderStatic, textOf } from '../../../../testing/render-static.tsx';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';
import { ValueEntryButton } from './value-entry-button.tsx';
import { entryShape } from './value-entry-shape.ts';
import { ValueFields } from './value-fields.tsx';
import { formValuesFrom, type ValueFormValues } from './value-form-values.ts';

const fiche = indicatorDefinitionSchema.parse({
  code: 'CPOM_OS_1',
  title: 'Taux de professionnels formés',
  objective: 'Former',
  definition: 'Part des professionnels formés.',
  kind: { type: 'rate', numerator: 'Professionnels formés', denominator: 'Effectif total' },
  unit: '%',
  direction: 'higher-is-better',
  dataSources: ['Plan de formation'],
  measurement: { from: 2025, to: 2029 },
  commentMustState: ['Thématique choisie'],
  targets: [{ scope: { label: 'Tous' }, years: { '2025': { shape: 'chosen-within-floor', floor: 10 } } }],
});

function item(overrides: Partial<TargetItem>): TargetItem {
  return {
    code: 'CPOM_OS_1',
    title: 'Taux de professionnels formés',
    objective: 'Former',
    unit: '%',
    components: [],
    applicable: true,
    negotiated: [],
    judgement: 'pending',
    explanation: 'Cible 2026 : ≥ 15 % ; en attente',
    targets: [{ component: null, status: 'resolved', text: '≥ 15 %' }],
    reported: null,
    componentJudgements: [],
    ...overrides,
  };
}

describe('ValueEntryButton', () => {
  const items = [
    item({}),
    item({ code: 'CPOM_OS_2', reported: { year: 2026, value: 3 }, judgement: 'met' }),
    item({
      code: 'CPOM_CT_3',
      applicable: false,
      judgement: 'not-applicable',
      targets: [{ component: null, status: 'not-applicable', text: 'Sans objet : Réservé aux membres d’un GHT' }],
    }),
    item({
      code: 'CPOM_OS_9',
      judgement: 'not-applicable',
      targets: [{ component: null, status: 'not-applicable', text: 'Sans objet' }],
    }),
  ];

  it('offers Saisir or Modifier named after the code, never where the establishment is ruled out', () => {
    const html = renderStatic(
      <>
        {items.map((entry) => (
          <ValueEntryButton key={entry.code} item={entry} onEnter={() => {}} />
        ))}
      </>,
    );
    expect(html).toContain('aria-label="Saisir la valeur de CPOM_OS_1"');
    expect(html).toMatch(/aria-label="Modifier la valeur de CPOM_OS_2"[^>]*>.*Modifier/);
    expect(html).not.toContain('la valeur de CPOM_CT_3');
    expect(html).toContain('aria-label="Saisir la valeur de CPOM_OS_9"');
  });
});

function Fields({
  year,
  initial,
  definition = fiche,
}: {
  year: number;
  initial: Partial<ValueFormValues>;
  definition?: typeof fiche;
}) {
  const shape = entryShape(definition, year);
  const form = useForm<ValueFormValues>({ initialValues: { ...formValuesFrom(shape, null), ...initial } });
  return <ValueFields form={form} shape={shape} fiche={definition} />;
}

describe('ValueFields', () => {
  it('asks a rate as labelled numerator and denominator, shows the rate, and what the comment must state', () => {
    const html = renderStatic(<Fields year={2026} initial={{ numerator: '31', denominator: '250' }} />);
    expect(controlLabelled(html, 'Numérateur')).not.toBeNull();
    expect(controlLabelled(html, 'Dénominateur')).not.toBeNull();
    expect(controlLabelled(html, 'Commentaire')).toMatch(/^<textarea/);
    const text = textOf(html);
    expect(text).toContain('Professionnels formés');
    expect(text).toContain('Taux : 12,4 %');
    expect(text).toContain('Le commentaire doit préciser : Thématique choisie');
    expect(text).not.toContain('Cible choisie');
  });

  it('asks for the chosen target with the floor in the year the establishment sets it', () => {
    const text = textOf(renderStatic(<Fields year={2025} initial={{}} />));
    expect(text).toContain('Cible choisie');
    expect(text).toContain('Plancher fixé par la fiche : ≥ 10 %');
    expect(text).toContain('Taux : —');
  });

  it('keeps a number as typed in a text field, with the unit beside it', () => {
    const html = renderStatic(<Fields year={2025} initial={{ chosenTarget: '2,5' }} />);
    const chosen = controlLabelled(html, 'Cible choisie (%)');
    expect(chosen).toMatch(/^<input/);
    expect(chosen).toContain('inputMode="decimal"');
    expect(chosen).toContain('value="2,5"');
    expect(html).toMatch(/value="2,5"[^>]*>.*?<p[^>]*aria-hidden="true"[^>]*>%<\/p>/);
  });

  it('warns of a rate above 100 % before the server refuses it', () => {
    const html = renderStatic(<Fields year={2026} initial={{ numerator: '250', denominator: '120' }} />);
    expect(html).toContain('Taux : 208,33\u00a0%');
    expect(textOf(html)).toContain('Un taux ne dépasse pas 100 % : vérifiez le numérateur et le dénominateur.');
    expect(
      textOf(renderStatic(<Fields year={2026} initial={{ numerator: '100', denominator: '120' }} />)),
    ).not.toContain('Un taux ne dépasse pas');
  });

  it('says that a count of 0 with the milestone reached will read as met', () => {
    const count = indicatorDefinitionSchema.parse({
      ...fiche,
      kind: { type: 'count' },
      unit: 'projets',
      targets: [
        { scope: { label: 'Tous' }, years: { '2025': { shape: 'milestone', label: 'Partenaires identifiés' } } },
      ],
    });
    const html = renderStatic(
      <Fields definition={count} year={2025} initial={{ count: '0', milestoneReached: 'yes' }} />,
    );
    expect(textOf(html)).toContain('seul le jalon compte');
    expect(html).toMatch(/value="0"[^>]*>.*?<p[^>]*>projets<\/p>/);
    expect(controlLabelled(html, 'Valeur (projets)')).toContain('value="0"');
    const some = renderStatic(
      <Fields definition={count} year={2025} initial={{ count: '2', milestoneReached: 'yes' }} />,
    );
    expect(textOf(some)).not.toContain('seul le jalon compte');
  });
});
