# Las palabras de Mend en español. Usamos «tú», y los términos de IFS como los usan quienes
# lo practican en español: «partes», y «Self» (sin traducir, como es habitual en la
# comunidad; en frases de ayuda, «el Self»). Para hablar a los dos a la vez evitamos
# «vosotros» y «ustedes», que cambian de un país a otro. Las mismas reglas que en inglés:
# cálido, sencillo, nunca clínico, nunca culpando.

## El idioma, en sus propias palabras.

language-name = Español

## El marco de cada pantalla.

shell-skip = Saltar al contenido
shell-main = Principal
shell-help = Ayuda ya
shell-history = Historial
shell-settings = Ajustes
shell-not-opened = No se ha podido abrir
shell-back-to-history = Volver al historial

## Ahora, la pantalla de inicio.

now-title = Ahora
now-actions = ¿Qué necesitas?
now-check-in = Cómo estoy
now-check-in-hint = Fíjate en qué parte de ti está aquí
now-pause = Hacer una pausa
now-pause-hint = Toma distancia, y vuelve
now-repair = Reparar
now-repair-hint = Recorre los pasos para arreglarlo
now-reflect = Reflexionar
now-reflect-hint = La pregunta de hoy
now-history-hint = Tus rupturas y reparaciones
now-more = Más
now-log-rupture = Anotar una ruptura
now-talk = Hablarlo juntos
now-practise = Practicar palabras de reparación
now-together = Practicar en familia
now-parts = Mis partes
now-insights = Tendencias
now-talk-waiting = Hay una conversación a medias
now-talk-begun = Empezada { $when }. Está tal como quedó.
now-talk-pick-up = Retomar la conversación
now-waiting = Pendiente de reparar
now-repair-one = Reparar: { $what }
now-welcome-title = Te damos la bienvenida a Mend
now-welcome-private = Todo lo que escribes se queda en este dispositivo. No hay cuenta y no se envía nada a ninguna parte.
now-welcome-done = Entendido

## Ajustes: el idioma.

settings-language = Idioma
settings-language-hint = Mend sigue el idioma de tu dispositivo hasta que elijas uno aquí.
settings-language-device = El mismo que mi dispositivo

## Ajustes: cómo se ve Mend, y las secciones.

settings-title = Ajustes
settings-theme = Apariencia
settings-theme-choice = { $theme ->
        [light] Claro
        [dark] Oscuro
       *[system] El mismo que mi dispositivo
    }
settings-text-size = Tamaño del texto
settings-text-size-choice = { $size ->
        [large] Grande
        [larger] Más grande
        [largest] El más grande
       *[standard] Normal
    }
settings-motion = Reducir movimiento
settings-motion-system = El mismo que mi dispositivo
settings-motion-on = Siempre
settings-motion-note = Con menos movimiento, el anillo de la pausa y la guía de respiración se quedan quietos y muestran la cuenta.
settings-parts = Mis partes
settings-parts-link = Ver y cambiar mis partes
settings-reminders = Recordatorios
settings-reminder-at = El recordatorio diario para reflexionar llega a las { $time }.
settings-reminder-off = El recordatorio diario para reflexionar está desactivado.
settings-reminder-link = Poner el recordatorio en Reflexionar
settings-data = Tus datos
settings-data-note = Todo lo que escribes se guarda en un solo archivo en este dispositivo. Mend no tiene cuentas, no envía nada a ninguna parte y no recoge estadísticas.
settings-data-where = El archivo está aquí:
settings-help = Ayuda ya
settings-help-hint = Teléfonos a los que llamar cuando alguien no está a salvo, para tu región, y tus propias personas y líneas.
settings-help-open = Abrir Ayuda ya
settings-about = Sobre Mend

## Después de una pausa.

come-back-title = ¿Te sientes con ganas de volver?
come-back-note = Qué bien que vuelvas. Volver, aunque sea para pedir un poco más de tiempo, ayuda a que la pausa sea de fiar para las dos personas. Cuando te sientas a punto, fíjate en lo que hay en ti, o empieza a reparar.
come-back-window = De vuelta
come-back-talk = Retomar la conversación
come-back-not-yet = Todavía no

# Ajustes → Hablarlo juntos.
settings-talk = Hablarlo juntos
settings-talk-ready = Sugerir antes una pausa si alguien está por debajo de
settings-talk-ready-hint = En una escala de 0 a 10, con cuánta calma se siente cada persona antes de hablar. Mend solo lo sugiere; siempre se puede hablar igualmente.
settings-talk-timer = Temporizador suave de turnos
settings-talk-timer-hint = Muestra cuánto dura cada turno. Nunca corta a nadie. Apagado salvo que lo actives.
settings-talk-timer-off = Apagado
# $length es una duración en palabras, como «2 minutos».
settings-talk-timer-usual = { $length } (lo habitual)
