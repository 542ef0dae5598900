# Tendencias: patrones en un periodo elegido, dibujados en gráficos pequeños, cada uno con su
# resumen en palabras (que un lector de pantalla lee como el nombre del gráfico). Nunca una
# puntuación.

insights-title = Tendencias
insights-lead = Patrones en lo que has anotado, para ayudarte a darte cuenta. No son una puntuación.
# Los botones que eligen el periodo.
insights-span = Periodo
insights-span-4-weeks = 4 semanas
insights-span-3-months = 3 meses
insights-span-1-year = 1 año
insights-span-all = Todo
# Cómo empieza un resumen, para cada periodo; va al principio de una frase.
insights-over-4-weeks = En las últimas 4 semanas
insights-over-3-months = En los últimos 3 meses
insights-over-1-year = En el último año
insights-over-all = Desde que empezaste
insights-empty = Todavía no hay nada en este periodo.

insights-glance = De un vistazo
insights-ruptures = Rupturas
insights-repair-rate = Cuántas se repararon
# «1 de 2 reparadas»
insights-repaired = { $repaired } de { $ruptures } reparadas
insights-no-ruptures = Ninguna ruptura en este periodo
insights-time-to-repair = Lo que sueles tardar en reparar
insights-no-times = Ninguna reparación terminada en este periodo
insights-middle-time = Es el tiempo del medio: la mitad de tus reparaciones tardó menos, y la otra mitad, más.

# El gráfico de rupturas y reparaciones: su título, el nombre de sus dos tipos de barra y su
# resumen: «En las últimas 4 semanas: 3 rupturas y 2 reparaciones.»
insights-per-week = Rupturas y reparaciones cada semana
insights-per-month = Rupturas y reparaciones cada mes
insights-series-ruptures = Rupturas
insights-series-repairs = Reparaciones
insights-count-ruptures = { $count ->
        [0] ninguna ruptura
        [one] 1 ruptura
       *[other] { $count } rupturas
    }
insights-count-repairs = { $count ->
        [0] ninguna reparación
        [one] 1 reparación
       *[other] { $count } reparaciones
    }
insights-ruptures-summary = { $over }: { $ruptures } y { $repairs }.
# Cuando todas las rupturas fueron en una misma semana o mes ($period: «la semana del 9 de
# noviembre», «noviembre de 2026»).
insights-ruptures-in-one = { $count ->
        [one] Fue en { $period }.
       *[other] Todas fueron en { $period }.
    }
# Cuando una semana o un mes tuvo más rupturas que ningún otro; $ruptures es un número en
# palabras.
insights-busiest-week = Hubo más en { $period }: { $ruptures }.
insights-busiest-month = Hubo más en { $period }: { $ruptures }.

# El gráfico de partes. Su resumen da cada parte con cuántas veces: «Crítica, 5 veces»; los
# elementos de la lista se unen con «; ».
insights-parts = Las partes que más aparecieron
insights-part-times = { $part }, { $count ->
        [one] 1 vez
       *[other] { $count } veces
    }
insights-parts-one = { $over }, la parte que apareció en tus registros: { $list }.
insights-parts-many = { $over }, las partes que más aparecieron en tus registros: { $list }.

# El gráfico del Self: cuánto Self se anotó en los registros, de media cada semana o mes.
insights-self = El Self a lo largo del tiempo
insights-self-weekly = Cuánto Self anotaste en tus registros, de 0 a 10, de media cada semana.
insights-self-monthly = Cuánto Self anotaste en tus registros, de 0 a 10, de media cada mes.
insights-self-one = Fue de { $level } en { $period }.
# $first y $last son niveles, cada uno con su semana o mes; $low y $high, el más bajo y el
# más alto.
insights-self-range = Fue de { $first } en { $first_period } y de { $last } en { $last_period }. En { $count } { $weekly ->
        [yes] semanas
       *[no] meses
    }, osciló entre { $low } y { $high }.
# Un nivel con un decimal: «6,5».
insights-decimal = { $whole },{ $tenth }

insights-pauses = Pausas
insights-pauses-taken = Pausas hechas
insights-pauses-kept = Duraron lo previsto
insights-pauses-summary = { $over }: { $count ->
        [0] ninguna pausa
        [one] 1 pausa
       *[other] { $count } pausas
    }, { $kept ->
        [one] 1 duró lo previsto
       *[other] { $kept } duraron lo previsto
    }.
insights-pauses-note = Terminar una pausa antes también está bien. Lo que importa es volver.

# Tres gráficos que cuentan cosas cada mes: reflexiones, prácticas en familia (con un hijo o
# una hija) y conversaciones (hablar juntos de una ruptura).
insights-reflections = Reflexiones cada mes
insights-reflections-series = Reflexiones
insights-count-reflections = { $count ->
        [0] ninguna reflexión
        [one] 1 reflexión
       *[other] { $count } reflexiones
    }
insights-together = Prácticas en familia cada mes
insights-together-series = Prácticas en familia
insights-count-together = { $count ->
        [0] ninguna práctica en familia
        [one] 1 práctica en familia
       *[other] { $count } prácticas en familia
    }
insights-talks = Conversaciones cada mes
insights-talks-series = Conversaciones
insights-count-talks = { $count ->
        [0] ninguna conversación
        [one] 1 conversación
       *[other] { $count } conversaciones
    }
# $things es uno de los números de arriba: «En los últimos 3 meses: 12 reflexiones.»
insights-month-summary = { $over }: { $things }.
insights-month-most = El mes con más fue { $month }, con { $count }.

# Una semana en una frase, por su lunes, con la fecha como se escribe donde vive quien lee
# («la semana del 16 de noviembre»), con el año cuando no es el de ahora.
insights-week-of = la semana del { $date }
