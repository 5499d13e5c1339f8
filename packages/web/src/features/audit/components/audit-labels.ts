import type { TFunction } from 'i18next';

/** Actions the server records; any other is shown as sent. */
export function actionLabel(t: TFunction, action: string): string {
  switch (action) {
    case 'create':
      return t('Création');
    case 'update':
      return t('Modification');
    case 'delete':
      return t('Suppression');
    case 'move':
      return t('Déplacement');
    case 'login':
      return t('Connexion');
    case 'login_failed':
      return t('Échec de connexion');
    case 'lock':
      return t('Verrouillage du compte');
    case 'unlock':
      return t('Déverrouillage du compte');
    case 'logout':
      return t('Déconnexion');
    case 'password_change':
      return t('Changement de mot de passe');
    case 'grant':
      return t('Attribution de rôle');
    case 'revoke':
      return t('Retrait');
    default:
      return action;
  }
}

/** Field names of the snapshots, in the words of the forms. */
export function fieldLabel(t: TFunction, field: string): string {
  switch (field) {
    case 'name':
      return t('Nom');
    case 'shortName':
      return t('Nom court');
    case 'finess':
      return t('FINESS');
    case 'kind':
      return t('Type');
    case 'parentId':
      return t('Organisation parente');
    case 'establishment.category':
      return t('Catégorie');
    case 'establishment.legalStatus':
      return t('Statut juridique');
    case 'establishment.department':
      return t('Département');
    case 'establishment.capacities':
      return t('Capacités');
    case 'establishment.authorisations':
      return t('Autorisations');
    case 'establishment.associatedGhtIds':
      return t('GHT associés');
    case 'establishment.associatedGhts':
      return t('GHT associés');
    case 'establishment.cpomTier':
      return t('Tranche CPOM');
    case 'displayName':
      return t('Nom affiché');
    case 'email':
      return t('Adresse e-mail');
    case 'locale':
      return t('Langue');
    case 'active':
      return t('Actif');
    case 'lockedUntil':
      return t('Verrouillé jusqu’à');
    case 'role':
      return t('Rôle');
    case 'orgUnitId':
      return t('Organisation');
    case 'orgUnitName':
      return t('Organisation');
    default:
      return field;
  }
}
