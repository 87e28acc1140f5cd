/**
 * HTTP/2 settings of the plugin server.
 *
 * (Filled in once the cancellation-storm behaviour is understood; see the test
 * "ordinary calls survive a burst of cancelled ones".)
 */
export const SERVER_SESSION_OPTIONS: Record<string, number> = {};
