# Mis partes: la lista de partes con cuántas veces aparece cada una, la página de una parte
# con lo que sabes de ella y sus registros, y unir, archivar y recuperar una parte.

parts-title = Mis partes
parts-intro = Estas son las partes que te ofrecemos cuando registras cómo estás. Ponles el nombre que te suene verdadero, y abre una para conocerla mejor.
# El nombre del campo y su texto de ejemplo; también es el nombre del botón Añadir de al
# lado, así que empieza por la palabra de `add`.
parts-add = Añadir una parte por su nombre
parts-empty = Aún no hay partes. Añade una aquí abajo, o cuando registres cómo estás.
# En la lista, para una parte que aún no ha salido en ningún registro.
parts-not-yet = aún sin registros
# En la lista: { $times } es una de las palabras time-times («dos veces»), { $ago } una de
# las palabras time-ago («hace 3 días»).
parts-seen = vista { $times } · la última, { $ago }
parts-show-archived = Mostrar las partes archivadas
parts-hide-archived = Ocultar las partes archivadas
parts-archived-title = Partes archivadas
parts-archived-note = Las partes archivadas no se ofrecen cuando registras cómo estás. Sus registros siguen como estaban.
parts-no-archived = No hay partes archivadas.
parts-merged-into-name = unida a { $name }
parts-bring-back = Recuperar
# El nombre del botón Recuperar para los lectores de pantalla, con el nombre de la parte.
parts-bring-back-named = Recuperar { $name }
parts-brought-back = «{ $name }» vuelve a estar entre tus partes al registrar cómo estás.

# La página de una parte.
parts-a-part = Una parte
parts-all = Todas mis partes
# Qué tipo de parte es y qué edad parece tener, si se sabe: «Papel: gestora · Edad que
# parece tener: 9–12».
parts-kind-role = Papel: { $role }
parts-kind-age = Edad que parece tener: { $age }
parts-stats-title = Cuánto aparece
parts-stats-how = La intensidad habitual es la del medio entre las que anotaste; el Self es la media. Los registros borrados no cuentan.
parts-never = Esta parte aún no ha salido en ningún registro.
# { $times } es una de las palabras time-times: «una vez», «dos veces», «12 veces».
parts-come-up = Esta parte ha aparecido { $times }.
# { $last } y { $first } son palabras time-ago: «hace 3 días».
parts-last-and-first = La última vez que estuvo aquí fue { $last }. La notaste por primera vez { $first }.
parts-that-was = Fue { $ago }.
parts-most-with = Sobre todo con { $name }.
# «Sobre todo con Sam (dos veces), y después con Alex (una vez).»
parts-most-with-then = Sobre todo con { $name } ({ $times }), y después con { $others }.
parts-with-times = { $name } ({ $times })
# Dos nombres, o una lista y un nombre más, unidos.
parts-and = { $first } y { $second }
parts-usual-intensity = Su intensidad habitual es de unos { $level } sobre 10.
parts-usual-self = El Self estaba en torno a { $level } sobre 10 cuando esta parte estaba aquí.
parts-checkins-title = Registros recientes
# Un registro en la página de la parte: «Intensidad 6 de 10 · Self 4 de 10 · con Sam».
parts-checkin-intensity = Intensidad { $level } de 10
parts-checkin-self = Self { $level } de 10
# Un registro en el que solo se anotó la parte.
parts-checked-in = Registrado
# Le sigue un enlace al Historial.
parts-showing-recent = Se muestran los { $count } más recientes. Están todos en el Historial, donde puedes filtrar por esta parte.
parts-open-history = Abrir el Historial
parts-is-archived = Esta parte está archivada, así que no se ofrece cuando registras cómo estás. Sus registros se quedan.
# { $name } se convierte en un enlace a la parte con la que se unió.
parts-merged-into = Se unió a { $name }.

# Lo que sabes de una parte.
parts-about-title = Conocerla
parts-name = Nombre
parts-role-legend = ¿Qué tipo de parte es?
parts-role-hint = Algunas partes te protegen, y otras son las partes heridas a las que protegen. Elige una si encaja, o déjalo así.
# Los tipos de parte, con las palabras de los Sistemas de la Familia Interna (IFS), y lo
# que significa cada uno.
parts-role-manager = gestora
parts-role-firefighter = bombera
parts-role-exile = exiliada
parts-role-not_sure = no lo sé
parts-role-explained-manager = Se adelanta para tenerlo todo bajo control: planifica, complace, critica.
parts-role-explained-firefighter = Salta cuando el dolor se abre paso, para apagarlo rápido: arremete, se cierra, adormece.
parts-role-explained-exile = Una parte más joven y herida, a la que las demás protegen. A menudo carga con dolor o miedo antiguos.
parts-role-explained-not_sure = No pasa nada. Conocer a una parte lleva tiempo.
# Lo que se nombra en el aviso sobre un papel o una edad guardados por otra versión de Mend.
parts-role-kept = Su papel
parts-age-kept = La edad que parece tener
parts-age-legend = ¿Qué edad suele parecer tener?
parts-fears = ¿A qué le tiene miedo?
parts-fears-hint = ¿Qué teme que pasaría si dejara de hacer lo que hace?
parts-needs = ¿Qué necesita?
parts-triggers = ¿Qué la activa?
parts-notes = Notas
parts-save = Guardar
parts-saved = Guardado.

# Unir dos partes en una.
parts-merge-title = Unir con otra parte
parts-merge-note = Si dos nombres resultan ser la misma parte, puedes unirlos. Sus registros pasan a la otra parte, y lo que escribiste sobre ella se añade allí.
parts-merge-start = Unir con otra parte…
parts-merge-none = Aún no hay otra parte con la que unirla.
parts-merge-which = ¿Con qué parte quieres unir «{ $name }»?
parts-merge-choose-first = Primero elige la parte con la que unirla.
parts-merge-continue = Continuar
parts-merge-cancel = Cancelar
# El nombre de la confirmación para los lectores de pantalla.
parts-merge-confirm = Confirmar la unión
parts-merge-yes = Sí, unirlas
# Lo que hará la unión, dicho entero antes de hacerla.
parts-merge-summary = { $count ->
        [0] «{ $from }» aún no tiene registros, así que no se moverá ninguno.
        [one] El único registro de «{ $from }» pasará a «{ $into }».
       *[other] Los { $count } registros de «{ $from }» pasarán a «{ $into }».
    } «{ $from }» quedará archivada, y lo que escribiste sobre ella se añadirá a «{ $into }».
parts-merged = Unidas. «{ $from }» ahora forma parte de «{ $into }».

# Archivar una parte.
parts-archive-title = Archivar
parts-archive-note = Al archivar esta parte, deja de ofrecerse cuando registras cómo estás. Sus registros se quedan, y puedes recuperarla cuando quieras.
parts-archive = Archivar esta parte
parts-archived = «{ $name }» archivada. Sus registros la conservan.

# Las partes con las que empieza quien usa Mend por primera vez (desde entonces, registros
# suyos que puede renombrar), en el idioma del dispositivo cuando se crean los datos.
parts-starter-angry = Una parte enfadada
parts-starter-worried = Una parte preocupada
parts-starter-critic = Un crítico interno
parts-starter-leave = Una parte que quiere irse
