# La línea de órdenes (`mend export`, `mend import`, `mend backup`, `mend check`): lo que
# muestra a las personas. Las órdenes, las opciones y FILE y FOLDER se quedan como se
# escriben, en inglés.

cli-usage =
    Uso:
      mend export --out FILE [--csv FOLDER] [--json]   guarda todo en un archivo JSON (y archivos CSV)
      mend import FILE [--json]                        importa una exportación de Mend (se puede repetir sin riesgo)
      mend backup [--json]                             hace una copia de seguridad ahora
      mend check [--json]                              comprueba el archivo de datos; código de salida 1 si algo va mal

    MEND_DATA_DIR cambia la carpeta que guarda mend.db. Si los datos están cifrados,
    MEND_PASSPHRASE da la frase de paso.
cli-unknown-option = Opción desconocida: { $option }.
cli-export-needs-out = mend export necesita --out FILE.
cli-import-needs-file = mend import necesita un FILE.
cli-unknown-command = Mend no conoce esa orden.
cli-passphrase-needed = Tus datos están cifrados. Pon su frase de paso en { $variable } para esta orden.
cli-exported = { $count ->
        [one] 1 registro exportado
       *[other] { $count } registros exportados
    } a { $file }.
cli-exported-csv = Los archivos CSV están en { $folder }.
# $why son las palabras del propio sistema.
cli-cannot-read = No se ha podido leer { $file }: { $why }
cli-backed-up = Copia hecha en { $file } ({ $kb } KB) y comprobada.
cli-no-data = Aún no hay datos en { $file }.
cli-all-well = Todo bien: { $file } (versión de datos { $version } de { $known }), { $backups ->
        [one] 1 copia
       *[other] { $backups } copias
    }.
cli-problems = Problemas en { $file }:

# Lo que muestra `mend --help`: cómo abrir Mend.
launch-usage =
    Mend: un compañero privado para reparar las relaciones.

    Uso: mend [--preview] [--smoke-test] [--probe=startup|memory]

      (sin opciones) abre la ventana de escritorio; sin pantalla, arranca la vista previa en el navegador
      --preview      arranca la vista previa en el navegador y muestra la dirección que abrir, con su clave
                     (escucha en MEND_ADDR, por defecto 127.0.0.1:8080)
      --smoke-test   abre la ventana de escritorio, cuenta lo que muestra y termina
      --probe=startup  abre la ventana de escritorio, anota el tiempo hasta que se pinta y termina
      --probe=memory   la abre, espera en Ahora, recorre el Historial, espera otra vez y termina
                     (scripts/startup.sh y scripts/memory.sh miden con estas)
      --help         muestra este texto

    Órdenes para scripts y soporte: mend export | import | backup | check (mend check --help).
    MEND_DATA_DIR cambia la carpeta que guarda mend.db.
