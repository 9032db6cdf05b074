"""What the gateway and the answer links may signal as `candidate_reply`: only actions on the invitation."""

from __future__ import annotations

import pytest

from inbound.intent import slot_reply
from schemas.contract import CandidateReply
from schemas.inbound import reply_action


@pytest.mark.parametrize("intent", ["confirm", "decline", "reschedule"])
def test_actions_are_signalled_as_themselves(intent: str) -> None:
    assert reply_action(intent) == intent
    assert CandidateReply(intent=reply_action(intent)).intent == intent


@pytest.mark.parametrize("intent", ["question", "unknown", "unclear", "", "Confirm"])
def test_a_reading_that_is_no_action_is_refused_naming_it(intent: str) -> None:
    with pytest.raises(ValueError, match=rf"^intent {intent!r} is not an action on the invitation") as refused:
        reply_action(intent)
    assert "go to HR" in str(refused.value)


def test_every_offered_slot_of_a_link_is_an_action() -> None:
    assert [reply_action(slot_reply(slot)) for slot in range(1, 11)] == ["confirm", *["reschedule"] * 9]
