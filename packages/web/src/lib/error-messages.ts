import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from './api-client.ts';
import { formatTime } from './format.ts';
import type { ErrorCode } from '@jalon/contract/errors/error-codes';

type CodeMessage = (t: TFunction, error: ApiError, locale: string) => string | null;

/** The server's French detail says it best, and other locales get the generic fallback. */
const noMessage: CodeMessage = () => null;

/**
 * A message for every code the API may send (and the client's own NETWORK_ERROR), so
 * a code added to the contract without a message fails the compiler.
 * Every translated text is written out as a literal so the parser extracts it.
 */
const MESSAGES = {
  INVALID_CREDENTIALS: (t) => t('Adresse e-mail ou mot de passe incorrect.'),
  RATE_LIMITED: (t, error, locale) =>
    error.retryAfterSeconds
      ? t('Trop de tentatives. Réessayez à partir de {{time}}.', {
          time: formatTime(new Date(Date.now() + error.retryAfterSeconds * 1000).toISOString(), locale),
        })
      : t('Trop de tentatives. Patientez quelques minutes avant de réessayer.'),
  UNAUTHENTICATED: (t) => t('Votre session a expiré. Reconnectez-vous.'),
  SESSION_EXPIRED: (t) => t('Votre session a expiré. Reconnectez-vous.'),
  CSRF_INVALID: (t) => t('Votre session a été renouvelée entre-temps. Réessayez.'),
  SESSION_REQUIRED: (t) =>
    t('Cette action demande une connexion par le navigateur ; un jeton d’API ne peut pas la faire.'),
  PASSWORD_UNCHANGED: (t) => t('Le nouveau mot de passe doit être différent de l’actuel.'),
  INVALID_CURRENT_PASSWORD: (t) => t('Mot de passe actuel incorrect.'),
  CANNOT_DEACTIVATE_SELF: (t) => t('Vous ne pouvez pas désactiver votre propre compte.'),
  GRANT_EXISTS: (t) => t('Cette personne a déjà ce rôle sur cette organisation.'),
  FINESS_TAKEN: (t) => t('Ce numéro FINESS est déjà attribué à une autre organisation.'),
  ESTABLISHMENT_REQUIRED: (t) =>
    t('Renseignez la catégorie, le statut juridique et le département de l’établissement.'),
  ESTABLISHMENT_NOT_ALLOWED: (t) =>
    t('Seul un établissement porte une catégorie, un statut juridique et des capacités.'),
  ORG_IN_USE: (t) =>
    t('Cette organisation est encore utilisée (rôles attribués ou GHT associé) : retirez ces liens d’abord.'),
  UNKNOWN_GHT: (t) => t('Ce GHT n’existe pas ou est hors de votre périmètre.'),
  UNKNOWN_ORG_UNIT: (t) => t('Cette organisation n’existe pas ou est hors de votre périmètre.'),
  UNKNOWN_PARENT: (t) => t('Cette organisation n’existe pas ou est hors de votre périmètre.'),
  UNSUPPORTED_MEDIA_TYPE: (t) => t('Format de requête non pris en charge.'),
  FORBIDDEN: (t) => t('Vous n’avez pas les droits nécessaires pour cette action.'),
  NOT_FOUND: (t) => t('Élément introuvable ou hors de votre périmètre.'),
  CATALOGUE_NOT_FOUND: (t) => t('Catalogue d’indicateurs introuvable.'),
  INDICATOR_NOT_FOUND: (t) => t('Indicateur introuvable.'),
  ESTABLISHMENT_NOT_FOUND: (t) => t('Établissement introuvable ou hors de votre périmètre.'),
  VALIDATION_FAILED: (t) => t('Certains champs sont invalides. Corrigez-les puis réessayez.'),
  VERSION_CONFLICT: (t) => t('Modifié entre-temps par quelqu’un d’autre.'),
  PRECONDITION_REQUIRED: (t) => t('La version de l’élément modifié n’a pas été transmise. Rechargez la page.'),
  INVALID_FINESS: (t) => t('Numéro FINESS invalide : 9 caractères dont une clé de contrôle.'),
  ORG_CYCLE: (t) => t('Une organisation ne peut pas être déplacée sous l’une de ses propres sous-organisations.'),
  ORG_KIND_NOT_ALLOWED: (t) => t('Ce type d’organisation n’est pas autorisé à cet endroit de l’arborescence.'),
  ORG_ROOT_NOT_REGION: (t) => t('Seule une région peut être à la racine de l’arborescence.'),
  ORG_PRIVATE_GHT_MEMBER: (t) =>
    t('Un établissement privé ne peut pas être membre d’un GHT : rattachez-le à sa région et associez-le au GHT.'),
  FINESS_FORMAT: (t) => t('Numéro FINESS invalide : 9 caractères dont une clé de contrôle.'),
  FINESS_KEY: (t) => t('Numéro FINESS invalide : 9 caractères dont une clé de contrôle.'),
  ORG_HAS_CHILDREN: (t) =>
    t('Cette organisation contient des sous-organisations : supprimez-les ou déplacez-les d’abord.'),
  EMAIL_TAKEN: (t) => t('Cette adresse e-mail est déjà utilisée.'),
  WEAK_PASSWORD: (t) =>
    t(
      'Mot de passe trop faible ou trop courant : au moins 12 caractères avec majuscule, minuscule, chiffre et caractère spécial, sans mot du dictionnaire ni suite prévisible.',
    ),
  PAYLOAD_TOO_LARGE: (t) => t('Les données envoyées sont trop volumineuses.'),
  NETWORK_ERROR: (t) => t('Le serveur Jalon est injoignable. Vérifiez votre connexion.'),
  BAD_REQUEST: noMessage,
  NUL_CHARACTER: noMessage,
  METHOD_NOT_ALLOWED: noMessage,
  NOT_ACCEPTABLE: noMessage,
  INTERNAL: noMessage,
  DATABASE_UNAVAILABLE: noMessage,
  NOT_A_REGION: noMessage,
  ALIAS_TAKEN: noMessage,
  CODE_MISMATCH: noMessage,
  INVALID_FICHE: noMessage,
  INVALID_RULE: noMessage,
  UNKNOWN_COMPONENT: noMessage,
  YEAR_OUT_OF_PERIOD: noMessage,
} satisfies Record<ErrorCode | 'NETWORK_ERROR', CodeMessage>;

function isKnownCode(code: string): code is keyof typeof MESSAGES {
  return Object.hasOwn(MESSAGES, code);
}

function messageForCode(t: TFunction, error: ApiError, locale: string): string | null {
  return isKnownCode(error.code) ? MESSAGES[error.code](t, error, locale) : null;
}

/** A translated sentence for any error thrown by a query or mutation. */
export function errorMessage(t: TFunction, error: unknown, locale = 'fr'): string {
  if (!isApiError(error)) return t('Une erreur inattendue est survenue.');
  const known = messageForCode(t, error, locale);
  if (known) return known;
  if (error.status >= 500) return t('Une erreur inattendue est survenue côté serveur. Réessayez plus tard.');
  return error.detail || t('Une erreur inattendue est survenue.');
}

// Schema checks name the rule, not the field: the server's French message says
// more ("Nom obligatoire"), so French users get it and others a translated rule.
function genericFieldMessage(t: TFunction, code: string): string | null {
  switch (code) {
    case 'TOO_SMALL':
      return t('Valeur manquante ou trop courte.');
    case 'TOO_BIG':
      return t('Valeur trop longue ou trop grande.');
    case 'INVALID_FORMAT':
      return t('Format invalide.');
    case 'INVALID_TYPE':
    case 'INVALID_VALUE':
      return t('Valeur invalide.');
    default:
      return null;
  }
}

/** Message for one field error: translated when the code is known, the server's French text otherwise. */
export function fieldErrorMessage(t: TFunction, error: { code: string; message: string }, locale = 'fr'): string {
  const asApiError = { code: error.code, retryAfterSeconds: null } as ApiError;
  const known = messageForCode(t, asApiError, locale);
  if (known) return known;
  const generic = genericFieldMessage(t, error.code);
  if (generic && (locale !== 'fr' || !error.message)) return generic;
  return error.message || generic || t('Valeur invalide.');
}
