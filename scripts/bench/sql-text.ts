/** SQL literals for generated statements (the values are the generator's own, never user input). */

export const lit = (s: string | null): string => (s === null ? "NULL" : `'${s.replaceAll("'", "''")}'`);

export const textArray = (values: readonly string[]): string => `ARRAY[${values.map(lit).join(",")}]::text[]`;

/** A random element of a text array, in SQL. */
export const pick = (values: readonly string[], rnd = "random()"): string =>
  `(${textArray(values)})[1 + floor(${rnd} * ${values.length})::int]`;
