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
