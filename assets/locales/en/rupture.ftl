# Logging a rupture.

rupture-title-new = Log a rupture
rupture-title-edit = Edit rupture
rupture-what = What happened?
rupture-what-hint = A few words are enough. Try to describe it as a camera would see it.
rupture-when = When
rupture-with = With whom?
rupture-add-person = Add someone by name
rupture-size = How big did it feel?
# A rupture's size, 1 to 5, with its plain word: "3 · it hurt".
rupture-size-choice = { $size } · { $size ->
        [1] a small wobble
        [2] a bump
        [3] it hurt
        [4] a big tear
       *[5] a deep tear
    }
rupture-save = Save
rupture-save-then-repair = Save and start repair
rupture-bad-when = That date and time couldn't be read. Pick one from the calendar, or leave it as it was.
rupture-saved = Rupture saved.
rupture-updated = Rupture updated.
