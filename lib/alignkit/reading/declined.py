"""An agreement its own party is told not to make: a rejection (PLOVER REJECT).

``Turkey said it would not accept the Greek proposals``, ``Japan has never agreed to the
American plan``: a verbal commitment to cooperate (AGREE: accept, agree to, sign) that the
text denies with ``not``, ``never`` or ``n't`` is its party's refusal of it, as CAMEO codes
``not accept`` (12, reject) and as the kit already reads ``refused to accept``; so is a
recognition denied (``Spain does not recognise Kosovo``). Other
denials are left as they are: a ban lifted or talks suspended is no refusal of anything,
unless the denial is one of will: ``Colombia would not extradite the rebels to the United
States`` refuses a cooperation (COOPERATE, AID, RETREAT) as ``refused to`` does.

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Brazil would not accept the Chilean proposal.").events
>>> list(zip(ev.type, ev.source, ev.target, ev["mode"]))
[('REJECT', 'BRA', 'CHL', 'actual')]
"""

from __future__ import annotations

from .event_record import Event, recoded
from .tagging import Tagged

__all__ = ["declined_agreements"]

_NEGATIONS = frozenset({"not", "never", "n't"})
#: words that may stand between the negation and the verb (``has not yet agreed``)
_BETWEEN = frozenset({"yet", "so", "far", "be", "been", "have", "has", "formally", "fully"})


def declined_agreements(t: Tagged, events: list[Event], mode_at) -> list[Event]:
    """``events`` with each denied act whose verb is negated and that is a refusal
    (:func:`_refusal`: an agreement, a recognition, a cooperation denied by will) turned
    into an asserted REJECT by the same party of the same target; ``mode_at(offset)``
    gives the mode the text asserts at a character offset (a statement's content or
    ``actual``).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Egypt has not yet agreed to the Sudanese plan.").events
    >>> list(zip(ev.type, ev.source, ev.target))
    [('REJECT', 'EGY', 'SDN')]
    >>> ev = analyze_text("Kenya lifted its ban on Ugandan sugar.").events   # no refusal
    >>> list(ev.type)
    ['CONCEDE']
    """
    out = []
    for e in events:
        at = _negated_trigger(t, e) if e.mode == "denied" else -1
        if at >= 0 and _refusal(t, e, at):
            e = recoded(e, "REJECT", t.codebook.plover, mode=mode_at(at))
        out.append(e)
    return out


#: cooperative acts whose denial with ``will`` or ``would`` is a refusal (``Colombia would
#: not extradite the rebels to the United States``); not a concession, whose verbs give up
#: things and people alike (``would never abandon its Syrian friends`` is loyalty)
_REFUSABLE = frozenset({"COOPERATE", "AID", "RETREAT"})
_WILL = frozenset({"will", "would", "wo", "shall"})


def _refusal(t: Tagged, e: Event, at: int) -> bool:
    """Is the event, negated at its trigger's offset ``at``, its party's refusal? An
    agreement or a recognition denied is; a cooperation only when denied by will (``did
    not lift the ban``: nothing done; ``would not extradite``: refused)."""
    if e.type == "AGREE" or _recognition(e):
        return True
    return e.type in _REFUSABLE and _volition(t, at)


def _recognition(e: Event) -> bool:
    """Is the event a recognition (``recognise Kosovo``)? Denied, it is a refusal to
    recognise (``Spain does not recognise Kosovo``), as CAMEO codes it (12)."""
    return e.type == "SUPPORT" and e.trigger.lower().startswith("recogni")


def _volition(t: Tagged, at: int) -> bool:
    """Is the negation before the trigger at offset ``at`` one of will (``would not``,
    ``will never``, ``won't``), not of fact (``did not``) or ability (``could not``)?"""
    k = t.token_from(at) - 1
    while k >= 0 and (t.lower[k] in _BETWEEN or t.lower[k] in _NEGATIONS):
        k -= 1
    return k >= 0 and t.lower[k] in _WILL


def _negated_trigger(t: Tagged, e: Event) -> int:
    """The offset of the event's trigger when a negation stands right before it (past
    ``yet``, auxiliaries), else -1."""
    at = t.article.text.find(e.trigger, e.start, e.end + 1) if e.trigger else -1
    k = t.token_from(at) - 1 if at >= 0 else -1
    for _ in range(3):
        if k < 0 or t.lower[k] in _NEGATIONS:
            return at if k >= 0 else -1
        if t.lower[k] not in _BETWEEN:
            return -1
        k -= 1
    return -1
