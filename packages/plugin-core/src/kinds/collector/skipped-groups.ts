import type { Logger } from '../../logging/logger';

/** One warning for the asked-for groups this collector version does not collect (none: no line). */
export function warnSkippedGroups(log: Logger, groups: string[]): void {
  if (groups.length) log.warn({ groups }, `not collected by this version: ${groups.join(', ')}`);
}
