import { describe, expect, it } from 'vitest';
import { renderStatic, textOf } from '../../../../testing/render-static.tsx';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';
import { NegotiatedTargetNote } from './negotiated-target-note.tsx';
import { NegotiationButton } from './negotiation-button.tsx';

function item(overrides: Partial<TargetItem>): TargetItem {
  return {
    code: 'CPOM_OS_12',
    title: 'Mammographies et échographies',
    objective: 'Dépister',
    unit: 'actes',
    components: [],
    applicable: true,
    negotiated: [],
    judgement: 'pending',
    explanation: 'Cible 2026 : ≥ 650 ; en attente',
    targets: [{ component: null, status: 'resolved', text: '≥ 650' }],
    reported: null,
    componentJudgements: [],
    ...overrides,
  };
}

/** What the note itself shows, without the theme's style sheets the providers print. */
const shown = (html: string) => textOf(html.replace(/<style[^>]*>.*?<\/style>/gs, ''));

describe('NegotiationButton', () => {
  it('is named after the code, and absent where the fiche does not apply to the establishment', () => {
    const html = renderStatic(
      <>
        <NegotiationButton item={item({})} onNegotiate={() => {}} />
        <NegotiationButton item={item({ code: 'CPOM_OS_14', applicable: false })} onNegotiate={() => {}} />
      </>,
    );
    expect(html).toMatch(/aria-label="Négocier la cible de CPOM_OS_12"[^>]*>.*Négocier/);
    expect(html).not.toContain('CPOM_OS_14');
  });
});

describe('NegotiatedTargetNote', () => {
  it('says nothing when the fiche’s targets apply', () => {
    expect(shown(renderStatic(<NegotiatedTargetNote item={item({})} />))).toBe('');
  });

  it('shows a badge and the reason of each negotiated rule, naming its component', () => {
    const negotiated = [
      { component: null, text: '≥ 12 %', reason: 'Avenant n° 1' },
      { component: { key: 'mammographies', label: 'Mammographies' }, text: '≥ 650', reason: 'Départ d’un radiologue' },
    ];
    const text = shown(renderStatic(<NegotiatedTargetNote item={item({ negotiated })} />));
    expect(text).toBe(
      'Cible négociée Motif : Avenant n° 1 Cible négociée Mammographies Motif : Départ d’un radiologue',
    );
    expect(shown(renderStatic(<NegotiatedTargetNote item={item({ negotiated })} />, 'en'))).toContain(
      'Negotiated target Reason: Avenant n° 1',
    );
  });
});
