// A one-time success message for the page an action redirects to ("Address recorded"), keyed by what the page
// shows (a record's id, a path). Held in memory between the action's redirect and that page's loader, so it never
// sits in the address bar. Each feature keeps one of its own, so one feature's message never shows on another's page.
export type Flash = {
  set: (key: string, message: string) => void;
  /** The message for this key, once: reading it clears it (and a message for another key stays unread). */
  take: (key: string) => string | null;
};

export function createFlash(): Flash {
  let pending: { key: string; message: string } | null = null;
  return {
    set: (key, message) => {
      pending = { key, message };
    },
    take: (key) => {
      if (!pending || pending.key !== key) return null;
      const { message } = pending;
      pending = null;
      return message;
    },
  };
}
