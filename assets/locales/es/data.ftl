# Ajustes → tus datos: exportar, importar y su informe, el cifrado, las copias de seguridad,
# borrarlo todo; y la página de una dirección que no lleva a ningún sitio.

## Exportar.
data-export = Exportar
data-export-note = Un archivo con todo, para guardarlo o llevarlo a otro dispositivo. Una exportación no está cifrada: guárdala en un sitio al que solo llegues tú.
data-export-button = Exportarlo todo
# En un teléfono: el mismo archivo, guardado donde elija la persona en vez de compartido.
data-save-as = Guardar una copia en…
data-csv = Archivos de hoja de cálculo (CSV)
data-show-in-folder = Mostrar en la carpeta
data-here-folder = En este equipo, Exportar guarda el archivo, y a su lado los archivos de hoja de cálculo (CSV), en esta carpeta:
data-here-browser = En este navegador, Exportar guarda el archivo como tu navegador guarda las descargas. Los archivos de hoja de cálculo llegan juntos en un archivo zip.
# «Guardar una copia en…» es el botón data-save-as.
data-here-phone = En este teléfono, Exportar le pasa el archivo a tu teléfono, y tú eliges adónde va: un mensaje para ti, tu propia nube o Archivos. Guardar una copia en… deja una donde tú elijas. Los archivos de hoja de cálculo llegan juntos en un archivo zip.
# «Importar» es el título data-import.
data-new-phone = ¿Cambias de teléfono? Exporta aquí y envíate el archivo, o guárdalo en tu propia nube. Después abre Mend en el teléfono nuevo y elígelo en Importar.
data-no-folder-shown = Este equipo no tiene un gestor de archivos al que Mend pueda pedírselo, así que no se pudo mostrar la carpeta. La ruta está arriba.
# Se dice al terminar de escribir una exportación. $count es cuántas anotaciones; $path, dónde
# está el archivo.
data-saved = { $count ->
    [one] Se guardó { $count } anotación
   *[other] Se guardaron { $count } anotaciones
} en { $path }.
# Sigue a data-saved, tras un espacio, en un equipo.
data-saved-csv = Los archivos de hoja de cálculo están en { $path }.
# $name es el nombre del archivo.
data-exported-browser = { $count ->
    [one] Se exportó { $count } anotación
   *[other] Se exportaron { $count } anotaciones
}. Tu navegador está guardando { $name } con sus descargas.
data-exported-phone = { $count ->
    [one] Se exportó { $count } anotación
   *[other] Se exportaron { $count } anotaciones
}. Ya puedes elegir adónde va.

## Importar.
data-import = Importar
data-import-note = Trae una exportación de Mend, de este dispositivo o de otro. No pierdes nada de lo que tienes: lo que ya está aquí se queda, e importar dos veces el mismo archivo no añade nada.
data-import-button = Elegir un archivo exportado de Mend
data-import-reading-label = Cuánto del archivo se ha leído
# $part es cuánto del archivo se ha leído, como «12 de 37 MB» (data-size-mb).
data-import-reading = Leyendo { $part }…
data-importing = Importando…
# Cuánto de un archivo: un número entero de kilobytes, o megabytes con un decimal.
data-size-kb = { $got } de { $total } KB
data-size-mb = { $got } de { $total } MB
# El signo entre la parte entera de un número y sus decimales (1,5 MB).
data-decimal-mark = ,

## El informe de la importación. $what es una lista de cantidades como «3 registros,
## 1 persona» (hecha con los mensajes data-count-…), o data-nothing.
data-report-added = Añadido: { $what }.
data-report-updated = Actualizado: { $what }.
data-report-skipped = Ya estaba aquí: { $what }.
# Partes y personas del archivo unidas a las de aquí que tienen el mismo nombre.
data-report-merged = Unido a lo tuyo con el mismo nombre: { $what }.
data-report-amended = Importado con un cambio: { $count }.
data-report-rejected = Sin importar: { $count }.
# Una anotación de las listas de arriba: $record es una de las palabras data-one-…, $id su
# identificador (o data-report-no-id), $reason el motivo (por ahora, en inglés).
data-report-record = { $record } ({ $id }): { $reason }
data-report-no-id = sin identificador
data-report-more = y { $count } más.
data-nothing = nada
# Cuántas anotaciones hay de cada tipo.
data-count-checkins = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
data-count-pauses = { $count ->
    [one] { $count } pausa
   *[other] { $count } pausas
}
data-count-ruptures = { $count ->
    [one] { $count } ruptura
   *[other] { $count } rupturas
}
data-count-repairs = { $count ->
    [one] { $count } reparación
   *[other] { $count } reparaciones
}
data-count-talks = { $count ->
    [one] { $count } conversación
   *[other] { $count } conversaciones
}
data-count-reflections = { $count ->
    [one] { $count } reflexión
   *[other] { $count } reflexiones
}
data-count-practice_sessions = { $count ->
    [one] { $count } sesión de práctica
   *[other] { $count } sesiones de práctica
}
data-count-own_phrases = { $count ->
    [one] { $count } frase tuya
   *[other] { $count } frases tuyas
}
data-count-favourite_phrases = { $count ->
    [one] { $count } frase favorita
   *[other] { $count } frases favoritas
}
data-count-parts = { $count ->
    [one] { $count } parte
   *[other] { $count } partes
}
data-count-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
# Teléfonos propios de la persona en Ayuda ya.
data-count-help_lines = { $count ->
    [one] { $count } línea tuya
   *[other] { $count } líneas tuyas
}
# Frases de las palabras compartidas de una pareja.
data-count-shared_words = { $count ->
    [one] { $count } frase compartida
   *[other] { $count } frases compartidas
}
# Una anotación de un tipo, en una línea del informe.
data-one-checkins = un registro
data-one-pauses = una pausa
data-one-ruptures = una ruptura
data-one-repairs = una reparación
data-one-talks = una conversación
data-one-reflections = una reflexión
data-one-practice_sessions = una sesión de práctica
data-one-own_phrases = una frase tuya
data-one-favourite_phrases = una frase favorita
data-one-parts = una parte
data-one-people = una persona
data-one-help_lines = una línea tuya
data-one-shared_words = una frase compartida

## Cifrado.
data-encryption = Cifrado
data-encrypt-note = Cifra tus datos con una frase de paso. Mend te la pedirá cada vez que se abra, y tus copias de seguridad también quedarán cifradas.
data-forget-warning = Si olvidas tu frase de paso, nadie podrá recuperar tus datos, ni nosotros ni nadie. Apúntala en un sitio seguro, o elige palabras que no vayas a olvidar.
data-encrypted-note = Tus datos y tus copias de seguridad están cifrados. Mend te pide la frase de paso cada vez que se abre.
data-new-passphrase = Frase de paso nueva
data-passphrase-again = La misma frase de paso otra vez
data-encrypt = Cifrar mis datos
data-change-passphrase = Cambiar la frase de paso
data-encrypting = Un momento, esto tarda unos segundos…
data-passphrase-changed = Frase de paso cambiada.
data-now-encrypted = Tus datos están cifrados.

## Copias de seguridad.
data-backups = Copias de seguridad
data-backups-note = Mend hace por sí solo una copia de tus datos cada día que lo usas, guarda las de los últimos siete días y una por semana durante un mes, y comprueba cada copia.
# Se dice una vez si no se pudo hacer la copia del día, con el motivo.
data-backup-failed = No se ha podido hacer la copia de seguridad de hoy. { $why }
data-back-up-now = Hacer una copia ahora
data-no-backups = Aún no hay copias. La primera se hace hoy.
data-backed-up = Copia hecha y comprobada.
# Una copia en la lista: cuándo se hizo, su tipo (data-backup-kind-…) y su tamaño.
data-backup-row = { $when } · { $kind } · { $kb } KB
data-backup-kind-daily = diaria
data-backup-kind-weekly = semanal
data-backup-kind-before-update = antes de una actualización
data-backup-kind-before-restore = antes de restaurar
data-backup-kind-manual = hecha a mano
data-restore = Restaurar
# El nombre del botón Restaurar para lectores de pantalla; empieza por la palabra de
# data-restore.
data-restore-named = Restaurar la copia de { $when }
data-restore-confirm-label = Confirmar la restauración
data-restore-confirm = ¿Restaurar esta copia? Antes se hace una copia de lo que tienes ahora, para que puedas volver a ello.
data-restore-yes = Sí, restaurarla
data-restored = Restaurada. Lo que tenías antes también queda guardado como copia.

## Borrarlo todo.
data-delete = Borrarlo todo
data-delete-note = Quita todo lo que Mend guarda en este dispositivo, también todas las copias de seguridad. No se puede deshacer.
data-delete-button = Borrarlo todo…
data-delete-confirm-label = Confirmar que se borra todo
# $what es una lista de cantidades (ver el informe de arriba).
data-delete-lost = Se borrarán { $what } y { $backups ->
    [one] { $backups } copia de seguridad
   *[other] { $backups } copias de seguridad
}, y tus ajustes.
data-delete-cant-undo = No se puede deshacer. Si crees que más adelante podrías querer algo, expórtalo antes.
data-delete-yes = Sí, borrarlo todo
data-deleted = Se borró todo. Mend empieza de cero.

## Una dirección que no lleva a ningún sitio.
not-found-title = No encontrada
not-found-heading = Esta página no está aquí
not-found-note = Puede que se haya movido, o que el enlace tuviera un error.
# «Ahora» es la pantalla de inicio de Mend.
not-found-back = Volver a Ahora
