/**
 * A configuration value the server cannot start with. The message names the
 * variable and says what is expected, so the operator can fix it from the
 * log line alone; values of secret variables are never echoed.
 *
 * @example new ConfigError("PORT", 'PORT must be an integer between 1 and 65535, got "abc"')
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    /** The environment variable (or generated file) at fault. */
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}
