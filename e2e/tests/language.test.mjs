// Mend in the reader's language: the browser's language is followed until one is chosen in
// Settings, and a choice there changes the words at once, with the page's lang and dir.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, open, audit, checkLayout, shot, sql, fillTwice, wrongPinsThenWait, PHONE } from './helpers.mjs';

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
  // A Spanish note with words of threat brings the safety note and Help now; gentler words
  // take it away again.
  const note = page.getByRole('textbox', { name: 'Una nota, si quieres' });
  await note.fill('Me amenazó con llevarse a los niños');
  const safety = page.getByRole('note').filter({ hasText: 'Si no estás a salvo.' });
  await safety.getByRole('link', { name: 'Ayuda ya: teléfonos a los que llamar' }).waitFor();
  await note.fill('Me dolió que no me escuchara');
  await safety.waitFor({ state: 'detached' });
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
  // Over every other screen, the banner says so in Spanish too.
  await open(page, app.server, '/');
  await page.locator('.pause-banner').getByText(/^En pausa · quedan \d+:\d\d$/).waitFor();
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: 'Cancelar la pausa' }).click();
  await page.getByRole('status').filter({ hasText: 'Pausa cancelada.' }).waitFor();
  await open(page, app.server, '/');

  // History: its filters, and each record's badge and lines.
  await open(page, app.server, '/history');
  await page.getByRole('heading', { name: 'Historial', level: 1 }).waitFor();
  await page.waitForFunction(() => document.title === 'Historial · Mend');
  const timeline = page.getByRole('list', { name: 'Línea de tiempo' });
  await timeline.getByText('Una pausa de 20 minutos').first().waitFor();
  await timeline.getByText('cancelada', { exact: true }).first().waitFor();
  await timeline.getByText('Registro', { exact: true }).first().waitFor();
  await audit(page, 'history-es');
  await checkLayout(page, 'history-es');
  await page.getByLabel('Mostrar').selectOption({ label: 'Rupturas' });
  await timeline.getByText('Tamaño 3 de 5').waitFor();
  await timeline.getByText('abierta', { exact: true }).waitFor();
  await timeline.getByText('Discutimos por la cena').click();
  await page.waitForFunction(() => document.title === 'Ruptura · Mend');
  await page.getByRole('button', { name: 'Borrar esta ruptura' }).click();
  await page.getByRole('status').filter({ hasText: 'Ruptura borrada.' }).waitFor();
  await page.getByRole('button', { name: 'Deshacer' }).click();

  // Repair: the steps in Spanish, and the words chosen kept as they were said.
  await open(page, app.server, '/repair');
  await page.getByRole('heading', { name: 'Reparar', level: 1 }).waitFor();
  await page.getByText('¿Qué ruptura te gustaría reparar?').waitFor();
  await page.getByRole('link', { name: /Discutimos por la cena/ }).click();
  await page.getByRole('heading', { name: 'Observa tus partes', level: 1 }).waitFor();
  await page.getByText('Paso 1 de 5').waitFor();
  await page.getByText('Sobre: Discutimos por la cena').waitFor();
  await page.getByRole('button', { name: 'Una parte de mí se asustó cuando…' }).click();
  await page.getByLabel('Lo que noto en mí').fill('Una parte pequeña tenía miedo.');
  await audit(page, 'repair-es');
  await shot(page, 'repair-es');
  await checkLayout(page, 'repair-es');
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await page.getByRole('heading', { name: 'Encuentra algo de calma', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Hacer una pausa' }).waitFor();
  await page.getByRole('button', { name: 'Guardar y terminar más tarde' }).click();
  await page.getByRole('status').filter({ hasText: 'Guardado. Puedes retomarlo desde Ahora.' }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT phrases FROM repairs;').trim(), '["Una parte de mí se asustó cuando…"]');

  // Reflect: today's question in Spanish, kept with the answer as it was asked, and the
  // month's calendar with Spanish months and days.
  await open(page, app.server, '/reflect');
  await page.getByRole('heading', { name: 'Reflexionar', level: 1 }).waitFor();
  await page.waitForFunction(() => document.title === 'Reflexionar · Mend');
  await page.getByText('Aún no has reflexionado este mes. Cuando quieras.').waitFor();
  const question = (await page.locator('.prompt').innerText()).trim();
  const spanish = readFileSync(new URL('../../assets/content/es/prompts.toml', import.meta.url), 'utf8');
  assert.ok(spanish.includes(`text = "${question}"`), `a question of ours in Spanish: ${question}`);
  const calendar = page.getByRole('table', { name: /^[a-z]+ de \d{4}: días en que reflexionaste$/ });
  // Spain's weeks start on Monday; the browser asks for Spanish alone, which is Spain's.
  await calendar.locator('th[abbr="lunes"]').getByText('lun', { exact: true }).waitFor();
  assert.equal(await calendar.locator('th').first().getAttribute('abbr'), 'lunes');
  await audit(page, 'reflect-es');
  await shot(page, 'reflect-es');
  await checkLayout(page, 'reflect-es');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Tu respuesta').fill('Una parte preocupada estuvo ocupada todo el día.');
  await page.getByRole('group', { name: '¿Cuánto Self hay en ti ahora mismo?' })
    .getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Guardado. Gracias por dedicarte un momento.' }).waitFor();
  await page.getByText('Este mes has reflexionado 1 día.').waitFor();
  assert.match(await page.locator('td[aria-current="date"]').textContent(), /^\d+, reflexionaste$/);
  await page.getByRole('button', { name: 'Guardar los cambios' }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT prompt FROM reflections;').trim(), question);
  await page.getByRole('button', { name: 'Mes anterior' }).click();
  await page.getByText(/^No reflexionaste ningún día de [a-z]+\.$/).waitFor();
  await page.getByLabel('Recuérdamelo cada día').check();
  await page.getByRole('status').filter({ hasText: 'El recordatorio diario está activado.' }).waitFor();

  // The app lock's screen speaks Spanish, its waits too.
  await open(page, app.server, '/settings');
  await page.getByRole('group', { name: 'Temporizador suave de turnos' })
    .getByRole('button', { name: '2 minutos (lo habitual)' }).waitFor();
  await page.getByRole('group', { name: 'Sugerir antes una pausa si alguien está por debajo de' })
    .getByRole('button', { name: '4', pressed: true }).waitFor();
  const lock = page.getByRole('region', { name: 'Bloqueo con PIN' });
  await lock.getByRole('group', { name: 'Bloquear cuando Mend lleve un rato en segundo plano' })
    .getByRole('button', { name: 'Enseguida', pressed: true }).waitFor();
  const newPin = { label: 'PIN nuevo (de 4 a 12 cifras)', again: 'El mismo PIN otra vez', submit: 'Activar el bloqueo' };
  await fillTwice(lock, newPin, '2468', '2467');
  await lock.getByRole('alert').filter({ hasText: 'Los dos PIN no coinciden. Escríbelos otra vez.' }).waitFor();
  await fillTwice(lock, newPin, '2468');
  await page.getByRole('status').getByText('El bloqueo con PIN está activado.').waitFor();
  await audit(page, 'settings-lock-es');
  await lock.getByRole('button', { name: 'Bloquear ahora' }).click();
  await page.getByRole('heading', { name: 'Mend está bloqueado' }).waitFor();
  await audit(page, 'pin-lock-es');
  await checkLayout(page, 'pin-lock-es');
  await wrongPinsThenWait(page, '2468', {
    unlock: 'Desbloquear',
    wrong: 'Ese PIN no es el correcto.',
    tryAgain: 'Ese PIN no es el correcto. Puedes volver a intentarlo en 0:30.',
    wait: /^Espera 0:(2\d|30) antes de volver a intentarlo\.$/,
  });
  // Thirty seconds pass; then the right PIN opens Mend, and the lock goes off again.
  sql(app.data.dir, "UPDATE settings SET value = json_set(value, '$.lock_wait_until_ms', 0);");
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await page.getByRole('heading', { name: 'Ajustes', level: 1 }).waitFor();
  const off = page.getByRole('region', { name: 'Bloqueo con PIN' });
  await off.getByLabel('Tu PIN, para desactivar el bloqueo').fill('2468');
  await off.getByRole('button', { name: 'Desactivar el bloqueo' }).click();
  await page.getByRole('status').getByText('El bloqueo con PIN está desactivado.').waitFor();

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
