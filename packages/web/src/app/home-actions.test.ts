import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../testing/render-static.tsx';
import type { Me } from '@jalon/contract/account/me';
import { homeActions } from './home-actions.ts';

const me = (overrides: Partial<Me>): Me => ({
  id: 'u1',
  email: 'a@chu.fr',
  displayName: 'A',
  locale: 'fr',
  isPlatformAdmin: false,
  grants: [],
  permissions: ['org.read'],
  ...overrides,
});
const { t } = createTestI18n('fr');

describe('homeActions', () => {
  it('puts CPOM value entry first for a quality manager, with its page', () => {
    const quality = me({ permissions: ['org.read', 'users.read', 'audit.read', 'values.write'] });
    const actions = homeActions(t, quality);
    expect(actions[0]).toEqual({ label: 'Saisir les valeurs CPOM de votre établissement', to: '/cpom' });
    expect(actions.map((action) => action.label)).toContain('Consulter les utilisateurs');
    expect(actions.map((action) => action.label)).not.toContain('Gérer les comptes et les rôles');
  });

  it('offers a reader only what reading allows', () => {
    const labels = homeActions(t, me({})).map((action) => action.label);
    expect(labels).toEqual([
      'Suivre les cibles CPOM et leur appréciation',
      'Voir les tableaux de bord de votre périmètre',
      'Consulter le catalogue des indicateurs',
      'Consulter les organisations de votre périmètre',
    ]);
  });

  it('gives an ARS officer the fiches to edit', () => {
    const ars = me({
      permissions: ['org.read', 'org.write', 'users.read', 'users.write', 'audit.read', 'catalogue.write'],
    });
    expect(homeActions(t, ars).slice(0, 1)).toEqual([
      { label: 'Modifier les fiches des indicateurs CPOM', to: '/indicateurs' },
    ]);
  });
});
