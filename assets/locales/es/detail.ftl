# La página de un registro, abierta desde el Historial: un registro de cómo estoy, una
# pausa, una ruptura, una reparación, una reflexión o una práctica, con lo anotado y las
# formas de cambiarlo.

detail-edit = Editar
# Lo que se muestra cuando algo no se anotó.
detail-not-noted = sin anotar
# Antes de un enlace a la ruptura de la que trata un registro.
detail-about = Sobre:
detail-when = Cuándo
detail-with = Con
detail-started = Empezó
detail-self = Self
detail-time-to-repair = Tiempo hasta reparar

# Un registro de cómo estoy.
detail-how-strong = Con cuánta fuerza
detail-how-old = Qué edad parecía tener
detail-afraid-of = Miedo a
detail-felt-in = Dónde lo sentía
# Las cualidades del Self que se notaron.
detail-noticed = Notaba
detail-where = Dónde
detail-note = Nota

# Una pausa.
detail-pause-how-ended = Cómo terminó
detail-pause-time-up = se acabó el tiempo
# Cómo terminó una pausa, y cuándo: «volviste antes (Hoy, 20:40)».
detail-pause-ended = { $how } ({ $when })
detail-pause-go = Ir a la pausa
detail-pause-rupture = Sobre una ruptura
detail-pause-not-linked = Sin enlazar
detail-pause-link-saved = Enlace guardado.

# Una ruptura.
detail-rupture-size = Cómo de grande
# Su tamaño, de 1 a 5, con su palabra: «4 de 5, un gran desgarro».
detail-rupture-size-value = { $size } de 5, { $size ->
        [1] un pequeño tambaleo
        [2] un golpe
        [3] dolió
        [4] un gran desgarro
       *[5] un desgarro profundo
    }
detail-rupture-status = En qué punto está
detail-rupture-what = Qué pasó
detail-rupture-start-repair = Empezar a reparar
detail-rupture-continue-repair = Seguir reparando
detail-rupture-talk = Hablarlo juntos
detail-rupture-let-go = Dejarla ir
detail-rupture-open-again = Volver a abrirla
detail-rupture-let-go-done = La has dejado ir. Puedes volver a abrirla cuando quieras.
detail-rupture-opened = Abierta de nuevo.
# Los registros enlazados a una ruptura, uno por línea.
detail-linked = Enlazado
detail-linked-checkin = Registro: { $part } · { $when }
detail-linked-pause = Pausa de { $minutes } min · { $when }
detail-linked-repair = Reparación · { $when }
detail-linked-repair-under-way = Reparación en curso · { $when }
# { $status } es una de las palabras talk-status-….
detail-linked-talk = Hablarlo juntos, { $status } · { $when }

# Una reparación.
detail-repair-how-went = Cómo fue
detail-repair-at-step = en curso, en el paso { $step } de 5
detail-repair-at-last-step = en curso, en el último paso
# Un paso que esta versión de Mend no conoce, tal como se guardó.
detail-repair-at-unknown-step = en curso, en un paso guardado como «{ $code }»
detail-repair-next-time = La próxima vez
detail-repair-words-used = Palabras que usaste
detail-repair-felt = Cómo te sentiste
# Las palabras del paso «responder» de una reparación terminada, y la forma de enviarlas.
detail-repair-words-to-say = Lo que quiero decir
detail-repair-send-words = Enviar lo que quiero decir
detail-repair-never-sent = Mend nunca envía nada por su cuenta. Tú eliges a quién mandarlo, si se lo mandas a alguien.
detail-repair-continue = Continuar
detail-repair-edit-notes = Editar las notas

# Una reflexión.
detail-reflection-written = Escrita
detail-reflection-answer = Mi respuesta

# Una práctica: a solas con tarjetas, o en familia con un niño o una niña.
detail-practice-title = Práctica, { $when }
detail-practice-together-title = Práctica en familia, { $when }
detail-practice-for-whom = Para quién era
detail-practice-feeling = Lo que sentía
detail-practice-sentence = La frase
detail-practice-helped = Lo que ayudó
detail-practice-swap-game = El juego de cambiar de papel
# Antes de las palabras que dijo la persona adulta en el juego de cambiar de papel.
detail-practice-grown-up-said = La persona adulta dijo:
# Antes de la respuesta elegida entre las ofrecidas, o escrita.
detail-practice-chose = Elegí:
detail-practice-wrote = Escribí:
detail-practice-again = Practicar otra vez
detail-practice-together-again = Practicar otra vez en familia
# Lo que hizo bien una respuesta: «Tu respuesta habla en nombre de una parte y propone un
# paso siguiente».
detail-strengths-one = Tu respuesta { $one }.
detail-strengths-many = Tu respuesta { $rest } y { $last }.
detail-strength-for_part = habla en nombre de una parte
detail-strength-impact = reconoce cómo le afectó
detail-strength-no_but = no le pone un «pero» a la disculpa
detail-strength-no_always_never = deja fuera «siempre» y «nunca»
detail-strength-next_step = propone un paso siguiente
