# Historial: la línea de tiempo de todo lo guardado, sus filtros y su búsqueda, y las
# palabras que muestra cada tipo de registro, ahí y en otros sitios.

history-title = Historial
history-filters = Filtros
history-search = Buscar
history-search-placeholder = Palabras de notas, nombres, lo que pasó
history-kind = Mostrar
history-everything = Todo
history-person = Con
history-anyone = Cualquiera
history-part = Parte
history-any-part = Cualquier parte
history-status = Estado de la ruptura
# Un nombre de un filtro que se quitó, porque los registros pasados aún lo llevan.
history-removed = { $name } (quitado)
history-any-status = Cualquier estado
history-empty = Aún no hay nada. Aquí aparecerán tus registros, pausas, rupturas y reparaciones, lo más reciente primero.
history-no-match = Nada coincide con estos filtros.
history-clear = Quitar los filtros
history-more = Mostrar más
history-the-end = Eso es todo.

# Qué tipo de registro es: uno, para una etiqueta,
entry-checkin = Registro
entry-pause = Pausa
entry-rupture = Ruptura
entry-repair = Reparación
entry-reflection = Reflexión
entry-practice = Práctica
entry-talk = Conversación
# y varios, para el filtro.
entries-checkin = Registros
entries-pause = Pausas
entries-rupture = Rupturas
entries-repair = Reparaciones
entries-reflection = Reflexiones
entries-practice = Práctica
entries-talk = Conversaciones

# En qué punto está una ruptura.
rupture-status-open = abierta
rupture-status-repairing = reparándose
rupture-status-repaired = reparada
rupture-status-let_go = dejada ir
# Cómo terminó una pausa, o que sigue.
pause-end-completed = volviste a la hora prevista
pause-end-ended_early = volviste antes
pause-end-cancelled = cancelada
pause-end-none = en curso
# Cómo fue una reparación, o que sigue.
repair-outcome-reconnected = Volvimos a conectar
repair-outcome-partly = Reparado en parte
repair-outcome-not_yet = Todavía no
repair-outcome-none = en curso
# En qué punto está una conversación.
talk-status-repaired = reparado juntos
talk-status-finished = terminada
talk-status-stopped = detenida
talk-status-under-way = en curso
# Para quién era un rato de práctica juntos.
band-2_4 = De 2 a 4 años
band-5_8 = De 5 a 8 años
band-9_12 = De 9 a 12 años
band-teen = Adolescente

# Las líneas que muestra un registro en la línea de tiempo.
line-pause = Una pausa de { $length }
line-about = Sobre: { $what }
line-size = Tamaño { $size } de 5
line-repairing = Reparando: { $what }
line-self = Self { $level } de 10
line-together = Práctica juntos, { $band }
line-felt = Sentía: { $feeling }. «{ $sentence }»
line-swapped = con el juego de cambiar de papel
line-cards = { $count ->
    [one] Practicaste 1 tarjeta
   *[other] Practicaste { $count } tarjetas
}
line-talk = Hablarlo juntos
line-talk-about = Hablarlo juntos: { $what }
line-next-time = La próxima vez: { $words }

# Con quién fue un registro, en la línea de tiempo.
entry-with = con { $person }

# Borrar un registro desde su página: el nombre del botón y lo que dice el aviso.
delete = Borrar
delete-checkin = Borrar este registro
delete-pause = Borrar esta pausa
delete-rupture = Borrar esta ruptura
delete-repair = Borrar esta reparación
delete-reflection = Borrar esta reflexión
delete-practice = Borrar esta práctica
delete-talk = Borrar esta conversación
deleted-checkin = Registro borrado.
deleted-pause = Pausa borrada.
deleted-rupture = Ruptura borrada.
deleted-repair = Reparación borrada.
deleted-reflection = Reflexión borrada.
deleted-practice = Práctica borrada.
deleted-talk = Conversación borrada.
# La lista, para los lectores de pantalla.
history-timeline = Línea de tiempo
