/** Upstream's unit names for Cloud Monitoring's unit codes; any other code is shown as it is. */
const UNITS: Record<string, string> = {
  s: 'Seconds',
  By: 'Bytes',
  '10^2.%': 'Percentage',
  '1': 'Count',
  's{idle}': 'Idle/s',
  's{uptime}': 'Uptime/s',
  's{CPU}': 'CPU/s',
};

export function unitName(code: string | undefined): string {
  const unit = code ?? '';
  return UNITS[unit] ?? unit;
}

/** `10^2.%` values are fractions (0.42 = 42 %): upstream multiplies them by 100, so does this plugin. */
export function scaleOf(code: string | undefined): number {
  return code === '10^2.%' ? 100 : 1;
}
