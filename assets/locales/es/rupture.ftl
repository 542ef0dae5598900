# Anotar una ruptura.

rupture-title-new = Anotar una ruptura
rupture-title-edit = Editar la ruptura
rupture-what = ¿Qué pasó?
rupture-what-hint = Bastan unas palabras. Intenta describirlo como lo vería una cámara.
rupture-when = Cuándo
rupture-with = ¿Con quién?
rupture-add-person = Añadir a alguien por su nombre
rupture-size = ¿Cómo de grande se sintió?
# El tamaño de una ruptura, de 1 a 5, con su palabra: «3 · dolió».
rupture-size-choice = { $size } · { $size ->
        [1] un pequeño tambaleo
        [2] un golpe
        [3] dolió
        [4] un gran desgarro
       *[5] un desgarro profundo
    }
rupture-save = Guardar
rupture-save-then-repair = Guardar y empezar a reparar
rupture-bad-when = No se ha podido leer esa fecha y hora. Elige una en el calendario, o déjala como estaba.
rupture-saved = Ruptura guardada.
rupture-updated = Ruptura actualizada.
