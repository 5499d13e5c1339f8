import type { z } from 'zod';

/** The message of the longest path prefix that has one: 'a.b.0.c', then 'a.b.0', 'a.b', 'a'. */
function messageFor(path: string[], messages: Partial<Record<string, string>>): string | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const message = messages[path.slice(0, length).join('.')];
    if (message !== undefined) return message;
  }
  return undefined;
}

/**
 * Builds a Mantine form `validate` function from a request schema: the schema
 * decides what is valid (same rules as the request), the caller gives one
 * translated message per field, so users never read Zod's English defaults.
 */
export function zodValidate<Values>(
  schema: z.ZodType,
  messages: Partial<Record<string, string>>,
  fallback: string,
): (values: Values) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (errors[path] !== undefined) continue;
      errors[path] = messageFor(issue.path.map(String), messages) ?? fallback;
    }
    return errors;
  };
}
