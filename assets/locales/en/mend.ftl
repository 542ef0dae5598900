# Mend's words in English: complete, and what every other language falls back to, message
# by message. Project Fluent syntax (https://projectfluent.org/fluent/guide/). Our wording
# rules hold here as everywhere: warm, plain, second person, never clinical, never blaming.
#
# A message's id says where it is used: `shell-` the frame around every screen, `now-` the
# home screen, `settings-` Settings.

## The language, in its own words.

language-name = English

## The frame around every screen.

shell-skip = Skip to content
shell-main = Main
shell-help = Help now
shell-history = History
shell-settings = Settings
shell-not-opened = This couldn't be opened
shell-back-to-history = Back to History

## Now, the home screen.

now-title = Now
now-actions = What do you need?
now-check-in = Check in
now-check-in-hint = Notice which part of you is here
now-pause = Take a pause
now-pause-hint = Take space, and come back
now-repair = Repair
now-repair-hint = Walk through mending it
now-reflect = Reflect
now-reflect-hint = Today's question
now-history-hint = Your ruptures and repairs
now-more = More
now-log-rupture = Log a rupture
now-talk = Talk it through
now-practise = Practise repair words
now-together = Practise together
now-parts = My parts
now-insights = Insights
now-talk-waiting = A talk is waiting for you both
now-talk-begun = Begun { $when }. It's where you left it.
now-talk-pick-up = Pick up your talk
now-waiting = Waiting for repair
now-repair-one = Repair: { $what }
now-welcome-title = Welcome to Mend
now-welcome-private = Everything you write stays on this device. There is no account and nothing is sent anywhere.
now-welcome-done = Got it

## Settings: the language.

settings-language = Language
settings-language-hint = Mend follows your device's language until you choose one here.
settings-language-device = Same as my device

## Settings: how Mend looks, and the sections.

settings-title = Settings
settings-theme = Appearance
settings-theme-choice = { $theme ->
        [light] Light
        [dark] Dark
       *[system] Same as my device
    }
settings-text-size = Text size
settings-text-size-choice = { $size ->
        [large] Large
        [larger] Larger
        [largest] Largest
       *[standard] Standard
    }
settings-motion = Reduce motion
settings-motion-system = Same as my device
settings-motion-on = Always
settings-motion-note = With less motion, the pause's ring and breathing guide hold still and show the count instead.
settings-parts = My parts
settings-parts-link = See and change my parts
settings-reminders = Reminders
settings-reminder-at = The daily reflection reminder comes at { $time }.
settings-reminder-off = The daily reflection reminder is off.
settings-reminder-link = Set the reminder on Reflect
settings-data = Your data
settings-data-note = Everything you write stays in one file on this device. Mend has no account, sends nothing anywhere and collects no analytics.
settings-data-where = The file is here:
settings-help = Help now
settings-help-hint = Numbers to call when someone is not safe, for your region, and your own people and lines.
settings-help-open = Open Help now
settings-about = About Mend

## After a pause.

come-back-title = Ready to come back?
come-back-note = Welcome back. Coming back, even just to ask for a little more time, helps you both trust the pause. When you're ready, notice what's here in you, or begin to repair.
come-back-window = Welcome back
come-back-talk = Pick up your talk
come-back-not-yet = Not yet

# Settings → Talk it through.
settings-talk = Talk it through
settings-talk-ready = Suggest a pause first when either of you is below
settings-talk-ready-hint = On a scale of 0 to 10, how settled each of you feels before a talk. Mend only suggests; you can always talk anyway.
settings-talk-timer = Gentle turn timer
settings-talk-timer-hint = Shows how long each turn has run. It never cuts anyone off. Off unless you turn it on.
settings-talk-timer-off = Off
# $length is a length in words, such as "2 minutes".
settings-talk-timer-usual = { $length } (usual)
