/**
 * `/embed/frame-height.js`: the listener that an embedding page loads with the <iframe> code, so
 * the frame takes the height its view reports (src/lib/embed/frame-height.ts).
 */
import { frameHeightListener } from '../../lib/embed/frame-height.ts';

/** The listener script, as a static file. */
export function GET(): Response {
  return new Response(frameHeightListener(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
