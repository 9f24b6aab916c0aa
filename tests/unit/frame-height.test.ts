import { describe, expect, it } from 'vitest';
import { frameHeightListener, frameHeightMessage, readFrameHeight } from '../../src/lib/embed/frame-height.ts';

describe('frame height messages', () => {
  it('are posted in one shape, rounded up and kept in range', () => {
    expect(frameHeightMessage(811.2)).toEqual({ type: 'dx-embed-height', height: 812 });
    expect(frameHeightMessage(0)).toEqual({ type: 'dx-embed-height', height: 1 });
    expect(frameHeightMessage(1e9)).toEqual({ type: 'dx-embed-height', height: 20_000 });
  });

  it.each([
    [{ type: 'dx-embed-height', height: 812 }, 812],
    [{ type: 'dx-embed-height', height: 812, extra: 1 }, null],
    [{ type: 'other', height: 812 }, null],
    [{ type: 'dx-embed-height', height: '812' }, null],
    [{ type: 'dx-embed-height', height: 81.5 }, null],
    [{ type: 'dx-embed-height', height: 0 }, null],
    [{ type: 'dx-embed-height', height: 20_001 }, null],
    [{ type: 'dx-embed-height' }, null],
    [['dx-embed-height', 812], null],
    ['dx-embed-height:812', null],
    [null, null],
  ])('read strictly: %j → %s', (data, height) => {
    expect(readFrameHeight(data)).toBe(height);
  });
});

describe('the listener script', () => {
  /** Runs the listener against a fake page with two frames; returns what it did with each message. */
  function run(origin: string, messages: { origin: string; source: 'a' | 'b' | 'x'; data: unknown }[]) {
    const frames = { a: { contentWindow: 'a', height: '700' }, b: { contentWindow: 'b', height: '700' } };
    let handler: (event: { origin: string; source: string; data: unknown }) => void = () => undefined;
    const window = { addEventListener: (_: string, h: typeof handler) => (handler = h) };
    const document = { currentScript: { src: `${origin}/embed/frame-height.js` }, getElementsByTagName: () => [frames.a, frames.b] };
    new Function('window', 'document', 'URL', frameHeightListener())(window, document, URL);
    for (const m of messages) handler(m);
    return { a: frames.a.height, b: frames.b.height };
  }

  it('sets the height of the frame that sent a valid message from the site, and of no other', () => {
    expect(
      run('https://site.example', [{ origin: 'https://site.example', source: 'b', data: { type: 'dx-embed-height', height: 930 } }]),
    ).toEqual({
      a: '700',
      b: '930',
    });
  });

  it('ignores other origins and other shapes', () => {
    expect(
      run('https://site.example', [
        { origin: 'https://evil.example', source: 'a', data: { type: 'dx-embed-height', height: 930 } },
        { origin: 'https://site.example', source: 'a', data: { type: 'dx-embed-height', height: 930, x: 1 } },
        { origin: 'https://site.example', source: 'x', data: { type: 'dx-embed-height', height: 930 } },
      ]),
    ).toEqual({ a: '700', b: '700' });
  });
});
