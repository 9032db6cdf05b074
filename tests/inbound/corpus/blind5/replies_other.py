# ruff: noqa: E501
"""blind5 replies written in other languages (de, fr, es, pt, it, nl, ja, ko, ru) to either invitation."""

from __future__ import annotations

from tests.inbound.corpus.blind5.entry import R

ENTRIES: list[R] = [
    # ---------------------------------------------------------------- German
    R(
        "termin-2",
        "confirm",
        2,
        "en",
        "gmx-de",
        "Hallo,\n\nich bestätige Termin 2 (Freitag, 4.12., 14 Uhr).\n\nViele Grüße\nJonas Weber",
        post="none",
        opts={"charset": "iso-8859-1"},
    ),
    R(
        "donnerstag-passt",
        "confirm",
        None,
        "en",
        "webde-de",
        "Donnerstag 14 Uhr passt mir gut, ich bin dabei.",
        opts={"aw": "1", "marks": "1"},
    ),
    R(
        "absage",
        "decline",
        None,
        "en",
        "outlook-android-de",
        "Guten Tag,\n\nvielen Dank für die Einladung. Leider muss ich absagen, da ich mich inzwischen für eine andere Stelle entschieden habe.\n\nMit freundlichen Grüßen\nJonas Weber",
    ),
    R(
        "andere-zeit",
        "reschedule",
        None,
        "en",
        "samsung-de",
        "Keiner der Termine passt leider. Ginge es am Montag, 7.12., nachmittags?",
    ),
    # ---------------------------------------------------------------- French
    R(
        "pas-venir",
        "decline",
        None,
        "en",
        "orange-fr",
        "Bonjour,\n\nJe ne pourrai pas venir, je retire ma candidature.\nMerci quand même.\n\nCamille Martin",
        post="none",
        opts={"charset": "iso-8859-1"},
    ),
    R(
        "samedi",
        "confirm",
        3,
        "en",
        "laposte-fr",
        "Bonjour, le samedi 5 décembre à 10h me convient parfaitement. Merci !",
    ),
    R(
        "jeudi-ok",
        "confirm",
        None,
        "zh",
        "outlook-ios-fr",
        "Bonjour, je confirme ma présence jeudi 3 décembre à 14h (heure de Shanghai). Cordialement.",
    ),
    # ---------------------------------------------------------------- Spanish
    R("opcion-2", "confirm", 2, "en", "apple-ios-es", "Hola, elijo la opción 2, el viernes a las 14:00. ¡Gracias!"),
    R(
        "pregunta-online",
        "question",
        None,
        "en",
        "outlook-android-es",
        "Hola, ¿la entrevista se puede hacer en línea? No vivo en Shanghái.",
    ),
    # ---------------------------------------------------------------- Portuguese
    R(
        "confirmo",
        "confirm",
        None,
        "en",
        "apple-ios-pt",
        "Olá, confirmo a minha presença na quinta-feira às 14h. Obrigado!",
    ),
    R(
        "nao-posso",
        "reschedule",
        None,
        "en",
        "outlook-ios-pt",
        "Bom dia, nesses dias não posso. Seria possível na próxima semana, terça ou quarta à tarde?",
    ),
    # ---------------------------------------------------------------- Italian
    R("sabato", "confirm", 3, "en", "apple-ios-it", "Buongiorno, scelgo sabato mattina alle 10. Grazie mille"),
    R(
        "rinuncio",
        "decline",
        None,
        "en",
        "outlook-android-it",
        "Buongiorno, ringrazio per l'opportunità ma rinuncio al colloquio.",
    ),
    # ---------------------------------------------------------------- Dutch
    R("vrijdag", "confirm", 2, "en", "apple-ios-nl", "Hoi, vrijdag om 14:00 komt mij goed uit. Groet, Daan"),
    R("bevestig", "confirm", None, "en", "outlook-ios-nl", "Ik bevestig de voorgestelde tijd (donderdag). Bedankt!"),
    # ---------------------------------------------------------------- Japanese
    R("2ban", "confirm", 2, "zh", "gmail-ios-ja", "2番でお願いします。"),
    R(
        "sankashimasen",
        "decline",
        None,
        "en",
        "plainjp-ja",
        "お世話になっております。\n大変申し訳ございませんが、今回の再面接は辞退させていただきます。\nよろしくお願いいたします。\n\n佐藤",
        post="none",
    ),
    # ---------------------------------------------------------------- Korean
    R("3beon", "confirm", 3, "en", "gmail-ios-ko", "안녕하세요, 3번 토요일 오전 10시로 하겠습니다. 감사합니다."),
    R("moksil", "unclear", None, "en", "samsung-ko", "일정 확인해 보고 다시 연락드리겠습니다."),
    # ---------------------------------------------------------------- Russian
    R(
        "podtverzhdayu",
        "confirm",
        None,
        "en",
        "yandex-app-ru",
        "Здравствуйте! Подтверждаю участие в четверг, 3 декабря, в 14:00. Спасибо.",
    ),
    R("pyatnica", "confirm", 2, "en", "mailru-ru", "Добрый день, мне подходит пятница, 4 декабря, 14:00."),
    R(
        "ne-smogu",
        "decline",
        None,
        "en",
        "mutt-ru",
        "Добрый день.\nК сожалению, не смогу участвовать, я уже нашла другую работу.\n\nАнна",
        post="none",
    ),
]
