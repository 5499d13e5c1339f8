import { DomainError } from './errors.ts';

/**
 * Thrown when the stored version moved on since the person read it; carries
 * the version now stored, so they see what was saved meanwhile.
 */
export function versionConflict(current: unknown): DomainError {
  return new DomainError('VERSION_CONFLICT', 'Cette fiche a été modifiée entre-temps ; voici la version enregistrée.', {
    details: { current },
  });
}
