import type { TelegramChat } from './telegram-sandbox-types';

/** The sandbox's chats: the upstream docs' example group, a supergroup, a channel and a private chat. */
export const DEFAULT_TELEGRAM_CHATS: readonly TelegramChat[] = [
  { id: -514081686, type: 'group', title: 'Sandbox group' },
  { id: -1001234567890, type: 'supergroup', title: 'Sandbox alerts' },
  { id: -1009876543210, type: 'channel', title: 'Sandbox channel', username: 'sandbox_channel' },
  { id: 123456789, type: 'private', first_name: 'Alice' },
];

/** Resolves a chat_id as the Bot API takes it: an integer, its decimal string, or `@username`. */
export class ChatDirectory {
  private readonly chats: readonly TelegramChat[];

  constructor(chats: readonly TelegramChat[] = DEFAULT_TELEGRAM_CHATS) {
    this.chats = chats;
  }

  find(chatId: unknown): TelegramChat | undefined {
    if (typeof chatId === 'number') return this.chats.find((c) => c.id === chatId);
    if (typeof chatId !== 'string') return undefined;
    if (chatId.startsWith('@'))
      return this.chats.find((c) => c.username?.toLowerCase() === chatId.slice(1).toLowerCase());
    return /^-?\d{1,20}$/.test(chatId) ? this.chats.find((c) => c.id === Number(chatId)) : undefined;
  }
}
