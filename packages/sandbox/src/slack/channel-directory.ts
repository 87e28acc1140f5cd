import type { SlackChannel } from './slack-sandbox-types';

export const DEFAULT_CHANNELS: readonly SlackChannel[] = [
  { id: 'C0000000001', name: 'general' },
  { id: 'C0000000002', name: 'alerts' },
];

/** Resolves a channel as Slack accepts it: '#name', 'name' or an id. */
export class ChannelDirectory {
  private readonly byId = new Map<string, SlackChannel>();
  private readonly byName = new Map<string, SlackChannel>();

  constructor(channels: readonly SlackChannel[] = DEFAULT_CHANNELS) {
    for (const channel of channels) {
      this.byId.set(channel.id, channel);
      this.byName.set(channel.name, channel);
    }
  }

  resolve(ref: string): SlackChannel | undefined {
    if (ref.startsWith('#')) return this.byName.get(ref.slice(1));
    return this.byId.get(ref) ?? this.byName.get(ref);
  }
}
