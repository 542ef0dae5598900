# Ayuda ya: qué hacer si alguien está en peligro, que reparar no es para la violencia, las
# líneas de la región de quien usa Mend y sus propias líneas. Las palabras de las líneas
# (el nombre de la región, lo que ofrece cada línea, su horario) están en
# assets/content/es/help.toml, no aquí.

help-title = Ayuda ya
help-lead = Si estás pasando un momento difícil, no tienes que atravesarlo a solas.
help-danger = Si tú o alguien más está en peligro ahora mismo
help-danger-call = Llama ahora al número de emergencias. Si no puedes hablar, no cuelgues, o, si puedes, ve antes a un lugar más seguro.
# Cuando Mend no tiene líneas para la región, y por eso no hay número que ofrecer.
help-elsewhere-call = Llama ahora al número de emergencias de donde estés. Si no puedes hablar, no cuelgues, o, si puedes, ve antes a un lugar más seguro.
help-not-repair = Reparar no es para esto
help-not-repair-text = Si en tu relación hay violencia, amenazas o control, los ejercicios de Mend no son la respuesta, y no te toca arreglarlo a solas. Lo primero es tu seguridad. Las personas de estas líneas pueden hablarlo contigo de forma confidencial.
help-where = A quién acudir
help-no-lines = Mend todavía no tiene líneas para donde estás. Empieza por el número de emergencias de tu zona; un médico o un servicio de apoyo cercano pueden indicarte otros. Abajo puedes añadir tus propias líneas.

# Un botón que marca un número: «Llamar al 112». Para un lector de pantalla añade el
# nombre de la línea: «Llamar al 024, Línea de atención a la conducta suicida».
help-call = Llamar al { $number }
help-call-line = Llamar al { $number }, { $line }
# Un botón que abre un mensaje de texto: «Escribir al 1737», y para un servicio que pide
# empezar el mensaje con una palabra, «Escribir AYUDA al 988».
help-text = Escribir al { $number }
help-text-line = Escribir al { $number }, { $line }
help-text-word = Escribir { $word } al { $number }
help-text-word-line = Escribir { $word } al { $number }, { $line }
# Para qué es una línea, bajo su nombre.
help-for-crisis = Apoyo en crisis
help-for-domestic_abuse = Violencia doméstica
# Bajo cada línea: la web de la que se tomó el número («samaritans.org») y el día en que
# se leyó allí.
help-source = Número tomado de { $host }, comprobado el { $day } de { $month } de { $year }.

help-region = Tu región
help-region-hint = Las líneas que ves son las de esta región.
help-region-device = La misma que mi dispositivo
# Con la región del dispositivo, cuando Mend tiene líneas para ella: «La misma que mi
# dispositivo (España)».
help-region-device-named = La misma que mi dispositivo ({ $region })
help-region-other = En otro lugar

help-mine = Mis personas y líneas
help-mine-hint = Tu terapeuta, una amistad, un servicio cercano: las personas a las que llamarías. Se quedan en este dispositivo.
help-mine-none = Todavía ninguna.
help-line-add = Añadir una línea
help-line-edit = Cambiar esta línea
help-line-name = Nombre
help-line-number = Número de teléfono
help-line-texts = Reciben mensajes de texto
help-line-note = Una nota (opcional)
help-line-save = Guardar la línea
help-line-saved = Línea guardada.
help-line-deleted = Línea borrada.
help-line-cancel = Cancelar
# Un botón en una de las líneas propias; para un lector de pantalla añade su nombre.
help-line-change = Cambiar
help-line-change-label = Cambiar: { $name }
help-line-delete-label = Borrar: { $name }

help-not-therapy = Mend es un acompañante para cuidarte por tu cuenta, no un servicio de crisis ni una terapia.
