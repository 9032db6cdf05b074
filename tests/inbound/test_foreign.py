"""Replies in de, fr, es, pt, it, nl, ja, ko, ru read by their language's tables (inbound.foreign), through
read_text (so the confidence bar and the gate apply): one clear answer acts, anything else is asked back, and a
negated, conditional, hedged or mixed reply never acts (SPEC R-M3). Offered: Thu 3 Dec 14:00 (option 1,
proposed), Fri 4 Dec 14:00 (2), Sat 5 Dec 10:00 (3), London time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from inbound.foreign import classify_foreign, refusal
from inbound.gate import option_cues
from inbound.intent import OfferedSlot
from inbound.language import unread_language
from inbound.reading import KnownFacts, Reading, read_text

_ZONE = ZoneInfo("Europe/London")
OFFERED = (
    OfferedSlot(1, datetime(2026, 12, 3, 14, tzinfo=_ZONE)),
    OfferedSlot(2, datetime(2026, 12, 4, 14, tzinfo=_ZONE)),
    OfferedSlot(3, datetime(2026, 12, 5, 10, tzinfo=_ZONE)),
)
FACTS = KnownFacts(offered=OFFERED)


def read(text: str) -> Reading:
    return read_text(text, FACTS)


def got(reading: Reading) -> str:
    if reading.intent == "confirm":
        return f"confirm/{reading.slot or 1}"
    return reading.intent


# (language, text, reading: "confirm/N" — N the option, 1 when none is named — "decline", "reschedule", "question")
READ = [
    # German
    ("German", "Hallo,\n\nFreitag um 14 Uhr passt mir gut.\n\nViele Grüße\n\nJonas Becker", "confirm/2"),
    ("German", "Danke, Donnerstag passt.", "confirm/1"),
    ("German", "Ich nehme den zweiten Termin, danke!", "confirm/2"),
    ("German", "Guten Tag, Termin 3 passt mir, vielen Dank.", "confirm/3"),
    ("German", "Ich bestätige den Termin am Samstag um 10 Uhr.", "confirm/3"),
    ("German", "Gerne, ich bin dabei. Viele Grüße", "confirm/1"),
    ("German", "Wir sehen uns am Donnerstag!", "confirm/1"),
    ("German", "Hallo, ich bin am Donnerstag um 14 Uhr dabei. Bis dann!", "confirm/1"),
    ("German", "Guten Tag,\n\nleider kann ich an keinem der Termine. Wäre nächste Woche möglich?\n\nMfG", "reschedule"),
    ("German", "Können wir den Termin auf nächste Woche verschieben?", "reschedule"),
    ("German", "Vielen Dank, aber ich habe mich anderweitig entschieden und ziehe meine Bewerbung zurück.", "decline"),
    ("German", "Leider kann ich nicht am Gespräch teilnehmen.", "decline"),
    ("German", "Findet das Gespräch online oder vor Ort statt?", "question"),
    # French
    ("French", "Bonjour,\n\nJe confirme pour jeudi 14h.\n\nCordialement,\n\nCamille Durand", "confirm/1"),
    ("French", "Je confirme pour jeudi, merci.", "confirm/1"),
    ("French", "Bonjour, je prends l'option 2. Merci !", "confirm/2"),
    ("French", "Le deuxième créneau me convient parfaitement.", "confirm/2"),
    ("French", "Samedi matin, c'est parfait pour moi.", "confirm/3"),
    ("French", "Bonjour, merci mais je ne suis plus disponible, j'ai accepté une autre offre.", "decline"),
    ("French", "Je ne pourrai malheureusement pas participer à l'entretien.", "decline"),
    ("French", "Serait-il possible de décaler à la semaine prochaine ?", "reschedule"),
    ("French", "Aucun de ces créneaux ne me convient, auriez-vous d'autres disponibilités ?", "reschedule"),
    ("French", "Bonjour, l'entretien se fera-t-il en visio ?", "question"),
    # Spanish
    ("Spanish", "Hola, prefiero la opción 3. Gracias.", "confirm/3"),
    ("Spanish", "Confirmo la opción 2. ¡Gracias!", "confirm/2"),
    ("Spanish", "El viernes a las 2 de la tarde me viene bien.", "confirm/2"),
    ("Spanish", "Perfecto, me quedo con la segunda. Saludos.", "confirm/2"),
    ("Spanish", "Sí, allí estaré. Un saludo", "confirm/1"),
    ("Spanish", "Hola! Sí, me va bien el jueves. ¡Hasta el jueves!", "confirm/1"),  # a sign-off, not a span
    ("Spanish", "Gracias, pero ya acepté otra oferta de trabajo.", "decline"),
    ("Spanish", "Lamentablemente no podré asistir a la entrevista.", "decline"),
    ("Spanish", "¿Podríamos cambiar la fecha a la próxima semana?", "reschedule"),
    ("Spanish", "Hola, ¿la entrevista es presencial o en línea? Vivo en Valencia.", "question"),
    # Portuguese
    ("Portuguese", "Sim, confirmo. Obrigado!", "confirm/1"),
    ("Portuguese", "Prefiro a segunda opção, obrigada.", "confirm/2"),
    ("Portuguese", "Sexta-feira às 14h está ótimo para mim.", "confirm/2"),
    ("Portuguese", "Olá, infelizmente não poderei participar. Obrigado pela oportunidade.", "decline"),
    ("Portuguese", "Recebi outra proposta e vou desistir do processo.", "decline"),
    ("Portuguese", "Seria possível remarcar para a semana que vem?", "reschedule"),
    ("Portuguese", "A entrevista será online ou presencial?", "question"),
    # Italian
    ("Italian", "Grazie, confermo l'opzione 2.", "confirm/2"),
    ("Italian", "Giovedì alle 14 va benissimo, grazie.", "confirm/1"),
    ("Italian", "Buongiorno, scelgo la terza. Cordiali saluti", "confirm/3"),
    ("Italian", "Purtroppo non potrò partecipare al colloquio.", "decline"),
    ("Italian", "Ho accettato un'altra offerta, quindi rinuncio. Grazie comunque.", "decline"),
    ("Italian", "Possiamo spostare il colloquio alla settimana prossima?", "reschedule"),
    ("Italian", "Il colloquio è in presenza o online?", "question"),
    # Dutch
    ("Dutch", "Bedankt, optie 2 is prima.", "confirm/2"),
    ("Dutch", "Vrijdag om 14 uur past mij goed.", "confirm/2"),
    ("Dutch", "Ik kies voor de derde optie. Met vriendelijke groet", "confirm/3"),
    ("Dutch", "Ik heb een andere baan aangenomen en trek mij terug.", "decline"),
    ("Dutch", "Helaas kan ik niet aanwezig zijn bij het gesprek.", "decline"),
    ("Dutch", "Kunnen we het gesprek verzetten naar volgende week?", "reschedule"),
    ("Dutch", "Is het gesprek op kantoor of online?", "question"),
    # Japanese
    ("Japanese", "お世話になっております。\n2番でお願いいたします。\n\n田中", "confirm/2"),
    ("Japanese", "2でお願いします。", "confirm/2"),
    ("Japanese", "金曜日14時でお願いします。", "confirm/2"),
    ("Japanese", "木曜日の14時で大丈夫です。よろしくお願いいたします。", "confirm/1"),
    ("Japanese", "申し訳ございませんが、辞退させていただきます。", "decline"),
    ("Japanese", "大変恐縮ですが、他社から内定をいただいたため、辞退いたします。", "decline"),
    ("Japanese", "別の日程でお願いできますでしょうか。", "reschedule"),
    ("Japanese", "面接はオンラインでしょうか？", "question"),
    ("Japanese", "木曜日14時希望です。", "confirm/1"),  # mostly kanji, but です/曜日 are Japanese
    # Korean
    ("Korean", "안녕하세요, 목요일 오후 2시 괜찮습니다. 감사합니다.", "confirm/1"),
    ("Korean", "2번으로 부탁드립니다.", "confirm/2"),
    ("Korean", "토요일 오전 10시로 하겠습니다.", "confirm/3"),
    ("Korean", "죄송하지만 참석이 어렵습니다.", "decline"),
    ("Korean", "다른 회사에 입사가 결정되어 지원을 철회합니다.", "decline"),
    ("Korean", "다음 주로 일정 변경 가능할까요?", "reschedule"),
    ("Korean", "면접은 온라인으로 진행되나요?", "question"),
    # Russian
    ("Russian", "Вариант 2 подходит, спасибо.", "confirm/2"),
    ("Russian", "Здравствуйте, второй вариант подходит.", "confirm/2"),
    ("Russian", "Пятница в 14:00 подходит.", "confirm/2"),
    ("Russian", "Увидимся в четверг!", "confirm/1"),
    ("Russian", "Спасибо, к сожалению не смогу принять участие.", "decline"),
    ("Russian", "Я принял другое предложение, поэтому отказываюсь.", "decline"),
    ("Russian", "Можно перенести на следующую неделю?", "reschedule"),
    ("Russian", "Собеседование будет онлайн?", "question"),
    # widened: dates as days, more yes/withdrawal words, questions with "only" or a reason, a refused time
    # beside one accepted, every time refused and another asked for
    ("German", "Donnerstag, 3.12. um 14 Uhr passt mir gut, ich bin dabei.", "confirm/1"),
    ("German", "Vielen Dank für die zweite Chance. Donnerstag um 14 Uhr passt mir.", "confirm/1"),
    ("German", "Ich habe inzwischen eine andere Stelle angenommen und nehme daher nicht mehr teil.", "decline"),
    ("German", "Leider passt mir keiner der Termine. Ginge es am Montag, 7.12., vormittags?", "reschedule"),
    ("German", "Donnerstag passt leider nicht, Samstag um 10 wäre gut.", "confirm/3"),
    ("German", "Ich bin dabei, Freitag um 14 Uhr.\n\nDiese E-Mail enthält vertrauliche Informationen.", "confirm/2"),
    ("Spanish", "Confirmo la primera opción, el jueves 3 a las 14:00.", "confirm/1"),
    ("Spanish", "Me viene mejor el viernes a las 14:00.", "confirm/2"),
    (
        "Spanish",
        "Ninguna de las fechas me viene bien. ¿Sería posible la semana del 14 de diciembre?",
        "reschedule",
    ),
    ("Spanish", "Hola, ¿la entrevista se puede hacer en línea? No vivo en Shanghái.", "question"),
    (
        "Portuguese",
        "Nenhum dos horários funciona para mim. Seria possível na segunda-feira, 7 de dezembro, à tarde?",
        "reschedule",
    ),
    ("Portuguese", "Nesses dias não posso. Seria possível na próxima semana, terça ou quarta à tarde?", "reschedule"),
    ("Portuguese", "Olá, a entrevista pode ser feita online? Moro fora de Londres.", "question"),
    ("Italian", "Grazie, ma ho deciso di non proseguire con la selezione.", "decline"),
    ("Dutch", "Vrijdag om 14:00 komt mij het beste uit.", "confirm/2"),
    ("Dutch", "Helaas kan ik op geen van deze data. Zou dinsdag 8 december ook kunnen?", "reschedule"),
    ("Dutch", "Is het mogelijk om het gesprek online te doen? Ik woon niet in de buurt.", "question"),
    ("Dutch", "Ik bevestig donderdag.\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>", "confirm/1"),
    ("French", "Est-ce que l'entretien peut se faire en français ou uniquement en anglais ?\n\nSophie", "question"),
    ("Japanese", "再面接はオンラインでも参加可能でしょうか？\n\n田中", "question"),
    ("Korean", "죄송하지만 이번 면접은 참석하지 않겠습니다.", "decline"),
    ("Russian", "Мне удобнее в пятницу, 4 декабря, в 14:00.", "confirm/2"),
    ("French", "Je préfère le samedi, mais serait-il possible de commencer à 11h plutôt qu'à 10h ?", "reschedule"),
    ("German", "Wäre am Samstag auch 11 Uhr statt 10 Uhr möglich?", "reschedule"),
    ("German", "Ich nehme Option 2, Freitag 4.12. um 14 Uhr.", "confirm/2"),
    ("French", "Jeudi ne me convient pas, samedi à 10h serait parfait.", "confirm/3"),
    ("Spanish", "El jueves no puedo, el sábado a las 10 me viene bien.", "confirm/3"),
    ("Dutch", "Vrijdag niet, zaterdag om 10 uur is goed.", "confirm/3"),
    # a refused day beside one accepted by its weekday alone
    ("German", "Freitag passt mir leider nicht, Samstag ginge.", "confirm/3"),
    ("German", "Donnerstag passt leider nicht, Samstag wäre gut.", "confirm/3"),
    ("German", "Donnerstag geht nicht, aber Freitag passt.", "confirm/2"),
    ("German", "Freitag passt, Samstag nicht.", "confirm/2"),
]

# Dates with a year or as "dia 3"; "am liebsten", "nehme … wahr", "ginge", "preferiría", "heeft mijn voorkeur";
# the proposed time named as such; polite requests for a time; staying with one's employer; every offered time
# refused together ("die Termine passen nicht", "세 시간 모두"), then another asked for.
READ_MORE = [
    ("German", "ich nehme gerne den Termin am Freitag, 04.12.2026 um 14:00 Uhr wahr.", "confirm/2"),
    ("German", "Freitag, 4.12.26 um 14 Uhr passt mir gut.", "confirm/2"),
    ("German", "Den Termin am Samstag nehme ich gerne wahr.", "confirm/3"),
    ("German", "Samstag um 10 Uhr wäre mir am liebsten. Gibt es vor Ort Parkplätze?", "confirm/3"),
    ("German", "Den vorgeschlagenen Termin nehme ich gerne wahr.", "confirm/1"),
    ("German", "ich habe mich entschieden, bei meinem jetzigen Arbeitgeber zu bleiben.", "decline"),
    ("German", "Ich habe mich entschieden, in meiner jetzigen Position zu bleiben.", "decline"),
    ("German", "Geht auch Montag, der 7.12., vormittags? An den drei Tagen bin ich leider verhindert.", "reschedule"),
    ("German", "leider passen die Termine nicht. Wäre Montag, der 7. Dezember, möglich?", "reschedule"),
    ("German", "leider kann ich an keinem der drei Termine. Ginge auch Mittwoch, der 9.12., vormittags?", "reschedule"),
    ("German", "Die vorgeschlagenen Termine passen mir leider nicht. Ginge auch Dienstag, 8.12.?", "reschedule"),
    ("French", "Vendredi 04/12/2026 à 14h me convient.", "confirm/2"),
    ("French", "Je confirme le créneau proposé, merci.", "confirm/1"),
    ("French", "J'ai décidé de rester chez mon employeur actuel.", "decline"),
    (
        "French",
        "Les dates ne me conviennent malheureusement pas. Serait-il possible le lundi 7 décembre ?",
        "reschedule",
    ),
    ("Spanish", "Me viene mejor el viernes 4/12 a las 14:00.", "confirm/2"),
    ("Spanish", "Confirmo el día 4 a las 14:00.", "confirm/2"),
    ("Spanish", "Preferiría el sábado a las 10.", "confirm/3"),
    ("Spanish", "He decidido quedarme en mi empresa actual.", "decline"),
    (
        "Spanish",
        "esa semana estoy de viaje. ¿Podríamos dejarlo para la semana siguiente, por ejemplo el martes 8?",
        "reschedule",
    ),
    (
        "Spanish",
        "Las fechas propuestas no me vienen bien. ¿Sería posible el martes 8 de diciembre?",
        "reschedule",
    ),
    ("Portuguese", "Confirmo a minha presença no dia 3 às 14h00.", "confirm/1"),
    ("Portuguese", "Decidi permanecer na minha empresa atual.", "decline"),
    ("Portuguese", "nenhum desses horários funciona para mim. Pode ser na segunda-feira, dia 7?", "reschedule"),
    (
        "Portuguese",
        "Infelizmente não poderei participar nas datas propostas. Seria possível na semana seguinte?",
        "reschedule",
    ),
    ("Portuguese", "Essas datas não funcionam para mim. Seria possível na terça-feira, dia 8?", "reschedule"),
    ("Italian", "Va bene l'orario proposto, grazie mille.", "confirm/1"),
    ("Italian", "Confermo il giorno 4 alle 14.", "confirm/2"),
    ("Italian", "vi ringrazio, ma ho già accettato un'altra offerta e non parteciperò al colloquio.", "decline"),
    ("Italian", "Ho deciso di rimanere nella mia attuale azienda.", "decline"),
    ("Italian", "Purtroppo queste date non vanno bene. Sarebbe possibile martedì 8 dicembre?", "reschedule"),
    ("Dutch", "Donderdag om 14.00 uur is prima, tot dan!", "confirm/1"),
    ("Dutch", "Zaterdag om 10.00 uur heeft mijn voorkeur.", "confirm/3"),
    ("Dutch", "Bedankt, maar ik zie af van het gesprek.", "decline"),
    ("Dutch", "Ik heb besloten bij mijn huidige werkgever te blijven.", "decline"),
    ("Dutch", "Helaas komen de data mij niet uit. Zou maandag 7 december kunnen?", "reschedule"),
    ("Japanese", "候補日2の12月4日（金）14:00でお願いいたします。", "confirm/2"),
    ("Japanese", "2026年12月4日（金）14時でお願いいたします。", "confirm/2"),
    ("Japanese", "12月3日（木）14時で承知いたしました。当日よろしくお願いいたします。", "confirm/1"),
    ("Japanese", "土曜日の10時でお願いできますでしょうか。", "confirm/3"),
    ("Japanese", "金曜日14時でお願いできますか。", "confirm/2"),
    (
        "Japanese",
        "ご提示いただいた日程はいずれも都合がつきません。12月8日以降でご調整いただけますでしょうか。",
        "reschedule",
    ),
    ("Korean", "12월 4일(금) 오후 2시로 부탁드립니다.", "confirm/2"),
    (
        "Korean",
        (
            "12월 3일부터 5일까지 지방 출장이 있어서 세 시간 모두 참석이 어렵습니다. "
            "12월 8일 이후로 일정 조정이 가능할까요?"
        ),
        "reschedule",
    ),
    ("Korean", "제안해 주신 시간 모두 참석이 어렵습니다. 12월 8일로 변경 가능할까요?", "reschedule"),
    ("Russian", "Спасибо, предложенное время подходит.", "confirm/1"),
    ("Russian", "Эти даты мне не подходят. Можно ли в понедельник, 7 декабря?", "reschedule"),
]


@pytest.mark.parametrize(("language", "text", "want"), READ + READ_MORE)
def test_one_clear_answer_is_read(language: str, text: str, want: str) -> None:
    assert unread_language(text) == language
    reading = read(text)
    assert got(reading) == want, reading.rule
    assert reading.rule.startswith(f"{language}: ") and reading.confidence >= 0.8


# Replies a person reads with a doubt, or that the tables do not place: never an action.
NEVER_ACT = [
    # negated yes: the day named is refused
    "Ich kann am Freitag leider nicht.",
    "Freitag passt mir leider nicht.",
    "Je ne peux pas jeudi, désolé.",
    "Jeudi ne me convient pas.",
    "No puedo el viernes, lo siento.",
    "El viernes no me viene bien.",
    "Não posso na sexta-feira, desculpe.",
    "Venerdì non posso, mi dispiace.",
    "Vrijdag kan ik helaas niet.",
    "金曜日は無理です。",
    "木曜日は都合が悪いです。",
    "금요일은 안 됩니다.",
    "목요일은 어렵습니다.",
    "В пятницу не могу, извините.",
    "Четверг мне не подходит.",
    # contrast: one refused, one accepted (a person might read it; the tables do not)
    "Jeudi non, mais vendredi oui.",
    # hedges and deferrals
    "Je vous redirai, merci.",
    "Ich melde mich noch, danke.",
    "Vielleicht Freitag, ich gebe Ihnen Bescheid.",
    "Quizás el viernes, todavía no lo sé.",
    "Talvez sexta-feira, ainda não sei.",
    "Forse venerdì, le farò sapere.",
    "Misschien vrijdag, ik laat het nog weten.",
    "確認して改めてご連絡いたします。",
    "확인 후 다시 연락드리겠습니다.",
    "Уточню и сообщу позже.",
    # conditions
    "Wenn es online ist, passt Freitag.",
    "Si c'est en visio, jeudi me convient.",
    "Si es online, confirmo el viernes.",
    "Se for online, confirmo a quinta.",
    "Se è online, confermo venerdì.",
    "Als het online kan, past vrijdag.",
    "オンラインなら金曜日でお願いします。",
    "온라인이면 금요일 괜찮습니다.",
    "Если онлайн, то пятница подходит.",
    # several options, a day not offered, a relative day
    "Option 2 oder 3, beides passt.",
    "Opción 2 u opción 3, me da igual.",
    "Mittwoch passt mir gut.",
    "Mercredi me convient.",
    "Freitag 15 Uhr passt.",
    "Morgen passt mir gut.",
    "Nächsten Freitag passt.",
    "来週の金曜日でお願いします。",
    "Die Option 5 passt mir gut.",
    # a yes with a question about the time it picks
    "Freitag passt, ist das Berliner Zeit?",
    "¿El viernes a las 2 es hora de Madrid?",
    # mixed: a yes and a move, a yes and a no
    "Freitag passt, oder lieber nächste Woche?",
    "Je confirme jeudi, mais pourrions-nous décaler d'une heure ?",
    "Confirmo el viernes. Bueno, en realidad no puedo.",
    # a bare no: decline, or another time?
    "Leider nicht.",
    "Non, désolé.",
    # a number the tables do not place
    "Je confirme le 3.",
    "Ja, 2 oder 3.",
    # a withdrawal beside a yes, a negated withdrawal
    "Freitag passt, aber ich habe ein anderes Angebot angenommen.",
    "Ich möchte meine Bewerbung nicht zurückziehen.",
    "포기하지 않겠습니다. 금요일은 어렵습니다.",
    "辞退しません。",
    # away on the day named (a yes verb that is not a yes)
    "Ich komme am Freitag aus dem Urlaub zurück.",
    "Буду в отпуске в четверг.",
    "Estoy de viaje hasta el viernes.",
    "Ich bin bis Donnerstag im Urlaub.",
    "Samedi je suis pris.",
    "金曜日は出張です。",
    # any / all / both
    "いずれも大丈夫です。",
    "どの日程でも大丈夫です。",
    "어느 시간이든 상관없습니다.",
    "Любой вариант подходит.",
    "Mir passen alle drei Termine.",
    # mixed: two days, two options, a yes and a "rather"
    "Prefiero el jueves o el viernes.",
    "金曜日か土曜日でお願いします。",
    "목요일이나 금요일 괜찮습니다.",
    "Четверг или пятница, как вам удобнее.",
    "Ich nehme Termin 2. Termin 3 ginge aber auch.",
    "Confirmo la opción 2, aunque preferiría la 3.",
    "Ja, Donnerstag passt. Nein, doch lieber Freitag.",
    "Op donderdag kan ik wel, maar liever vrijdag.",
    # a span, not the hour; "1番早い" is "the earliest"
    "Freitag bis 14 Uhr passt.",
    "Freitag ab 14 Uhr passt.",
    "1番早い日程でお願いします。",
    # a bare "ok" beside thanks: a yes, or thanks for the email?
    "Oui, merci.",
    "Perfecto, muchas gracias.",
    "Хорошо, спасибо.",
    "はい、ありがとうございます。",
    # a yes word used for something else ("Ich nehme an" = I assume, "Es geht um" = it is about)
    "Ich nehme an, dass das Gespräch online ist.",
    "Dabei habe ich eine Frage zum Ablauf.",
    "Es geht um meine Bewerbung vom Oktober.",
    "Gerne hätte ich mehr Informationen zum Gespräch.",
    "Oui, j'ai une question concernant le poste.",
    "Je prends note, merci.",
    "Je vous confirme la réception de votre mail.",
    "Ik kan mijn cv sturen.",
    "Могу прислать резюме.",
    "Mi si è rotto il telefono.",
    # receipt of the email, not the time; a span from a day on
    "Ich bestätige, dass ich die Einladung erhalten habe.",
    "Je confirme la bonne réception de votre message.",
    "Je suis disponible à partir de jeudi.",
    "Ab Freitag passt es mir.",
    # "the other week" said without asking to move
    "Ich bin nächste Woche im Urlaub.",
    "Je serais plus disponible en fin de semaine.",
    # the widenings' must-not-act: a contrast with two times or a weekday alone, a refusal and an offered time
    # asked for, a condition or hedge, a negated withdrawal, a question about a time, two options
    "Donnerstag passt leider nicht, Freitag oder Samstag wäre gut.",
    "Donnerstag passt leider nicht, Samstag um 10 wäre vielleicht gut.",
    "Donnerstag passt nicht, wenn Samstag um 10 geht, wäre das gut.",
    "Donnerstag passt nicht, Freitag um 14 Uhr auch nicht.",
    "Donnerstag passt leider nicht. Samstag um 10?",
    "Leider passt mir keiner der Termine. Ginge es am Freitag um 16 Uhr oder am Samstag?",
    "Leider passt mir keiner der Termine. Ginge es am Freitag, 4.12.?",
    "Ich nehme nicht mehr teil, wenn es nur online geht.",
    "Hallo, ich nehme die Option 2 oder die Option 3.",
    "Me viene mejor el viernes o el sábado.",
    "No me viene mejor el viernes a las 14:00, gracias.",
    "¿Me viene mejor el viernes a las 14:00?",
    "Ninguna de las fechas me viene bien. ¿Sería posible el viernes a las 14:00?",
    "¿El jueves 3 a las 14:00 sería posible?",
    "Non ho deciso di non proseguire, anzi.",
    "Vrijdag om 14:00 of zaterdag om 10 uur komt mij het beste uit.",
    "Misschien komt vrijdag om 14:00 mij het beste uit.",
    "Is het mogelijk om vrijdag om 14:00 online te doen? Ik woon niet in de buurt.",
    "A entrevista pode ser na sexta? Moro fora de Londres.",
    "Pode ser feita online? Não posso na quinta.",
    "참석하지 않겠습니다만 다른 날은 가능합니다.",
    "Мне удобнее в пятницу или в субботу.",
    "Мне не удобнее в пятницу, 4 декабря.",
    # "instead of": the hour replaced is not offered, the one asked for is, no question, another time beside it
    "Je préfère le samedi, mais serait-il possible de commencer à 10h plutôt qu'à 11h ?",
    "Je préfère le samedi, à 11h plutôt qu'à 10h.",
    "Samedi, serait-il possible à 11h plutôt qu'à 10h ? Sinon jeudi à 14h.",
    "Peut-être samedi à 11h plutôt qu'à 10h ?",
    "Wäre am Samstag auch 11 Uhr statt 10 Uhr oder 14 Uhr statt 10 Uhr möglich?",
    # a contrast whose accepted time is refused too, not offered, or asked; an option beside another date
    "Donnerstag passt leider nicht, Samstag um 10 wäre nicht gut.",
    "Donnerstag passt leider nicht, Freitag um 14 Uhr wäre gut, Samstag um 10 auch.",
    "Donnerstag um 14 Uhr passt leider nicht, Samstag um 14 Uhr wäre gut.",
    "Jeudi ne me convient pas, samedi à 10h serait parfait ?",
    "Мне удобнее в пятницу, но в 16:00.",
    "El jueves 3 me viene mejor que el viernes 4.",
    "Ich nehme Option 2, Freitag 3.12. um 14 Uhr.",
    "Leider passt mir keiner der Termine. Ginge es nächste Woche Freitag?",
    "Las fechas me vienen bien. ¿Sería posible el lunes 7 de diciembre?",
    # a year not the offered one; another offered day asked for; a yes beside the other day; two times accepted
    "Freitag, 04.12.2025 um 14 Uhr passt mir gut.",
    "Leider passen die Termine nicht. Ginge auch Freitag um 16 Uhr?",
    "An den drei Tagen bin ich leider verhindert. Geht auch Samstag um 12?",
    "Geht auch Montag, der 7.12.? Donnerstag passt aber auch.",
    "Samstag um 10 Uhr wäre mir am liebsten, Freitag ginge aber auch.",
    "Freitag passt mir leider nicht, Samstag oder Donnerstag ginge.",
    "Freitag passt mir leider nicht, Samstag ginge vielleicht.",
    "Ich bleibe bei meinem Termin am Freitag.",
    "Me viene mejor el viernes 4/12 a las 16:00.",
    "Esa semana estoy de viaje. ¿Podríamos dejarlo para el viernes siguiente?",
    "Pode ser na segunda-feira, dia 7?",
    "Confirmo o dia 7 às 14h.",
    # the proposed time asked about or refused; the proposed times (plural); a negated withdrawal
    "Va bene l'orario proposto? Grazie.",
    "L'orario proposto non mi va bene.",
    "Non ho accettato un'altra offerta e parteciperò al colloquio.",
    "Ik zie er niet van af.",
    "Je préfère rester chez mon employeur actuel, mais vendredi me convient.",
    "Donderdag om 14.00 uur is prima, of toch vrijdag?",
    "Donderdag kan ik wel, maar alleen na 16:00 uur. Is dat mogelijk?",
    # a polite request for two times; a hedge after a yes; any / all of them
    "土曜日の10時でお願いできますでしょうか、それとも金曜日でしょうか。",
    "12月3日（木）14時で承知いたしました。ただ、少し遅れるかもしれません。",
    "すべての日程で大丈夫です。",
    "세 시간 모두 괜찮습니다.",
]


@pytest.mark.parametrize("text", NEVER_ACT)
def test_a_doubtful_reply_never_acts(text: str) -> None:
    assert unread_language(text) is not None, "must be read as a foreign reply to test the tables"
    reading = read(text)
    assert not reading.acts, (reading.intent, reading.slot, reading.rule)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ich kann am Freitag nicht", "German"),
        ("je ne peux pas jeudi", "French"),
        ("no puedo el viernes", "Spanish"),
        ("金曜日は無理です", "Japanese"),
        ("금요일은 안 됩니다", "Korean"),
        ("в пятницу не могу", "Russian"),
    ],
)
def test_a_negated_day_never_confirms(text: str, language: str) -> None:
    reading = classify_foreign(text, language, OFFERED)
    assert reading is None or reading.intent != "confirm"
    assert read(text).intent != "confirm"


def test_without_offered_times_a_named_day_is_not_matched() -> None:
    assert classify_foreign("Freitag um 14 Uhr passt mir gut.", "German", ()) is None
    reading = classify_foreign("Je prends l'option 2.", "French", ())
    assert reading is not None and reading.intent == "confirm" and reading.slot == 2


def test_a_reschedule_names_the_time_asked_for_and_the_rule() -> None:
    reading = read("Können wir den Termin auf nächste Woche verschieben?")
    assert reading.intent == "reschedule" and reading.proposed is not None and "woche" in reading.proposed
    assert reading.rule == "German: request for another time"


def test_the_gate_sees_refusal_words_only_in_a_foreign_reply() -> None:
    refuses = refusal("Leider kann ich nicht am Gespräch teilnehmen.")
    assert refuses is not None and refuses("leider kann ich nicht")
    assert refusal("Sorry, I can't make it.") is None
    assert refusal("周四不行") is None


@pytest.mark.parametrize(
    "text",
    [
        "Confirm.\n\nViele Grüße\nJonas",  # a German closing under an English yes
        "Danke! Friday works for me.",
        "Gracias! Option 2 works for me.",
        "Thursday is fine. Saludos, María José García",
        "Merci beaucoup, see you on Thursday.",
        "Option 2 please. Bonne journée!",
        "I'd like option 3. Obrigado, João",
        "Friday at 2pm works. Cordiali saluti, Giulia Rossi",
        "Yes, Thursday 2pm. Met vriendelijke groet, Jan de Vries",
        "Sounds good, see you Friday. -- Jürgen Müller, Düsseldorf",
        "好的，确认方案2，谢谢！Hola",
        "Hi HR, 周五下午两点可以，谢谢",
        "收到，我选方案三。Best, Jean-Pierre",
        "Option 1, danke schön",
        "Can we do Friday instead? Un saludo",
        "Option 2 works.\n\nОтправлено из мобильной Яндекс Почты",  # the mail app's locale, not the reply's
        "Friday works for me.\n\niPhoneから送信",
        "Thursday 2pm is fine.\n\nVon meinem iPhone gesendet",
    ],
)
def test_chinese_and_english_replies_are_not_foreign(text: str) -> None:
    assert unread_language(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Добрый день.\n\nПока не знаю, смогу ли, отвечу позже.", "Russian"),
        ("Ich weiß es nicht, ich antworte später.", "German"),
        ("Je ne sais pas encore, je vous répondrai plus tard.", "French"),
        ("Ainda não sei, respondo depois.", "Portuguese"),
        ("Non lo so, rispondo più tardi.", "Italian"),
        ("Ik weet het niet, ik laat het later weten.", "Dutch"),
    ],
)
def test_not_knowing_yet_is_never_an_answer(text: str, language: str) -> None:
    assert classify_foreign(text, language, OFFERED) is None


def test_a_day_and_month_date_is_no_option_cue() -> None:
    assert option_cues("ich nehme option 2, freitag 4.12. um 14 uhr.") == {2}
    assert option_cues("donnerstag, 3.12. um 14 uhr passt mir gut") == set()
    assert option_cues("ich nehme die 3.") == {3}


@pytest.mark.parametrize(
    ("text", "language", "slot"),
    [
        # The time in the candidate's own zone beside the pick is not another hour asked for.
        (
            "Buen día,\n\nMe queda mejor la opción 2, el viernes. Serían las 8 de la mañana hora de México.",
            "Spanish",
            2,
        ),
        (
            "Добрый день!\n\nМне подходит вариант 2 — пятница, 4 декабря. По Москве это 17:00, меня устраивает.",
            "Russian",
            2,
        ),
        ("2번 일정(12월 4일 금요일)으로 부탁드립니다. 한국 시간으로는 밤 11시인데 괜찮습니다.", "Korean", 2),
        ("Samedi 10h c'est parfait pour moi.", "French", 3),  # "pour moi" alone is no zone
        ("Bonjour, je confirme ma présence jeudi 3 décembre à 14h (heure de Shanghai).", "French", 1),
    ],
)
def test_a_time_in_the_candidates_own_zone_is_not_another_hour(text: str, language: str, slot: int) -> None:
    got = classify_foreign(text, language, OFFERED)
    assert got is not None and (got.intent, got.slot or 1) == ("confirm", slot), got


# blind20's misses and their variants: indirect questions (the "if" in them sets no condition), a question beside
# a reason, a decline in other words, a yes with a conversion to the candidate's zone and its tag question.
READ_BLIND20 = [
    (
        "German",
        (
            "Hallo,\n\nleider bin ich in der ersten Dezemberwoche beruflich in Hamburg und kann an keinem der "
            "drei Termine. Wäre es möglich, das Gespräch auf Dienstag, 8.12., oder Mittwoch, 9.12., jeweils ab 13 "
            "Uhr zu legen?"
        ),
        "reschedule",
    ),
    ("German", "Hallo,\n\nich nehme Option 2. Das wäre dann bei mir 15 Uhr, richtig? Passt jedenfalls.", "confirm/2"),
    ("German", "Ich nehme den Samstag um 10 Uhr. Das wäre bei mir 11 Uhr, oder?", "confirm/3"),
    (
        "French",
        (
            "Bonjour,\n\nL'entretien se déroule-t-il en français ou en anglais ? Et faut-il vraiment une copie de la "
            "carte d'identité si je le passe en ligne ?\n\nMerci d'avance,\nSophie Lefèvre"
        ),
        "question",
    ),
    ("French", "Bonjour, je voulais savoir si l'entretien se fait en ligne ou dans vos locaux.", "question"),
    ("French", "Bonjour\nje ne donnerai pas suite, j'ai accepté un poste ailleurs.\nMerci quand même", "decline"),
    ("French", "Bonjour, je préfère ne pas donner suite à votre proposition. Cordialement", "decline"),
    (
        "French",
        "Bonjour,\n\nC'est noté pour l'option 2 (vendredi 4/12, 14h heure de Londres, soit 15h pour moi).",
        "confirm/2",
    ),
    ("French", "C'est noté pour samedi 5 à 10h, merci.", "confirm/3"),
    ("Spanish", "Estimados:\n\nQuedo a la espera del viernes 4 a las 14:00 (opción 2). Muchas gracias.", "confirm/2"),
    ("Spanish", "Hola, quería saber si la entrevista será en inglés o en español.", "question"),
    (
        "Portuguese",
        "Olá,\n\nConfirmo a opção 2, sexta-feira dia 04/12. Pelo que entendi serão 11h no horário de Brasília, certo?",
        "confirm/2",
    ),
    (
        "Portuguese",
        (
            "Boa tarde,\n\nGostaria de saber se o relatório de avaliação do treinamento é obrigatório, pois ainda não "
            "concluí o curso.\n\nObrigada,\nPatrícia"
        ),
        "question",
    ),
    ("Italian", "Ciao, per me va bene sabato 5 alle 10. Grazie mille!", "confirm/3"),
    ("Italian", "Buongiorno, confermo venerdì 4 alle 14.", "confirm/2"),
    (
        "Italian",
        "Salve,\nvolevo sapere se il colloquio si può fare in italiano o se è necessario l'inglese.\nGrazie",
        "question",
    ),
    (
        "Japanese",
        "お世話になっております。佐藤です。\n12月4日（金）の回でお願いいたします。日本時間では23時になりますが、問題ございません。",
        "confirm/2",
    ),
    (
        "Japanese",
        (
            "お世話になっております。伊藤です。\n\n面接は英語で行われますでしょうか。また、身分証明書はパスポートのコピーでも"
            "問題ないでしょうか。\n\nご確認のほど、よろしくお願いいたします。"
        ),
        "question",
    ),
    ("Korean", "안녕하세요. 면접은 온라인으로 진행되는 건가요? 링크로 접속하면 되는지 궁금합니다.", "question"),
    ("Korean", "안녕하세요. 면접 장소에 주차가 가능한지 궁금합니다.", "question"),
    (
        "Korean",
        "안녕하세요.\n개인 사정으로 이번 재면접에는 참여하지 않겠습니다. 기회 주셔서 감사합니다.",
        "decline",
    ),
    ("Russian", "Добрый день. Хотела уточнить, будет ли собеседование на английском языке?", "question"),
]


@pytest.mark.parametrize(("language", "text", "want"), READ_BLIND20)
def test_blind20_answers_are_read(language: str, text: str, want: str) -> None:
    assert unread_language(text) == language
    reading = read(text)
    assert got(reading) == want, reading.rule
    assert reading.rule.startswith(f"{language}: ") and reading.confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        # an indirect question about a time, or with a condition beside it: a person would ask back
        "Bonjour, je voulais savoir si je peux venir jeudi ou vendredi.",
        "Volevo sapere se posso spostare il colloquio, se giovedì non riesco.",
        "Gostaria de saber se posso escolher outro dia, se sexta não der.",
        "면접 시간을 변경할 수 있는지 궁금합니다. 금요일이 어려우면요.",
        "Si jeudi ne me convient pas, puis-je proposer une autre date ?",
        # the conversion's tag question beside another question, a decline under a condition
        "Ich nehme Option 2. Das wäre bei mir 15 Uhr, richtig? Oder doch lieber Samstag?",
        "Je ne donnerai pas suite si l'entretien n'est pas en ligne.",
        # an acknowledgement of the email, not of a time
        "C'est noté, merci.",
        "Quedo a la espera de su confirmación.",
    ],
)
def test_blind20_doubtful_replies_never_act(text: str) -> None:
    assert unread_language(text) is not None
    reading = read(text)
    assert not reading.acts, (reading.intent, reading.slot, reading.rule)
