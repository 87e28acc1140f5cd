// The enum badges upstream's Compute Engine views repeat (its EnumDyField `default_badge` and
// `default_outline_badge` values).
import { badges, outlineBadges } from '../collect/view-options';

/** A boolean as the console shows it: upstream compares the value's text. */
export const TRUE_FALSE_BADGES = badges({ 'indigo.500': ['true'], 'coral.600': ['false'] });

export const ON_OFF_BADGES = badges({ primary: ['On'], 'coral.600': ['Off'] });

export const ENCRYPTION_BADGES = badges({
  primary: ['Google managed'],
  'indigo.500': ['Customer managed'],
  'coral.600': ['Customer supplied'],
});

export const DISK_TYPE_BADGES = outlineBadges(['local-ssd', 'pd-balanced', 'pd-ssd', 'pd-standard']);

export const DEVICE_MODE_BADGES = badges({ 'indigo.500': ['READ_WRITE'], 'coral.600': ['READ_ONLY'] });
