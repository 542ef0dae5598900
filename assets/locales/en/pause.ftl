# The pause: taking space, and coming back.

# A length of time: "1 minute", "20 minutes", "1 hour", "1 hour 30 minutes".
duration-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
duration-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
duration-hours-minutes = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# The sentence to say before leaving: how long, and when you'll be back.
pause-sentence = I'm getting overwhelmed and want to hear you properly. I'm taking { $length } and I'll be back at { $back }.

pause-title = Take a pause
pause-running-title = You're taking a pause
pause-length = How long?
pause-length-hint = Twenty minutes gives your body time to settle.
pause-length-choice = { $minutes } min
pause-other = Other
pause-minutes = Minutes (1 to 240)
pause-say-this = Before you go, you could say:
pause-send = Send this
pause-pulse = Pulse with each breath
pause-pulse-hint = A gentle pulse of your phone as each breath begins, to follow with your eyes closed.
pause-pulse-still = Pulses rest while Reduce motion is on.
pause-kind-note = A pause is for calming down and coming back, never for punishing. Do something soothing, like a walk, slow breathing or music, rather than going over the argument.
pause-about = Is this about a rupture that's still open?
pause-start = Start pause
pause-extend = +5 min
pause-extend-label = +5 min, adds five minutes
pause-back-early = I'm back
pause-call-off = Cancel pause
pause-time-up = Your pause is over
pause-ready = Ready to come back?
pause-ready-note = Coming back, even just to ask for a little more time, helps you both trust the pause.
pause-more-time = I need 5 more minutes
pause-check-in = Check in
pause-repair = Repair
pause-end = End pause
pause-called-off = Pause called off.
# The ring's name for a screen reader: "19 minutes left of 20 minutes. Back at 17:53."
pause-ring = { $left } left of { $length }. Back at { $back }.
breathe-in = Breathe in
breathe-out = Breathe out

# The banner over every other screen while a pause runs, and after it.
pause-banner = Pausing · { $left } left
pause-banner-over = Your pause is over. Ready to come back?
