# Practicar: las frases de reparación (las nuestras y las propias), las tarjetas de práctica
# con sus comentarios amables, la ayuda del lenguaje de partes, y Practicar en familia (una
# madre o un padre y su hijo o hija, uno al lado del otro).

## La pantalla Practicar.

practice-title = Practicar
practice-intro = Palabras para reparar, para probarlas antes de necesitarlas. Son ejemplos para hacerlos tuyos, nunca guiones.
practice-together = Practicar en familia
practice-together-hint = Con tu hijo o tu hija, uno al lado del otro: sentimientos, una frase de reparación y un pequeño juego.
# Un enlace a la guía para parejas de Hablarlo juntos.
practice-guide = Cuando uno de los dos va más adelante
practice-guide-hint = Una guía breve para parejas, y unas palabras acordadas entre los dos para cuando se pone difícil.
# El nombre de la fila de tres pestañas de debajo.
practice-views = Qué practicar
practice-phrases = Frases
practice-cards = Tarjetas de práctica
practice-helper = Lenguaje de partes

## Las frases.

# La leyenda sobre los botones de los pasos de la reparación, y la etiqueta del paso de una frase propia.
practice-step-legend = Paso
# La leyenda sobre los botones de para quién es una frase, y la etiqueta de lo mismo en el formulario.
practice-audience-legend = Para quién
# El botón que muestra todos los pasos, o a todo el mundo.
practice-all = Todas
practice-favourites-only = Solo favoritas
practice-no-favourites = Aún no tienes favoritas. Toca la estrella de una frase que quieras tener a mano.
practice-none-match = Aún no hay frases aquí. Prueba con otro paso u otra persona, o añade una tuya abajo.
practice-phrase-count = { $count ->
    [one] 1 frase
   *[other] { $count } frases
}
# El nombre de la estrella para lectores de pantalla, con el comienzo de la frase.
practice-favourite-named = Favorita: { $phrase }
# Una etiqueta en una frase que escribió la persona.
practice-mine = Mía
practice-add-heading = Añadir una frase mía
practice-edit-heading = Cambiar mi frase
practice-phrase-label = La frase
practice-why-label = Por qué me ayuda (opcional)
practice-save-phrase = Guardar la frase
practice-edit = Editar
practice-edit-named = Editar: { $phrase }
practice-delete = Borrar
practice-delete-named = Borrar: { $phrase }
practice-cancel = Cancelar
practice-phrase-saved = Tu frase está guardada.
practice-phrase-deleted = Frase borrada.

# Los pasos a los que sirve una frase: los cinco pasos de una reparación, y la intención para la próxima vez.
practice-phrase-step-notice = Observar mis partes
practice-phrase-step-find_self = Encontrar calma
practice-phrase-step-listen = Escuchar
practice-phrase-step-acknowledge = Reconocer el impacto
practice-phrase-step-respond = Una respuesta que repara
practice-phrase-step-intention = La próxima vez
# Para quién es una frase: en los botones y junto a cada frase.
practice-audience-partner = Pareja
practice-audience-child_2_4 = De 2 a 4 años
practice-audience-child_5_8 = De 5 a 8 años
practice-audience-child_9_12 = De 9 a 12 años
practice-audience-teen = Adolescente
practice-audience-myself = Para mí

## Las tarjetas de práctica.

# El nombre de los dos botones que eligen las situaciones: con la pareja o con un hijo o una hija.
practice-card-audience = Situaciones con
practice-card-partner = Tu pareja
practice-card-child = Tu hijo o hija
practice-choose = Elige una respuesta, o escribe la tuya
practice-own-response = Con mis palabras
practice-see-guidance = Ver comentarios amables
practice-keep-next = Guardar esta y probar otra
practice-skip = Otra situación
practice-finish = Terminar por ahora
practice-pick-first = Elige una respuesta o escribe la tuya primero.
practice-cards-kept = { $count ->
    [one] 1 tarjeta guardada en esta práctica.
   *[other] { $count } tarjetas guardadas en esta práctica.
}

# Lo que se mira con cariño en una respuesta, cada cosa con su nombre y un comentario. Nunca una nota.
practice-check-for_part = Hablar en nombre de una parte
practice-check-impact = Lo que vivió la otra persona
practice-check-no_but = Una disculpa sin «pero»
practice-check-no_always_never = Esta vez, no «siempre»
practice-check-next_step = Un siguiente paso
practice-note-from-part = Parece que ahora mismo habla una parte de ti. Podrías hablar en su nombre: «Una parte de mí se asustó…».
practice-note-for-part = Hablaste en nombre de una parte de ti, no desde ella. Así es más fácil de escuchar.
practice-note-name-part = Podrías probar a nombrar la parte: «Una parte de mí se asustó…».
practice-note-impact = Nombraste cómo fue para la otra persona. Eso le ayuda a sentirse vista.
practice-note-no-impact = Podrías añadir algo sobre lo que vivió, como «Tuvo que ser difícil para ti».
practice-note-but = Un «pero» después de «lo siento» puede hacer que la disculpa cueste de oír. Podrías terminar la frase ahí y decir lo demás más tarde.
practice-note-apology-stands = Tu disculpa se sostiene sola, sin un «pero» que la deshaga.
practice-note-no-apology = Nada deshace lo que dices. Si te disculpas, dejar que la disculpa se sostenga sola ayuda a que llegue.
practice-note-absolute = «Siempre» y «nunca» pueden hacer difícil escuchar. Podrías hablar de esta vez.
practice-note-this-moment = Hablaste de este momento, no de siempre ni de nunca. Eso deja la puerta abierta.
practice-note-next-step = Ofreciste un siguiente paso. Eso muestra que la relación puede estirarse y repararse.
practice-note-no-next-step = Podrías añadir qué te gustaría que pasara ahora, como «La próxima vez, voy a…» o «¿Lo intentamos otra vez?».
# Una línea sobre los comentarios, según cuánto de lo que se mira ya está en la respuesta.
practice-encourage-empty = Escribe una respuesta con tus palabras, y aquí aparecerán unos comentarios amables.
practice-encourage-full = Es una reparación cálida y completa. Dila con tus palabras cuando llegue el momento.
practice-encourage-most = Hay mucho cariño en esto. Un pequeño cambio podría ayudar a que llegue con más suavidad aún.
practice-encourage-some = Ya has empezado. Elige un comentario que te diga algo y prueba un pequeño cambio.
practice-encourage-none = Gracias por practicar. Cada intento hace el momento de verdad un poco más fácil.

## La ayuda del lenguaje de partes: lee frases en español y en inglés, y sugiere en la lengua
## de la frase.

practice-helper-intro = Escribe o pega algo que dijiste, o que quieres decir. Mend te sugiere formas de decirlo en nombre de una parte de ti, para que sea más fácil de escuchar.
practice-helper-label = Tu frase
practice-helper-none = No encuentro nada que suene a reproche. Si aún te suena dura, prueba a empezar con «Una parte de mí…».
practice-helper-empty = Las sugerencias aparecen aquí mientras escribes.
practice-helper-unsafe = Lo que escribiste suena a que quizá no estás a salvo. Buscar otras palabras no es la respuesta a eso. Tú importas, y lo primero es tu seguridad.
practice-helper-count = { $count ->
    [one] 1 sugerencia.
   *[other] { $count } sugerencias.
}
# Sobre una sugerencia: las palabras de reproche tal como se escribieron.
practice-helper-instead = En lugar de «{ $found }»:
# Por qué cada tipo de cambio puede llegar con más suavidad.
practice-helper-why-always = «Siempre» resume a una persona entera. Hablar en nombre de tu parte sobre este momento es más fácil de escuchar.
practice-helper-why-never = «Nunca» no deja sitio a las veces que lo intentó. Hablar en nombre de tu parte invita a la otra persona a acercarse.
practice-helper-why-made_me = Decir que una parte de ti lo sintió hace que el sentimiento siga siendo tuyo, y aun así le dice que importó.
practice-helper-why-youre_so = Una etiqueta pide defenderse. Contar lo que siente tu parte pide cuidado.
practice-helper-why-youre_such = Un insulto pide defenderse. Contar lo que siente tu parte pide cuidado.
practice-helper-why-why_cant_you = «¿Por qué no puedes…?» puede sonar a acusación. Nombrar lo que necesitas lo convierte en una invitación.
practice-helper-why-because_of_you = La culpa abre una discusión sobre quién la tiene. Nombrar lo que siente tu parte abre una conversación.
practice-helper-why-you_dont = «Tú no…» le dice a la otra persona lo que hay dentro de ella. Decir cómo lo vive tu parte deja sitio a su versión.

## Practicar en familia: una madre o un padre y su hijo o hija, uno al lado del otro. Los
## pasos del niño o la niña van en letra muy grande y con palabras cortas; la persona adulta
## lee las frases en voz alta.

practice-together-intro = Unos minutos con tu hijo o tu hija, uno al lado del otro, después de un momento difícil: cómo se siente, una frase para que la leas en voz alta y qué le ayudaría ahora. No hay nada que hacer bien.
practice-together-who = ¿Cuántos años tiene tu hijo o tu hija?
practice-together-no-name = Mend nunca te pide el nombre de tu hijo o tu hija.
practice-together-back = Atrás
practice-together-stop = Parar
practice-together-step = Paso { $step } de { $steps }
# Se le dice al niño o la niña.
practice-together-feeling = ¿Cómo te sientes?
practice-together-read-aloud = Lee una en voz alta
practice-together-read-hint = Elige la que encaje, y dila con tu propia voz.
practice-together-why = Por qué ayuda
practice-together-said-it = Dije esta
# Se le dice al niño o la niña.
practice-together-helps = ¿Qué te ayudaría ahora?
practice-together-own-words = Con mis propias palabras
practice-together-own-label = Lo que me ayudaría
practice-together-own-done = Ya está
# El juego del cambio: el niño o la niña hace de persona adulta y elige lo que dice.
practice-together-swap-offer = ¿Nos cambiamos?
practice-together-swap-intro = Tú eres la persona mayor, y yo soy tú. Tú eliges lo que dice la persona mayor.
practice-together-swap-play = ¡A jugar!
practice-together-swap-skip = Hoy no
practice-together-round = Ronda { $round } de { $rounds }
practice-together-swap-ask = ¿Cuál suena amable y pide perdón por lo que pasó?
practice-together-talk = Hablemos de ello
practice-together-you-chose = Elegiste:
practice-together-no-wrong = No hay respuestas malas. Di lo que notaste.
practice-together-next = Siguiente
practice-together-to-the-end = Vamos al final
practice-together-closing = Estamos bien
practice-together-closing-say = Respiramos despacio, juntos, mirando la burbuja.
practice-together-kept = Guardado en tu historial.
practice-together-again = Practicar otra vez
practice-together-done = Hecho
practice-together-see-it = Verlo en el historial
