# La pausa: tomar distancia, y volver.

# Un tiempo: «1 minuto», «20 minutos», «1 hora», «1 hora y 30 minutos».
duration-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
duration-hours = { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
duration-hours-minutes = { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } y { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

# La frase para decir antes de irte: cuánto tiempo, y cuándo vuelves.
pause-sentence = Me estoy desbordando y quiero escucharte bien. Me tomo { $length } y vuelvo a las { $back }.

pause-title = Hacer una pausa
pause-running-title = Estás haciendo una pausa
pause-length = ¿Cuánto tiempo?
pause-length-hint = Veinte minutos le dan a tu cuerpo tiempo para calmarse.
pause-length-choice = { $minutes } min
pause-other = Otro
pause-minutes = Minutos (de 1 a 240)
pause-say-this = Antes de irte, podrías decir:
pause-send = Enviar esto
pause-pulse = Vibrar con cada respiración
pause-pulse-hint = Una vibración suave del teléfono al empezar cada respiración, para seguirla con los ojos cerrados.
pause-pulse-still = Las vibraciones descansan mientras «Reducir movimiento» está activado.
pause-kind-note = Una pausa es para calmarse y volver, nunca para castigar. Haz algo que te calme, como caminar, respirar despacio o escuchar música, en lugar de darle vueltas a la discusión.
pause-about = ¿Tiene que ver con una ruptura que sigue abierta?
pause-start = Empezar la pausa
pause-extend = +5 min
pause-extend-label = +5 min, añade cinco minutos
pause-back-early = Ya he vuelto
pause-call-off = Cancelar la pausa
pause-time-up = Tu pausa ha terminado
pause-ready = ¿Te sientes con ganas de volver?
pause-ready-note = Volver, aunque sea para pedir un poco más de tiempo, ayuda a que la pausa sea de fiar para las dos personas.
pause-more-time = Necesito 5 minutos más
pause-check-in = Cómo estoy
pause-repair = Reparar
pause-end = Terminar la pausa
pause-called-off = Pausa cancelada.
# El nombre del anillo para un lector de pantalla: «19 minutos de 20 minutos. Vuelta a las 17:53.»
pause-ring = Quedan { $left } de { $length }. Vuelta a las { $back }.
breathe-in = Inspira
breathe-out = Espira

# El aviso encima de las demás pantallas mientras dura una pausa, y después.
pause-banner = En pausa · quedan { $left }
pause-banner-over = Tu pausa ha terminado. ¿Te sientes con ganas de volver?
