/**
 * An embeddable view fits its content at any width: the view reports its height to the page that
 * frames it with `postMessage`, and the listener that the <iframe> code loads sets the frame's
 * height. The message has one strict shape, so a listener never acts on anything else another
 * frame posts; the <iframe>'s own height attribute is the fallback (no script, or an old browser).
 */

/** The `type` of every height message. */
export const FRAME_HEIGHT_MESSAGE = 'dx-embed-height';

/** The tallest height a view may report (px): a larger value is refused, not clipped. */
export const MAX_FRAME_HEIGHT = 20_000;

/** What a view posts to its parent: `{ type: 'dx-embed-height', height: 812 }`. */
export interface FrameHeightMessage {
  type: typeof FRAME_HEIGHT_MESSAGE;
  /** The view's document height in CSS px, a whole number from 1 to MAX_FRAME_HEIGHT. */
  height: number;
}

/** The message a view posts for its document height (rounded up to a whole pixel). */
export function frameHeightMessage(height: number): FrameHeightMessage {
  return { type: FRAME_HEIGHT_MESSAGE, height: Math.min(MAX_FRAME_HEIGHT, Math.max(1, Math.ceil(height))) };
}

/**
 * The height in a received message, or null unless the message has exactly the shape of
 * FrameHeightMessage (a plain object with only `type` and `height`, a whole number in range).
 */
export function readFrameHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data).sort();
  if (keys.length !== 2 || keys[0] !== 'height' || keys[1] !== 'type') return null;
  const { type, height } = data as Record<string, unknown>;
  if (type !== FRAME_HEIGHT_MESSAGE) return null;
  if (typeof height !== 'number' || !Number.isInteger(height) || height < 1 || height > MAX_FRAME_HEIGHT) return null;
  return height;
}

/**
 * The listener the <iframe> code loads from the site (`/embed/frame-height.js`, a file, so a page
 * whose policy forbids inline scripts can allow it by its address): for a height message from the
 * site's origin, it finds the <iframe> whose window sent it and sets that frame's height. It reads
 * the site's origin from its own address. The check is `readFrameHeight`, serialised as it is.
 */
export function frameHeightListener(): string {
  return [
    '(function () {',
    '  var script = document.currentScript;',
    '  var origin = script ? new URL(script.src).origin : "";',
    `  var read = ${readFrameHeight.toString()};`,
    `  var FRAME_HEIGHT_MESSAGE = ${JSON.stringify(FRAME_HEIGHT_MESSAGE)};`,
    `  var MAX_FRAME_HEIGHT = ${MAX_FRAME_HEIGHT};`,
    '  window.addEventListener("message", function (event) {',
    '    if (event.origin !== origin) return;',
    '    var height = read(event.data);',
    '    if (height === null) return;',
    '    var frames = document.getElementsByTagName("iframe");',
    '    for (var i = 0; i < frames.length; i++) {',
    '      if (frames[i].contentWindow === event.source) frames[i].height = String(height);',
    '    }',
    '  });',
    '})();',
    '',
  ].join('\n');
}
