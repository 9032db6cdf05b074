# ruff: noqa: E501
"""blind9 replies written in other languages (de, fr, es, pt, it, nl, ja, ko, ru, tw) to either invitation ("lang" = the invitation).

Each entry: (intent, slot, client id with locale, sender name, the candidate's new text, client keywords incl. lang).
"""

from __future__ import annotations

from typing import Any

DISCLAIMER_DE = "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."

OTHER: list[tuple[Any, ...]] = [
    # ---------------------------------------------------------------- German
    (
        "confirm",
        None,
        "gmail-web-de",
        "Jonas Becker",
        "Hallo,\n\nvielen Dank für die zweite Chance. Donnerstag, 3.12. um 14 Uhr passt mir gut, ich bin dabei.\n\nViele Grüße\nJonas Becker",
        {"lang": "en"},
    ),
    ("confirm", 2, "apple-iphone-de", "Lena Hoffmann", "Freitag 14 Uhr passt. Gruß, Lena", {"lang": "en"}),
    (
        "confirm",
        3,
        "thunderbird-de",
        "Anna Schröder",
        "Hallo,\n\nSamstag 10 Uhr, passt. Danke!\n\nAnna",
        {"lang": "en", "charset": "iso-8859-1", "cte": "quoted-printable"},
    ),
    (
        "decline",
        None,
        "outlook-desktop-de",
        "Stefan Wolf",
        "Guten Tag,\n\nich habe inzwischen eine andere Stelle angenommen und nehme daher nicht mehr teil.\n\nMit freundlichen Grüßen\nStefan Wolf",
        {"lang": "en", "disclaimer": DISCLAIMER_DE},
    ),
    (
        "reschedule",
        None,
        "gmx-de",
        "Markus Braun",
        "Hallo,\n\nleider passt mir keiner der Termine. Ginge es am Montag, 7.12., vormittags?\n\nGruß\nMarkus",
        {"lang": "en"},
    ),
    (
        "unclear",
        None,
        "gmail-android-de",
        "Petra Klein",
        "Guten Tag, ich schreibe für meine Tochter Sophie, sie ist gerade im Urlaub und meldet sich nächste Woche selbst.\n\nPetra Klein",
        {"lang": "en"},
    ),
    (
        "automated",
        None,
        "auto-outlook-de",
        "Thomas Müller",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nThomas Müller",
        {"lang": "en", "prefix": "Abwesenheitsnotiz: "},
    ),
    # ---------------------------------------------------------------- French
    (
        "confirm",
        None,
        "outlook-desktop-fr",
        "Camille Martin",
        "Bonjour,\n\nJe confirme ma présence le jeudi 3 décembre à 14h.\n\nCordialement,\nCamille Martin",
        {"lang": "en"},
    ),
    (
        "confirm",
        3,
        "apple-iphone-fr",
        "Julien Lefèvre",
        "Bonjour, le samedi matin me convient mieux, je prends l'option 3. Merci !\nJulien",
        {"lang": "en"},
    ),
    (
        "question",
        None,
        "orange-fr",
        "Sophie Bernard",
        "Bonjour,\n\nEst-ce que l'entretien peut se faire en français ou uniquement en anglais ?\n\nMerci,\nSophie",
        {"lang": "en"},
    ),
    (
        "unclear",
        None,
        "samsung-fr",
        "Hugo Petit",
        "Jeudi ou vendredi, les deux me vont. Bonne journée, Hugo",
        {"lang": "en"},
    ),
    (
        "reschedule",
        None,
        "gmail-web-fr",
        "Léa Dubois",
        "Bonjour,\n\nSerait-il possible de décaler au lundi 7 décembre ? Je ne suis pas disponible cette semaine-là.\n\nBien à vous,\nLéa Dubois",
        {"lang": "en"},
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "confirm",
        None,
        "gmail-android-es",
        "Carlos Navarro",
        "Hola, confirmo la opción 1, el jueves 3 de diciembre a las 14:00.\nUn saludo,\nCarlos",
        {"lang": "en"},
    ),
    (
        "confirm",
        2,
        "apple-iphone-es",
        "Lucía Romero",
        "Buenas, me viene mejor el viernes a las 14:00. Gracias,\nLucía",
        {"lang": "en"},
    ),
    (
        "decline",
        None,
        "yahoo-es",
        "Elena Torres",
        "Muchas gracias, pero ya no estoy interesada en el puesto.\nSaludos,\nElena",
        {"lang": "en"},
    ),
    (
        "reschedule",
        None,
        "outlook-web-es",
        "Pablo Jiménez",
        "Hola,\n\nNinguna de las fechas me viene bien. ¿Sería posible la semana del 14 de diciembre?\n\nGracias,\nPablo",
        {"lang": "en"},
    ),
    # ---------------------------------------------------------------- Portuguese
    (
        "confirm",
        None,
        "gmail-web-pt",
        "Rafael Costa",
        "Olá, confirmo a minha presença na quinta-feira às 14h. Obrigado!\nRafael",
        {"lang": "en"},
    ),
    (
        "unclear",
        None,
        "gmail-ios-pt",
        "Bruna Oliveira",
        "Oi, pode ser sexta ou sábado, tanto faz pra mim. Abraço, Bruna",
        {"lang": "en"},
    ),
    (
        "confirm",
        3,
        "outlook-desktop-pt",
        "Ana Souza",
        "Bom dia,\n\nPrefiro a opção 3 (sábado às 10h).\n\nAtenciosamente,\nAna Souza",
        {"lang": "en"},
    ),
    # ---------------------------------------------------------------- Italian
    (
        "confirm",
        None,
        "outlook-desktop-it",
        "Marco Rossi",
        "Buongiorno,\n\nconfermo la mia partecipazione giovedì 3 dicembre alle 14:00.\n\nCordiali saluti\nMarco Rossi",
        {"lang": "en"},
    ),
    (
        "decline",
        None,
        "gmail-web-it",
        "Giulia Ferrari",
        "Grazie, ma ho deciso di non proseguire con la selezione.\nSaluti,\nGiulia",
        {"lang": "en"},
    ),
    # ---------------------------------------------------------------- Dutch
    (
        "confirm",
        2,
        "gmail-web-nl",
        "Daan de Vries",
        "Hoi,\n\nvrijdag om 14:00 komt mij het beste uit.\n\nGroet,\nDaan",
        {"lang": "en"},
    ),
    (
        "reschedule",
        None,
        "outlook-desktop-nl",
        "Sanne Jansen",
        "Beste,\n\nHelaas kan ik op geen van deze data. Zou dinsdag 8 december ook kunnen?\n\nMet vriendelijke groet,\nSanne Jansen",
        {"lang": "en"},
    ),
    # ---------------------------------------------------------------- Japanese
    (
        "confirm",
        None,
        "thunderbird-ja",
        "佐藤 健",
        "お世話になっております。\n12月3日（木）14:00の再面接に参加いたします。\nよろしくお願いいたします。\n\n佐藤",
        {"lang": "en", "user": "k.sato", "domain": "example.co.jp", "charset": "iso-2022-jp", "cte": "7bit"},
    ),
    (
        "question",
        None,
        "gmail-web-ja",
        "田中 美咲",
        "お世話になっております。\n再面接はオンラインでも参加可能でしょうか？\n\n田中",
        {"lang": "zh", "user": "misaki.tanaka"},
    ),
    # ---------------------------------------------------------------- Korean
    (
        "confirm",
        None,
        "gmail-android-ko",
        "김민수",
        "안녕하세요, 12월 3일 목요일 오후 2시 면접 참석하겠습니다. 감사합니다.\n김민수",
        {"lang": "zh", "user": "minsu.kim"},
    ),
    (
        "decline",
        None,
        "apple-iphone-ko",
        "이지은",
        "죄송하지만 이번 면접은 참석하지 않겠습니다. 감사합니다.",
        {"lang": "en", "user": "jieun.lee"},
    ),
    # ---------------------------------------------------------------- Russian
    (
        "confirm",
        2,
        "mailru-ru",
        "Ольга Смирнова",
        "Здравствуйте!\n\nМне удобнее в пятницу, 4 декабря, в 14:00.\n\nСпасибо,\nОльга",
        {"lang": "en", "user": "olga.smirnova"},
    ),
    (
        "unclear",
        None,
        "thunderbird-ru",
        "Дмитрий Волков",
        "Добрый день.\n\nПока не знаю, смогу ли, отвечу позже.\n\nДмитрий",
        {"lang": "en", "user": "d.volkov", "domain": "yandex.ru", "charset": "koi8-r"},
    ),
    # ---------------------------------------------------------------- Traditional Chinese
    (
        "confirm",
        None,
        "gmail-web-tw",
        "林怡君",
        "您好，我確認參加12月3日週四下午兩點的面試，謝謝。\n\n林怡君",
        {"lang": "zh", "user": "yijun.lin"},
    ),
]
