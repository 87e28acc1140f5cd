import type { compute_v1 } from '@googleapis/compute';
import { labelsOf, optional, orNull, segmentAfter } from '../gcp-resource';

type Policy = compute_v1.Schema$ResourcePolicy;
type Schedule = compute_v1.Schema$ResourcePolicySnapshotSchedulePolicySchedule;

/** `04:00` → `04:00 AM`, as Python's `%I:%M %p`. */
function clock(hour: number, minute: number): string {
  const h = hour % 24;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h % 12 || 12)}:${pad(minute)} ${h < 12 ? 'AM' : 'PM'}`;
}

/** ` between 04:00 AM and 05:00 AM`: the start time and the hour after it (upstream fails on 23:xx; here it wraps). */
function between(startTime: string | null | undefined): string {
  const [hour, minute] = (startTime ?? '0:0').split(':').map(Number);
  return ` between ${clock(hour, minute)} and ${clock(hour + 1, minute)}`;
}

/** Upstream's `schedule_display`: the weekly days, else the daily or hourly cycle. */
export function scheduleDisplay(schedule: Schedule | undefined): string[] {
  if (schedule?.weeklySchedule)
    return (schedule.weeklySchedule.dayOfWeeks ?? []).map((d) => {
      const day = (d.day ?? '').toLowerCase();
      return `${day.charAt(0).toUpperCase()}${day.slice(1)}${between(d.startTime)}`;
    });
  if (schedule?.dailySchedule) return [`Every day${between(schedule.dailySchedule.startTime)}`];
  if (schedule?.hourlySchedule) return [`Every ${schedule.hourlySchedule.hoursInCycle ?? 'None'} hours`];
  return [];
}

const cycle = (c: { startTime?: string | null; duration?: string | null }) => ({
  start_time: orNull(c.startTime),
  duration: orNull(c.duration),
});

/** The schedule under upstream's names (its weekly model reads `day_of_weeks`, which the API never sends). */
function scheduleData(s: Schedule | undefined) {
  return {
    ...optional(
      'hourly_schedule',
      s?.hourlySchedule && { hours_in_cycle: orNull(s.hourlySchedule.hoursInCycle), ...cycle(s.hourlySchedule) },
    ),
    ...optional(
      'daily_schedule',
      s?.dailySchedule && { days_in_cycle: orNull(s.dailySchedule.daysInCycle), ...cycle(s.dailySchedule) },
    ),
    ...optional('weekly_schedule', s?.weeklySchedule && { day_of_weeks: [] }),
  };
}

/**
 * `data.snapshot_schedule`: the disk's resource policies among its region's, in upstream's
 * SnapShotSchedule model (schedule, retention, the snapshots' labels and storage locations).
 */
export function snapshotSchedule(disk: compute_v1.Schema$Disk, regionPolicies: Policy[]): Record<string, unknown>[] {
  return (disk.resourcePolicies ?? []).flatMap((link) =>
    regionPolicies
      .filter((p) => p.selfLink === link)
      .map((p) => {
        const policy = p.snapshotSchedulePolicy ?? {};
        const retention = policy.retentionPolicy ?? {};
        const properties = policy.snapshotProperties ?? {};
        return {
          id: orNull(p.id),
          name: orNull(p.name),
          status: orNull(p.status),
          description: orNull(p.description),
          region: segmentAfter(p.region, 'regions'),
          self_link: orNull(p.selfLink),
          snapshot_schedule_policy: {
            schedule_display: scheduleDisplay(policy.schedule),
            schedule: scheduleData(policy.schedule),
            retention_policy: {
              max_retention_days_display: `${retention.maxRetentionDays ?? 'None'} days`,
              ...optional('max_retention_days', retention.maxRetentionDays),
              ...optional('on_source_disk_delete', retention.onSourceDiskDelete),
            },
          },
          storage_locations: properties.storageLocations ?? [],
          labels: labelsOf(properties.labels),
          tags: labelsOf(properties.labels),
          creation_timestamp: orNull(p.creationTimestamp),
        };
      }),
  );
}
