/**
 * Every table holding Jalon data, parents before children so that a restore
 * satisfies foreign keys row by row. `order` makes org_unit come out
 * top-down (a parent before its children).
 */
export const BACKUP_TABLES: readonly { name: string; order: string }[] = [
  {
    name: 'org_unit',
    order: `(WITH RECURSIVE d AS (SELECT id, 0 AS depth FROM org_unit WHERE parent_id IS NULL
             UNION ALL SELECT c.id, d.depth + 1 FROM org_unit c JOIN d ON c.parent_id = d.id)
             CYCLE id SET is_cycle USING visited
             SELECT depth FROM d WHERE d.id = t.id AND NOT d.is_cycle), t.id`,
  },
  { name: 'establishment', order: 't.org_unit_id' },
  { name: 'establishment_capacity', order: 't.org_unit_id, t.year' },
  { name: 'ght_association', order: 't.establishment_id, t.ght_id' },
  { name: 'app_user', order: 't.id' },
  { name: 'role_grant', order: 't.id' },
  { name: 'user_session', order: 't.id' },
  { name: 'api_token', order: 't.id' },
  { name: 'login_throttle', order: 't.key' },
  { name: 'indicator_catalogue', order: 't.slug' },
  { name: 'indicator_definition', order: 't.catalogue_id, t.position' },
  { name: 'indicator_definition_version', order: 't.definition_id, t.version' },
  { name: 'indicator_value', order: 't.id' },
  { name: 'cpom_target_override', order: 't.id' },
  { name: 'audit_event', order: 't.id' },
];

/** Sequences to move past the restored ids. */
export const BACKUP_SEQUENCES: readonly { table: string; column: string }[] = [{ table: 'audit_event', column: 'id' }];

export const BACKUP_FORMAT = 'jalon-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_BATCH = 1000;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  jalonVersion: string;
  /** created_at of the newest migration applied when the snapshot was taken. */
  schemaVersion: string;
  createdAt: string;
  tables: Record<string, number>;
}
