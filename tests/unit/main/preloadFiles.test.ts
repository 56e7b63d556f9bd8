import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fake } from './fakeElectron';

const getPathForFile = vi.fn((file: { name: string }): string => {
  if (file.name === 'not-a-file') throw new TypeError('Expected a File');
  return file.name === 'from-memory.pdf' ? '' : `/home/lawyer/Downloads/${file.name}`;
});

vi.mock('electron', async () => ({
  ...(await import('./fakeElectron')).fake,
  webUtils: { getPathForFile },
}));

let files: { pathForFile(file: unknown): string };

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const call = fake.contextBridge.exposeInMainWorld.mock.calls.find(
    ([name]) => name === 'casefileFiles',
  );
  files = call?.[1] as typeof files;
});

describe('preload: window.casefileFiles', () => {
  it('holds only pathForFile', () => {
    expect(Object.keys(files)).toEqual(['pathForFile']);
  });

  it('answers a dropped file’s path from webUtils, and "" where there is none', () => {
    expect(files.pathForFile({ name: 'verdict.pdf' })).toBe('/home/lawyer/Downloads/verdict.pdf');
    expect(files.pathForFile({ name: 'from-memory.pdf' })).toBe('');
  });

  it('turns webUtils’ exception for something that is not a File into ""', () => {
    expect(files.pathForFile({ name: 'not-a-file' })).toBe('');
  });
});
