# Before Mend opens: the passphrase of encrypted data, the app lock's PIN, and data that
# could not be opened. These screens speak the device's language, as Settings can't be read
# before the data opens.

lock-title = Mend is locked
lock-passphrase-note = Your data is encrypted. Enter your passphrase to open it.
lock-passphrase = Passphrase
lock-open = Open
lock-opening = Opening…
lock-forgotten = If the passphrase is forgotten, the data can't be recovered, by us or by anyone. That is what keeps it private.
lock-pin-note = Enter your PIN to open Mend.
lock-pin = PIN
lock-unlock = Unlock
lock-pin-wrong = That PIN isn't right.
# $wait is a time such as 0:30 or 2:00.
lock-pin-wrong-wait = That PIN isn't right. You can try again in { $wait }.
lock-pin-wait = Please wait { $wait } before trying again.

startup-title = Mend couldn't open your data
startup-nothing-deleted = Nothing has been deleted. The file is here:
startup-backup = A backup can take its place
startup-backup-note = Mend has a backup that passed its check: { $name }. Restoring it brings back everything up to the day it was made. The damaged file stays where it was moved.
startup-restore = Restore the newest backup
startup-show-someone = If you need help, show this message to someone you trust with your device.

# Settings → App lock.
app-lock = App lock
app-lock-note = Ask for a PIN when Mend opens, and when you come back to it after a while. The PIN is kept only in a form that can't be read back.
app-lock-on = App lock is on.
app-lock-off = App lock is off.
app-lock-new-pin = New PIN (4 to 12 digits)
app-lock-pin-again = The same PIN again
app-lock-pin-shape = A PIN is 4 to 12 digits.
app-lock-pin-mismatch = The two PINs are not the same. Type them again.
app-lock-after = Lock when Mend has been in the background
app-lock-after-choice = { $minutes ->
    [0] Straight away
    [one] After 1 minute
   *[other] After { $minutes } minutes
}
app-lock-turn-on = Turn on app lock
app-lock-now = Lock now
app-lock-current-pin = Your PIN, to turn the lock off
app-lock-turn-off = Turn off app lock
app-lock-stays-on = That PIN isn't right, so the lock stays on.
