# The browser preview's own pages and answers, outside the app: the page for a browser
# without the key, and the plain answers to what it refuses; and what it prints where it runs.

preview-closed-title = Open Mend from its own address
preview-closed-why = Mend only opens from the address it gave when it started. That address holds a key that only you have, so other people using this computer, and web pages you visit, can't open your Mend.
preview-closed-how = Look in the window where Mend is running, and open the address that starts with http:// and ends with ?key= and a long run of letters.
preview-closed-again = If Mend has been started again since, it gave a new address, and the old one no longer opens it. If that window is closed, start Mend again and it will give you a new one.
preview-not-here = This is Mend's preview, and it only answers at its own address.
preview-not-from-there = Mend only talks to its own page.
preview-download-gone = This export was saved once already, or Mend has started again since. Export again from Settings.
preview-running = Mend is running at { $address } (open it in a browser; Ctrl+C stops it)
preview-reachable = Mend is listening on { $bound }, where other devices on your network may reach it. They still need the key in the address below, but the connection isn't encrypted, so someone on the same network could read what passes over it. To keep Mend to this computer, unset MEND_ADDR or set it to 127.0.0.1:8080.
