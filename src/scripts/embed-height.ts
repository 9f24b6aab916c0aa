/**
 * In an embeddable view shown in a frame: reports the view's height to the framing page whenever
 * it changes (the chart drawn, a narrower column, larger text), in the one message shape of
 * src/lib/embed/frame-height.ts. The listener that the <iframe> code loads sets the frame's height.
 */
import { frameHeightMessage } from '../lib/embed/frame-height.ts';

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret and the framing site is unknown: any parent may read it.
    window.parent.postMessage(frameHeightMessage(height), '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
export {};
