import { expect, test } from './harness/fixtures';
import { App } from './pages/App';
import { runMainFlow } from './pages/mainFlow';
import { expectNoRawKeys } from './pages/screenChecks';

test('creates a vault, records a case with two parties and a hearing, locks, and gets it all back', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page, 'en');
  await runMainFlow(app, () => expectNoRawKeys(page));
  expect(await app.missingKeys()).toEqual([]);
});
