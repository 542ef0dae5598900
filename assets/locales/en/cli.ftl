# The command line (`mend export`, `mend import`, `mend backup`, `mend check`): what it
# prints for people. The commands, options and FILE and FOLDER stay as typed, in English.

cli-usage =
    Usage:
      mend export --out FILE [--csv FOLDER] [--json]   write everything to a JSON file (and CSV files)
      mend import FILE [--json]                        import a Mend export (safe to repeat)
      mend backup [--json]                             make a backup now
      mend check [--json]                              check the data file; exit code 1 if something is wrong

    MEND_DATA_DIR moves the folder that holds mend.db. For encrypted data, MEND_PASSPHRASE gives
    the passphrase.
cli-unknown-option = Unknown option { $option }.
cli-export-needs-out = mend export needs --out FILE.
cli-import-needs-file = mend import needs one FILE.
cli-unknown-command = That isn't a command Mend knows.
cli-passphrase-needed = Your data is encrypted. Set { $variable } to its passphrase for this command.
cli-exported = Exported { $count ->
        [one] 1 record
       *[other] { $count } records
    } to { $file }.
cli-exported-csv = CSV files are in { $folder }.
# $why is the system's own words.
cli-cannot-read = Couldn't read { $file }: { $why }
cli-backed-up = Backed up to { $file } ({ $kb } KB), and checked.
cli-no-data = No data yet at { $file }.
cli-all-well = All is well: { $file } (data version { $version } of { $known }), { $backups ->
        [one] 1 backup
       *[other] { $backups } backups
    }.
cli-problems = Problems in { $file }:

# What `mend --help` prints: how to open Mend itself.
launch-usage =
    Mend: a private companion for mending relationships.

    Usage: mend [--preview] [--smoke-test] [--probe=startup|memory]

      (no options)   open the desktop window; with no display, start the browser preview
      --preview      start the browser preview and print the address to open, with its key
                     (it listens on MEND_ADDR, default 127.0.0.1:8080)
      --smoke-test   open the desktop window, report what it shows, and exit
      --probe=startup  open the desktop window, log the time to its first paint, and exit
      --probe=memory   open it, idle on Now, page through History, idle again, and exit
                     (scripts/startup.sh and scripts/memory.sh measure around these)
      --help         show this text

    Commands for scripts and support: mend export | import | backup | check (mend check --help).
    MEND_DATA_DIR moves the folder that holds mend.db.
