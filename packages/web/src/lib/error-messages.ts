import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from './api-client.ts';
import { formatTime } from './format.ts';

// Every translated text is written out as a literal so the parser extracts it.
function messageForCode(t: TFunction, error: ApiError, locale: string): string | null {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t('Adresse e-mail ou mot de passe incorrect.');
    case 'RATE_LIMITED':
      return error.retryAfterSeconds
        ? t('Trop de tentatives. Réessayez à partir de {{time}}.', {
            time: formatTime(new Date(Date.now() + error.retryAfterSeconds * 1000).toISOString(), locale),
          })
        : t('Trop de tentatives. Patientez quelques minutes avant de réessayer.');
    case 'UNAUTHENTICATED':
    case 'SESSION_EXPIRED':
      return t('Votre session a expiré. Reconnectez-vous.');
    case 'CSRF_INVALID':
      return t('Votre session a été renouvelée entre-temps. Réessayez.');
    case 'SESSION_REQUIRED':
      return t('Cette action demande une connexion par le navigateur ; un jeton d’API ne peut pas la faire.');
    case 'PASSWORD_UNCHANGED':
      return t('Le nouveau mot de passe doit être différent de l’actuel.');
    case 'INVALID_CURRENT_PASSWORD':
      return t('Mot de passe actuel incorrect.');
    case 'CANNOT_DEACTIVATE_SELF':
      return t('Vous ne pouvez pas désactiver votre propre compte.');
    case 'GRANT_EXISTS':
      return t('Cette personne a déjà ce rôle sur cette organisation.');
    case 'FINESS_TAKEN':
      return t('Ce numéro FINESS est déjà attribué à une autre organisation.');
    case 'ESTABLISHMENT_REQUIRED':
      return t('Renseignez la catégorie, le statut juridique et le département de l’établissement.');
    case 'ESTABLISHMENT_NOT_ALLOWED':
      return t('Seul un établissement porte une catégorie, un statut juridique et des capacités.');
    case 'ORG_IN_USE':
      return t('Cette organisation est encore utilisée (rôles attribués ou GHT associé) : retirez ces liens d’abord.');
    case 'UNKNOWN_GHT':
      return t('Ce GHT n’existe pas ou est hors de votre périmètre.');
    case 'UNKNOWN_ORG_UNIT':
    case 'UNKNOWN_PARENT':
      return t('Cette organisation n’existe pas ou est hors de votre périmètre.');
    case 'UNSUPPORTED_MEDIA_TYPE':
      return t('Format de requête non pris en charge.');
    case 'FORBIDDEN':
      return t('Vous n’avez pas les droits nécessaires pour cette action.');
    case 'NOT_FOUND':
      return t('Élément introuvable ou hors de votre périmètre.');
    case 'CATALOGUE_NOT_FOUND':
      return t('Catalogue d’indicateurs introuvable.');
    case 'INDICATOR_NOT_FOUND':
      return t('Indicateur introuvable.');
    case 'ESTABLISHMENT_NOT_FOUND':
      return t('Établissement introuvable ou hors de votre périmètre.');
    case 'VALIDATION_FAILED':
      return t('Certains champs sont invalides. Corrigez-les puis réessayez.');
    case 'VERSION_CONFLICT':
      return t('Modifié entre-temps par quelqu’un d’autre.');
    case 'PRECONDITION_REQUIRED':
      return t('La version de l’élément modifié n’a pas été transmise. Rechargez la page.');
    case 'INVALID_FINESS':
      return t('Numéro FINESS invalide : 9 caractères dont une clé de contrôle.');
    case 'ORG_CYCLE':
      return t('Une organisation ne peut pas être déplacée sous l’une de ses propres sous-organisations.');
    case 'ORG_KIND_NOT_ALLOWED':
      return t('Ce type d’organisation n’est pas autorisé à cet endroit de l’arborescence.');
    case 'ORG_ROOT_NOT_REGION':
      return t('Seule une région peut être à la racine de l’arborescence.');
    case 'ORG_PRIVATE_GHT_MEMBER':
      return t('Un établissement privé ne peut pas être membre d’un GHT : rattachez-le à sa région et associez-le au GHT.');
    case 'FINESS_FORMAT':
    case 'FINESS_KEY':
      return t('Numéro FINESS invalide : 9 caractères dont une clé de contrôle.');
    case 'ORG_HAS_CHILDREN':
      return t('Cette organisation contient des sous-organisations : supprimez-les ou déplacez-les d’abord.');
    case 'EMAIL_TAKEN':
      return t('Cette adresse e-mail est déjà utilisée.');
    case 'WEAK_PASSWORD':
      return t('Mot de passe trop faible ou trop courant : au moins 12 caractères avec majuscule, minuscule, chiffre et caractère spécial, sans mot du dictionnaire ni suite prévisible.');
    case 'PAYLOAD_TOO_LARGE':
      return t('Les données envoyées sont trop volumineuses.');
    case 'NETWORK_ERROR':
      return t('Le serveur Jalon est injoignable. Vérifiez votre connexion.');
    default:
      return null;
  }
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
    case 'TOO_SMALL': return t('Valeur manquante ou trop courte.');
    case 'TOO_BIG': return t('Valeur trop longue ou trop grande.');
    case 'INVALID_FORMAT': return t('Format invalide.');
    case 'INVALID_TYPE':
    case 'INVALID_VALUE': return t('Valeur invalide.');
    default: return null;
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
