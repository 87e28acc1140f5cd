import { checkedLink } from './parse-telegram-html';

const MAX_BUTTONS = 100;
const ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'copy_text',
  'pay',
];

/**
 * Checks a `reply_markup` as the Bot API does for an inline keyboard and answers the
 * parsed markup, or the Bot API's description of what is wrong with it. A button URL must
 * be one Telegram opens: http(s) to a host with a dot (`localhost` is refused), or tg:.
 */
export function checkReplyMarkup(value: unknown): { markup: unknown } | { error: string } {
  let markup = value;
  if (typeof value === 'string') {
    try {
      markup = JSON.parse(value);
    } catch {
      return { error: "Bad Request: can't parse reply keyboard markup JSON object" };
    }
  }
  if (typeof markup !== 'object' || markup === null || Array.isArray(markup))
    return { error: "Bad Request: can't parse reply keyboard markup JSON object" };
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return { markup };
  if (!Array.isArray(rows) || !rows.every(Array.isArray))
    return { error: 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays' };
  const buttons = (rows as unknown[][]).flat();
  if (buttons.length > MAX_BUTTONS) return { error: 'Bad Request: reply markup is too long' };
  for (const button of buttons) {
    const problem = buttonProblem(button);
    if (problem) return { error: problem };
  }
  return { markup };
}

function buttonProblem(button: unknown): string | undefined {
  if (typeof button !== 'object' || button === null)
    return "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object";
  const b = button as Record<string, unknown>;
  if (typeof b.text !== 'string')
    return 'Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String';
  if (b.text.trim() === '') return 'Bad Request: BUTTON_TEXT_INVALID';
  if (!ACTIONS.some((a) => a in b))
    return "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
  if ('url' in b && !validButtonUrl(b.url)) return 'Bad Request: BUTTON_URL_INVALID';
  return undefined;
}

function validButtonUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  const url = checkedLink(value);
  if (!url) return false;
  const parsed = new URL(url);
  if (parsed.protocol === 'tg:') return true;
  return !parsed.username && !parsed.password && parsed.hostname.includes('.');
}
