# Las páginas y respuestas propias de la vista previa en el navegador, fuera de la app: la
# página para un navegador sin la clave, y las respuestas a lo que rechaza; y lo que escribe
# donde se ejecuta.

preview-closed-title = Abre Mend desde su propia dirección
preview-closed-why = Mend solo se abre desde la dirección que dio al arrancar. Esa dirección lleva una clave que solo tienes tú, así que ni otras personas que usen este ordenador ni las páginas web que visites pueden abrir tu Mend.
preview-closed-how = Mira en la ventana donde se está ejecutando Mend y abre la dirección que empieza por http:// y termina en ?key= seguido de una larga serie de letras.
preview-closed-again = Si Mend se ha vuelto a arrancar desde entonces, dio una dirección nueva, y la antigua ya no lo abre. Si esa ventana está cerrada, arranca Mend de nuevo y te dará una nueva.
preview-not-here = Esta es la vista previa de Mend, y solo responde en su propia dirección.
preview-not-from-there = Mend solo habla con su propia página.
preview-download-gone = Esta exportación ya se guardó una vez, o Mend se ha vuelto a arrancar desde entonces. Vuelve a exportar desde Ajustes.
preview-running = Mend se está ejecutando en { $address } (ábrelo en un navegador; Ctrl+C lo detiene)
preview-reachable = Mend escucha en { $bound }, donde otros dispositivos de tu red pueden llegar a él. Siguen necesitando la clave de la dirección de abajo, pero la conexión no está cifrada, así que alguien en la misma red podría leer lo que pasa por ella. Para que Mend se quede en este ordenador, quita MEND_ADDR o ponlo en 127.0.0.1:8080.
