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
