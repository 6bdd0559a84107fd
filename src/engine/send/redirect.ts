/**
 * Redirects are never followed: the key in the Authorization header would travel to a host
 * nobody configured (fetch drops it only across origins, and only lately). The transport asks
 * fetch not to follow; the classifier calls any 3xx a bad request with these words.
 */

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400
}

/**
 * Names the target by its origin only: the path and query may carry a token or a key, and
 * user info is dropped by `origin` itself. Status 0 is an opaque redirect (fetch as browsers
 * do it hides the status and the target).
 */
export function redirectMessage(status: number, location: string | undefined): string {
  const what = status === 0 ? 'The server answered with a redirect' : `HTTP ${status}`
  return `${what}: the server redirects to ${target(location)}. Redirects are never followed (the key would go with them); check \`base-url\`.`
}

function target(location: string | undefined): string {
  if (location === undefined || location.trim() === '') return 'an address it does not name'
  let url: URL
  try {
    url = new URL(location)
  } catch {
    return 'an address that is not a URL'
  }
  return url.origin === 'null' ? `a ${url.protocol} address` : url.origin
}
