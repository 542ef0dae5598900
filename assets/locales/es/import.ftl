# El informe de una importación: por qué un registro del archivo no se importó, o qué cambió
# al entrar («un registro (su identificador): su nivel de Self (12) no está entre 0 y 10»).
# Cada uno empieza en minúscula, tras el registro del que habla. $what es una de las palabras
# text-what-… (errors.ftl); $code, $name, $date y $detail van tal como los tiene el archivo.

import-why-text = { $problem }
import-why-out-of-range = su { $what } ({ $value }) no está entre { $low } y { $high }
import-why-unknown = Mend no reconoce { $what } «{ $code }»
import-why-not-one-of = «{ $code }» no está entre { $what }
import-why-too-many = tiene más de { $most } { $what }
import-why-bad-id = el identificador de { $what } no es uno que Mend pudiera haber escrito
import-why-not-a-date = su { $what } («{ $date }») no es una fecha que Mend pueda leer
import-why-date-out-of-reach = Mend no puede guardar su { $what } ({ $date })
import-why-negative = su { $what } tiene un valor negativo
import-why-ends-before-start = termina antes de empezar
import-why-pause-end-half = tiene hora de fin sin saber cómo terminó, o al revés
import-why-repair-end-half = tiene un resultado sin hora de fin, o al revés
import-why-no-cards = no tiene tarjetas
import-why-cards-and-together = es una sesión de tarjetas con un rato juntos dentro
import-why-together-unchosen = es un rato juntos sin lo que se eligió
# $reason es otro de estos.
import-why-card = su tarjeta { $card }: { $reason }
import-why-talk-unfinished = dice que se reparó una ruptura, pero la conversación no terminó
import-why-too-many-turns = tiene más turnos de los que tiene una conversación
import-why-turn-parts = un turno habla por más de { $most } partes
import-why-reflection-that-day = ya hay aquí otra reflexión del { $day }, y Mend guarda una al día, así que se ha quedado la de aquí
# $detail son las palabras del lector del archivo, en inglés.
import-why-unreadable = no se ha podido leer ({ $detail })
# $kind es un tipo de registro con su artículo, como lo dice data-one-…: «una parte».
import-why-refers-to-nothing = hace referencia a { $kind } que no está ni en el archivo ni aquí
import-why-name-taken = su nuevo nombre «{ $name }» ya es el de { $kind } de aquí
import-why-merged-into-itself = estaba unida a sí misma, así que ese enlace se ha quitado
import-why-merged-into-nothing = la parte a la que estaba unida no está ni en el archivo ni aquí, así que ese enlace se ha quitado
import-why-not-a-phrase-id = no es el identificador de una frase
import-why-unknown-phrase = no es una de las frases que tiene esta versión de Mend

# Dónde está dañada una exportación dañada, en error-import-damaged.
import-damage-broken = su texto está roto en la línea { $line }, columna { $column }
import-damage-value = un valor no es del tipo que Mend espera en la línea { $line }, columna { $column }
import-damage-ends = termina antes de tiempo en la línea { $line }, columna { $column }
import-damage-unreadable = no se ha podido leer en la línea { $line }, columna { $column }
