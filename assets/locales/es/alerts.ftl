# Avisos: lo que muestra el teléfono con Mend cerrado (el final de una pausa, el
# recordatorio diario, la notificación de la pausa en marcha con sus dos botones, y los
# nombres de los tipos de notificación de Mend en los ajustes del teléfono), y lo que dice
# Mend sobre permitirlos.

alert-pause-over-title = Tu pausa ha terminado
alert-pause-over-body = Cuando puedas, vuelve y reconecta, aunque sea solo para pedir un poco más de tiempo.
alert-reflect-title = Un momento para reflexionar
alert-reflect-body = La pregunta de hoy te espera en Mend, cuando quieras.

# La notificación que cuenta el tiempo mientras dura una pausa, y sus dos botones.
alert-pause-running-title = Estás tomando una pausa
alert-pause-running-body = La cuenta muestra el tiempo que queda. Vuelve cuando termine, aunque sea para pedir más tiempo.
alert-action-back = Ya estoy aquí
alert-action-more = 5 minutos más
# Se dice al pulsar «5 minutos más».
alert-more-time-added = Cinco minutos más. Vuelve cuando puedas.

# Los ajustes del teléfono muestran los tipos de notificación de Mend con estos nombres.
alert-channel-alerts = Pausas y recordatorios para reflexionar
alert-channel-alerts-about = Cuando termina una pausa, y el recordatorio diario para reflexionar.
alert-channel-pause = Mientras haces una pausa
alert-channel-pause-about = Una cuenta tranquila del tiempo que queda mientras dura una pausa, con «Ya estoy aquí» y «5 minutos más».

# Se dice una vez, la primera vez que hace falta un aviso, antes de la pregunta del propio
# teléfono; y una vez, si no se permiten los avisos.
alert-ask-why = Mend puede avisarte cuando termine una pausa o sea hora de reflexionar, incluso con la app cerrada. Tu teléfono te preguntará si te parece bien.
alert-works-without = No pasa nada. Mend guarda tu pausa y tu recordatorio igualmente, y te los muestra al abrirlo. Puedes permitir los avisos más adelante en los ajustes del teléfono.

# En la pausa, una vez, donde el teléfono puede retrasar el aviso del final.
alert-on-time-why = Tu teléfono puede retrasar unos minutos el aviso del final de la pausa para ahorrar batería. Si permites las alarmas de Mend, llegará a su hora.
alert-on-time-allow = Permitir avisos a su hora
alert-on-time-not-now = Ahora no
alert-late = No pasa nada. Puede que el aviso llegue unos minutos tarde. Tu pausa siempre está aquí cuando abres Mend.
