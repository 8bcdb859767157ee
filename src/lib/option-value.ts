// A form control's value is one flat string. Writing an id from the data into it as it is would let
// an id equal a value the UI keeps for itself (a dialogue whose id is `all` against "Both dialogues"),
// so ids go in behind a prefix that no UI value starts with.
const ID_PREFIX = 'id:';

/** The `<option>` or checkbox value that stands for the record id `id`: `id:` then the id. */
export function idOptionValue(id: string): string {
  return `${ID_PREFIX}${id}`;
}

/** The record id an option value stands for, or null when the value is one the UI keeps for itself. */
export function idFromOptionValue(value: string): string | null {
  return value.startsWith(ID_PREFIX) ? value.slice(ID_PREFIX.length) : null;
}
