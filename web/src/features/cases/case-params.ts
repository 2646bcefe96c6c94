import { data, type Params } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A route parameter that must be an id the server could have issued; anything else is a page that does not exist. */
export function requireId(params: Params, name: string): string {
  const value = params[name];
  if (!value || !UUID.test(value)) throw data(null, { status: 404 });
  return value;
}
