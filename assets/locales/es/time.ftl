# Tiempos y cuentas en palabras, en muchas pantallas: cuándo pasó algo, hace cuánto, cuánto
# duró, cuántas veces.

# Cuándo se hizo un registro, como lo muestran su página y las listas. { $time } es la hora
# y los minutos, como 20:40 (o 8:40 p. m., según la región). En minúscula: la primera letra
# se pone en mayúscula donde empieza una línea.
time-today = hoy, { $time }
time-yesterday = ayer, { $time }
# Un día de la última semana: «Lunes, 09:15». { $weekday } es el nombre del día.
time-weekday = { $weekday }, { $time }
# Antes: «23 nov, 20:40», «23 nov 2025, 20:40». { $date } va como la región de quien lee
# escribe las fechas.
time-date = { $date }, { $time }

# Hace cuánto, por días del calendario: cuándo se vio una parte por última vez, o la primera.
time-ago-today = hoy
time-ago-yesterday = ayer
time-ago-days = { $count ->
    [one] hace 1 día
   *[other] hace { $count } días
}
time-ago-weeks = { $count ->
    [one] hace una semana
   *[other] hace { $count } semanas
}
time-ago-months = { $count ->
    [one] hace un mes
   *[other] hace { $count } meses
}
time-ago-years = { $count ->
    [one] hace un año
   *[other] hace { $count } años
}


# Cuántas veces pasó algo: «una vez», «dos veces», «12 veces».
time-times = { $count ->
    [1] una vez
    [2] dos veces
   *[other] { $count } veces
}
