// Upstream's wording of a snapshot schedule (`data.snapshot_schedule[].snapshot_schedule_policy.schedule_display`).
import { scheduleDisplay } from '../src/compute-engine/disk-snapshot-schedule';

describe('scheduleDisplay', () => {
  it('words weekly, daily and hourly schedules as upstream', () => {
    expect(
      scheduleDisplay({
        weeklySchedule: {
          dayOfWeeks: [
            { day: 'MONDAY', startTime: '00:00' },
            { day: 'FRIDAY', startTime: '13:30' },
          ],
        },
      }),
    ).toEqual(['Monday between 12:00 AM and 01:00 AM', 'Friday between 01:30 PM and 02:30 PM']);
    expect(scheduleDisplay({ dailySchedule: { startTime: '11:00' } })).toEqual([
      'Every day between 11:00 AM and 12:00 PM',
    ]);
    expect(scheduleDisplay({ hourlySchedule: { hoursInCycle: 4, startTime: '02:00' } })).toEqual(['Every 4 hours']);
    expect(scheduleDisplay(undefined)).toEqual([]);
  });

  it('wraps a start in the last hour of the day (upstream fails the disk)', () => {
    expect(scheduleDisplay({ dailySchedule: { startTime: '23:00' } })).toEqual([
      'Every day between 11:00 PM and 12:00 AM',
    ]);
  });
});
