# The import's report: why a record of the file was not imported, or what changed as it came
# in ("a check-in (its id): its Self level (12) is not between 0 and 10"). Each begins in
# lower case, after the record it is about. $what is one of the text-what-… words (errors.ftl);
# $code, $name, $date and $detail are as the file has them.

import-why-text = { $problem }
import-why-out-of-range = its { $what } ({ $value }) is not between { $low } and { $high }
import-why-unknown = { $what } "{ $code }" is not one Mend knows
import-why-not-one-of = "{ $code }" is not one of { $what }
import-why-too-many = it lists more than { $most } { $what }
import-why-bad-id = its { $what } id is not one Mend could have written
import-why-not-a-date = its { $what } ("{ $date }") is not a date Mend can read
import-why-date-out-of-reach = its { $what } ({ $date }) is not one Mend can keep
import-why-negative = its { $what } is negative
import-why-ends-before-start = it ends before it starts
import-why-pause-end-half = it has an end time without an ending, or the other way round
import-why-repair-end-half = it has an outcome without a finish time, or the other way round
import-why-no-cards = it has no cards
import-why-cards-and-together = it is a session of cards with a time together in it
import-why-together-unchosen = it is a time together without what was chosen
# $reason is another of these.
import-why-card = its card { $card }: { $reason }
import-why-talk-unfinished = it says a rupture was repaired, but the talk isn't finished
import-why-too-many-turns = it has more turns than a talk has
import-why-turn-parts = a turn speaks for more than { $most } parts
import-why-reflection-that-day = there is already another reflection for { $day } here, and Mend keeps one a day, so the one here was kept
# $detail is the reader's own words, in English.
import-why-unreadable = it could not be read ({ $detail })
# $kind is a kind of record with its article, as data-one-… says it: "a part".
import-why-refers-to-nothing = it refers to { $kind } that is neither in the file nor here
import-why-name-taken = its new name "{ $name }" is already the name of { $kind } here
import-why-merged-into-itself = it was merged into itself, so that link was left out
import-why-merged-into-nothing = the part it was merged into is neither in the file nor here, so that link was left out
import-why-not-a-phrase-id = it is not a phrase's id
import-why-unknown-phrase = it is not one of the phrases this version of Mend has

# Where a damaged export is damaged, in error-import-damaged.
import-damage-broken = its text is broken at line { $line }, column { $column }
import-damage-value = a value isn't the kind Mend expects at line { $line }, column { $column }
import-damage-ends = it ends too soon at line { $line }, column { $column }
import-damage-unreadable = it couldn't be read at line { $line }, column { $column }
