# Palabras que comparten muchas pantallas: los mensajes breves, la nota de seguridad, qué es
# una ruptura.

loading = Un momento…
# Un botón que añade lo escrito; su nombre accesible es la etiqueta del campo, que empieza
# por esta palabra en cada idioma.
add = Añadir
undo = Deshacer
toast-dismiss = Cerrar el mensaje
kept-as-it-was = { $what } se guardó como «{ $code }», que esta versión de Mend no conoce. Se queda así a menos que elijas otra cosa.

safety-not-therapy = Mend es un acompañante para cuidarte por tu cuenta, no una terapia. Puede ayudarte a notar lo que pasa en ti y a encontrar el camino de vuelta hacia la otra persona. No sustituye a un terapeuta ni a un orientador.
safety-if-unsafe = Si no estás a salvo.
safety-unsafe-text = Si en tu relación hay violencia, amenazas o control, los ejercicios de reparación no son la respuesta. Lo primero es tu seguridad. Si estás en peligro ahora mismo, llama al número de emergencias de tu país. Una línea de ayuda contra la violencia en la pareja puede hablarlo contigo de forma confidencial.
safety-help-now = Ayuda ya: teléfonos a los que llamar

rupture-explained = Una ruptura es un momento en que la conexión entre las dos personas se rompió un poco: una discusión, un malentendido, un silencio frío. Pasa en todas las relaciones cercanas, y se puede reparar.

# Compartir un texto corto: en un teléfono, el menú de compartir; en otros sitios se copia, y
# un enlace abre un mensaje nuevo con él.
share-copied = Copiado. Pégalo en un mensaje, o abre uno nuevo con él:
share-not-copied = Este navegador no dejó que Mend lo copiara. Selecciónalo arriba y cópialo, o abre un mensaje nuevo con él:
share-open-message = Un mensaje nuevo con estas palabras
share-not-shown = Tu teléfono no pudo abrir el menú de compartir ahora mismo. Inténtalo de nuevo.

# Un tiempo aproximado, como lo que tardó una reparación: «menos de un minuto», «2 días»;
# con duration-minutes y duration-hours, en pause.ftl.
duration-under-a-minute = menos de un minuto
duration-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }

# La palabra de cada botón que da marcha atrás en una decisión.
cancel = Cancelar
