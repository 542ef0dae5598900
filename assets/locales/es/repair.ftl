# Reparar: los cinco pasos después de una ruptura, y las notas de una reparación después.

repair-title = Reparar
repair-intro = ¿Qué ruptura te gustaría reparar?
repair-nothing-waiting = No hay nada esperando a ser reparado. Si pasó algo, escríbelo primero.
repair-log-first = Anotar lo que pasó
repair-something-else = Pasó otra cosa
repair-talk-together = Hablarlo juntos
repair-step-count = Paso { $step } de 5
repair-last-step = Último paso
repair-about = Sobre: { $what }
repair-phrases = Palabras que podrías usar
repair-phrases-hint = Ejemplos para adaptar, no guiones. Toca las que usaste.
# Empieza por la palabra de `add`: es también el nombre del botón junto al campo.
repair-own-phrase = Añadir palabras tuyas
repair-intention = La próxima vez, voy a…
repair-next = Siguiente
repair-back = Atrás
repair-later = Guardar y terminar más tarde
repair-not-calm = ¿Aún no tienes suficiente calma? No pasa nada.
repair-take-pause = Hacer una pausa
repair-outcome-title = ¿Cómo fue?
repair-outcome-intro = Pasara lo que pasara, intentaste volver a conectar. Eso importa.
repair-outcome-legend = ¿Dónde estás ahora?
repair-felt = ¿Cómo te sentiste?
repair-finish = Terminar
repair-choose-outcome = Elige cómo fue y después termina.
repair-saved-later = Guardado. Puedes retomarlo desde Ahora.
repair-saved-mended = Reparación guardada. Reparada en { $time }.
repair-saved-open = Reparación guardada. La ruptura queda abierta para otro momento.

repair-edit-title = Editar las notas de la reparación
repair-edit-window = Editar la reparación
repair-felt-edit = Cómo te sentiste
repair-phrases-used = Frases que usaste
repair-remove-phrase = Quitar
repair-remove-phrase-named = Quitar: { $phrase }
repair-save = Guardar
repair-notes-updated = Notas de la reparación actualizadas.

# Los cinco pasos: el título de cada uno, su guía, la etiqueta de su nota y unas palabras
# para decir (una por línea; se guardan con la reparación tal como se dijeron).
repair-step-notice = Observa tus partes
repair-step-notice-guidance = ¿Qué partes de ti se removieron? ¿De qué tenían miedo, y qué edad parecían tener? Aún no hace falta cambiar nada. Solo date cuenta.
repair-step-notice-note = Lo que noto en mí
repair-step-notice-phrases =
    Una parte de mí se asustó cuando…
    Algo en mí se sintió muy pequeño en ese momento.
    Noto una parte de mí que quiere tener la razón.
repair-step-find_self = Encuentra algo de calma
repair-step-find_self-guidance = Respira despacio un momento. Pídele a la parte removida que te deje un poco de espacio. ¿Sientes algo de curiosidad por la otra persona y por ti? Si aún no, tomarte un espacio es una buena elección, y puedes volver.
repair-step-find_self-note = Lo que siento ahora hacia la otra persona
repair-step-find_self-phrases =
    Ahora tengo más calma, y me gustaría entenderte.
    ¿Lo intentamos otra vez? Quiero hacerlo mejor.
repair-step-listen = Escucha primero
repair-step-listen-guidance = Pregunta cómo fue para la otra persona, y escucha antes de explicar. Tu parte puede esperar un poco. Repite lo que oíste y pregunta si lo entendiste bien.
repair-step-listen-note = Lo que oí de la otra persona
repair-step-listen-phrases =
    Cuéntame cómo fue eso para ti. Te escucho.
    Lo que oigo es… ¿Lo entendí bien?
    ¿Hay algo más que quieras que sepa?
repair-step-acknowledge = Reconoce el impacto
repair-step-acknowledge-guidance = Quisieras decir lo que quisieras, nombra cómo le llegó a la otra persona. Lo que pretendías y cómo lo vivió pueden ser verdad a la vez.
repair-step-acknowledge-note = El impacto que quiero reconocer
repair-step-acknowledge-phrases =
    Veo que eso te dolió de verdad.
    Tiene sentido que sintieras soledad cuando me fui.
    Eso no fue justo contigo, y lo siento.
repair-step-respond = Ofrece una reparación
repair-step-respond-guidance = Reconoce lo que te toca con sencillez, sin un «pero» después del perdón. Luego di qué intentarás la próxima vez.
repair-step-respond-note = Lo que dije o voy a decir
repair-step-respond-phrases =
    Siento haber levantado la voz. Eso es cosa mía.
    La próxima vez que sienta ese impulso, pediré una pausa en lugar de irme.
    ¿Qué te ayudaría a sentirte mejor ahora?
