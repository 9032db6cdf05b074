"""blind20 — "an international candidate pool": the candidates' own words and what a careful HR person reads.

Every reply answers the corpus invitation (`inv` = "en" or "zh", the invitation quoted and the manifest's `lang`).
About 45 % are written in German, French, Spanish, Portuguese, Italian, Dutch, Japanese, Korean or Russian by
people whose mail client speaks that language (they all got the English invitation, times in Europe/London),
about 35 % in English, about 20 % in Chinese.

Offered options (en, Europe/London; zh, Asia/Shanghai — same wall-clock times):
  1 (proposed) Thu 3 Dec 2026 14:00–15:00, 2 Fri 4 Dec 2026 14:00–15:00, 3 Sat 5 Dec 2026 10:00–11:00.
Handy conversions the candidates make themselves: Berlin/Paris/Madrid/Rome/Amsterdam +1 h, Moscow +3 h,
Tokyo/Seoul +9 h (14:00 London = 23:00, 10:00 London = 19:00), São Paulo −3 h, Mexico City −6 h, Singapore +8 h.

Fields of `R(...)`:
  id, inv, client, loc (UI locale of the client), intent, slot, name, addr, body
  quote:   "below" (top-posting over the full quote, the default), "none" (quote deleted), "above" (bottom-posting
           under the full quote), "inline" (answer typed under one quoted line, `after`), "trim" (only the lines
           from `trim[0]` up to, not including, `trim[1]` kept)
  charset: the charset the client picked (default: the client's usual one, UTF-8 where the quote needs it)
  tz:      the candidate's UTC offset in hours (default: the locale's)
  hours:   how long after the invitation (09:12 UTC, Thu 26 Nov 2026) the reply was sent
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reply:
    id: str
    inv: str
    client: str
    loc: str
    intent: str
    slot: int | None
    name: str
    addr: str
    body: str
    quote: str = "below"
    charset: str | None = None
    tz: float | None = None
    hours: float | None = None
    after: str = ""
    trim: tuple[str, str] = ("", "")
    why: str = ""


def R(id, inv, client, loc, intent, slot, name, addr, body, **kw) -> Reply:  # noqa: N802
    return Reply(id, inv, client, loc, intent, slot, name, addr, body.strip("\n"), **kw)


REPLIES: list[Reply] = [
    # ------------------------------------------------------------------ German (client UI de)
    R(
        "de01",
        "en",
        "gmail",
        "de",
        "confirm",
        None,
        "Jonas Becker",
        "jonas.becker87@gmail.com",
        """
Hallo,

vielen Dank für die zweite Chance! Donnerstag, 3.12., 14 Uhr passt mir gut.

Viele Grüße
Jonas Becker
""",
    ),
    R(
        "de02",
        "en",
        "outlook",
        "de",
        "confirm",
        2,
        "Sabine Krüger",
        "s.krueger@t-online.de",
        """
Sehr geehrte Damen und Herren,

hiermit bestätige ich den Termin am Freitag, 4.12., 14 Uhr (Londoner Zeit).

Mit freundlichen Grüßen
Sabine Krüger
""",
    ),
    R(
        "de03",
        "en",
        "iphone",
        "de",
        "confirm",
        3,
        "Lukas Hofmann",
        "lukas.hofmann@icloud.com",
        """
Hi,
Samstag 10 Uhr passt 👍
Lukas
""",
        hours=1.2,
    ),
    R(
        "de04",
        "en",
        "gmx",
        "de",
        "reschedule",
        None,
        "Markus Weber",
        "markus.weber@gmx.de",
        """
Hallo,

leider bin ich in der ersten Dezemberwoche beruflich in Hamburg und kann an keinem der drei Termine. Wäre es möglich, das Gespräch auf Dienstag, 8.12., oder Mittwoch, 9.12., jeweils ab 13 Uhr zu legen?

Beste Grüße
Markus Weber
""",
    ),
    R(
        "de05",
        "en",
        "outlook",
        "de",
        "decline",
        None,
        "Dr. Claudia Hoffmann",
        "claudia.hoffmann@web.de",
        """
Sehr geehrte Damen und Herren,

vielen Dank für die erneute Einladung. Ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung daher zurück.

Mit freundlichen Grüßen
Dr. Claudia Hoffmann
""",
        quote="none",
        charset="iso-8859-1",
    ),
    R(
        "de06",
        "en",
        "gmail",
        "de",
        "question",
        None,
        "Lena Schulz",
        "lena.schulz.koeln@gmail.com",
        """
Hallo,

kurze Frage vorab: Findet das Gespräch vor Ort in Shanghai statt oder kann ich komplett über den Online-Link teilnehmen? Ich wohne in Köln.

Danke und viele Grüße
Lena Schulz
""",
    ),
    R(
        "de07",
        "en",
        "thunderbird",
        "de",
        "unclear",
        None,
        "Tobias Klein",
        "tobias.klein@web.de",
        """
Hallo,

danke für die Einladung! Donnerstag und Freitag würden beide gehen, Samstag eher nicht.

Gruß
Tobias
""",
        quote="none",
        charset="iso-8859-15",
        why="two options fine, none chosen",
    ),
    R(
        "de08",
        "en",
        "thunderbird",
        "de",
        "confirm",
        2,
        "Felix Wagner",
        "felix@wagner-online.de",
        """
Hallo,

ich nehme Option 2. Das wäre dann bei mir 15 Uhr, richtig? Passt jedenfalls.

Grüße
Felix Wagner
""",
        quote="above",
        why="decides option 2, side question about the time zone",
    ),
    R(
        "de09",
        "en",
        "gmail",
        "de",
        "unclear",
        None,
        "Nina Koch",
        "nina.koch.mail@gmail.com",
        """
Hi,

eigentlich würde Freitag passen, aber ich muss noch mit meinem Chef klären, ob ich früher gehen kann. Ich melde mich spätestens Montag.

LG Nina
""",
        why="Friday only tentatively, she will write again",
    ),
    R(
        "de10",
        "en",
        "apple",
        "de",
        "reschedule",
        None,
        "Katharina Braun",
        "katharina.braun@me.com",
        """
Hallo,

wäre am Donnerstag auch ein späterer Termin möglich, z. B. 17 Uhr? Um 14 Uhr habe ich leider einen Kundentermin.

Viele Grüße
Katharina Braun
""",
    ),
    R(
        "de11",
        "en",
        "gmx-text",
        "de",
        "confirm",
        2,
        "Peter Lange",
        "peter.lange@gmx.net",
        """
Hallo,

Freitag, 4.12., 14 Uhr – ich bin dabei.

MfG
Peter Lange
""",
    ),
    R(
        "de12",
        "en",
        "ooo-outlook",
        "de",
        "automated",
        None,
        "Stefanie Wolf",
        "s.wolf@stadtwerke-nordheim.de",
        """
Vielen Dank für Ihre Nachricht.

Ich bin vom 23.11. bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Berger (a.berger@stadtwerke-nordheim.de).

Mit freundlichen Grüßen
Stefanie Wolf
""",
        hours=0.01,
    ),
    R(
        "de13",
        "en",
        "webde",
        "de",
        "unclear",
        None,
        "Jan Richter",
        "jan.richter.hb@web.de",
        """
Hallo,

ich nehme Freitag, den 3.12. um 14 Uhr.

Grüße
Jan
""",
        why="Friday is the 4th, the 3rd is Thursday: which one?",
    ),
    R(
        "de14",
        "en",
        "bounce-exchange",
        "de",
        "automated",
        None,
        "Martin Hartmann",
        "m.hartmann@hartmann-bau.de",
        "",
        hours=0.02,
    ),
    # ------------------------------------------------------------------ French (client UI fr)
    R(
        "fr01",
        "en",
        "gmail",
        "fr",
        "confirm",
        2,
        "Camille Martin",
        "camille.martin.pro@gmail.com",
        """
Bonjour,

Je vous confirme ma présence le vendredi 4 décembre à 14h.

Bien cordialement,
Camille Martin
""",
    ),
    R(
        "fr02",
        "en",
        "orange",
        "fr",
        "confirm",
        None,
        "Michel Dupont",
        "michel.dupont@orange.fr",
        """
Bonjour,
Jeudi 3 décembre 14h me convient parfaitement.
Cordialement
Michel Dupont
""",
    ),
    R(
        "fr03",
        "en",
        "outlook",
        "fr",
        "reschedule",
        None,
        "Julien Moreau",
        "julien.moreau@hotmail.fr",
        """
Bonjour,

Merci pour cette nouvelle opportunité. Malheureusement, aucun des trois créneaux ne me convient (je suis en déplacement toute la semaine). Serait-il possible de décaler à la semaine suivante, idéalement le mardi 8 ou le mercredi 9 décembre dans l'après-midi ?

Cordialement,
Julien Moreau
""",
    ),
    R(
        "fr04",
        "en",
        "iphone",
        "fr",
        "confirm",
        3,
        "Inès Benali",
        "ines.benali@icloud.com",
        """
Bonjour,
Samedi 10h c'est parfait pour moi.
Inès
""",
    ),
    R(
        "fr05",
        "en",
        "gmail",
        "fr",
        "question",
        None,
        "Sophie Lefèvre",
        "sophie.lefevre31@gmail.com",
        """
Bonjour,

L'entretien se déroule-t-il en français ou en anglais ? Et faut-il vraiment une copie de la carte d'identité si je le passe en ligne ?

Merci d'avance,
Sophie Lefèvre
""",
    ),
    R(
        "fr06",
        "en",
        "orange",
        "fr",
        "decline",
        None,
        "Bernard Petit",
        "bernard.petit@wanadoo.fr",
        """
Bonjour
je ne donnerai pas suite, j'ai accepté un poste ailleurs.
Merci quand même
Bernard Petit
""",
    ),
    R(
        "fr07",
        "en",
        "thunderbird",
        "fr",
        "unclear",
        None,
        "Élodie Garnier",
        "elodie.garnier@free.fr",
        """
Bonjour,

Merci pour votre message. Je regarde mon agenda et je reviens vers vous rapidement.

Cordialement,
Élodie Garnier
""",
        why="acknowledgement, she will answer later",
    ),
    R(
        "fr08",
        "en",
        "outlook",
        "fr",
        "confirm",
        None,
        "Nicolas Roux",
        "nicolas.roux@laposte.net",
        """
Bonjour,

Je retiens l'option 1, jeudi 3 décembre à 14h.

Bien à vous,
Nicolas Roux
""",
        quote="none",
        charset="windows-1252",
    ),
    R(
        "fr09",
        "en",
        "apple",
        "fr",
        "unclear",
        None,
        "Antoine Girard",
        "antoine.girard@me.com",
        """
Bonjour,
Vendredi serait possible mais seulement si on peut commencer à 14h30 au lieu de 14h. Sinon jeudi, mais ce serait plus compliqué pour moi.
Cordialement,
Antoine
""",
        why="conditional on a time not offered, with a reluctant fallback",
    ),
    R(
        "fr10",
        "en",
        "owa",
        "fr",
        "confirm",
        2,
        "Léa Fontaine",
        "lea.fontaine@outlook.fr",
        """
Bonjour,

C'est noté pour l'option 2 (vendredi 4/12, 14h heure de Londres, soit 15h pour moi).

Cordialement
Léa Fontaine
""",
    ),
    R(
        "fr11",
        "en",
        "ooo-outlook",
        "fr",
        "automated",
        None,
        "Isabelle Mercier",
        "i.mercier@cabinet-mercier.fr",
        """
Bonjour,

Je suis absente jusqu'au lundi 7 décembre inclus, avec un accès limité à mes e-mails. Je traiterai votre message à mon retour.

Cordialement,
Isabelle Mercier
""",
        hours=0.01,
    ),
    # ------------------------------------------------------------------ Spanish (client UI es)
    R(
        "es01",
        "en",
        "gmail",
        "es",
        "confirm",
        None,
        "Lucía Fernández",
        "lucia.fernandez.m@gmail.com",
        """
Hola,

Confirmo mi asistencia el jueves 3 de diciembre a las 14:00.

Un saludo,
Lucía Fernández
""",
    ),
    R(
        "es02",
        "en",
        "yahoo",
        "es",
        "confirm",
        2,
        "Alejandro Ramírez",
        "alejandro_rmz@yahoo.com.mx",
        """
Buen día,

Me queda mejor la opción 2, el viernes. Serían las 8 de la mañana hora de México, está bien para mí.

Saludos cordiales,
Alejandro Ramírez
""",
        tz=-6,
    ),
    R(
        "es03",
        "en",
        "outlook",
        "es",
        "decline",
        None,
        "María José Gutiérrez",
        "mjgutierrez@hotmail.es",
        """
Buenas tardes:

Les agradezco mucho la oportunidad, pero he decidido no continuar con el proceso de selección.

Atentamente,
María José Gutiérrez
""",
    ),
    R(
        "es04",
        "en",
        "iphone",
        "es",
        "question",
        None,
        "Javier Ortega",
        "javi.ortega@icloud.com",
        """
Hola, ¿con quién sería la entrevista? ¿Tengo que preparar algo además del portafolio?
""",
    ),
    R(
        "es05",
        "en",
        "gmail",
        "es",
        "reschedule",
        None,
        "Sergio Navarro",
        "sergionavarro.vlc@gmail.com",
        """
Hola,

Ninguno de los horarios me viene bien por el trabajo. ¿Podría ser el lunes 7 o el martes 8 a partir de las 17h?

Gracias,
Sergio
""",
        quote="none",
    ),
    R(
        "es06",
        "en",
        "owa",
        "es",
        "unclear",
        None,
        "Pablo Jiménez",
        "pablo.jimenez@outlook.es",
        """
Hola,
Recibido, muchas gracias. Lo reviso y les confirmo.
Saludos,
Pablo
""",
        why="acknowledgement only",
    ),
    R(
        "es07",
        "en",
        "yahoo",
        "es",
        "confirm",
        3,
        "Carmen Ruiz",
        "carmenruiz76@yahoo.es",
        """
Hola
el sábado a las 10 perfecto
Gracias
Carmen
""",
    ),
    R(
        "es08",
        "en",
        "outlook",
        "es",
        "confirm",
        2,
        "Diego Torres",
        "diego.torres@telefonica.net",
        """
Estimados:

Quedo a la espera del viernes 4 a las 14:00 (opción 2). Muchas gracias.

Cordialmente,
Diego Torres
""",
        quote="none",
        charset="windows-1252",
    ),
    R(
        "es09",
        "en",
        "gmail",
        "es",
        "unclear",
        None,
        "Martina López",
        "martu.lopez@gmail.com",
        """
Hola! El jueves no puedo, el viernes tampoco creo... el sábado podría ser pero no sé si llego a las 10. Les aviso.
Saludos, Martina
""",
        tz=-3,
        why="nothing decided, she will write again",
    ),
    R(
        "es10",
        "en",
        "ooo-outlook",
        "es",
        "automated",
        None,
        "Raquel Santos",
        "rsantos@grupo-iberlog.es",
        """
Gracias por su mensaje.

Estaré fuera de la oficina hasta el 9 de diciembre sin acceso al correo electrónico. Para asuntos urgentes, puede contactar con recepcion@grupo-iberlog.es.

Un saludo,
Raquel Santos
""",
        hours=0.02,
    ),
    # ------------------------------------------------------------------ Portuguese (client UI pt-BR / pt-PT)
    R(
        "pt01",
        "en",
        "gmail",
        "pt",
        "confirm",
        2,
        "Rafael Souza",
        "rafael.souza.dev@gmail.com",
        """
Olá,

Confirmo a opção 2, sexta-feira dia 04/12. Pelo que entendi serão 11h no horário de Brasília, certo?

Atenciosamente,
Rafael Souza
""",
        tz=-3,
        why="decides option 2; the time-zone check is a side question",
    ),
    R(
        "pt02",
        "en",
        "terra",
        "pt",
        "confirm",
        None,
        "Márcia Oliveira",
        "marcia.oliveira@terra.com.br",
        """
Bom dia,
Confirmo minha participação na quinta-feira, 03/12, às 14h.
Att,
Márcia Oliveira
""",
        quote="none",
        charset="iso-8859-1",
        tz=-3,
    ),
    R(
        "pt03",
        "en",
        "outlook",
        "pt",
        "reschedule",
        None,
        "Fernanda Lima",
        "fernanda.lima@hotmail.com",
        """
Prezados,

Infelizmente não poderei em nenhuma das datas sugeridas. Seria possível remarcar para a semana seguinte, de preferência no período da tarde?

Atenciosamente,
Fernanda Lima
""",
        tz=-3,
    ),
    R(
        "pt04",
        "en",
        "iphone",
        "pt",
        "confirm",
        3,
        "João Pereira",
        "joao.pereira@icloud.com",
        """
Olá, prefiro sábado às 10h. Obrigado!
""",
        tz=0,
    ),
    R(
        "pt05",
        "en",
        "gmail",
        "pt",
        "decline",
        None,
        "Thiago Alves",
        "thiago.alves92@gmail.com",
        """
Olá, agradeço o convite mas não tenho mais interesse na vaga.
Abraço,
Thiago
""",
        tz=-3,
    ),
    R(
        "pt06",
        "en",
        "terra",
        "pt",
        "question",
        None,
        "Patrícia Gomes",
        "patricia.gomes@terra.com.br",
        """
Boa tarde,

Gostaria de saber se o relatório de avaliação do treinamento é obrigatório, pois ainda não concluí o curso.

Obrigada,
Patrícia
""",
        tz=-3,
    ),
    R(
        "pt07",
        "en",
        "owa",
        "pt",
        "unclear",
        None,
        "Beatriz Costa",
        "bia.costa@outlook.com.br",
        """
Oi! Quinta ou sexta, tanto faz pra mim. Vocês escolhem 🙂
Beatriz
""",
        tz=-3,
        why="two options fine, leaves the choice to HR",
    ),
    R(
        "pt08",
        "en",
        "gmail",
        "pt",
        "confirm",
        None,
        "Lucas Ribeiro",
        "lucasribeiro.rj@gmail.com",
        """
Bom dia! Pode ser a opção 1 sim. Obrigado
""",
        tz=-3,
    ),
    # ------------------------------------------------------------------ Italian (client UI it)
    R(
        "it01",
        "en",
        "libero",
        "it",
        "confirm",
        None,
        "Giuseppe Russo",
        "giuseppe.russo@libero.it",
        """
Buongiorno,
confermo la mia disponibilità per giovedì 3 dicembre alle ore 14.
Cordiali saluti
Giuseppe Russo
""",
    ),
    R(
        "it02",
        "en",
        "gmail",
        "it",
        "confirm",
        3,
        "Chiara Romano",
        "chiara.romano.mi@gmail.com",
        """
Ciao, per me va bene sabato 5 alle 10. Grazie mille!
Chiara
""",
    ),
    R(
        "it03",
        "en",
        "outlook",
        "it",
        "reschedule",
        None,
        "Francesca Bianchi",
        "francesca.bianchi@outlook.it",
        """
Gentile team,

vi ringrazio per l'opportunità. Purtroppo venerdì e sabato sono fuori sede e giovedì pomeriggio ho già un impegno. Sarebbe possibile giovedì mattina, ad esempio alle 10?

Cordiali saluti,
Francesca Bianchi
""",
    ),
    R(
        "it04",
        "en",
        "iphone",
        "it",
        "confirm",
        2,
        "Matteo Esposito",
        "matteo.esposito@icloud.com",
        """
Venerdì alle 14 va benissimo
""",
    ),
    R(
        "it05",
        "en",
        "libero",
        "it",
        "question",
        None,
        "Antonio Colombo",
        "antonio.colombo@libero.it",
        """
Salve,
volevo sapere se il colloquio si può fare in italiano o se è necessario l'inglese.
Grazie
Antonio Colombo
""",
    ),
    R(
        "it06",
        "en",
        "gmail",
        "it",
        "unclear",
        None,
        "Marco Ferrari",
        "marco.ferrari.to@gmail.com",
        """
Buongiorno,

grazie per l'invito. Al momento non so ancora se riesco a liberarmi, vi faccio sapere entro lunedì.

Saluti
Marco Ferrari
""",
    ),
    R(
        "it07",
        "en",
        "outlook",
        "it",
        "decline",
        None,
        "Alessandra Conti",
        "alessandra.conti@tiscali.it",
        """
Buongiorno,

vi comunico che non parteciperò al colloquio in quanto ho accettato un'altra proposta.

Distinti saluti
Alessandra Conti
""",
        quote="none",
        charset="iso-8859-1",
    ),
    R(
        "it08",
        "en",
        "apple",
        "it",
        "confirm",
        2,
        "Luca Ricci",
        "luca.ricci@me.com",
        """
Buongiorno, giovedì va bene. Anzi no, scusate, giovedì ho il dentista: meglio venerdì alle 14.
Grazie
Luca
""",
        why="corrects himself: the final word is Friday",
    ),
    # ------------------------------------------------------------------ Dutch (client UI nl)
    R(
        "nl01",
        "en",
        "gmail",
        "nl",
        "confirm",
        None,
        "Daan de Vries",
        "daan.devries@gmail.com",
        """
Hoi,

Donderdag 3 december om 14:00 is prima. Tot dan!

Groet,
Daan de Vries
""",
    ),
    R(
        "nl02",
        "en",
        "outlook",
        "nl",
        "confirm",
        2,
        "Sanne Jansen",
        "sanne.jansen@ziggo.nl",
        """
Beste,

Graag kies ik voor optie 2, vrijdag 4 december 14:00 uur.

Met vriendelijke groet,
Sanne Jansen
""",
        quote="none",
        charset="windows-1252",
    ),
    R(
        "nl03",
        "en",
        "iphone",
        "nl",
        "reschedule",
        None,
        "Thijs Visser",
        "thijs.visser@icloud.com",
        """
Hallo, kan het ook maandag 7 december? De andere dagen lukt het me niet.
""",
    ),
    R(
        "nl04",
        "en",
        "owa",
        "nl",
        "question",
        None,
        "Lotte Bakker",
        "lotte.bakker@outlook.com",
        """
Goedemiddag,

Is het gesprek in het Engels? En moet ik de documenten vooraf mailen of tijdens het gesprek laten zien?

Met vriendelijke groet,
Lotte Bakker
""",
    ),
    R(
        "nl05",
        "en",
        "gmail",
        "nl",
        "decline",
        None,
        "Bram Smit",
        "bram.smit@gmail.com",
        """
Hallo,

Bedankt voor de uitnodiging, maar ik trek me terug uit de procedure. Ik heb ondertussen een andere baan gevonden.

Groeten,
Bram
""",
    ),
    R(
        "nl06",
        "en",
        "gmail",
        "nl",
        "confirm",
        3,
        "Kim Peters",
        "kim.peters.nl@gmail.com",
        """
Zaterdag 10:00 graag.

Groet, Kim
""",
    ),
    # ------------------------------------------------------------------ Japanese (client UI ja)
    R(
        "ja01",
        "en",
        "outlook",
        "ja",
        "confirm",
        None,
        "山田 太郎",
        "taro.yamada@outlook.jp",
        """
採用ご担当者様

お世話になっております。山田太郎です。
再面接のご案内をいただき、ありがとうございます。
ご提案いただいた12月3日（木）14時（ロンドン時間）で参加させていただきます。

どうぞよろしくお願いいたします。

山田 太郎
""",
    ),
    R(
        "ja02",
        "en",
        "gmail",
        "ja",
        "confirm",
        2,
        "佐藤 花子",
        "hanako.sato.0312@gmail.com",
        """
ご担当者様

お世話になっております。佐藤です。
12月4日（金）の回でお願いいたします。日本時間では23時になりますが、問題ございません。

よろしくお願いいたします。
佐藤 花子
""",
    ),
    R(
        "ja03",
        "en",
        "yahoojp",
        "ja",
        "reschedule",
        None,
        "鈴木 一郎",
        "ichiro_suzuki1985@yahoo.co.jp",
        """
お世話になっております。鈴木です。

大変恐縮ですが、木曜・金曜の枠は日本時間の23時となるため参加が難しく、土曜日は先約がございます。
12月7日（月）以降で、ロンドン時間の午前中（日本時間の夕方）にご調整いただくことは可能でしょうか。

何卒よろしくお願い申し上げます。
鈴木 一郎
""",
    ),
    R(
        "ja04",
        "en",
        "iphone",
        "ja",
        "confirm",
        3,
        "中村 美咲",
        "misaki.n@icloud.com",
        """
土曜日の10時（日本時間19時）でお願いします。
""",
    ),
    R(
        "ja05",
        "en",
        "gmail",
        "ja",
        "decline",
        None,
        "高橋 健",
        "ken.takahashi.jp@gmail.com",
        """
ご担当者様

お世話になっております。高橋です。
大変申し訳ございませんが、他社より内定をいただいたため、今回の再面接は辞退させていただきます。
ご配慮いただいたにもかかわらず、誠に申し訳ございません。

高橋 健
""",
    ),
    R(
        "ja06",
        "en",
        "thunderbird",
        "ja",
        "question",
        None,
        "伊藤 誠",
        "makoto.ito@example-isp.ne.jp",
        """
お世話になっております。伊藤です。

面接は英語で行われますでしょうか。また、身分証明書はパスポートのコピーでも問題ないでしょうか。

ご確認のほど、よろしくお願いいたします。
伊藤
""",
    ),
    R(
        "ja07",
        "en",
        "docomo",
        "ja",
        "confirm",
        2,
        "小林 翔",
        "sho-kobayashi.0507@docomo.ne.jp",
        """
金曜14時（ロンドン時間）で大丈夫です。よろしくお願いします。
小林
""",
        quote="none",
    ),
    R(
        "ja08",
        "en",
        "yahoojp",
        "ja",
        "unclear",
        None,
        "渡辺 直子",
        "naoko_w_0821@yahoo.co.jp",
        """
ご連絡ありがとうございます。
スケジュールを確認のうえ、改めてご連絡いたします。

渡辺
""",
        quote="none",
        why="acknowledgement only",
    ),
    R(
        "ja09",
        "en",
        "ooo-outlook",
        "ja",
        "automated",
        None,
        "加藤 裕子",
        "y-kato@sakura-shoji.co.jp",
        """
お世話になっております。
誠に恐れ入りますが、11月25日から12月6日まで休暇のため不在にしております。
いただいたメールは12月7日以降に順次確認させていただきます。

加藤
""",
        hours=0.01,
    ),
    R(
        "ja10",
        "en",
        "outlook",
        "ja",
        "confirm",
        None,
        "森 恵子",
        "keiko.mori@biglobe.ne.jp",
        """
ご担当者様

お世話になっております。森です。
12月3日（木）14:00〜15:00（ロンドン時間）の件、承知いたしました。当日はオンラインで参加いたします。

よろしくお願いいたします。
森 恵子
""",
        quote="none",
        charset="iso-2022-jp",
        why="承知いたしました with the proposed date restated = accepts option 1",
    ),
    # ------------------------------------------------------------------ Korean (client UI ko)
    R(
        "ko01",
        "en",
        "naver",
        "ko",
        "confirm",
        None,
        "김민지",
        "minji_kim93@naver.com",
        """
안녕하세요.
재면접 기회를 주셔서 감사합니다.
12월 3일(목) 14시로 참석하겠습니다.

김민지 드림
""",
    ),
    R(
        "ko02",
        "en",
        "gmail",
        "ko",
        "confirm",
        2,
        "이준호",
        "junho.lee.dev@gmail.com",
        """
안녕하세요, 이준호입니다.
2번 일정(12월 4일 금요일)으로 부탁드립니다. 한국 시간으로는 밤 11시인데 괜찮습니다.
감사합니다.
""",
    ),
    R(
        "ko03",
        "en",
        "outlook",
        "ko",
        "reschedule",
        None,
        "박서연",
        "seoyeon.park@hanmail.net",
        """
안녕하세요.

제시해 주신 시간이 한국 시간으로 늦은 밤이라 참석이 어렵습니다.
12월 7일 이후로, 런던 시간 기준 오전 9시~10시 사이에 가능할까요?

박서연 드림
""",
        quote="none",
        charset="ks_c_5601-1987",
    ),
    R(
        "ko04",
        "en",
        "iphone",
        "ko",
        "confirm",
        3,
        "정하늘",
        "haneul.jung@icloud.com",
        """
토요일 10시로 할게요. 감사합니다!
""",
    ),
    R(
        "ko05",
        "en",
        "samsung",
        "ko",
        "question",
        None,
        "강지민",
        "jimin.kang@daum.net",
        """
안녕하세요. 면접은 온라인으로 진행되는 건가요? 링크로 접속하면 되는지 궁금합니다.
""",
    ),
    R(
        "ko06",
        "en",
        "naver",
        "ko",
        "decline",
        None,
        "최지훈",
        "jihoon_choi@naver.com",
        """
안녕하세요.
개인 사정으로 이번 재면접에는 참여하지 않겠습니다. 기회 주셔서 감사합니다.

최지훈 드림
""",
        quote="none",
        charset="euc-kr",
    ),
    # ------------------------------------------------------------------ Russian (client UI ru)
    R(
        "ru01",
        "en",
        "yandex",
        "ru",
        "confirm",
        2,
        "Анна Смирнова",
        "anna.smirnova@yandex.ru",
        """
Добрый день!

Мне подходит вариант 2 — пятница, 4 декабря. По Москве это 17:00, меня устраивает.

-- 
С уважением,
Анна Смирнова
""",
    ),
    R(
        "ru02",
        "en",
        "mailru",
        "ru",
        "confirm",
        None,
        "Дмитрий Кузнецов",
        "d.kuznetsov@mail.ru",
        """
Здравствуйте.
Подтверждаю участие в четверг 3 декабря в 14:00.
""",
    ),
    R(
        "ru03",
        "en",
        "outlook",
        "ru",
        "reschedule",
        None,
        "Екатерина Волкова",
        "e.volkova@rambler.ru",
        """
Добрый день.

К сожалению, предложенные даты мне не подходят. Могу ли я пройти собеседование на следующей неделе, например во вторник 8 декабря в любое время после 12:00 по Лондону?

С уважением,
Екатерина Волкова
""",
        quote="none",
        charset="windows-1251",
    ),
    R(
        "ru04",
        "en",
        "thebat",
        "ru",
        "confirm",
        3,
        "Сергей Петров",
        "sergey.petrov@mail.ru",
        """
Выбираю третий вариант, суббота 5 декабря, 10:00.
""",
        charset="koi8-r",
    ),
    R(
        "ru05",
        "en",
        "yandex",
        "ru",
        "question",
        None,
        "Игорь Соколов",
        "igor.sokolov@yandex.ru",
        """
Здравствуйте.
Подскажите, пожалуйста, можно ли пройти собеседование полностью онлайн? В Шанхай приехать не смогу.
Спасибо.
Игорь
""",
    ),
    R(
        "ru06",
        "en",
        "mailru",
        "ru",
        "decline",
        None,
        "Алексей Морозов",
        "a.morozov87@mail.ru",
        """
Добрый день. Благодарю за приглашение, но от участия отказываюсь — уже вышел на другую работу.
""",
    ),
    R(
        "ru07",
        "en",
        "ooo-outlook",
        "ru",
        "automated",
        None,
        "Наталья Лебедева",
        "n.lebedeva@severtrans.ru",
        """
Здравствуйте!

Я в отпуске до 7 декабря включительно, доступ к почте ограничен. По срочным вопросам обращайтесь, пожалуйста, к Марине Орловой: m.orlova@severtrans.ru.

С уважением,
Наталья Лебедева
""",
        hours=0.01,
    ),
    # ------------------------------------------------------------------ English
    R(
        "en01",
        "en",
        "gmail",
        "en-us",
        "confirm",
        None,
        "Priya Nair",
        "priya.nair2201@gmail.com",
        """
Confirm
""",
        tz=5.5,
    ),
    R(
        "en02",
        "en",
        "outlook",
        "en",
        "confirm",
        None,
        "Rahul Sharma",
        "rahul.sharma.blr@outlook.com",
        """
Dear Hiring Team,

I confirm my attendance for the re-interview on Thursday, 3rd December 2026 at 2:00 PM. Kindly share the meeting link at the earliest.

Thanks & Regards,
Rahul Sharma
+91 98450 12345
""",
        tz=5.5,
    ),
    R(
        "en03",
        "en",
        "iphone",
        "en",
        "confirm",
        None,
        "Emma Wilson",
        "emma.wilson@icloud.com",
        """
Thursday works for me, thanks!
""",
    ),
    R(
        "en04",
        "en",
        "gmail",
        "en",
        "confirm",
        None,
        "Tomasz Kowalski",
        "tomasz.kowalski.pl@gmail.com",
        """
Confirmed. Thank you for the second chance – I'll be there on Thursday.

Best,
Tomasz Kowalski
""",
        tz=1,
    ),
    R(
        "en05",
        "en",
        "yahoo",
        "en",
        "confirm",
        None,
        "Chinedu Okafor",
        "chinedu.okafor@yahoo.com",
        """
Hello,
Option 1 is fine with me.
Regards
Chinedu Okafor
""",
        tz=1,
    ),
    R(
        "en06",
        "en",
        "apple",
        "en",
        "confirm",
        None,
        "Wei Jie Tan",
        "weijie.tan@icloud.com",
        """
Hi,

I'm based in Singapore, so 14:00 London is 10pm here, but that's fine – I'll take the Thursday slot.

Cheers,
Wei Jie
""",
        tz=8,
    ),
    R(
        "en07",
        "en",
        "owa",
        "en",
        "confirm",
        None,
        "Michael O'Brien",
        "michael.obrien@outlook.ie",
        """
confirm
""",
    ),
    R(
        "en08",
        "en",
        "proton",
        "en",
        "confirm",
        None,
        "Jordan Ellis",
        "jordan.ellis@proton.me",
        """
Thu 3 Dec 14:00 confirmed.

– Jordan
""",
    ),
    R(
        "en09",
        "en",
        "samsung",
        "en",
        "confirm",
        None,
        "Maria Santos",
        "maria.santos.ph@gmail.com",
        """
Yes thursday 2pm is good
""",
        tz=8,
    ),
    R(
        "en10",
        "en",
        "gmail",
        "en-us",
        "confirm",
        None,
        "Ashley Johnson",
        "ashleyj.work@gmail.com",
        """
Hi there,

The proposed time on Thursday works. Looking forward to it!

Thanks,
Ashley
""",
        tz=-5,
    ),
    R(
        "en11",
        "en",
        "thunderbird",
        "en",
        "confirm",
        None,
        "Piotr Nowak",
        "piotr.nowak@wp.pl",
        """
Confirm, thank you.

Piotr
""",
        quote="above",
        tz=1,
    ),
    R(
        "en12",
        "en",
        "outlook-ios",
        "en",
        "confirm",
        None,
        "Ahmed Hassan",
        "ahmed.hassan@outlook.com",
        """
Confirming Thursday at 14:00. Thanks
""",
        tz=2,
    ),
    R(
        "en13",
        "en",
        "gmail",
        "en",
        "confirm",
        None,
        "Olumide Adeyemi",
        "olumide.adeyemi@gmail.com",
        """
Good afternoon,

I accept the proposed time (option 1). Should I join via the online link or come to the office?

Kind regards,
Olumide Adeyemi
""",
        tz=1,
        why="decides option 1; how to attend is a side question",
    ),
    R(
        "en14",
        "en",
        "gmail",
        "en",
        "confirm",
        2,
        "Hannah Lee",
        "hannah.lee.uk@gmail.com",
        """
2
""",
    ),
    R(
        "en15",
        "en",
        "iphone",
        "en",
        "confirm",
        2,
        "Daniel Kim",
        "danielkim@icloud.com",
        """
Option 2 please
""",
    ),
    R(
        "en16",
        "en",
        "outlook",
        "en",
        "confirm",
        2,
        "Sarah Thompson",
        "sarah.thompson@btinternet.com",
        """
Hello,

Friday works best for me. Please book me in for 4 December at 14:00.

Kind regards,
Sarah Thompson
""",
    ),
    R(
        "en17",
        "en",
        "gmail",
        "en",
        "confirm",
        2,
        "Mehmet Yılmaz",
        "mehmet.yilmaz.ist@gmail.com",
        """
Can't do Thursday unfortunately, but Friday is fine.
""",
        tz=3,
    ),
    R(
        "en18",
        "en",
        "apple",
        "en",
        "confirm",
        2,
        "Emily Clarke",
        "emily.clarke@me.com",
        """
Hi,

I have a doctor's appointment on Thursday afternoon – could I take the Friday slot instead? Friday 14:00 would be great.

Thanks,
Emily
""",
        why="picks the offered Friday slot, phrased as a request",
    ),
    R(
        "en19",
        "en",
        "thunderbird",
        "en",
        "confirm",
        2,
        "Lars Eriksson",
        "lars.eriksson@bredband.net",
        """
This one, please.
""",
        quote="inline",
        after="  Option 2:",
        tz=1,
    ),
    R(
        "en20",
        "en",
        "yahoo-android",
        "en",
        "confirm",
        2,
        "Grace Mwangi",
        "grace.mwangi@yahoo.com",
        """
Friday please! Will the interviewer be the same person as last time?
""",
        tz=3,
        why="decides Friday; side question",
    ),
    R(
        "en21",
        "en",
        "owa",
        "en",
        "confirm",
        2,
        "James Carter",
        "james.carter@outlook.com",
        """
Let's do the 4th.

James
""",
    ),
    R(
        "en22",
        "en",
        "gmail",
        "en",
        "confirm",
        2,
        "Ananya Iyer",
        "ananya.iyer@gmail.com",
        """
Hi,

Thursday is my exam day, so I'll go with option 2 (Fri 4 Dec).

Thanks,
Ananya
""",
        tz=5.5,
    ),
    R(
        "en23",
        "en",
        "gmail",
        "en-us",
        "confirm",
        3,
        "Noah Fischer",
        "noah.fischer@gmail.com",
        """
3
""",
        tz=-5,
    ),
    R(
        "en24",
        "en",
        "iphone",
        "en",
        "confirm",
        3,
        "Fatima Zahra",
        "fatima.zahra@icloud.com",
        """
Saturday morning please 🙏
""",
        tz=1,
    ),
    R(
        "en25",
        "en",
        "outlook",
        "en",
        "confirm",
        3,
        "Adebayo Ogunleye",
        "adebayo.ogunleye@outlook.com",
        """
Dear Recruiting Team,

I would prefer the Saturday option (5 Dec, 10:00–11:00).

Best regards,
Adebayo Ogunleye
""",
        tz=1,
    ),
    R(
        "en26",
        "en",
        "samsung",
        "en",
        "confirm",
        3,
        "Rohan Das",
        "rohan.das@gmail.com",
        """
Option 3 works for me, thanks
""",
        tz=5.5,
    ),
    R(
        "en27",
        "en",
        "gmail",
        "en-us",
        "confirm",
        3,
        "Tyler Brooks",
        "tyler.brooks88@gmail.com",
        """
Hi! The Saturday slot is perfect – I work weekdays. Sat 5 Dec, 10am it is.

Thanks,
Tyler
""",
        tz=-5,
    ),
    R(
        "en28",
        "en",
        "proton",
        "en",
        "confirm",
        3,
        "Alex Novak",
        "alex.novak@proton.me",
        """
Sat 10:00 please.
""",
        tz=1,
    ),
    R(
        "en29",
        "en",
        "gmail",
        "en",
        "reschedule",
        None,
        "Olivia Brown",
        "olivia.brown.93@gmail.com",
        """
Hi,

Could we do Monday 7th instead? Any time after 11am works.

Thanks,
Olivia
""",
    ),
    R(
        "en30",
        "en",
        "outlook",
        "en",
        "reschedule",
        None,
        "Nikhil Menon",
        "nikhil.menon@hotmail.com",
        """
Dear Team,

Thank you for the opportunity. Unfortunately I am travelling until 6 December and none of the three slots work for me. Would it be possible to schedule the interview on any day during the week of 7 December?

Kind regards,
Nikhil Menon
""",
        tz=4,
    ),
    R(
        "en31",
        "en",
        "iphone",
        "en",
        "reschedule",
        None,
        "Chloe Davies",
        "chloe.davies@icloud.com",
        """
Is there any chance of an evening slot? I work 9 to 5 and can't get away during the day.
""",
        why="none of the offered times, wants an evening",
    ),
    R(
        "en32",
        "en",
        "yahoo",
        "en",
        "reschedule",
        None,
        "Kwame Mensah",
        "kwame.mensah@yahoo.com",
        """
Reschedule please – Tuesday 8 Dec between 10:00 and 12:00 would suit me.

Kwame
""",
    ),
    R(
        "en33",
        "en",
        "owa",
        "en",
        "reschedule",
        None,
        "Sophie Turner",
        "sophie.turner@outlook.com",
        """
Hi, could we push Thursday to 4pm? I have a meeting until 3.

Sophie
""",
    ),
    R(
        "en34",
        "en",
        "apple",
        "en",
        "reschedule",
        None,
        "Ben Harris",
        "ben.harris@me.com",
        """
Would it be possible to do it a week later, same time (Thu 10 Dec, 14:00)?

Ben
""",
    ),
    R(
        "en35",
        "en",
        "gmail",
        "en",
        "reschedule",
        None,
        "Ngozi Eze",
        "ngozi.eze@gmail.com",
        """
Hello,

None of these work for me as the power and connection in my area are unreliable in the afternoons. Could we do a morning slot instead, e.g. Thursday or Friday at 9am London time?

Thank you,
Ngozi Eze
""",
        tz=1,
    ),
    R(
        "en36",
        "en",
        "thunderbird",
        "en",
        "reschedule",
        None,
        "Mateusz Zielinski",
        "mateusz.zielinski@o2.pl",
        """
Could we move it to Wednesday 2 Dec? Any time that day.

Mateusz
""",
        tz=1,
    ),
    R(
        "en37",
        "en",
        "outlook-ios",
        "en",
        "reschedule",
        None,
        "Laura Mitchell",
        "laura.mitchell@outlook.com",
        """
Friday would work but only in the morning, could we do 10am instead of 2pm?
""",
    ),
    R(
        "en38",
        "en",
        "gmail",
        "en",
        "decline",
        None,
        "Samuel Okoro",
        "samuel.okoro@gmail.com",
        """
Decline
""",
        tz=1,
        quote="none",
    ),
    R(
        "en39",
        "en",
        "outlook",
        "en",
        "decline",
        None,
        "Anil Kumar",
        "anil.kumar@rediffmail.com",
        """
Dear Hiring Team,

Thank you for the invitation. I have accepted another offer and would like to withdraw my application.

Best regards,
Anil Kumar
""",
        tz=5.5,
    ),
    R(
        "en40",
        "en",
        "iphone",
        "en",
        "decline",
        None,
        "Jessica Moore",
        "jess.moore@icloud.com",
        """
Please remove me from the process, I'm no longer interested. Thanks
""",
    ),
    R(
        "en41",
        "en",
        "apple",
        "en",
        "decline",
        None,
        "Rachel Green",
        "rachel.green@me.com",
        """
Hi,

After some thought I've decided not to go ahead with the re-interview. Thanks for the opportunity though.

Best,
Rachel
""",
    ),
    R(
        "en42",
        "en",
        "yahoo",
        "en",
        "decline",
        None,
        "Joseph Bautista",
        "joseph.bautista@yahoo.com",
        """
Thank you but I will not be attending. I have relocated to Canada and am no longer looking.
""",
        tz=-5,
    ),
    R(
        "en43",
        "en",
        "gmail",
        "en",
        "question",
        None,
        "Ryan Walsh",
        "ryan.walsh@gmail.com",
        """
Hi, is the re-interview with a person this time or the AI again?
""",
        quote="none",
    ),
    R(
        "en44",
        "en",
        "outlook",
        "en",
        "question",
        None,
        "Aisha Khan",
        "aisha.khan@hotmail.co.uk",
        """
Hello,

The times are in London time but the address is in Shanghai – should I come to the office or is it online? I'm currently in Manchester.

Thanks,
Aisha Khan
""",
    ),
    R(
        "en45",
        "en",
        "proton",
        "en",
        "question",
        None,
        "Dana Levi",
        "dana.levi@proton.me",
        """
What was my score in the first interview? And do I have to finish the training course before I can pick a slot?
""",
        tz=2,
    ),
    R(
        "en46",
        "en",
        "samsung",
        "en",
        "question",
        None,
        "Arjun Patel",
        "arjun.patel@gmail.com",
        """
Do I need to bring the ID copy if I do it online?
""",
    ),
    R(
        "en47",
        "en",
        "gmail",
        "en",
        "question",
        None,
        "João Silva",
        "joao.silva.lx@gmail.com",
        """
Hi,

Before I choose, can you tell me whether the Saturday session can also be done online?

Thanks,
João
""",
        tz=0,
    ),
    R(
        "en48",
        "en",
        "owa",
        "en",
        "question",
        None,
        "Kateryna Bondar",
        "kateryna.bondar@outlook.com",
        """
Hello, I can't find the link to the training course anywhere in the email. Where do I access it?
""",
        tz=2,
    ),
    R(
        "en49",
        "en",
        "gmail",
        "en",
        "unclear",
        None,
        "Liam Murphy",
        "liam.murphy@gmail.com",
        """
Thanks, received.
""",
        why="acknowledgement only",
    ),
    R(
        "en50",
        "en",
        "iphone",
        "en",
        "unclear",
        None,
        "Zoe Taylor",
        "zoe.taylor@icloud.com",
        """
Ok
""",
        why="bare acknowledgement",
    ),
    R(
        "en51",
        "en",
        "outlook",
        "en",
        "unclear",
        None,
        "Ivan Petrenko",
        "ivan.petrenko@outlook.com",
        """
Thanks for the chance! Let me check my calendar and get back to you.

Ivan
""",
        tz=2,
    ),
    R(
        "en52",
        "en",
        "gmail",
        "en",
        "unclear",
        None,
        "Hassan Ali",
        "hassan.ali@gmail.com",
        """
Either Thursday or Friday is fine with me.
""",
        tz=5,
        why="two options fine, none chosen",
    ),
    R(
        "en53",
        "en",
        "yahoo",
        "en",
        "unclear",
        None,
        "Precious Dlamini",
        "precious.dlamini@yahoo.com",
        """
Any of these is fine.
""",
        tz=2,
        why="all options fine, none chosen",
    ),
    R(
        "en54",
        "en",
        "apple",
        "en",
        "unclear",
        None,
        "Oliver Scott",
        "oliver.scott@me.com",
        """
I might be able to do Friday, not sure yet. Will confirm by the weekend.
""",
        why="tentative, will confirm later",
    ),
    R(
        "en55",
        "en",
        "gmail",
        "en",
        "unclear",
        None,
        "Farah Siddiqui",
        "farah.siddiqui@gmail.com",
        """
Option 2 – Thursday 3rd at 2pm.
""",
        why="option 2 is Friday; Thursday 3rd 2pm is option 1",
    ),
    R(
        "en56",
        "en",
        "thunderbird",
        "en",
        "unclear",
        None,
        "Erik Johansson",
        "erik.johansson@telia.se",
        """
Yes, thanks.
""",
        quote="above",
        tz=1,
        why="'yes' to the whole mail, no option named",
    ),
    R(
        "en57",
        "en",
        "owa",
        "en",
        "unclear",
        None,
        "Megan Hughes",
        "megan.hughes@outlook.com",
        """
Sounds good, thanks!
""",
        why="acknowledgement, no option named",
    ),
    R(
        "en58",
        "en",
        "ooo-outlook",
        "en",
        "automated",
        None,
        "David Robinson",
        "d.robinson@northgate-logistics.co.uk",
        """
Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For anything urgent please contact reception@northgate-logistics.co.uk.

Kind regards,
David Robinson
""",
        hours=0.01,
    ),
    R(
        "en59",
        "en",
        "vacation-gmail",
        "en",
        "automated",
        None,
        "Sophia Martinez",
        "sophia.martinez.work@gmail.com",
        """
Hi,

I'm travelling with limited access to email until 4 December. I'll get back to you as soon as I can.

Sophia
""",
        hours=0.01,
    ),
    R("en60", "en", "bounce-postfix", "en", "automated", None, "", "t.evans@evans-design.co.uk", "", hours=0.03),
    R(
        "en61",
        "en",
        "autoreply-generic",
        "en",
        "automated",
        None,
        "Student Mailbox",
        "k.osei@student.example-uni.ac.uk",
        """
This mailbox is no longer monitored. If you are trying to reach a former student, please use their personal email address.

Student IT Services
""",
        hours=0.01,
    ),
    R(
        "en62",
        "en",
        "ooo-outlook",
        "en",
        "automated",
        None,
        "Claire Bennett",
        "claire.bennett@harrow-care.org.uk",
        """
Thank you for your message. I am currently on annual leave, returning on Wednesday 2 December. I will respond to your email on my return.

Many thanks,
Claire
""",
        hours=0.01,
    ),
    # ------------------------------------------------------------------ Chinese (zh invitation unless noted)
    R(
        "zh01",
        "zh",
        "qq",
        "zh",
        "confirm",
        None,
        "李伟",
        "1843920576@qq.com",
        """
确认
""",
    ),
    R(
        "zh02",
        "zh",
        "netease",
        "zh",
        "confirm",
        None,
        "王静",
        "wangjing_0915@163.com",
        """
确认参加，谢谢！
""",
    ),
    R(
        "zh03",
        "zh",
        "foxmail",
        "zh",
        "confirm",
        None,
        "张磊",
        "zhanglei@foxmail.com",
        """
好的，确认周四下午两点参加
""",
    ),
    R(
        "zh04",
        "zh",
        "outlook",
        "zh",
        "confirm",
        None,
        "刘洋",
        "liuyang_sh@outlook.com",
        """
您好，

方案1可以，我会准时参加。

谢谢！
刘洋
""",
    ),
    R(
        "zh05",
        "zh",
        "iphone",
        "zh",
        "confirm",
        None,
        "陈晨",
        "chenchen@icloud.com",
        """
确认参加方案1。
""",
    ),
    R(
        "zh06",
        "zh",
        "qq-ios",
        "zh",
        "confirm",
        None,
        "赵敏",
        "562981034@qq.com",
        """
12月3日下午2点准时到
""",
    ),
    R(
        "zh07",
        "zh",
        "mailmaster",
        "zh",
        "confirm",
        None,
        "孙悦",
        "sunyue1996@163.com",
        """
收到，确认参加，我会线上参加。
""",
    ),
    R(
        "zh08",
        "zh",
        "qq",
        "zh",
        "confirm",
        2,
        "周杰",
        "277310948@qq.com",
        """
2
""",
    ),
    R(
        "zh09",
        "zh",
        "netease",
        "zh",
        "confirm",
        2,
        "吴芳",
        "wufang_hz@126.com",
        """
选方案2
""",
    ),
    R(
        "zh10",
        "zh",
        "foxmail",
        "zh",
        "confirm",
        2,
        "郑浩",
        "zhenghao@foxmail.com",
        """
周四不行，周五可以
""",
    ),
    R(
        "zh11",
        "zh",
        "apple",
        "zh",
        "confirm",
        2,
        "黄蕾",
        "huanglei@me.com",
        """
您好，我选周五下午，谢谢。
""",
    ),
    R(
        "zh12",
        "zh",
        "qq",
        "zh",
        "confirm",
        2,
        "林涛",
        "1029384756@qq.com",
        """
12月4日（周五）14:00，谢谢
""",
    ),
    R(
        "zh13",
        "zh",
        "netease",
        "zh",
        "confirm",
        3,
        "何雪",
        "hexue2000@163.com",
        """
3
""",
    ),
    R(
        "zh14",
        "zh",
        "qq-ios",
        "zh",
        "confirm",
        3,
        "高飞",
        "903847261@qq.com",
        """
方案三
""",
    ),
    R(
        "zh15",
        "zh",
        "mailmaster",
        "zh",
        "confirm",
        3,
        "罗丹",
        "luodan_cs@163.com",
        """
周六上午吧
""",
    ),
    R(
        "zh16",
        "zh",
        "outlook",
        "zh",
        "confirm",
        3,
        "陈静",
        "chenjing0612@hotmail.com",
        """
您好：
我选12月5号上午十点的。
谢谢
陈静
""",
    ),
    R(
        "zh17",
        "zh",
        "qq",
        "zh",
        "reschedule",
        None,
        "马超",
        "758493021@qq.com",
        """
能否改到下周一上午？
""",
    ),
    R(
        "zh18",
        "zh",
        "netease",
        "zh",
        "reschedule",
        None,
        "宋佳",
        "songjia_work@163.com",
        """
您好，这三个时间我都不太方便，下周二（12月8日）或周三下午可以吗？
""",
    ),
    R(
        "zh19",
        "zh",
        "foxmail",
        "zh",
        "reschedule",
        None,
        "谢娜",
        "xiena88@foxmail.com",
        """
改期，12月8日全天都可以
""",
    ),
    R(
        "zh20",
        "zh",
        "gmail",
        "zh",
        "reschedule",
        None,
        "韩梅",
        "hanmei.sh@gmail.com",
        """
周四可以，但能不能改成下午4点？
""",
    ),
    R(
        "zh21",
        "zh",
        "qq",
        "zh",
        "decline",
        None,
        "杨帆",
        "1357924680@qq.com",
        """
放弃
""",
    ),
    R(
        "zh22",
        "zh",
        "netease",
        "zh",
        "decline",
        None,
        "许晴",
        "xuqing_1995@163.com",
        """
不好意思，我已经找到工作了，这次就不参加了。
""",
    ),
    R(
        "zh23",
        "zh",
        "iphone",
        "zh",
        "decline",
        None,
        "冯博",
        "fengbo@icloud.com",
        """
家里有事，放弃这次面试机会，谢谢
""",
    ),
    R(
        "zh24",
        "zh",
        "qq",
        "zh",
        "question",
        None,
        "曹颖",
        "2468013579@qq.com",
        """
请问线上面试需要提前测试设备吗？
""",
    ),
    R(
        "zh25",
        "zh",
        "outlook",
        "zh",
        "question",
        None,
        "邓超",
        "dengchao_gz@outlook.com",
        """
您好，请问身份证复印件一定要带吗？电子版可以吗？
""",
    ),
    R(
        "zh26",
        "zh",
        "qq",
        "zh",
        "unclear",
        None,
        "彭丽",
        "1122334455@qq.com",
        """
好的
""",
        why="bare acknowledgement",
    ),
    R(
        "zh27",
        "zh",
        "netease",
        "zh",
        "unclear",
        None,
        "蒋勇",
        "jiangyong_2019@163.com",
        """
收到
""",
        why="acknowledgement only",
    ),
    R(
        "zh28",
        "zh",
        "mailmaster",
        "zh",
        "unclear",
        None,
        "沈洁",
        "shenjie_ok@163.com",
        """
周四周五都行
""",
        why="two options fine, none chosen",
    ),
    R(
        "zh29",
        "zh",
        "qq",
        "zh",
        "unclear",
        None,
        "潘阳",
        "6677889900@qq.com",
        """
确认。不过周四可能要加班，要不周五？
""",
        why="confirms, then doubts Thursday and floats Friday as a question",
    ),
    R(
        "zh30",
        "zh",
        "netease",
        "zh",
        "unclear",
        None,
        "袁媛",
        "yuanyuan_bj@163.com",
        """
我再看看时间，稍后回复
""",
        why="will answer later",
    ),
    R("zh31", "zh", "vacation-qq", "zh", "automated", None, "唐宁", "3344556677@qq.com", "", hours=0.01),
    R(
        "zh32",
        "en",
        "outlook",
        "zh-tw",
        "confirm",
        2,
        "林怡君",
        "yijun.lin@hotmail.com.tw",
        """
您好：

我選擇選項 2（12月4日 星期五 14:00），謝謝。

林怡君
""",
        quote="none",
        charset="big5",
        tz=8,
    ),
    R(
        "zh33",
        "en",
        "gmail",
        "zh",
        "confirm",
        None,
        "周明",
        "zhouming.uk@gmail.com",
        """
您好，我确认参加周四下午2点（伦敦时间）的面试。谢谢！

周明
""",
        tz=0,
    ),
    R(
        "zh34",
        "en",
        "apple",
        "zh",
        "question",
        None,
        "钱程",
        "qiancheng@me.com",
        """
请问面试是中文还是英文？
""",
        tz=0,
    ),
    R(
        "zh35",
        "en",
        "qq-ios",
        "zh",
        "confirm",
        3,
        "范晓",
        "2233445566@qq.com",
        """
周六可以
""",
        tz=0,
    ),
]
