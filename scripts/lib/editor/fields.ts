// The content schema read as a list of form fields: name, kind, required, enum options, patterns and
// nested fields, straight from the zod objects in content-schema.ts. The CMS configuration is built
// from this, so a field added to (or changed in) the schema reaches the editor without a second list.
import type { z } from 'zod';

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'list' | 'object' | 'unknown';

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  /** Neither optional nor defaulted: the frontmatter must have it. */
  required: boolean;
  default?: unknown;
  /** Enum values (kind "enum", or the items of a list of enums). */
  options?: readonly string[];
  /** Regex the string must match (e.g. shortId), with zod's message. */
  pattern?: { source: string; message: string };
  /** Smallest length a string may have (min(1): not empty). */
  minLength?: number;
  /** Integers only (kind "number"). */
  integer?: boolean;
  /** The item of a list. */
  item?: FieldSpec;
  /** The fields of an object. */
  fields?: FieldSpec[];
};

type Def = { type: string; [key: string]: unknown };
type AnySchema = z.ZodType;

/** The fields of a zod object schema, in declaration order. */
export function schemaFields(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => describeField(name, field as AnySchema));
}

function describeField(name: string, schema: AnySchema): FieldSpec {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  // Unwrap optional/default/pipe wrappers; they decide "required" and the default.
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def['innerType'] as AnySchema;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      const raw = def['defaultValue'];
      defaultValue = typeof raw === 'function' ? (raw as () => unknown)() : raw;
      current = def['innerType'] as AnySchema;
    } else if (def.type === 'pipe') {
      current = def['in'] as AnySchema;
    } else break;
  }
  const def = defOf(current);
  const spec: FieldSpec = { name, kind: 'unknown', required };
  if (defaultValue !== undefined) spec.default = defaultValue;
  switch (def.type) {
    case 'string': {
      spec.kind = 'string';
      for (const check of checksOf(def)) {
        if (check['check'] === 'min_length') spec.minLength = Number(check['minimum']);
        if (check['check'] === 'string_format' && check['format'] === 'regex' && check['pattern'] instanceof RegExp) {
          spec.pattern = { source: check['pattern'].source, message: messageOf(check) };
        }
      }
      break;
    }
    case 'number':
      spec.kind = 'number';
      spec.integer = checksOf(def).some((check) => check['check'] === 'number_format' && String(check['format']).includes('int'));
      break;
    case 'boolean':
      spec.kind = 'boolean';
      break;
    case 'date':
      spec.kind = 'date';
      break;
    case 'enum':
      spec.kind = 'enum';
      spec.options = Object.values(def['entries'] as Record<string, string>);
      break;
    case 'array':
      spec.kind = 'list';
      spec.item = describeField(name, def['element'] as AnySchema);
      break;
    case 'object':
      spec.kind = 'object';
      spec.fields = Object.entries(def['shape'] as Record<string, AnySchema>).map(([key, field]) => describeField(key, field));
      break;
  }
  return spec;
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Record<string, unknown>[] {
  const checks = (def['checks'] ?? []) as { _zod: { def: Record<string, unknown> } }[];
  return checks.map((check) => check._zod.def);
}

function messageOf(check: Record<string, unknown>): string {
  const error = check['error'];
  if (typeof error === 'function') {
    const message = (error as (issue: unknown) => unknown)({});
    if (typeof message === 'string') return message;
    if (message && typeof message === 'object' && 'message' in message) return String(message.message);
  }
  return 'ongeldige waarde';
}
