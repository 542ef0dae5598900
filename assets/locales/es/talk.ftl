# Hablarlo juntos: dos personas, un teléfono. La primera pantalla, la conversación, la guía
# para cuando una de las dos personas lleva más camino recorrido, y la página de una
# conversación en el Historial. En qué punto está (en curso, terminada) está en history.ftl.
#
# Hablamos a quien tiene el teléfono, de «tú», y nunca de «vosotros» ni de «ustedes»: para
# las dos a la vez decimos «las dos personas» o «cada persona».
#
# Muchos mensajes nombran a una de las dos. Eligen sus palabras según $who: «one» es la
# persona de quien es el teléfono, sin nombre escrito («tú»); «two», su pareja, sin nombre
# escrito («tu pareja»); «named», cualquiera de las dos con su nombre escrito, que es $name.

talk-title = Hablarlo juntos
talk-lead = Para dos personas y un solo teléfono, que va de mano en mano. Cada una habla por sus partes, por turnos, y la otra escucha y le dice lo que oyó.
# Lo primero de la primera pantalla, con un enlace a Ayuda ya. Claro, y con cariño.
talk-not-for = Hablarlo juntos no es para relaciones donde hay violencia, amenazas o control. Si eso pasa en la tuya, esto no es la respuesta. Lo primero es tu seguridad.
talk-help-now = Ayuda ya
talk-new-to-this = ¿Es nuevo para ti? Una guía breve para la pareja
talk-names = Nombres, si quieres
talk-names-hint = Se guardan solo en este dispositivo, como todo lo demás. Déjalos vacíos para «Tú» y «Tu pareja».
talk-name-one = Tu nombre
talk-name-two = El nombre de tu pareja
talk-about = ¿De qué se trata?
talk-about-hint = Opcional. Puede ser sobre una ruptura, o simplemente un rato en pareja.
talk-nothing-in-particular = Nada en concreto
# Unas frases que la pareja acuerda de antemano para decirlas cuando se pone difícil.
talk-shared = Nuestras palabras en común
talk-shared-none = Todavía no hay palabras en común: unas pocas frases que las dos personas acuerdan usar cuando se pone difícil.
talk-shared-change = Elegir nuestras palabras en común
talk-begin = Empezar
talk-under-way = Tienes una conversación a medias
# $when: cuándo empezó («hoy a las 14:05»); $one y $two: los dos nombres como van dentro
# de una frase («tú», «tu pareja» o un nombre escrito).
talk-under-way-begun = Empezada { $when }, entre { $one } y { $two }.
talk-pick-up = Retomarla donde se quedó
# Los dos botones de cada pantalla de la conversación. La pausa empieza en el acto; «No me
# siento a salvo» detiene la conversación y abre Ayuda ya.
talk-pause = Necesitamos una pausa
talk-unsafe = No me siento a salvo
talk-paused-said = La conversación queda en espera. Cuando las dos personas estén a punto, retómala desde Ahora.
# Se muestra bajo palabras escritas en la conversación que hablan de violencia, amenazas o miedo.
talk-unsafe-words = Lo que escribiste suena a que alguien podría no estar a salvo. Hablarlo juntos no es la respuesta a eso. Lo primero es tu seguridad.
talk-not-written = Sin escribir

# Los nombres cuando no se escribió ninguno: al empezar una frase (o antes de dos puntos),
# y dentro de una.
talk-default-name-one = Tú
talk-default-name-two = Tu pareja
talk-default-within-one = tú
talk-default-within-two = tu pareja
# Las dos personas: «Sam y Alex», «Tú y tu pareja».
talk-both = { $one } y { $two }

## Antes del primer turno.

talk-ready-title = ¿Es un buen momento?
talk-ready-lead = Antes de empezar, cada persona: ¿con cuánta calma te sientes ahora mismo?
talk-ready-why = Una conversación suele ir mejor cuando los dos cuerpos se han calmado. Después de una oleada de emociones, eso a menudo lleva unos 20 minutos.
# $name: una de las dos personas, como al empezar una frase.
talk-ready-legend = { $name }: ¿con cuánta calma te sientes?
# Los dos extremos de la escala, 0 y 10.
talk-ready-low = mucha agitación
talk-ready-high = mucha calma
talk-suggest-pause = Una de las dos personas aún está bastante removida. Quizá ayude hacer antes una pausa, y la conversación seguirá aquí a la vuelta.
talk-pause-first = Hacer antes una pausa
talk-anyway = Hablar igualmente
talk-start = Empezar a hablar

## Un turno: una persona habla por una parte, la otra dice lo que oyó, y la primera dice si
## era eso.

# $title: el título del paso, como en Reparar.
talk-step = Paso { $step } de 5 · { $title }
talk-turn-speak = { $who ->
        [one] Te toca hablar
        [two] Le toca hablar a tu pareja
       *[named] Le toca hablar a { $name }
    }
talk-listens = { $who ->
        [one] Tú escuchas.
        [two] Tu pareja escucha.
       *[named] { $name } escucha.
    }
talk-speak-for = Habla por tu parte, no desde ella
talk-starters = Podrías empezar con:
talk-parts-legend = ¿Por qué parte hablas? (opcional)
talk-parts-hint = Hasta { $count }.
# El texto de ejemplo de un campo; el nombre de su botón es la palabra de `add` y esto.
talk-part-own = Una parte, con tus palabras
talk-keep-said = Palabras para guardar (opcional)
talk-keep-hint = No se guarda nada salvo lo que escribas aquí.
# $name: quien escucha, como va dentro de una frase («tú», «tu pareja» o un nombre escrito).
talk-for-listener = Para quien escucha ({ $name })
# El botón al final de la pantalla de quien habla: el teléfono pasa a quien escucha.
talk-pass-phone = { $who ->
        [one] Devolver el teléfono
        [two] Pasar el teléfono a tu pareja
       *[named] Pasar el teléfono a { $name }
    }
talk-turn-say-back = { $who ->
        [one] Te toca: di lo que oíste
        [two] Le toca a tu pareja: di lo que oíste
       *[named] Le toca a { $name }: di lo que oíste
    }
talk-say-back-hint = Empieza con «Lo que oí es…». Dilo con tus palabras, sin añadir aún tu versión.
talk-keep-heard = Lo que oí es… (opcional, para guardarlo)
# El botón al final de la pantalla de quien escucha: el teléfono vuelve a quien habló.
talk-pass-back = { $who ->
        [one] Devolver el teléfono
        [two] Devolverle el teléfono a tu pareja
       *[named] Devolverle el teléfono a { $name }
    }
talk-check = { $who ->
        [one] De vuelta a ti: ¿era eso?
        [two] De vuelta a tu pareja: ¿era eso?
       *[named] De vuelta a { $name }: ¿era eso?
    }
# Antes de las palabras que quien escuchó guardó de lo que oyó.
talk-heard-by = { $who ->
        [one] Lo que oíste:
        [two] Lo que oyó tu pareja:
       *[named] Lo que oyó { $name }:
    }
talk-add-one = Una cosa que añadir (opcional)
talk-that-was-it = Sí, era eso
talk-not-quite = No del todo: añadí una cosa
talk-end-here = Terminar la conversación aquí
# Para un lector de pantalla, antes del tiempo que lleva el turno («1:05»).
talk-timer-label = Tiempo de este turno:
talk-timer-each = { $minutes ->
        [one] Más o menos { $minutes } minuto
       *[other] Unos { $minutes } minutos
    } por persona. Tómate el tiempo que necesites.
talk-timer-over = { $minutes ->
        [one] Ya va más o menos { $minutes } minuto
       *[other] Ya van unos { $minutes } minutos
    }. Termina tu idea; no hay prisa.

## El final de la conversación.

talk-next-time = La próxima vez
talk-next-time-lead = Cada persona: una cosa que harás la próxima vez que se ponga difícil. Algo pequeño está bien.
talk-intention = { $name }: la próxima vez, voy a…
talk-see-together = Ver las dos a la vez
talk-done-title = Gracias por hablarlo juntos
talk-done-lead = Un momento para respirar despacio, juntos. Esto es lo que cada persona dijo que hará la próxima vez.
talk-repaired-legend = ¿Sienten las dos personas que esta ruptura está reparada?
talk-repaired-hint = Solo si las dos lo dicen. Está bien si aún no lo está.
talk-repaired-yes = { $name }: sí, está reparada
talk-mark-repaired = Marcarla como reparada
talk-repaired-said = Marcada como reparada, de común acuerdo.
talk-repaired-both = Las dos personas dijeron que esta ruptura está reparada.
talk-see-in-history = Verla en el Historial
talk-back-to-now = Volver a Ahora
# Después de «No me siento a salvo».
talk-stopped-title = Conversación detenida
talk-stopped = La conversación se detuvo para que pudieras cuidar de tu seguridad. Tu seguridad es lo primero.

## La guía, y las palabras en común.

talk-guide-window = Una guía para la pareja
talk-guide-title = Cuando una persona lleva más camino recorrido
talk-guide-lead = A menudo una de las dos personas ha hecho más trabajo interior que la otra. Una habla el lenguaje de las partes; la otra puede sentirse juzgada, dejada atrás o presionada para ponerse al día. Unas palabras para cada una.
# Los títulos de los dos grupos de tarjetas de la guía.
talk-guide-side-further = Si tú llevas más camino recorrido
talk-guide-side-newer = Si esto es más nuevo para ti
talk-shared-lead = Elige unas pocas frases que las dos personas acuerden usar cuando se ponga difícil. Aparecen en la primera pantalla de cada conversación.
talk-shared-none-yet = Todavía no hay ninguna.
talk-take-out = Quitar
# El nombre de un botón para un lector de pantalla: $words es la frase que quita.
talk-take-out-named = Quitar: { $words }
talk-ideas = Ideas para empezar
talk-ideas-hint = Toca una para ponerla en el cuadro de abajo. Cambia las palabras hasta sentirlas tuyas, y luego añádela.
# El texto de ejemplo de un campo; el nombre de su botón es la palabra de `add` y esto.
talk-own-words = Con tus propias palabras
talk-shared-added = Añadida a las palabras en común.
talk-shared-taken-out = Quitada de las palabras en común.

## La página de una conversación en el Historial.

talk-page-not-noted = sin anotar
talk-page-when = Cuándo
talk-page-who = Quiénes
talk-page-settled = { $who ->
        [one] Con cuánta calma te sentías
        [two] Con cuánta calma se sentía tu pareja
       *[named] Con cuánta calma se sentía { $name }
    }
talk-page-steps = Pasos recorridos
talk-page-parts = { $who ->
        [one] Partes por las que hablaste
        [two] Partes por las que habló tu pareja
       *[named] Partes por las que habló { $name }
    }
talk-page-pauses = Pausas
talk-page-pause-count = { $count ->
        [one] { $count } pausa
       *[other] { $count } pausas
    }
talk-page-stands = En qué punto está
talk-page-kept = Palabras guardadas
# El título de un turno guardado: el título del paso, y quién habló.
talk-page-turn = { $step } · { $name }
talk-page-speaking-for = Hablando por: { $parts }
talk-page-added = Añadido:
talk-page-pick-up = Retomarla
talk-page-rupture = La ruptura
