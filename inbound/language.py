"""Which language a reply's new text is written in, as far as the reader needs to know: one it reads or not.

The reader's rules understand Chinese and English. A reply written in another language (a French decline that
says "merci", a Spanish "confirmo la opción 2") is not read by guessing from the few words it shares with
English: `inbound.foreign` reads it with that language's tables when it is one clear answer, else it is `unclear`,
so the candidate is asked back and HR sees the text (SPEC R-M3: never a wrong action).

The test is by function words, linear in the text: scripts that Chinese never uses (kana, Hangul, Cyrillic), or
more common words of one other language than of English. Quoted text, signatures and our own lines are gone by
the time this runs, so a client's German header block or a French disclaimer does not count.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[a-zà-öø-ÿœæß]+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_JAPANESE = re.compile(r"です|ます|ました|ません|曜日")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words frequent in short replies of each language and rare in English (none of them an English word): function
# words, then the content words of an answer (weekdays, "Uhr", "passt", "créneau", "opción") — a short reply
# ("Freitag um 14 Uhr passt mir gut.") has few function words. A word two languages share counts for both.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "French": _words(
        "je vous nous est suis pas mais merci bonjour cordialement avec les une sur dans très disponible serai "
        "peux pouvez oui bien cette aux votre "
        "lundi mardi mercredi jeudi vendredi samedi dimanche créneau créneaux entretien rendez-vous confirme "
        "accord convient parfait malheureusement désolé désolée aucun aucune autre offre semaine prochaine "
        "pourrai pourrais voudrais souhaite ça êtes été heures pour non veuillez salutations madame monsieur "
        "prends choisis préfère visio fera sera serait il elle le la des du au ou se peut "
        "décidé rester chez employeur actuel actuelle"
    ),
    "Spanish": _words(
        "los las una muchas gracias saludos hola puedo puede estoy disponible pero sí muy para confirmo opción "
        "mañana tarde semana por usted "
        "lunes martes miércoles jueves viernes sábado domingo el es que del entrevista presencial línea vivo "
        "prefiero elijo opciones ninguna ninguno otro otra fecha horario hora horas siento lamentablemente "
        "podré estaré asistir perfecto bien buenas buenos días tengo nos vemos próxima esta ese esa "
        "quedo con la primera segunda tercera se será podríamos podemos lamentablemente "
        "decidido quedarme empresa trabajo"
    ),
    "German": _words(
        "ich sie wir nicht und der das ist danke vielen gerne leider für bitte grüße freundlichen kann termin "
        "möchte gern auch noch zu "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag uhr passt termine terminen woche nächste "
        "nächsten keinem keiner keinen wäre möglich mir mich gut hallo guten viele grüßen absagen zusage "
        "bestätige teilnehmen klappt geht nachmittag vormittag einladung dem den ein einen eine mit "
        "oder beides beide ja nein gespräch bewerbung können"
    ),
    "Portuguese": _words(
        "eu você não sim obrigado obrigada olá posso pode estou disponível mas muito para opção atenciosamente "
        "abraço uma "
        "é às ao pela pelo infelizmente poderei participar oportunidade entrevista presencial vivo ótimo "
        "perfeito feira segunda terça quarta quinta sexta sábado domingo horário semana próxima outra outro "
        "desisto prefiro escolho confirmo vou bom dia tarde boa "
        "possível remarcar vem será seria ou se "
        "decidi permanecer minha meu empresa atual"
    ),
    "Italian": _words(
        "lei sono grazie ciao buongiorno posso può disponibile molto opzione cordiali saluti il gli della che "
        "lunedì martedì mercoledì giovedì venerdì sabato domenica alle ore purtroppo non potrò colloquio "
        "settimana prossima altro altra orario preferisco scelgo confermo rinuncio ringrazio cordialmente "
        "distinti sarò vorrei bene perfetto salve di del mi ci è "
        "la le con prima seconda terza forse farò sapere se possiamo presenza "
        "deciso rimanere attuale azienda mia"
    ),
    "Dutch": _words(
        "ik jij wij niet en het dank bedankt graag helaas voor groeten vriendelijke kan een "
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag om uur prima goed ja nee mij mijn "
        "volgende afspraak gesprek tijdstip optie geen zou kunnen wil hartelijk groet bevestig ander andere "
        "verzetten verplaatsen hoi dag tot ziens uw jullie "
        "op kantoor kies bij"
    ),
}
# Letters and marks only one of them writes ("¿", "ñ", "ã", "ß"): each one seen is one more word of that language.
_MARKS: dict[str, re.Pattern[str]] = {
    "Spanish": re.compile(r"[¿¡ñ]"),
    "Portuguese": re.compile(r"[ãõ]"),
    "German": re.compile(r"[ßäöü]"),
    "French": re.compile(r"œ|\b(?:j|qu) "),
}
_ENGLISH = _words(
    "i you we he she it is am are was be been have has will would can could not no yes the a an and but or to "
    "of for with on at in this that my your me please thanks thank hi hello dear regards best works work time "
    "option slot sorry fine ok okay sure great good see confirm decline attend interview next week day "
    "morning afternoon what when which if so"
)
# Greetings, thanks and closings an English reply carries as often as a foreign one ("Confirm. Viele Grüße,
# Jonas", "Gracias! Option 2 works"): they never count.
_COURTESY = _words(
    "hallo hola bonjour olá ola ciao salve buongiorno hoi danke vielen viele grüße grüßen freundlichen gracias "
    "saludos merci cordialement obrigado obrigada atenciosamente abraço grazie saluti cordiali bedankt dank "
    "groeten groet hartelijk vriendelijke muchas"
)
# Fewer of another language's words than this is a greeting or a name, not a reply written in it.
_MIN_FOREIGN = 2


# A mail app's "sent from" line in its own locale ("Отправлено из мобильной Яндекс Почты", "iPhoneから送信"):
# the app's language, not the reply's.
_SENT_FROM = re.compile(
    r"^[ \t>]*(?:отправлено (?:из|с) [^\n]{0,60}|[^\n]{0,40}から送信|[^\n]{0,40}에서 (?:보냄|보낸 메일)|"
    r"envoyé de [^\n]{0,40}|von meinem [^\n]{0,40}|enviado (?:desde|do|de) [^\n]{0,40}|inviato da [^\n]{0,40}|"
    r"verzonden (?:vanaf|met) [^\n]{0,40})$",
    re.IGNORECASE | re.MULTILINE,
)


def unread_language(text: str) -> str | None:
    """The language `text` is written in when it is one the reader does not read, else None (Chinese, English,
    or too little text to tell)."""
    text = _SENT_FROM.sub(" ", text)
    han = len(_HAN.findall(text))
    if len(_KANA.findall(text)) >= 2 and _JAPANESE.search(text):
        return "Japanese"  # "木曜日14時希望です": mostly kanji, but Chinese never writes です or 曜日
    for script, name in ((_KANA, "Japanese"), (_HANGUL, "Korean"), (_CYRILLIC, "Russian")):
        count = len(script.findall(text))
        if count >= 3 and count * 2 > han:
            return name
    if han >= 2:
        return None
    every = _WORD.findall(text.lower())
    words = [word for word in every if word not in _COURTESY]
    courtesy = [word for word in every if word in _COURTESY]
    english = sum(1 for word in words if word in _ENGLISH)
    lowered = " ".join(words) + "".join(m for m in text if m in "¿¡")
    votes = Counter(
        {name: sum(1 for word in words if word in vocabulary) for name, vocabulary in _FUNCTION_WORDS.items()}
    )
    for name, vocabulary in _FUNCTION_WORDS.items():
        if votes[name]:  # beside a word of the language, its greetings and thanks count too
            votes[name] += sum(1 for word in courtesy if word in vocabulary)
    for name, marks in _MARKS.items():
        votes[name] += min(2, len(marks.findall(lowered)))
    if not votes:
        return None
    name, count = votes.most_common(1)[0]
    if count >= _MIN_FOREIGN and count > english:
        return name
    return None
