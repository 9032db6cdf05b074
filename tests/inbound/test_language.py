"""Replies written in a language the reader does not read are asked back, never guessed from shared words."""

from __future__ import annotations

import pytest

from inbound.language import unread_language
from inbound.reading import read_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Bonjour,\n\nMerci, mais je ne suis plus disponible : j'ai accepté un autre poste.\n\nCordialement,\nC.",
            "French",
        ),
        ("Confirmo la opción 2. ¡Gracias!", "Spanish"),
        ("Vielen Dank, ich kann leider nicht am Donnerstag.", "German"),
        ("Olá, posso na opção 2, obrigado.", "Portuguese"),
        ("Grazie, sono disponibile per l'opzione 1.", "Italian"),
        ("Bedankt, ik kan helaas niet.", "Dutch"),
        ("ありがとうございます。木曜日で大丈夫です。", "Japanese"),
        ("감사합니다. 목요일 괜찮습니다.", "Korean"),
        ("Спасибо, четверг подходит.", "Russian"),
    ],
)
def test_other_languages_are_named(text: str, language: str) -> None:
    assert unread_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "好的，确认方案2，谢谢！",
        "周四不行，周五可以。",
        "Option 2 please, thanks!",
        "Gracias! Option 2 works for me.",  # one foreign courtesy word in an English reply
        "Merci, see you on Mon 14 Dec.",
        "I'll take the second one. Best, Juan Pérez",
        "ok",
        "2",
        "Confirm option 1. Sent from my iPhone (gmail.com)",
    ],
)
def test_chinese_english_and_too_little_to_tell_are_read(text: str) -> None:
    assert unread_language(text) is None


def test_a_reply_in_another_language_is_unclear_with_the_reason() -> None:
    # Not one clear answer its language's tables read (inbound.foreign): asked back, the language named.
    reading = read_text("Quizás la opción 2, todavía no lo sé. ¡Gracias!")
    assert reading.intent == "unclear" and reading.slot is None
    assert "Spanish" in reading.rule
    assert read_text("Confirmo la opción 2. ¡Gracias!").intent == "confirm"
    assert read_text("Option 2 please, thanks!").intent == "confirm"
