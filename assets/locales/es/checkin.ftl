# El registro: el formulario y la pantalla que lo sigue.

checkin-title = Cómo estoy
checkin-edit-title = Editar el registro
checkin-saved-window = Registrado
checkin-intro = Solo hace falta la parte. Todo lo demás puede esperar.
checkin-part-legend = ¿Qué parte de ti está aquí?
checkin-part-add = Añadir una parte por su nombre
checkin-manage-parts = Renombrar o quitar partes
checkin-part-missing = Elige la parte que está aquí, o añade una por su nombre.
checkin-intensity-legend = ¿Con cuánta fuerza?
checkin-intensity-low = apenas se nota
checkin-intensity-high = me desborda
checkin-age-legend = ¿Qué edad parece tener?
checkin-age-kept = La edad que parecía tener
checkin-fears-legend = ¿A qué le tiene miedo?
# El texto de ejemplo de la casilla y el nombre de su botón (que empieza con la palabra «Añadir»).
checkin-fear-add = Añadir un miedo con tus palabras
checkin-body-legend = ¿Dónde lo sientes?
checkin-self-legend = ¿Cuánto Self hay aquí?
checkin-self-low = nada ahora mismo
checkin-self-high = en calma y abierto
checkin-self-hint = El Self es el tú en calma y con curiosidad que hay debajo de las partes.
checkin-qualities-legend = O fíjate si notas algo de esto en ti
checkin-person-legend = ¿Con quién estás?
checkin-person-add = Añadir a alguien por su nombre
checkin-place-legend = ¿Dónde estás?
checkin-place-kept = Dónde pasó
checkin-rupture-legend = ¿Tiene que ver con una ruptura que sigue abierta?
checkin-rupture-earlier = La ruptura enlazada antes
checkin-when = Cuándo
checkin-note = Una nota, si quieres
checkin-bad-when = No se pudo leer esa fecha y hora. Elige una en el calendario, o déjala como estaba.
checkin-save = Guardar
checkin-saving = Guardando…
checkin-updated = Registro actualizado.
checkin-saved-title = Gracias por pararte a mirar cómo estás
checkin-saved-what = Guardado: { $part }
checkin-saved-low-self = Ahora mismo no hay mucha calma, y está bien. Una pausa corta puede ayudarte a volver con ganas de escuchar.
checkin-saved-enough-self = Hay algo de calma. Puede ser un buen momento para escuchar y empezar a reparar.
checkin-take-pause = Hacer una pausa
checkin-start-repair = Empezar a reparar
checkin-back-to-now = Volver a Ahora
checkin-see-edit = Ver o editar este registro

# Un nivel de 0 a 10.
level-not-set = sin elegir
level-of-ten = { $level } de 10

# Palabras guardadas por código, en el idioma de quien lee: la edad que parece tener una parte,
age-under_5 = menos de 5
age-5_8 = 5–8
age-9_12 = 9–12
age-teen = adolescente
age-adult = adulta
age-not_sure = no lo sé
# dónde pasó,
place-home = en casa
place-car = en el coche
place-phone = por teléfono
place-out = fuera
place-other = en otro sitio
# las cualidades del Self,
quality-calm = calma
quality-curiosity = curiosidad
quality-compassion = compasión
quality-confidence = confianza
quality-courage = valentía
quality-clarity = claridad
quality-creativity = creatividad
quality-connectedness = conexión
# a qué le tiene miedo una parte,
fear-being-left = que me dejen
fear-being-blamed = que me culpen
fear-not-mattering = no importar
fear-being-controlled = que me controlen
fear-losing-them = perder a esa persona
fear-getting-it-wrong = equivocarme
fear-being-hurt = que me hagan daño
fear-being-alone = quedarme sin nadie
# y dónde se siente en el cuerpo.
body-chest = pecho
body-throat = garganta
body-stomach = estómago
body-jaw = mandíbula
body-shoulders = hombros
body-head = cabeza
body-hands = manos
body-whole-body = todo el cuerpo
