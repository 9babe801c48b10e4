/**
 * Checks rows against a Frictionless Table Schema: the subset datapackage.json uses (integer, number
 * with decimalChar, string; required, enum, minimum, maximum, pattern; primaryKey). Used by the unit
 * tests on generated files and by the browser tests on the built ones.
 */
export interface Field {
  name: string;
  type: 'integer' | 'number' | 'string';
  decimalChar?: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number; pattern?: string };
}
export interface TableSchema {
  fields: Field[];
  primaryKey?: string[];
}

/** RFC 4180 parsing: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function cast(f: Field, raw: unknown): { value?: number | string; error?: string } {
  if (typeof raw === 'number') {
    if (f.type === 'string') return { error: 'a number where a string belongs' };
    if (f.type === 'integer' && !Number.isInteger(raw)) return { error: `${raw} is not an integer` };
    return { value: raw };
  }
  if (typeof raw !== 'string') return { error: `unexpected ${typeof raw}` };
  if (f.type === 'string') return { value: raw };
  if (f.type === 'integer') return /^-?\d+$/.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not an integer` };
  const dec = f.decimalChar ?? '.';
  const normal = dec === '.' ? raw : raw.replace(dec, '.');
  if (dec !== '.' && raw.includes('.')) return { error: `"${raw}" uses a dot, the schema says decimalChar "${dec}"` };
  return /^-?\d+(\.\d+)?$/.test(normal) ? { value: Number(normal) } : { error: `"${raw}" is not a number with decimalChar "${dec}"` };
}

/** Every problem of every row (`rows` as objects keyed by field name), as readable lines. */
export function validateRows(schema: TableSchema, rows: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    const values: Record<string, number | string> = {};
    for (const f of schema.fields) {
      const raw = row[f.name];
      const c = f.constraints ?? {};
      if (raw === undefined || raw === '' || raw === null) {
        if (c.required) problems.push(`row ${i + 1}, ${f.name}: missing`);
        continue;
      }
      const { value, error } = cast(f, raw);
      if (error || value === undefined) {
        problems.push(`row ${i + 1}, ${f.name}: ${error}`);
        continue;
      }
      values[f.name] = value;
      if (c.enum && !c.enum.includes(String(value))) problems.push(`row ${i + 1}, ${f.name}: "${value}" is not one of ${c.enum.join(', ')}`);
      if (c.minimum !== undefined && Number(value) < c.minimum) problems.push(`row ${i + 1}, ${f.name}: ${value} < ${c.minimum}`);
      if (c.maximum !== undefined && Number(value) > c.maximum) problems.push(`row ${i + 1}, ${f.name}: ${value} > ${c.maximum}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(String(value))) problems.push(`row ${i + 1}, ${f.name}: "${value}" does not match ${c.pattern}`);
    }
    for (const k of Object.keys(row)) if (!schema.fields.some((f) => f.name === k)) problems.push(`row ${i + 1}: unknown field ${k}`);
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((k) => values[k]).join('|');
      if (keys.has(key)) problems.push(`row ${i + 1}: primary key ${key} repeats`);
      keys.add(key);
    }
  });
  return problems;
}

/** A CSV file's rows as objects, after checking its header against the schema's fields. */
export function csvRecords(text: string, delimiter: string, schema: TableSchema): { records: Record<string, string>[]; problems: string[] } {
  const [header = [], ...body] = parseCsv(text.replace(/^\ufeff/, ''), delimiter);
  const names = schema.fields.map((f) => f.name);
  const problems = header.join(',') === names.join(',') ? [] : [`header ${header.join(',')} is not ${names.join(',')}`];
  const records = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { records, problems };
}
