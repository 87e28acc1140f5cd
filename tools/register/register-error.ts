/** Registration failed; the message is one line, fit for a terminal, and never holds the token. */
export class RegisterError extends Error {
  override readonly name = 'RegisterError';
}
