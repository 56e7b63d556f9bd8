import { describe, expect, it } from 'vitest';
import { viewerActionFor, type KeyPress } from '../../../renderer/src/features/viewer/viewerKeys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inField: false,
  ...extra,
});

describe('viewer keyboard shortcuts', () => {
  it('finds with Ctrl+F or Cmd+F, also on a Russian or Kazakh layout', () => {
    expect(viewerActionFor(press('f', { ctrlKey: true }))).toBe('find');
    expect(viewerActionFor(press('f', { metaKey: true }))).toBe('find');
    expect(viewerActionFor(press('а', { ctrlKey: true }))).toBe('find');
    expect(viewerActionFor(press('f', { ctrlKey: true, inField: true }))).toBe('find');
  });

  it('zooms with Ctrl and plus, minus and zero', () => {
    expect(viewerActionFor(press('=', { ctrlKey: true }))).toBe('zoomIn');
    expect(viewerActionFor(press('+', { ctrlKey: true }))).toBe('zoomIn');
    expect(viewerActionFor(press('-', { ctrlKey: true }))).toBe('zoomOut');
    expect(viewerActionFor(press('0', { ctrlKey: true }))).toBe('zoomReset');
  });

  it('pages, jumps and rotates with single keys outside fields', () => {
    expect(viewerActionFor(press('n'))).toBe('nextPage');
    expect(viewerActionFor(press('ArrowRight'))).toBe('nextPage');
    expect(viewerActionFor(press('p'))).toBe('previousPage');
    expect(viewerActionFor(press('Home'))).toBe('firstPage');
    expect(viewerActionFor(press('End'))).toBe('lastPage');
    expect(viewerActionFor(press('r'))).toBe('rotateClockwise');
    expect(viewerActionFor(press('R', { shiftKey: true }))).toBe('rotateCounterClockwise');
  });

  it('leaves letters and arrows to a field being typed in, and Alt combinations alone', () => {
    expect(viewerActionFor(press('n', { inField: true }))).toBeNull();
    expect(viewerActionFor(press('ArrowLeft', { inField: true }))).toBeNull();
    expect(viewerActionFor(press('End', { inField: true }))).toBeNull();
    expect(viewerActionFor(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(viewerActionFor(press('x'))).toBeNull();
  });
});
