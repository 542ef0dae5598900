# The check-in: the form, and the screen after it.

checkin-title = Check in
checkin-edit-title = Edit check-in
checkin-saved-window = Checked in
checkin-intro = Only the part is needed. Everything else can wait.
checkin-part-legend = Which part of you is here?
checkin-part-add = Add a part by name
checkin-manage-parts = Rename or remove parts
checkin-part-missing = Choose the part that's here, or add one by name.
checkin-intensity-legend = How strong is it?
checkin-intensity-low = barely there
checkin-intensity-high = overwhelming
checkin-age-legend = How old does it feel?
checkin-age-kept = How old it felt
checkin-fears-legend = What is it afraid of?
# The text box's placeholder, and its button's name (which begins with the word "Add").
checkin-fear-add = Add a fear in your own words
checkin-body-legend = Where do you feel it?
checkin-self-legend = How much Self is here?
checkin-self-low = none right now
checkin-self-high = calm and open
checkin-self-hint = Self is the calm, curious you underneath the parts.
checkin-qualities-legend = Or notice any of these in you
checkin-person-legend = Who are you with?
checkin-person-add = Add someone by name
checkin-place-legend = Where are you?
checkin-place-kept = Where it happened
checkin-rupture-legend = Is this about a rupture that's still open?
checkin-rupture-earlier = The rupture linked before
checkin-when = When
checkin-note = A note, if you like
checkin-bad-when = That date and time couldn't be read. Pick one from the calendar, or leave it as it was.
checkin-save = Save
checkin-saving = Saving…
checkin-updated = Check-in updated.
checkin-saved-title = Thank you for checking in
checkin-saved-what = Saved: { $part }
checkin-saved-low-self = There isn't much calm here right now, and that's okay. A short pause can help you come back able to listen.
checkin-saved-enough-self = There's some calm here. This could be a good moment to listen and begin to repair.
checkin-take-pause = Take a pause
checkin-start-repair = Start repair
checkin-back-to-now = Back to Now
checkin-see-edit = See or edit this check-in

# A level from 0 to 10.
level-not-set = not set
level-of-ten = { $level } of 10

# Words kept by code, shown in the reader's language: how old a part feels,
age-under_5 = under 5
age-5_8 = 5–8
age-9_12 = 9–12
age-teen = teen
age-adult = adult
age-not_sure = not sure
# where it happened,
place-home = at home
place-car = in the car
place-phone = on the phone
place-out = out
place-other = somewhere else
# the qualities of Self,
quality-calm = calm
quality-curiosity = curiosity
quality-compassion = compassion
quality-confidence = confidence
quality-courage = courage
quality-clarity = clarity
quality-creativity = creativity
quality-connectedness = connectedness
# what a part is afraid of,
fear-being-left = being left
fear-being-blamed = being blamed
fear-not-mattering = not mattering
fear-being-controlled = being controlled
fear-losing-them = losing them
fear-getting-it-wrong = getting it wrong
fear-being-hurt = being hurt
fear-being-alone = being alone
# and where in the body it is felt.
body-chest = chest
body-throat = throat
body-stomach = stomach
body-jaw = jaw
body-shoulders = shoulders
body-head = head
body-hands = hands
body-whole-body = whole body
