# Reflexionar: una pregunta al día, un mes de días en que reflexionaste (nunca una racha), el
# recordatorio diario.

reflect-title = Reflexionar
reflect-intro = Una pregunta para hoy. Escribe tanto o tan poco como quieras.
reflect-prompt-heading = La pregunta de hoy
reflect-answer = Tu respuesta
reflect-self-legend = ¿Cuánto Self hay en ti ahora mismo?
reflect-self-low = casi nada
reflect-self-high = con calma y apertura
reflect-save = Guardar
reflect-save-changes = Guardar los cambios
reflect-saved = Guardado. Gracias por dedicarte un momento.
reflect-answered = Hoy ya respondiste. Puedes cambiar tu respuesta hasta que acabe el día.
reflect-no-prompt = No se encontró la pregunta de hoy. Aun así puedes escribir lo que tengas en mente.
# Se guarda con una respuesta cuando no se encontró ninguna pregunta nuestra.
reflect-free-prompt = ¿Qué tienes en mente hoy?

reflect-month-heading = Tu mes
reflect-earlier = Mes anterior
reflect-later = Mes siguiente
# El nombre del calendario para los lectores de pantalla.
reflect-calendar = { $month }: días en que reflexionaste
# Se lee tras el número de un día en que reflexionaste.
reflect-day-reflected = , reflexionaste
reflect-month-this = { $count ->
    [0] Aún no has reflexionado este mes. Cuando quieras.
    [one] Este mes has reflexionado 1 día.
   *[other] Este mes has reflexionado { $count } días.
}
reflect-month-past = { $count ->
    [0] No reflexionaste ningún día de { $month }.
    [one] Reflexionaste 1 día de { $month }.
   *[other] Reflexionaste { $count } días de { $month }.
}

reflect-reminder-heading = Recordatorio diario
reflect-reminder-note = Un aviso suave a la hora que elijas. En este equipo llega mientras Mend está abierto; no se envía nada a ningún sitio.
reflect-reminder-on = Recuérdamelo cada día
reflect-reminder-time = Hora del recordatorio
reflect-reminder-saved-on = El recordatorio diario está activado.
reflect-reminder-saved-off = El recordatorio diario está desactivado.
reflect-reminder-no-time = Elige primero una hora para el recordatorio.
reflect-reminder-bad-time = Esa hora no parece correcta. Prueba con algo como 20:00.
