"""Closed-class words the reading stages share (one list, used by the tagger and by the
finder of named speakers).

Examples
--------
>>> "The" in NOT_NAME_START and "Putin" not in NOT_NAME_START
True
"""

from __future__ import annotations

__all__ = [
    "LOCATIVE",
    "MONTHS",
    "NOT_NAME_START",
    "POSSESSIVE",
    "REFLEXIVES",
    "TIME_WORDS",
    "WEEKDAYS",
]

#: Possessive clitics as the tokenizer writes them.
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})

#: Reflexive pronouns (``found itself isolated``: the subject's own state, no finding).
REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
     "themselves", "oneself"}
)  # fmt: skip

#: Capitalized words that begin a sentence or a run of capitals but never a name:
#: determiners, conjunctions, prepositions, pronouns, weekdays (prepositions also end a
#: name in a headline in title case: "President Jane Roe Before Their Meeting").
NOT_NAME_START = frozenset(
    [
        "A",
        "About",
        "After",
        "Against",
        "Ahead",
        "Amid",
        "Before",
        "During",
        "Following",
        "Into",
        "Through",
        "Until",
        "Upon",
        "Via",
        "Without",
        "An",
        "And",
        "As",
        "At",
        "But",
        "By",
        "For",
        "Friday",
        "From",
        "He",
        "Her",
        "His",
        "I",
        "In",
        "It",
        "Its",
        "Monday",
        "Of",
        "On",
        "Or",
        "Our",
        "Saturday",
        "She",
        "Sunday",
        "That",
        "The",
        "Their",
        "These",
        "They",
        "This",
        "Those",
        "Thursday",
        "To",
        "Tuesday",
        "We",
        "Wednesday",
        "With",
    ]
)

#: Month names, lowercase, in calendar order.
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

#: Weekday names, lowercase, Monday first.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Lowercase words that head a phrase of time ("on Tuesday", "in March", "for a week"):
#: such a phrase is no argument of an act.
TIME_WORDS = frozenset(
    (*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "day", "days", "week",
     "weeks", "weekend", "month", "months", "year", "years", "night", "morning", "afternoon",
     "evening", "hour", "hours", "minute", "minutes")
)  # fmt: skip

#: Prepositions that make the place name after them a location ("talks in Doha", "flew to
#: Kigali", "the streets of Khartoum"), not the government seated there.
LOCATIVE = frozenset(
    ("in", "at", "to", "from", "near", "into", "inside", "outside", "around", "across",
     "toward", "towards", "through", "via", "over", "within", "of", "on", "beyond", "past",
     "off", "onto", "throughout", "along", "above", "below", "under", "behind", "outskirts")
)  # fmt: skip
