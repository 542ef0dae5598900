// Mend in the reader's language: the browser's language is followed until one is chosen in
// Settings, and a choice there changes the words at once, with the page's lang and dir.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, open, audit, checkLayout, shot, sql, PHONE } from './helpers.mjs';

const app = useApp();

/** A phone-sized page whose browser asks for `locale`. */
async function pageIn(locale) {
  const context = await app.browser.newContext({ viewport: PHONE, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

test('a browser asking for Spanish gets Spanish, and Settings changes it at once', async () => {
  const page = await pageIn('es-ES');
  await open(page, app.server, '/');
  await page.getByRole('heading', { name: 'Ahora', level: 1 }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await nav.getByRole('link', { name: 'Ayuda ya' }).waitFor();
  await page.getByRole('link', { name: 'Cómo estoy' }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await audit(page, 'now-es');
  await checkLayout(page, 'now-es');
  await shot(page, 'now-es');

  // Logging a rupture, in Spanish from its words to its sizes and its toast.
  await page.getByRole('link', { name: 'Anotar una ruptura' }).click();
  await page.getByRole('heading', { name: 'Anotar una ruptura', level: 1 }).waitFor();
  await page.getByLabel('¿Qué pasó?').fill('Discutimos por la cena');
  await page.getByRole('button', { name: '3 · dolió' }).click();
  await audit(page, 'rupture-es');
  await checkLayout(page, 'rupture-es');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Ruptura guardada.' }).waitFor();
  await page.goBack();

  // The pocket check-in, in Spanish from its legends to its chips and the screen after it;
  // what is kept is the same codes as in English.
  await open(page, app.server, '/check-in');
  await page.getByRole('heading', { name: 'Cómo estoy', level: 1 }).waitFor();
  await page.waitForFunction(() => document.title === 'Cómo estoy · Mend');
  await page.getByRole('group', { name: '¿Qué parte de ti está aquí?' }).waitFor();
  await page.getByRole('group', { name: /^¿Con cuánta fuerza\? \(sin elegir\)$/ }).getByRole('button', { name: '7', exact: true }).click();
  await page.getByRole('group', { name: /^¿Con cuánta fuerza\? \(7 de 10\)$/ }).waitFor();
  await page.getByRole('button', { name: 'que me dejen', exact: true }).click();
  await page.getByRole('button', { name: 'pecho', exact: true }).click();
  await page.getByRole('button', { name: 'en el coche', exact: true }).click();
  await page.getByRole('button', { name: 'curiosidad', exact: true }).click();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Elige la parte que está aquí, o añade una por su nombre.' }).waitFor();
  await audit(page, 'checkin-es');
  await checkLayout(page, 'checkin-es');
  await shot(page, 'checkin-es');
  await page.getByRole('group', { name: '¿Qué parte de ti está aquí?' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await page.getByRole('heading', { name: 'Gracias por pararte a mirar cómo estás' }).waitFor();
  await page.waitForFunction(() => document.title === 'Registrado · Mend');
  await page.getByRole('link', { name: 'Volver a Ahora' }).waitFor();
  await audit(page, 'checkin-saved-es');
  const kept = sql(app.data.dir, 'SELECT fears, body, place, self_qualities FROM checkins ORDER BY created_at_ms DESC LIMIT 1;').trim();
  assert.match(kept, /being left/);
  assert.match(kept, /chest/);
  assert.match(kept, /car/);
  assert.match(kept, /curiosity/);

  // The pause: its sentence, its ring and its buttons.
  await open(page, app.server, '/pause');
  await page.getByRole('heading', { name: 'Hacer una pausa', level: 1 }).waitFor();
  await page.waitForFunction(() => document.title === 'Hacer una pausa · Mend');
  await page.getByText(/Me tomo 20 minutos y vuelvo a las \d\d:\d\d\./).waitFor();
  await audit(page, 'pause-es');
  await checkLayout(page, 'pause-es');
  await page.getByRole('button', { name: 'Empezar la pausa' }).click();
  await page.getByRole('heading', { name: 'Estás haciendo una pausa' }).waitFor();
  await page.getByRole('timer', { name: /^Quedan \d+ minutos de 20 minutos\. Vuelta a las/ }).waitFor();
  await audit(page, 'pause-running-es');
  await page.getByRole('button', { name: 'Cancelar la pausa' }).click();
  await page.getByRole('status').filter({ hasText: 'Pausa cancelada.' }).waitFor();
  await open(page, app.server, '/');

  // In Settings, each language by its own name; English at once, everywhere.
  await nav.getByRole('link', { name: 'Ajustes' }).click();
  const group = page.getByRole('group', { name: 'Idioma' });
  await group.getByRole('button', { name: 'El mismo que mi dispositivo', pressed: true }).waitFor();
  assert.equal(await group.getByRole('button', { name: 'Español' }).getAttribute('lang'), 'es');
  await group.getByRole('button', { name: 'English' }).click();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English', pressed: true }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help now' }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('link', { name: 'Mend', exact: true }).click();
  await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor();

  // Back to the device's language: Spanish again.
  await open(page, app.server, '/settings');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Same as my device' }).click();
  await page.getByRole('group', { name: 'Idioma' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a browser asking for a language Mend lacks gets English', async () => {
  const page = await pageIn('de-DE');
  await open(page, app.server, '/');
  await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.context().close();
});
