# Antes de que Mend se abra: la frase de paso de los datos cifrados, el PIN del bloqueo y
# los datos que no se pudieron abrir. Estas pantallas hablan el idioma del dispositivo, porque
# los ajustes no se pueden leer antes de abrir los datos.

lock-title = Mend está bloqueado
lock-passphrase-note = Tus datos están cifrados. Escribe tu frase de paso para abrirlos.
lock-passphrase = Frase de paso
lock-open = Abrir
lock-opening = Abriendo…
lock-forgotten = Si olvidas la frase de paso, nadie puede recuperar los datos, ni nosotros ni nadie. Eso es lo que los mantiene en privado.
lock-pin-note = Escribe tu PIN para abrir Mend.
lock-pin = PIN
lock-unlock = Desbloquear
lock-pin-wrong = Ese PIN no es el correcto.
# $wait es un tiempo como 0:30 o 2:00.
lock-pin-wrong-wait = Ese PIN no es el correcto. Puedes volver a intentarlo en { $wait }.
lock-pin-wait = Espera { $wait } antes de volver a intentarlo.

startup-title = Mend no pudo abrir tus datos
startup-nothing-deleted = No se ha borrado nada. El archivo está aquí:
startup-backup = Una copia de seguridad puede ocupar su lugar
startup-backup-note = Mend tiene una copia de seguridad que pasó su comprobación: { $name }. Al restaurarla vuelve todo hasta el día en que se hizo. El archivo dañado se queda donde se movió.
startup-restore = Restaurar la copia más reciente
startup-show-someone = Si necesitas ayuda, enseña este mensaje a alguien de confianza con tu dispositivo.

# Ajustes → Bloqueo con PIN.
app-lock = Bloqueo con PIN
app-lock-note = Pide un PIN al abrir Mend y al volver a él pasado un rato. El PIN solo se guarda de una forma que no se puede leer de vuelta.
app-lock-on = El bloqueo con PIN está activado.
app-lock-off = El bloqueo con PIN está desactivado.
app-lock-new-pin = PIN nuevo (de 4 a 12 cifras)
app-lock-pin-again = El mismo PIN otra vez
app-lock-pin-shape = Un PIN tiene de 4 a 12 cifras.
app-lock-pin-mismatch = Los dos PIN no coinciden. Escríbelos otra vez.
app-lock-after = Bloquear cuando Mend lleve un rato en segundo plano
app-lock-after-choice = { $minutes ->
    [0] Enseguida
    [one] Pasado 1 minuto
   *[other] Pasados { $minutes } minutos
}
app-lock-turn-on = Activar el bloqueo
app-lock-now = Bloquear ahora
app-lock-current-pin = Tu PIN, para desactivar el bloqueo
app-lock-turn-off = Desactivar el bloqueo
app-lock-stays-on = Ese PIN no es el correcto, así que el bloqueo sigue activado.
