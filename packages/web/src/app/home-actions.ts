import type { TFunction } from 'i18next';
import type { Me } from '@jalon/contract/account/me';
import { canManageOrgUnits, hasPermission } from './permissions.ts';

/** Pages a home-page action opens: the main navigation's own destinations. */
export type HomeActionTarget =
  '/cpom' | '/indicateurs' | '/tableaux-de-bord' | '/administration/organisations' | '/administration/utilisateurs';

export interface HomeAction {
  label: string;
  to: HomeActionTarget;
}

/**
 * What the reader can do, each with the page where they do it, their main
 * task first (entering the CPOM values, for those who may). Only what the
 * server would let them do is listed.
 */
export function homeActions(t: TFunction, me: Me): HomeAction[] {
  const actions: (HomeAction | false)[] = [
    hasPermission(me, 'values.write') && { label: t('Saisir les valeurs CPOM de votre établissement'), to: '/cpom' },
    hasPermission(me, 'catalogue.write') && {
      label: t('Modifier les fiches des indicateurs CPOM'),
      to: '/indicateurs',
    },
    { label: t('Suivre les cibles CPOM et leur appréciation'), to: '/cpom' },
    { label: t('Voir les tableaux de bord de votre périmètre'), to: '/tableaux-de-bord' },
    { label: t('Consulter le catalogue des indicateurs'), to: '/indicateurs' },
    hasPermission(me, 'org.read') && {
      label: canManageOrgUnits(me)
        ? t('Créer et modifier des organisations')
        : t('Consulter les organisations de votre périmètre'),
      to: '/administration/organisations',
    },
    hasPermission(me, 'users.read') && {
      label: hasPermission(me, 'users.write') ? t('Gérer les comptes et les rôles') : t('Consulter les utilisateurs'),
      to: '/administration/utilisateurs',
    },
  ];
  return actions.filter((action): action is HomeAction => action !== false);
}
