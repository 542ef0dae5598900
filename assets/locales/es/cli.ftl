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
