# Lo que dice Mend cuando algo no se hizo: guardar, una copia de seguridad, una importación,
# abrir los datos. Cada mensaje dice qué pasó con los datos de la persona (casi siempre: no
# cambió nada) y qué puede hacer. Valores como { $path } son rutas de archivos; { $detail } son
# las palabras del propio sistema, en el idioma que hable el sistema.

error-inside = Algo falló dentro de Mend y no cambió nada. Inténtalo de nuevo.
error-settings-unreadable = Tus ajustes se guardaron de una forma que esta versión de Mend no sabe leer (quizá desde otra versión), así que Mend los ha dejado tal como están y no puede cambiarlos aquí.

# Dos personas, un teléfono: un paso de la conversación que no encaja.
error-talk-not-now = La conversación ya ha avanzado, quizá en otra pantalla. Aquí está por donde va.
error-talk-no-rupture = Solo una conversación terminada sobre una ruptura puede darla por reparada.
error-talk-too-many-parts = Elige como mucho { $count } partes para un turno.

# $what es una de las palabras error-thing-… de abajo, con su demostrativo (o, para algo que
# Mend no sabe nombrar, su nombre en inglés).
error-not-found = No se encuentra { $what }. Puede que se haya borrado.
error-thing-checkin = ese registro
error-thing-pause = esa pausa
error-thing-rupture = esa ruptura
error-thing-repair = esa reparación
error-thing-reflection = esa reflexión
error-thing-talk = esa conversación
error-thing-practice = esa sesión de práctica
error-thing-together = ese rato juntos
error-thing-part = esa parte
error-thing-person = esa persona
error-name-taken = Ya tienes uno con ese nombre. Prueba con otro, o añádele una palabra.
error-day-taken = Ese día ya tiene una reflexión. Si prefieres esta, borra primero la otra.
# $how es cómo terminó la ruptura: reparada, o dejada ir.
error-rupture-closed = Esta ruptura ya está { $how }. Si quieres seguir reparando, ábrela antes otra vez.
# $doing es una de las frases error-doing-…; $why, lo que dijo el dispositivo.
error-io = Mend no pudo { $doing }: { $why }.
error-doing-backup = hacer una copia de seguridad
error-doing-restore = poner la copia de seguridad en su sitio
error-doing-encrypt = cifrar sus datos
error-doing-change-passphrase = cambiar la frase de paso
error-export = Mend no pudo guardar la exportación en { $path }: { $why }. No cambió nada más.
# $why es una de las frases error-check-…, o una error-open-….
error-bad-backup = Esa copia de seguridad no se puede usar: { $why }.
error-bad-copy = La copia que hizo Mend no pasó su comprobación ({ $why }), así que no cambió nada.
error-wont-overwrite = Ahí ya hay un archivo de datos; Mend no lo va a sobrescribir.
error-already-encrypted = Tus datos ya están cifrados.
error-not-encrypted = Tus datos aún no están cifrados.
error-pin = No se pudo guardar el PIN ({ $detail }).
error-migrate = Mend no pudo poner al día los datos restaurados ({ $detail }).
error-random = Mend no pudo obtener números aleatorios de este dispositivo para crear una clave nueva ({ $detail }), así que no cambió nada.

# Lo que dijo el dispositivo, dentro de una frase: tras «Mend no pudo hacer una copia de
# seguridad: ».
error-device-full = tu dispositivo no tiene espacio. Libera algo de espacio e inténtalo de nuevo
error-device-read-only = en esa carpeta no se puede escribir

# La base de datos no pudo hacer lo que se pidió.
error-db-unreadable = Una parte de esta anotación se guardó de una forma que Mend no sabe leer, así que Mend la ha dejado tal como está y no puede mostrarla aquí.
error-db-full = Tu dispositivo no tiene espacio, así que esto no se guardó. No cambió nada. Libera algo de espacio e inténtalo de nuevo.
error-db-read-only = Ahora mismo Mend no puede escribir en su carpeta de datos, así que esto no se guardó. No cambió nada.
error-db-busy = Otra copia de Mend está usando tus datos ahora mismo, así que esto no se guardó. Inténtalo de nuevo.
error-db-other = Mend no pudo llegar a sus datos ahora mismo, y no cambió nada. Inténtalo de nuevo.

# Abrir el archivo de datos.
error-open-folder = Mend no pudo crear su carpeta de datos en { $path }. { $detail }
error-open-not-mend = El archivo de { $path } no es un archivo de datos de Mend, así que Mend lo ha dejado tal como está. Muévelo a otro sitio, o haz que MEND_DATA_DIR apunte a otra carpeta, y Mend empezará de cero.
error-open-newer = Estos datos los guardó una versión más nueva de Mend (versión de datos { $found }; esta versión conoce hasta la { $known }). Mend no los ha tocado, para que no se pierda nada. Actualiza Mend para abrirlos. El archivo está en { $path }.
error-open-sqlite = Mend no pudo abrir sus datos en { $path }. { $detail }
error-open-migrate = Mend no pudo poner al día sus datos en { $path }, y no cambió nada. { $detail }
error-open-damaged = Mend vio que su archivo de datos estaba dañado, así que lo apartó a { $path } en vez de arriesgarse a cambiarlo. No se borró nada.
error-open-read-only = Mend no puede escribir en sus datos de { $path }. Puede que la carpeta sea de solo lectura, o que el dispositivo esté lleno. No cambió nada.
error-open-no-backup = Mend necesita poner al día sus datos de { $path }, pero antes no pudo hacer una copia de seguridad ({ $detail }), así que no cambió nada. Libera algo de espacio y vuelve a abrir Mend.
error-open-locked = Tus datos están cifrados. Escribe tu frase de paso para abrirlos.
error-open-wrong-passphrase = Esa frase de paso no abrió tus datos. No cambió nada. Inténtalo otra vez.

# Abrir Mend desde la línea de órdenes.
error-launch-unknown-option = Opción desconocida: { $option }.
error-launch-no-way-to-show = Esta versión de Mend no tiene la vista previa en el navegador y no hay pantalla para una ventana. Compílala con `--features preview`, o ábrela donde haya pantalla.
# $var es el nombre de una variable de entorno, como MEND_PREVIEW_ADDR.
error-launch-bad-address = { $var } debería tener la forma 127.0.0.1:8080, no { $text }.
error-no-data-dir-phone = Mend no encontró su carpeta en este teléfono.
error-no-data-dir-computer = Mend no encontró una carpeta para sus datos en este equipo. Indica una con MEND_DATA_DIR.

# Lo que encontró una revisión de los archivos.
# $mode son los permisos del archivo, en tres cifras octales como 644.
error-too-open = Otras cuentas de este equipo pueden abrir { $path } (sus permisos son { $mode }). Abre Mend una vez y lo volverá a hacer privado.
error-cant-look = Mend no pudo comprobar quién puede leer sus archivos: { $detail }.
# Tras «Esa copia de seguridad no se puede usar: ».
error-check-damaged = la copia está dañada ({ $detail })

# Entregar una exportación.
error-offer = No se pudo ofrecer la exportación a tu navegador ({ $detail }). Inténtalo de nuevo.
error-declined = Tu teléfono no pudo abrir un sitio para la exportación ahora mismo, así que no se envió nada. Inténtalo de nuevo.

# Un archivo para importar que se rechazó entero.
error-import-empty = Este archivo está vacío, así que no había nada que importar.
error-import-too-big = Este archivo es demasiado grande para ser una exportación de Mend ({ $mb } MB), así que no se importó nada.
error-import-truncated = Parece que a este archivo le falta el final, así que no se importó nada. Prueba a exportarlo otra vez.
error-import-not-mend = Este archivo no es una exportación de Mend, así que no se importó nada.
error-import-newer = Este archivo viene de una versión más nueva de Mend (formato de exportación { $found }; esta versión lee hasta el { $known }). No se importó nada. Actualiza Mend y vuelve a intentarlo.
error-import-damaged = Esta exportación de Mend está dañada ({ $detail }), así que no se importó nada.
# $arrived es cuánto llegó, como «1.0 de 3.0 MB».
error-import-cut = Solo llegaron { $arrived } de este archivo, así que no se importó nada. Elígelo otra vez.
error-import-garbled = El archivo llegó desordenado, así que no se importó nada. Elígelo otra vez.
error-import-receiving = Mend no pudo guardar el archivo mientras llegaba: { $why }. No se importó nada.
error-import-reading = No se pudo leer ese archivo: { $why }. No se importó nada.

# Una frase de paso nueva para los datos cifrados.
error-passphrase-too-short = Elige una frase de paso de al menos { $min } caracteres. Unas cuantas palabras que vayas a recordar funcionan bien.
error-passphrase-mismatch = Las dos frases de paso no coinciden. Escríbelas otra vez.
error-passphrase-derive = No se pudo crear la clave a partir de la frase de paso ({ $detail }).

# Una pausa, una reparación y una fusión de partes que no se pueden hacer.
error-pause-length = Elige una duración de entre 1 y { $max } minutos.
error-pause-ended = Esta pausa ya terminó.
error-repair-not-at-outcome = Recorre los pasos antes de elegir cómo fue.
error-repair-complete = Esta reparación ya está terminada.
error-merge-into-itself = Una parte no se puede unir consigo misma. Elige otra parte con la que unirla.
error-merge-into-archived = «{ $name }» está archivada, así que no se le puede unir nada. Recupérala antes, o elige otra parte.
# $what es una de las palabras text-what-… (lo que teme, las notas); $from e $into son los
# nombres de las partes; $max, cuántos caracteres caben en una nota.
error-merge-too-long = Juntando { $what } de «{ $from }» y «{ $into }» se pasaría de { $max } caracteres, así que no se unió nada. Acorta antes uno de los dos.

# Lo escrito que no se puede guardar tal cual. $what nombra el campo, con una de las palabras
# text-what-… de abajo.
text-empty-name = Ponle un nombre primero. Con una o dos palabras basta.
text-phone-number = Eso aún no parece un número de teléfono. Usa cifras, con espacios, +, - o paréntesis si quieres; de 3 a 20 cifras.
text-name-too-long = Los nombres pueden tener hasta { $max } caracteres. Este tiene { $chars }.
text-empty-required = Escribe primero unas palabras sobre { $what }.
# El signo que agrupa los miles en los números largos.
text-thousands = .
# $max y $chars son números con los miles ya agrupados (10.000).
text-too-long = { $what }: caben hasta { $max } caracteres, y ahora hay { $chars }.
text-unusual = { $what }: hay caracteres que Mend ahora quita, como algunos invisibles o espacios al principio o al final. Se conserva tal cual hasta que lo cambies.
# Junto a un texto de antes que es más largo de lo que Mend guarda ahora.
text-kept-too-long = { $what }: hay más texto del que Mend guarda ahora ({ $chars } caracteres; como mucho { $max }). Se conserva entero, tal como estaba, hasta que lo cambies. Para guardar un cambio, acórtalo.
# Los campos, tal como se nombran en las frases de arriba (en minúscula: Mend pone la
# mayúscula al empezar una frase).
text-what-the-note = la nota
text-what-the-notes = las notas
text-what-what-happened = lo que pasó
text-what-your-answer = tu respuesta
text-what-your-words = tus palabras
text-what-your-response = tu respuesta
text-what-the-situation = la situación
text-what-the-intention = la intención
text-what-how-it-felt = cómo te sentiste
text-what-the-phrase = la frase
text-what-a-phrase = una frase
text-what-why-it-helps = por qué ayuda
text-what-the-feeling = el sentimiento
text-what-the-sentence = la frase
text-what-what-helped = lo que ayudó
text-what-what-you-said = lo que dijiste
text-what-what-you-heard = lo que escuchaste
text-what-what-you-added = lo que añadiste
text-what-what-you-ll-do-next-time = lo que harás la próxima vez
text-what-the-part = la parte
text-what-the-name = el nombre
text-what-what-it-fears = lo que teme
text-what-what-it-needs = lo que necesita
text-what-what-sets-it-off = lo que la activa
text-what-the-prompt = la pregunta
text-what-the-fears = los miedos
text-what-the-needs = las necesidades
text-what-what-sets-them-off = lo que las activa
# Los campos como los nombra el informe de una importación (import.ftl).
text-what-self-level = nivel de Self
text-what-how-settled-you-felt = nivel de calma
text-what-size = tamaño
text-what-intensity = intensidad
text-what-places-in-the-body = lugares del cuerpo
text-what-fears = miedos
text-what-checks-met = comprobaciones cumplidas
text-what-the-checks-mend-knows = las comprobaciones que Mend conoce
text-what-the-eight-qualities-of-self = las ocho cualidades del Self
text-what-its-role = su papel
text-what-its-age-band = su franja de edad
text-what-its-step = su paso
text-what-its-status = su estado
text-what-its-outcome = su resultado
text-what-its-ending = su final
text-what-its-turns = sus turnos
text-what-who-it-is-for = para quién es
text-what-where-it-happened = dónde pasó
text-what-a-turn-s-step = el paso de un turno
text-what-a-turn-s-speaker = quien habla en un turno
text-what-the-kind-of-practice = el tipo de práctica
text-what-day = día
text-what-prompt = la pregunta
text-what-situation = la situación
text-what-time-to-repair = tiempo hasta la reparación
