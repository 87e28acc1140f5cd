import { SMTP_STAGES, type SmtpFault, type SmtpStage } from './smtp-sandbox-types';

/** Throws a TypeError naming the first fault that is not a valid SmtpFault. */
export function assertSmtpFaults(faults: unknown[]): asserts faults is SmtpFault[] {
  faults.forEach((fault, i) => {
    const f = fault as Partial<SmtpFault> | null;
    const problem =
      typeof f !== 'object' || f === null
        ? 'is not an object'
        : !SMTP_STAGES.includes(f.at as SmtpStage)
          ? `has at ${JSON.stringify(f.at)}, not one of ${SMTP_STAGES.join(', ')}`
          : f.reply !== undefined && !(Number.isInteger(f.reply) && f.reply >= 400 && f.reply <= 599)
            ? 'has a reply that is not an SMTP code 400..599'
            : f.delayMs !== undefined && !(Number.isFinite(f.delayMs) && f.delayMs >= 0)
              ? 'has a delayMs that is not a number >= 0'
              : f.reply === undefined && f.delayMs === undefined && f.drop !== true
                ? 'does nothing: give reply, delayMs or drop'
                : undefined;
    if (problem) throw new TypeError(`fault #${i} ${problem}`);
  });
}

/** An error smtp-server turns into the fault's reply. */
export function faultReplyError(fault: SmtpFault): Error & { responseCode: number } {
  const code = fault.reply ?? 451;
  const text =
    fault.message ?? (code >= 500 ? 'Requested action not taken (sandbox fault)' : 'Try again later (sandbox fault)');
  return Object.assign(new Error(text), { responseCode: code });
}
