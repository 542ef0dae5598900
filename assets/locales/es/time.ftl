# Tiempos y cuentas en palabras, en muchas pantallas: cuándo pasó algo, hace cuánto, cuánto
# duró, cuántas veces.

# Cuándo se hizo un registro, como lo muestran su página y las listas. { $time } es la hora
# y los minutos, como 20:40; la primera letra se pone en mayúscula.
time-today = Hoy, { $time }
time-yesterday = Ayer, { $time }
# Un día de la última semana: «Lunes, 09:15». { $weekday } es una de las palabras weekday-….
time-weekday = { $weekday }, { $time }
# Antes, este mismo año: «23 nov, 20:40». { $month } es una de las palabras time-month-….
time-this-year = { $day } { $month }, { $time }
# Otro año: «23 nov 2025, 20:40».
time-other-year = { $day } { $month } { $year }, { $time }
# Los meses, abreviados, como los muestra una fecha.
time-month-1 = ene
time-month-2 = feb
time-month-3 = mar
time-month-4 = abr
time-month-5 = may
time-month-6 = jun
time-month-7 = jul
time-month-8 = ago
time-month-9 = sept
time-month-10 = oct
time-month-11 = nov
time-month-12 = dic

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

# Un tiempo aproximado, redondeado: cuánto tardó una reparación.
time-under-a-minute = menos de un minuto
time-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
time-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
time-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}

# Cuántas veces pasó algo: «una vez», «dos veces», «12 veces».
time-times = { $count ->
    [1] una vez
    [2] dos veces
   *[other] { $count } veces
}
