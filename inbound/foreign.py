"""Replies written in German, French, Spanish, Portuguese, Italian, Dutch, Japanese, Korean or Russian, read by
tables (SPEC R-M3: never a wrong action).

`inbound.language` names the language; `classify_foreign` reads the reply only when it is one clear decision
(or a clear question) in the words of that language's tables, and returns None for anything else — the reply
is then asked back as before. Each language has a table of phrases: confirmation, withdrawal, "cannot attend",
a request for another time, negation, hedges, conditions, contrast, relative days, option words and ordinals,
weekdays, months and hours. The reading, in order:

- a hedge ("je vous redirai", "ich melde mich"), a condition (wenn, si, se, если, もし, 면) or any of several
  times ("egal", "n'importe", "どれでも") → None;
- a withdrawal ("j'ai accepté une autre offre", "辞退") → decline, when nothing else is said (no time, option,
  yes, request to move or question);
- a request for another time ("nächste Woche", "otro día", "別の日") → reschedule, when no option is named and
  every yes or offered time beside it is negated ("Freitag geht leider nicht, nächste Woche?"), and it is asked
  for (a question), refused in its phrase ("keinem der Termine") or said with a move verb ("verschieben"); not
  when it names an offered weekday ("来週の金曜日": that Friday, or a week later?);
  A question naming only days or dates no offered time has, after every time is refused ("keiner der Termine.
  Ginge es am Montag, 7.12.?", "leider passen die Termine nicht. Wäre Montag, der 7. Dezember, möglich?") or
  in the question asking to move ("¿la semana siguiente, por ejemplo el martes 8?"), is that other time asked
  for: reschedule (a yes in it, "Geht auch Montag?", asks);
- a question asking another hour in place of an offered one ("à 11h plutôt qu'à 10h ?", "11 Uhr statt 10 Uhr")
  → reschedule, when no other sentence names a time;
- "cannot attend" ("não poderei participar") → decline, when it names no time or option;
- only questions naming no time, with at most a name or a reason naming no time beside them ("Is het mogelijk om
  het gesprek online te doen? Ik woon niet in de buurt.") → question, a "but" or "only" in them included;
- a time refused beside one accepted with its hour or date ("Donnerstag passt leider nicht, Samstag um 10 wäre
  gut", "Freitag passt mir leider nicht, Samstag ginge") → confirm of the one offered time that fits it and none
  of the refused;
- any other negation, contrast ("aber", "mais", "но") or relative day ("morgen", "来週") → None;
- a question with no decision in it → question; a yes with a question in another sentence that names nothing
  → confirm, carrying the question;
- a yes ("passt", "je confirme", "でお願いします") with at most one option named and at most one offered time
  matching the day, date (a year with it must be the offered one) and hour named (none named, or "l'orario
  proposto": the proposed time) → confirm; an option or a time named
  on its own, beside articles and particles only ("Opción 2.", "2番で。") → confirm. Not when a number is left
  that the tables do not place, a span is named ("bis 14 Uhr", "à partir de jeudi"), the yes acknowledges the
  email ("bien reçu", "承知しました") or is a bare "ok" beside thanks or other words.

A withdrawal or "cannot attend" with another negation in its clause ("포기하지 않겠습니다") is None; words of
absence (Urlaub, vacances, 出張, отпуск) count as negations. `refusal` gives `inbound.gate` the words of refusal
of the reply's language, which it knows only for zh/en.

All patterns are linear (bounded repeats only). Text is normalised as `inbound.intent.normalise` does (so the
gate and the reader see the same words), then Latin-script text loses its accents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from inbound.intent import Classification, Intent, OfferedSlot, normalise
from inbound.language import unread_language

LATIN = ("German", "French", "Spanish", "Portuguese", "Italian", "Dutch")
MAX_TEXT = 500  # a longer reply is more than one clear decision: asked back
MAX_SENTENCES = 5


@dataclass(frozen=True)
class Table:
    """The words of one language, as regular expressions over normalised (Latin: unaccented) text."""

    courtesy: str  # greetings, thanks, closings: removed
    yes_despite_no: str  # "kein Problem", "問題ありません": a yes with a negation in it, read as "ok"
    polite: str  # polite conditions that set none ("wenn möglich", "si es posible"): removed
    confirm: str
    withdraw: str
    cannot: str
    reschedule: str
    negation: str
    hedge: str
    condition: str
    contrast: str
    relative: str
    question: str
    options: tuple[str, ...]  # group 1: a digit or an ordinal (a key of `ordinals`, by prefix)
    ordinals: dict[str, int]
    weekdays: str  # group 1: a key of `weekday_names`, by prefix
    weekday_names: dict[str, int]
    months: tuple[str, ...]  # prefixes, January first
    dates: tuple[str, ...]  # groups: day, month name (or "m" for a month number)
    hours: tuple[str, ...]  # named group h; optional named groups am / pm
    am: str
    pm: str
    request: str = r"(?!x)x"  # "bitte", "por favor": removed before a bare pick is measured
    pre: tuple[tuple[str, str], ...] = ()  # rewrites before accents are removed ("sí" → "vale")
    ambiguous: str = r"(?!x)x"  # a word that may be a weekday or an ordinal ("segunda"): None
    several: str = r"(?!x)x"  # any / all / both / either ("egal", "n'importe", "どれでも"): not one time
    negator: str = r"(?!x)x"  # the negation proper (no regret words): one beside a withdrawal may negate it
    move_verbs: str = r"(?!x)x"  # asking to move ("verschieben", "reporter"): a reschedule without a question
    span: str = r"(?!x)x"  # from / until / before / after an hour: not the hour itself
    instead: str = r"(?!x)x"  # "plutôt qu'à", "statt", "en vez de": the hour after it is the one to replace
    every: str = r"(?!x)x"  # the offered times all together ("die Termine", "las fechas"): refused with a negation
    proposed: str = r"(?!x)x"  # "the proposed time" (one, not the times): the time the invitation proposes


_NONE = r"(?!x)x"
_GENERIC_HOURS = (
    r"(?<![\d:.])(?P<h>\d{1,2}):\d{2}(?!\d)",
    r"(?<![\d:.])(?P<h>\d{1,2}) ?(?:(?P<am>am)|(?P<pm>pm))\b",
)
# 3.12 / 04.12.2026 / 4/12/26: day and month (either order), the year optional
_GENERIC_DATES = (r"(?<![\d.:/])(\d{1,2})[./](\d{1,2})(?:[./](?P<y>(?:19|20)\d{2}|\d{2}))?(?![\d:]|[./]\d)",)
_DIGIT_OPTION = r"(?![.:/]?\d)"

TABLES: dict[str, Table] = {
    "German": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:bis (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|dann|"
        r"bald))(?=\s*(?:[.!]|$))|\b(?:hallo|hi|guten (?:tag|morgen|abend)|liebe[rs]? [\w-]+|"
        r"sehr geehrte[rs]?(?: (?:frau|herr|"
        r"damen und herren))?(?: [\w.-]+)?|(?:vielen |herzlichen )?dank(?:e)?(?: schon| sehr)?(?: fur (?:die|ihre|"
        r"deine) (?:einladung|nachricht|e-?mail|mail|ruckmeldung))?|(?:viele|beste|liebe|freundliche) grusse|"
        r"mit freundlichen grussen|mfg|lg|grusse?|bis (?:dann|bald)|(?:ich )?freue mich auf (?:ihre|eine|deine|"
        r"eure) (?:antwort|ruckmeldung|nachricht))\b",
        yes_despite_no=r"\bkein problem\b|\bkeine sorge\b|\bnichts dagegen\b",
        polite=r"\b(?:wenn|falls) (?:moglich|es (?:ihnen|euch|dir) (?:recht ist|passt)|es geht)\b",
        confirm=r"\b(?:passt|passen|klappt|geht(?! (?:es|um|nicht|leider)\b)|bestatige|bestatigt|"
        r"sage (?:\w+ ){0,3}zu|zusage|nehme (?=den|die|das|option|termin|vorschlag|variante)|wahle|"
        r"nehme (?:\w+ ){1,10}wahr|ginge(?! (?:es|um|nicht|leider)\b)|(?:ist|ware) mir (?:\w+ )?am liebsten|"
        r"bevorzuge|"
        r"einverstanden|in ordnung|ok|okay|perfekt|prima|super|gerne?(?! (?:wurde|hatte|wissen|mochte|"
        r"erfahren)\b)|ja|bin (?:dabei|da)|"
        r"komme(?! (?:aus|zuruck|erst|spater|nicht)\b)|werde (?:\w+ ){0,2}"
        r"(?:da sein|kommen|teilnehmen)|nehme (?:gerne? )?teil|funktioniert|entscheide mich fur|"
        r"mochte (?:gerne? )?(?:den|die|das|option|termin|am|teilnehmen|"
        r"kommen|zusagen|bestatigen)|(?:bin|sind|ware) (?:\w+ ){0,6}dabei|dabei sein|"
        r"freue mich|habe? (?:ich )?(?:da )?zeit|gut|wunderbar|geht klar|sehen uns)\b",
        withdraw=r"\b(?:absagen|sage (?:\w+ ){0,3}ab|abzusagen|kein interesse|nicht mehr interessiert|"
        r"anderes? (?:stelle|angebot|job|position)|andere[nm] (?:stelle|angebot|job|position)|anderweitig "
        r"(?:entschieden|zugesagt|entschlossen)|zuruckziehen|zuruckzuziehen|ziehe (?:\w+ ){0,3}zuruck|"
        r"nehme (?:\w+ ){0,2}nicht mehr teil|(?:bei|in) (?:meine[mr]|unsere[mr]) (?:jetzigen|aktuellen|derzeitigen|"
        r"bisherigen|momentanen) (?:arbeitgeber|firma|stelle|position|unternehmen|job) (?:zu )?bleiben|"
        r"gegenangebot (?:\w+ ){0,3}angenommen)\b",
        cannot=r"\b(?:kann|konnte|werde|mochte|will) (?:\w+ ){0,4}nicht (?:\w+ ){0,3}(?:teilnehmen|kommen|"
        r"dabei sein|erscheinen|wahrnehmen)\b|\bnicht teilnehmen\b",
        reschedule=r"\b(?:(?:einen |ein )?andere[nmr]? (?:termin|tag|zeitpunkt|zeit|datum|woche|termine)|keine[mnr]? "
        r"(?:der|dieser|von den|von diesen) (?:drei |beiden |genannten |vorgeschlagenen |angebotenen )?"
        r"(?:termine|terminen|zeiten|optionen|vorschlage|vorschlagen|tage|tagen)|"
        r"(?:nachste|kommende)[nr]? woche|verschieben|verlegen|spater(?:e[nmrs]?)?|fruher(?:e[nmrs]?)?|"
        r"neue[nr]? termin|"
        r"alternativ\w*)\b",
        negation=r"\b(?:nicht|kein\w*|nie|niemals|leider|nein|urlaub|zuruck|unterwegs|verreist|krank|arzt\w*|"
        r"prufung\w*|beschaftigt|belegt|besetzt|vergeben|schwer|schwierig|schlecht|ungunstig|unmoglich|verhindert|"
        r"absagen)\b",
        hedge=r"\b(?:vielleicht|eventuell|evtl|moglicherweise|wahrscheinlich|vermutlich|melde mich|meld mich|"
        r"gebe (?:\w+ ){0,3}bescheid|sage (?:\w+ ){0,3}bescheid|weiss (?:\w+ ){0,2}noch nicht|noch nicht sicher|"
        r"unsicher|muss (?:\w+ ){0,3}(?:prufen|nachsehen|schauen|klaren)|voraussichtlich|hoffentlich|versuche|"
        r"weiss (?:es |das )?nicht|antworte (?:\w+ ){0,2}spater|melde mich (?:\w+ ){0,2}spater)\b",
        condition=r"\b(?:wenn|falls|sofern|ausser|vorausgesetzt|ob)\b",
        contrast=r"\b(?:aber|jedoch|allerdings|sondern|nur|lieber|eher)\b",
        relative=r"\b(?:morgen|ubermorgen|heute|nachste[nrs]?|kommende[nrs]?|diese[nrs]? woche)\b",
        question=r"\?",
        options=(
            r"\b(?:option|termin|vorschlag|zeitfenster|variante|nummer|nr\.?|slot)\s*(\d)" + _DIGIT_OPTION,
            r"\b(erste|zweite|dritte)[nrs]?\b(?! (?:mal|runde|gesprach|chance|gelegenheit|\w*woche|\w*tag|halfte))",
        ),
        ordinals={"erste": 1, "zweite": 2, "dritte": 3},
        weekdays=r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)s?\b",
        weekday_names={
            "montag": 0,
            "dienstag": 1,
            "mittwoch": 2,
            "donnerstag": 3,
            "freitag": 4,
            "samstag": 5,
            "sonnabend": 5,
            "sonntag": 6,
        },
        months=("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"),
        dates=(
            r"(?<!\d)(\d{1,2})\.? ?(jan|feb|marz|apr|mai|jun|jul|aug|sep|okt|nov|dez)",
            # "Freitag, 4." / "Samstag 5 um 10": the day of the month after the weekday
            (
                r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? (?:den |der )?(\d{1,2})"
                r"(?![\d:]|[./]\d| ?(?:uhr|h)\b)()"
            ),
        ),
        hours=(
            r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d{2})? ?uhr\b",
            r"\bum (?P<h>\d{1,2})(?![\d.:]| ?(?:tage|wochen))",
        ),
        am=r"\b(?:vormittags?|morgens|fruh)\b",
        pm=r"\b(?:nachmittags?|abends?)\b",
        request=r"\bbitte\b",
        several=r"\b(?:alle|allen|jeder|jede|jeden|egal|beide|beiden|beides|beliebig|flexibel|irgendein\w*)\b",
        negator=r"\b(?:nicht|kein\w*|nie|niemals)\b",
        move_verbs=r"\b(?:verschieben|verlegen|umlegen)\b",
        span=r"\b(?:ab|bis|vor(?! ort)|nach|zwischen|spatestens|fruhestens)\b",
        instead=r"\b(?:statt|anstatt|anstelle von)\b",
        every=r"\b(?:(?:die|diese|den|diesen|an den|an diesen) (?:drei |beiden |genannten |vorgeschlagenen |"
        r"angebotenen |angegebenen )?(?:termine|terminen|zeiten|tage|tagen|daten|vorschlage|zeitfenster|optionen))\b",
        proposed=r"\b(?:der|den|dem|die) (?:vorgeschlagene[nm]?|angebotene[nm]?) (?:termin|zeitpunkt|zeit|uhrzeit)\b",
    ),
    "French": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:a (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|bientot|"
        r"tout a l'heure))(?=\s*(?:[.!]|$))|\b(?:bonjour|bonsoir|salut|madame|monsieur|chere?s?(?: [\w-]+)?|"
        r"merci(?: beaucoup| bien)?"
        r"(?: pour (?:votre|l'|cette|le|la) ?(?:invitation|message|mail|retour|proposition|opportunite))?|"
        r"cordialement|bien (?:a vous|cordialement)|sinceres salutations|salutations(?: distinguees)?|"
        r"bonne (?:journee|soiree)|belle journee|a bientot)\b",
        yes_despite_no=r"\b(?:pas de (?:probleme|souci|soucis)|sans (?:probleme|souci|soucis)|aucun (?:probleme|"
        r"souci)|ca ne me derange pas|il n'y a pas de (?:probleme|souci))\b",
        polite=r"\bsi (?:possible|cela vous convient|ca vous convient|c'est possible|vous le souhaitez|besoin)\b",
        confirm=r"\b(?:(?:je )?(?:vous )?confirme(?! (?:la |bonne )?(?:reception|avoir recu))|confirmee|"
        r"ca me (?:va|convient)|me convient|(?:cela|ca) convient|"
        r"me va|parfait|d'accord|ok|okay|oui|volontiers|je serai (?:la|present|presente|disponible)|je suis "
        r"disponible|je prends(?! (?:bonne )?note)|je choisis|je retiens|je prefere|j'accepte|avec plaisir|"
        r"c'est (?:bon|parfait)|"
        r"tres bien|ca marche|je viendrai|je valide|je reserve|ok pour moi|on se voit|"
        r"(?:c'est )?note pour(?= (?:l'|le |la |lundi|mardi|mercredi|jeudi|vendredi|samedi|\d)))\b",
        withdraw=r"\b(?:(?:une |un )?autre (?:offre|poste|proposition|emploi|opportunite)|retire[rz]? ma candidature|"
        r"me retire[rz]?|decline|ne (?:\w+ ){0,2}(?:donnerai|donnerais|donne|donnerons) pas suite|"
        r"ne pas donner suite|(?:accepte|trouve|pris) un (?:autre )?(?:poste|emploi|travail) ailleurs|"
        r"ne (?:\w+ ){0,2}plus (?:disponible|interesse|interessee)|renonce[rz]?|"
        r"me desiste|desister|"
        r"pas interesse|pas interessee|annuler ma candidature|"
        r"ne (?:\w+ ){0,2}(?:souhaite|veux|desire) (?:\w+ ){0,2}plus (?:poursuivre|continuer|participer)|"
        r"rester (?:chez|dans|a) (?:mon|ma) (?:employeur|entreprise|societe|poste|emploi) actuel(?:le)?|"
        r"rester (?:chez|dans|a) (?:mon|ma) (?:actuel|actuelle) (?:employeur|entreprise|societe|poste|emploi))\b",
        cannot=r"\bne (?:\w+ ){0,2}(?:pourrai|pourrais|peux|pourrons|serai) (?:\w+ ){0,2}pas (?:\w+ ){0,2}"
        r"(?:participer|venir|assister|etre present|etre presente|me presenter|etre la)\b|"
        r"\bpas (?:pouvoir|en mesure de) (?:participer|venir|assister)\b",
        reschedule=r"\b(?:(?:un |une )?autre (?:date|jour|creneau|moment|horaire|heure|semaine)|d'autres (?:dates|"
        r"creneaux|horaires|disponibilites|jours)|(?:la )?semaine prochaine|la semaine (?:d'apres|suivante)|reporter|"
        r"decaler|deplacer|repousser|changer (?:la date|l'heure|de date|de creneau|d'horaire)|aucun(?:e)? (?:de ces|"
        r"des) (?:creneaux|dates|horaires|options|propositions)|plus tard|plus tot)\b",
        negation=r"\b(?:ne|n'|pas|jamais|aucun\w*|rien|non|vacances?|absente?|deplacement|pris|prise|occupee?|"
        r"malade|examen|retour|conge|malheureusement|helas|plus|impossible|difficile|"
        r"complique|empeche\w*|desole\w*)\b",
        hedge=r"\b(?:peut-etre|peut etre|probablement|sans doute|redirai|recontacterai|tiendrai au courant|"
        r"reviens vers vous|revenir vers vous|reviendrai|ne sais pas encore|pas encore (?:sur|sure|certain|certaine)|"
        r"a confirmer|sous reserve|normalement|en principe|je vais (?:voir|verifier)|j'essaierai|essayer|"
        r"ne sais pas|repondrai (?:\w+ ){0,2}plus tard)\b",
        condition=r"\b(?:si|sauf|a condition|au cas ou|pourvu)\b",
        contrast=r"\b(?:mais|cependant|toutefois|par contre|seulement|uniquement|plutot)\b",
        relative=r"\b(?:demain|aujourd'hui|ce soir|prochaine?s?|suivante?s?)\b",
        question=r"\?",
        options=(
            r"\b(?:option|creneau|choix|proposition|numero|n°|horaire)\s*(\d)" + _DIGIT_OPTION,
            r"\b(premier|premiere|deuxieme|second|seconde|troisieme)\b(?! (?:entretien|tour|fois|semaine|moitie|jour))",
            r"(?<!\d)(\d)(?:e|er|ere|eme) (?:option|creneau|choix|proposition)",
        ),
        ordinals={"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3},
        weekdays=r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b",
        weekday_names={
            "lundi": 0,
            "mardi": 1,
            "mercredi": 2,
            "jeudi": 3,
            "vendredi": 4,
            "samedi": 5,
            "dimanche": 6,
        },
        months=("janv", "fev", "mars", "avr", "mai", "juin", "juil", "aou", "sep", "oct", "nov", "dec"),
        dates=(
            r"(?<!\d)(\d{1,2})(?:er)? (janv|fev|mars|avr|mai|juin|juil|aou|sep|oct|nov|dec)",
            r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? (\d{1,2})(?![\d:]|[./]\d| ?(?:h|heure)\b)()",
        ),
        hours=(r"(?<![\d:.])(?P<h>\d{1,2}) ?h(?:eures?)?(?: ?\d{2})?\b",),
        am=r"\bmatin(?:ee)?\b",
        pm=r"\b(?:apres-midi|apres midi|soir)\b",
        request=r"\bs'il vous plait\b|\bsvp\b",
        several=r"\b(?:tous|toutes|n'importe|peu importe|les deux|l'un ou l'autre|indifferent|flexible)\b",
        negator=r"\b(?:ne|n'|pas|jamais)\b|\bn'",
        move_verbs=r"\b(?:reporter|decaler|deplacer|repousser|changer)\b",
        span=r"\b(?:a partir de|des|jusqu'a|jusqu|avant|apres|entre)\b",
        instead=r"\bplutot qu(?:e|')|\bau lieu de\b",
        every=r"\b(?:les|ces|aux|a ces) (?:trois |deux )?(?:creneaux|dates|horaires|jours|propositions)\b",
        proposed=r"\b(?:le (?:creneau|rendez-vous|jour) propose|l'horaire propose|l'heure proposee|la date proposee)\b",
    ),
    "Spanish": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:hasta (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|pronto|"
        r"luego))(?=\s*(?:[.!]|$))|\b(?:hola|buen(?:os|as)? (?:dias|tardes|noches)|estimad[oa]s?(?: [\w-]+)?|"
        r"(?:muchas )?gracias"
        r"(?: por (?:la|su|tu) (?:invitacion|mensaje|correo|oportunidad))?|saludos(?: cordiales)?|un saludo|"
        r"atentamente|cordialmente|quedo atent[oa])\b",
        yes_despite_no=r"\b(?:no hay (?:ningun )?problema|sin problemas?|ningun problema|no me importa)\b",
        polite=r"\bsi (?:es posible|fuera posible|le parece|les parece|no es molestia)\b",
        confirm=r"\b(?:confirmo|confirmado|confirmada|(?:puedo|quiero|quisiera) confirmar|prefiero|elijo|escojo|"
        r"me quedo con|me (?:viene|va|queda) "
        r"(?:bien|perfecto)|(?:me )?(?:parece|esta) (?:bien|perfecto)|perfecto|de acuerdo|vale|ok|okay|claro|"
        r"alli estare|ahi estare|estare (?:alli|ahi|presente|disponible)|"
        r"puedo(?= (?:el|la|los|las|ir|asistir|estar|participar|a las|ese|esa|este|esta)\b)|me sirve|acepto|"
        r"genial|excelente|preferiria|"
        r"asistire|nos vemos|cuenten? conmigo|me (?:viene|va|queda) (?:genial|mejor)|"
        r"quedo a la espera (?:del|de la (?:entrevista|cita|reunion) del)(?= (?:lunes|martes|miercoles|jueves|"
        r"viernes|sabado|dia \d|\d)))\b",
        withdraw=r"\b(?:otra (?:oferta|propuesta|posicion|oportunidad)|otro (?:puesto|trabajo|empleo)|"
        r"encontre (?:otro )?trabajo|no (?:\w+ ){0,2}(?:seguire|continuare|voy a seguir|voy a continuar) "
        r"(?:adelante|con el proceso)|(?:decidido|prefiero) no (?:continuar|seguir|participar)|retir(?:o|ar|"
        r"arme) (?:mi )?(?:candidatura|postulacion|solicitud)|me retiro|declino|ya no (?:estoy )?(?:interesad[oa]|"
        r"disponible)|no (?:estoy|me siento) interesad[oa]|no me interesa|desisto|renuncio|"
        r"(?:quedarme|seguir|permanecer|continuar) (?:en|con) mi (?:empresa|trabajo|puesto|empleo|empleador) actual)\b",
        cannot=r"\bno (?:\w+ ){0,2}(?:podre|puedo|podria|voy a poder) (?:\w+ ){0,2}(?:asistir|ir|participar|acudir|"
        r"estar presente|presentarme)\b",
        reschedule=r"\b(?:otr[oa] (?:dia|fecha|horario|hora|momento|semana)|otros (?:dias|horarios)|otras (?:fechas|"
        r"horas)|(?:la )?(?:proxima|siguiente) semana|la semana (?:que viene|siguiente|proxima)|reprogramar|cambiar "
        r"(?:la (?:fecha|hora)|el (?:dia|horario))|posponer|aplazar|ningun[oa]? de (?:los|las|estos|estas) "
        r"(?:horarios|opciones|fechas|dias)|ninguna opcion|ningun horario|mas tarde|mas temprano)\b",
        negation=r"\b(?:no|nunca|ningun\w*|tampoco|nada|vacaciones|viaje|fuera|ocupad[oa]|enferm[oa]|examen|"
        r"vuelvo|lamentablemente|desafortunadamente|desgraciadamente|"
        r"imposible|dificil|complicado)\b",
        hedge=r"\b(?:quizas?|tal vez|a lo mejor|probablemente|posiblemente|creo que|(?:le|les|te) (?:confirmo|aviso|"
        r"digo|escribo) (?:luego|mas tarde|despues|pronto|en cuanto)|confirmare|avisare|todavia no (?:lo )?se|"
        r"aun no (?:lo )?se|no estoy segur[oa]|intentare|espero poder)\b",
        condition=r"\b(?:si|salvo|excepto|siempre que|en caso de que|a menos que|mientras)\b",
        contrast=r"\b(?:pero|aunque|sin embargo|solo|solamente|sino|(?<!viene )(?<!va )(?<!queda )mejor)\b",
        relative=r"\b(?:(?<!la )manana|hoy|proxim[oa]s?|siguiente|esta tarde|que viene)\b",
        question=r"\?|¿",
        options=(
            r"\b(?:opcion|horario|numero|alternativa|propuesta|turno|n°|no\.?)\s*(\d)" + _DIGIT_OPTION,
            (
                r"\b(?:la|el|lo|de|con|por) (primer[oa]?|segund[oa]|tercer[oa]?)\b"
                r"(?! (?:dia|semana|vez|lugar|ronda|entrevista|piso|planta))"
            ),
        ),
        ordinals={"primer": 1, "segund": 2, "tercer": 3},
        weekdays=r"\b(lunes|martes|miercoles|jueves|viernes|sabado|domingo)s?\b",
        weekday_names={
            "lunes": 0,
            "martes": 1,
            "miercoles": 2,
            "jueves": 3,
            "viernes": 4,
            "sabado": 5,
            "domingo": 6,
        },
        months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
        dates=(
            r"(?<!\d)(\d{1,2}) (?:de )?(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)",
            # "el jueves 3 a las 14:00": the day of the month after the weekday
            (
                r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo),? (\d{1,2})"
                r"(?![\d:]|[./]\d| ?(?:h|hs|horas|de)\b)()"
            ),
            r"\b(?:el )?dia (\d{1,2})(?![\d:]|[./]\d| ?(?:h|hs|horas|de)\b)()",
        ),
        hours=(
            r"\ba las? (?P<h>\d{1,2})(?:[:.]\d{2})?(?!\d)",
            r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d{2})? ?(?:h|hs|hrs|horas)\b",
        ),
        am=r"\b(?:por|de) la manana\b",
        pm=r"\b(?:de|por) la (?:tarde|noche)\b",
        request=r"\bpor favor\b",
        several=r"\b(?:cualquier\w*|todos|todas|ambos|ambas|los dos|las dos|me da igual|me es indiferente|"
        r"flexible)\b",
        negator=r"\b(?:no|nunca|jamas)\b",
        move_verbs=r"\b(?:reprogramar|cambiar|posponer|aplazar|mover)\b",
        span=r"\b(?:desde|hasta|antes|despues|a partir de|entre)\b",
        instead=r"\ben (?:lugar|vez) de\b",
        every=r"\b(?:las|los|esas|esos|estas|estos|en las|en los|en esas|en esos) (?:tres |dos )?(?:fechas|horarios|"
        r"dias|opciones|propuestas)\b",
        proposed=r"\b(?:el horario propuesto|la fecha propuesta|la hora propuesta|el dia propuesto)\b",
        pre=((r"\bsí\b", " vale "), (r"^si(?=\s*[,.!])", " vale ")),
    ),
    "Portuguese": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:ate (?:segunda|terca|quarta|quinta|sexta|sabado|breve|"
        r"logo)(?:-feira)?)(?=\s*(?:[.!]|$))|\b(?:ola|oi|bom dia|boa tarde|boa noite|prezad[oa]s?(?: [\w-]+)?|"
        r"car[oa] [\w-]+|(?:muito )?"
        r"obrigad[oa](?: pela (?:oportunidade|mensagem|proposta)| pelo (?:convite|contato|email|retorno))?|"
        r"agradeco(?: a oportunidade| o convite)?|atenciosamente|cordialmente|abracos?|att|um abraco|grat[oa])\b",
        yes_despite_no=r"\b(?:sem problemas?|nao (?:ha|tem) problema|nenhum problema|nao me importo)\b",
        polite=r"\bse (?:possivel|for possivel|nao for incomodo)\b",
        confirm=r"\b(?:confirmo|confirmado|confirmada|(?:posso|quero|gostaria de|vou) confirmar|prefiro|escolho|"
        r"fico com|pode ser|esta (?:otimo|bom|perfeito|"
        r"combinado)|(?:e|fica) (?:otimo|perfeito|bom)|otimo|perfeito|combinado|de acordo|ok|okay|sim|claro|"
        r"estarei (?:la|presente|disponivel)|(?:posso|consigo)(?= (?:na|no|ir|comparecer|estar|participar|as|"
        r"nesse|nessa|neste|nesta|sim)\b)|aceito|me serve|serve|nos vemos|preferiria|"
        r"ta (?:bom|otimo|certo)|esta (?:bem|certo)|beleza|fechado|certo)\b",
        withdraw=r"\b(?:outra (?:proposta|oferta|oportunidade|vaga|posicao)|outro (?:emprego|trabalho|cargo)|"
        r"desisto|desistir|nao (?:\w+ ){0,2}(?:dar|darei|vou dar) (?:continuidade|seguimento|prosseguimento)|"
        r"retir(?:o|ar) (?:a )?(?:minha )?candidatura|nao tenho (?:mais )?interesse|nao (?:estou|"
        r"estarei) mais disponivel|ja nao estou (?:interessad[oa]|disponivel)|recuso|declino|"
        r"(?:ficar|permanecer|continuar) (?:na|no|com) (?:minha|meu) (?:empresa|emprego|trabalho|cargo) atual)\b",
        cannot=r"\bnao (?:\w+ ){0,2}(?:poderei|posso|vou poder|conseguirei|consigo|irei) (?:\w+ ){0,2}(?:participar|"
        r"comparecer|ir|estar presente)\b",
        reschedule=r"\b(?:outr[oa] (?:dia|data|horario|hora|momento|semana)|outros (?:dias|horarios)|outras (?:datas|"
        r"horas)|(?:a )?proxima semana|semana que vem|(?:a|na) semana seguinte|"
        r"remarcar|reagendar|adiar|mudar (?:a data|o horario|o dia)|"
        r"nenhum(?:a)? d(?:os|as|estes|estas|esses|essas) (?:horarios|opcoes|datas|dias)|mais tarde|mais cedo)\b",
        negation=r"\b(?:nao|nunca|nenhum\w*|nem|ferias|viagem|fora|ocupad[oa]|doente|prova|volto|infelizmente|"
        r"impossivel|lamentavelmente|dificil|complicado)\b",
        hedge=r"\b(?:talvez|provavelmente|possivelmente|acho que|(?:te|lhe|vos) (?:confirmo|aviso|digo) (?:depois|"
        r"mais tarde|em breve|logo)|confirmarei|avisarei|ainda nao sei|nao tenho certeza|vou tentar|tentarei|"
        r"espero (?:poder|conseguir)|nao sei|respondo depois|responderei (?:\w+ ){0,2}(?:depois|mais tarde))\b",
        condition=r"\b(?:se|caso|salvo|exceto|desde que|a menos que)\b",
        contrast=r"\b(?:mas|porem|contudo|entretanto|so|somente|apenas|melhor)\b",
        relative=r"\b(?:amanha|hoje|proxim[oa]s?|que vem)\b",
        question=r"\?",
        options=(
            r"\b(?:opcao|alternativa|horario|numero|n°)\s*(\d)" + _DIGIT_OPTION,
            r"\b(primeir[oa]|segund[oa]|terceir[oa]) (?:opcao|alternativa|data|horario|sugestao|proposta)\b",
            r"\b(?:a|o) (primeir[oa]|terceir[oa])\b",
        ),
        ordinals={"primeir": 1, "segund": 2, "terceir": 3},
        weekdays=r"\b(segunda|terca|quarta|quinta|sexta)(?:-| )?feira\b|\b(sabado|domingo|terca|quarta|quinta|"
        r"sexta)\b",
        weekday_names={
            "segunda": 0,
            "terca": 1,
            "quarta": 2,
            "quinta": 3,
            "sexta": 4,
            "sabado": 5,
            "domingo": 6,
        },
        months=("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
        dates=(
            r"(?<!\d)(\d{1,2}) (?:de )?(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)",
            r"\b(?:no )?dia (\d{1,2})(?![\d:]|[./]\d| ?(?:h|hs|horas|de)\b)()",
            r"\b(?:feira|sabado|domingo),? (\d{1,2})(?![\d:]|[./]\d| ?(?:h|hs|horas|de)\b)()",
        ),
        hours=(
            r"\bas (?P<h>\d{1,2})(?:[:h]\d{2})?(?!\d)",
            r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d{2})? ?(?:h|hs|horas)\b",
            r"(?<![\d:.])(?P<h>\d{1,2})h\d{2}\b",
        ),
        am=r"\b(?:da|de|pela) manha\b",
        pm=r"\b(?:da|a|de) (?:tarde|noite)\b",
        request=r"\bpor favor\b",
        several=r"\b(?:qualquer|todos|todas|ambos|ambas|os dois|as duas|tanto faz|flexivel)\b",
        negator=r"\b(?:nao|nunca|jamais)\b",
        move_verbs=r"\b(?:remarcar|reagendar|adiar|mudar)\b",
        span=r"\b(?:desde|ate|antes|depois|a partir d\w*|entre)\b",
        instead=r"\bem (?:vez|lugar) de\b|\bao inves de\b",
        every=r"\b(?:as|os|nas|nos|essas|esses|nessas|nesses|estas|estes|nestas|nestes) (?:tres |duas |dois )?"
        r"(?:datas|horarios|dias|opcoes)\b",
        proposed=r"\b(?:o horario (?:proposto|sugerido)|a data (?:proposta|sugerida)|o dia (?:proposto|sugerido))\b",
        ambiguous=r"\bsegunda\b(?!(?:-| )?feira| (?:opcao|alternativa|data|horario|sugestao|proposta))|"
        r"\b(?:quarta|quinta|sexta) (?:opcao|alternativa|data|horario)\b",
    ),
    "Italian": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:a (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|"
        r"presto))(?=\s*(?:[.!]|$))|\b(?:buongiorno|buonasera|salve|ciao|gentil\w* (?:dott\.? |sig\.? |"
        r"signor\w* )?[\w-]+|"
        r"(?:molte |mille )?grazie(?: mille)?(?: per (?:l'invito|il messaggio|la mail|l'opportunita|la proposta))?|"
        r"la ringrazio|vi ringrazio|cordiali saluti|distinti saluti|saluti|cordialmente|a presto|buona giornata)\b",
        yes_despite_no=r"\b(?:nessun problema|non c'e problema|senza problemi|non mi dispiace)\b",
        polite=r"\bse (?:possibile|(?:vi|le|ti) va bene|per (?:voi|lei|te) va bene)\b",
        confirm=r"\b(?:confermo|confermato|confermata|preferisco|preferirei|scelgo|"
        r"va bene|va benissimo|mi (?:sta|va) bene|"
        r"perfetto|d'accordo|ok|okay|(?:^|(?<=[,.!;:] ))si|certo|ci saro|saro presente|"
        r"posso(?= (?:venire|esserci|partecipare|giovedi|venerdi|sabato|alle|il|lo)\b)|accetto|opto per|"
        r"benissimo|ottimo|"
        r"ci vediamo|volentieri)\b",
        withdraw=r"\b(?:un'? ?altra (?:offerta|proposta|posizione|opportunita)|altro (?:lavoro|impiego|posto)|"
        r"rinuncio|rinunciare|ritir(?:o|are) (?:la )?(?:mia )?candidatura|mi ritiro|non (?:sono|saro) piu "
        r"(?:interessat[oa]|disponibile)|non mi interessa|declino|"
        r"deciso di non (?:proseguire|continuare|partecipare)|non (?:proseguiro|continuero|daro seguito)|"
        r"(?:rimanere|restare) (?:nella|nel|presso la|presso il) (?:mia|mio) (?:attuale )?(?:azienda|lavoro|posto|"
        r"datore di lavoro|societa)(?: attuale)?)\b",
        cannot=r"\bnon (?:\w+ ){0,2}(?:potro|posso|riesco|riusciro) (?:\w+ ){0,2}(?:partecipare|venire|esserci|"
        r"presentarmi|essere presente)\b|\bnon (?:partecipero|verro|saro presente)\b",
        reschedule=r"\b(?:(?:un |un')?altr[oa] (?:giorno|data|orario|ora|momento|settimana)|altri (?:giorni|orari)|"
        r"altre (?:date|ore)|(?:la )?settimana prossima|(?:la )?prossima settimana|la settimana successiva|spostare|"
        r"rimandare|rinviare|posticipare|anticipare|cambiare (?:la data|l'orario|il giorno)|nessun[oa]? (?:degli|"
        r"delle|dei|di questi|di queste) (?:orari|opzioni|date|giorni)|piu tardi|piu presto)\b",
        negation=r"\b(?:non|mai|nessun\w*|niente|ferie|viaggio|via|occupat[oa]|malat[oa]|esame|torno|purtroppo|"
        r"impossibile|difficile|complicato|ne)\b",
        hedge=r"\b(?:forse|probabilmente|magari|credo che|penso che|(?:le|vi|ti) (?:confermo|faccio sapere|dico) "
        r"(?:piu tardi|dopo|presto|appena)|(?:le|vi|ti) faro sapere|confermero|non (?:lo )?so ancora|non sono "
        r"sicur[oa]|provero|spero di|non (?:lo )?so|rispondo (?:piu tardi|dopo))\b",
        condition=r"\b(?:se|tranne|salvo|a condizione|purche|nel caso|a meno che)\b",
        contrast=r"\b(?:ma|pero|tuttavia|solo|soltanto|invece|piuttosto|meglio)\b",
        relative=r"\b(?:domani|oggi|dopodomani|prossim[oa]|stasera)\b",
        question=r"\?",
        options=(
            r"\b(?:opzione|orario|numero|alternativa|proposta|n°|slot)\s*(\d)" + _DIGIT_OPTION,
            r"\b(?:la|il|lo|l') ?(prim[oa]|second[oa]|terz[oa])\b(?! (?:volta|colloquio|settimana|giorno))",
        ),
        ordinals={"prim": 1, "second": 2, "terz": 3},
        weekdays=r"\b(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b",
        weekday_names={
            "lunedi": 0,
            "martedi": 1,
            "mercoledi": 2,
            "giovedi": 3,
            "venerdi": 4,
            "sabato": 5,
            "domenica": 6,
        },
        months=("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
        dates=(
            r"(?<!\d)(\d{1,2}) (gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)",
            r"\b(?:il )?giorno (\d{1,2})(?![\d:]|[./]\d| ?(?:h|ore)\b)()",
            (
                r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica),? (\d{1,2})"
                r"(?![\d:]|[./]\d| ?(?:h|ore)\b)()"
            ),
        ),
        hours=(
            r"\b(?:alle|ore) (?:ore )?(?P<h>\d{1,2})(?:[:.]\d{2})?(?!\d)",
            r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d{2})? ?h\b",
        ),
        am=r"\bmattin(?:a|o|ata)\b",
        pm=r"\b(?:pomeriggio|sera)\b",
        request=r"\bper (?:favore|cortesia)\b",
        several=r"\b(?:qualsiasi|qualunque|tutti|tutte|entrambi|entrambe|indifferente|flessibile)\b",
        negator=r"\b(?:non|mai)\b",
        move_verbs=r"\b(?:spostare|rimandare|rinviare|posticipare|anticipare|cambiare)\b",
        span=r"\b(?:dalle|dopo|prima delle|fino|entro|tra|a partire)\b",
        instead=r"\binvece (?:che|di|delle)\b",
        every=r"\b(?:le|gli|i|nelle|negli|nei|queste|questi|in queste|in questi) (?:tre |due )?(?:date|orari|giorni|"
        r"opzioni)\b",
        proposed=r"\b(?:l'orario (?:proposto|indicato)|la data (?:proposta|indicata)|l'ora proposta|"
        r"il giorno (?:proposto|indicato))\b",
    ),
    "Dutch": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:tot (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|dan|"
        r"ziens))(?=\s*(?:[.!]|$))|\b(?:hallo|hoi|(?<!het )beste(?: [\w-]+)?|geachte(?: (?:heer|mevrouw))?(?: [\w-]+)?|"
        r"goedemorgen|"
        r"goedemiddag|(?:hartelijk |heel erg )?(?:bedankt|dank(?: u| je)?(?: wel)?)(?: voor (?:de|uw|je) "
        r"(?:uitnodiging|bericht|mail|kans))?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|"
        r"groet(?:en|jes)?|mvg)\b",
        yes_despite_no=r"\b(?:geen probleem|geen bezwaar|niet erg)\b",
        polite=r"\b(?:indien mogelijk|als (?:het|dat) (?:kan|mogelijk is|uitkomt))\b",
        confirm=r"\b(?:bevestig|bevestigd|past (?:mij |me )?(?:goed|prima|uitstekend)|past|schikt|kies|ga voor|prima|"
        r"heeft (?:mijn|de) voorkeur|gaat mijn voorkeur (?:\w+ )?uit|"
        r"akkoord|graag|is goed|lijkt me goed|ok|okay|oke|ja|top|perfect|ik kom|ben er(?: bij)?|aanwezig|"
        r"kan ik(?: wel| komen| er zijn|$)|"
        r"ik kan(?= (?:op|om|dan|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|komen|er zijn|wel)\b)|"
        r"komt (?:mij |me )?(?:goed|prima|het beste?|beter) uit|ben erbij|zal er zijn|zie (?:je|jullie|u))\b",
        withdraw=r"\b(?:(?:een )?andere? (?:baan|aanbod|functie|positie|job)|trek (?:\w+ ){0,3}terug|terugtrekken|"
        r"trek (?:\w+ ){0,3}in\b|zeg (?:\w+ ){0,3}af|afzeggen|geen interesse|niet meer (?:geinteresseerd|beschikbaar)|"
        r"zie (?:er )?van af|zie (?:ik )?(?:graag )?af van|"
        r"zie ervan af|(?:bij|in) mijn huidige (?:werkgever|baan|functie|job) (?:te )?blijven)\b",
        cannot=r"\b(?:kan|zal) (?:\w+ ){0,3}niet (?:\w+ ){0,2}(?:komen|aanwezig zijn|deelnemen|meedoen)\b",
        reschedule=r"\b(?:(?:een )?andere? (?:moment|dag|datum|tijd|tijdstip|week)|andere (?:momenten|dagen|data|"
        r"tijden)|volgende week|week erna|verzetten|verplaatsen|uitstellen|later|eerder|geen van (?:de|deze) "
        r"(?:momenten|opties|data|tijden|tijdstippen)|geen enkele? (?:moment|optie))\b",
        negation=r"\b(?:niet|geen|nooit|nee|vakantie|weg|bezet|ziek|tentamen|terug|"
        r"helaas|jammer genoeg|onmogelijk|moeilijk|lastig)\b",
        hedge=r"\b(?:misschien|waarschijnlijk|(?<!het )mogelijk|wellicht|laat (?:\w+ ){0,3}weten|"
        r"kom (?:\w+ ){0,3}terug|"
        r"weet (?:\w+ ){0,2}nog niet|niet zeker|onder voorbehoud|ik probeer|hopelijk|weet (?:het )?niet)\b",
        condition=r"\b(?:als|indien|tenzij|mits|behalve|op voorwaarde)\b",
        contrast=r"\b(?:maar|echter|alleen|liever)\b",
        relative=r"\b(?:morgen|vandaag|overmorgen|volgende|aanstaande)\b",
        question=r"\?",
        options=(
            r"\b(?:optie|tijdstip|tijdslot|moment|nummer|keuze|voorstel|nr\.?)\s*(\d)" + _DIGIT_OPTION,
            r"\bde (eerste|tweede|derde)\b(?! (?:keer|ronde|gesprek|week|dag))",
        ),
        ordinals={"eerste": 1, "tweede": 2, "derde": 3},
        weekdays=r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b",
        weekday_names={
            "maandag": 0,
            "dinsdag": 1,
            "woensdag": 2,
            "donderdag": 3,
            "vrijdag": 4,
            "zaterdag": 5,
            "zondag": 6,
        },
        months=("jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
        dates=(r"(?<!\d)(\d{1,2}) (jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)",),
        hours=(
            r"\bom (?P<h>\d{1,2})(?:[:.]\d{2})?(?!\d)",
            r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d{2})? ?uur\b",
        ),
        am=r"\b(?:'s ochtends|ochtend|'s morgens)\b",
        pm=r"\b(?:'s middags|middag|'s avonds|avond)\b",
        request=r"\b(?:alstublieft|alsjeblieft|a\.u\.b)\b",
        several=r"\b(?:alle|allebei|beide|elk|elke|maakt niet uit|om het even|flexibel)\b",
        negator=r"\b(?:niet|geen|nooit)\b",
        move_verbs=r"\b(?:verzetten|verplaatsen|uitstellen)\b",
        span=r"\b(?:vanaf|tot|tussen|voor (?=\d)|na (?=\d))",
        instead=r"\bin plaats van\b",
        every=r"\b(?:de|deze|die|op de|op deze) (?:drie |twee |voorgestelde )?(?:data|tijden|dagen|momenten|"
        r"tijdstippen|opties)\b",
        proposed=r"\b(?:het voorgestelde (?:tijdstip|moment)|de voorgestelde (?:tijd|datum|dag))\b",
    ),
    "Japanese": Table(
        courtesy=r"いつもお世話になっております|お世話になっております|お世話になります|"
        r"(?:何卒|どうぞ)?(?:よろしく|宜しく)お願い(?:いたします|致します|します|申し上げます)|"
        r"(?:ご連絡|ご案内|ご提案|ご調整)?(?:いただき)?(?:誠に)?ありがとうございま(?:す|した)|ありがとう|"
        r"お疲れ様です|失礼(?:いたします|します)|拝啓|敬具|[^\n、。,.]{1,12}様(?=[\n、。,.]|$)|"
        r"申し訳(?:ありません|ございません)(?:が)?|すみません(?:が)?",
        yes_despite_no=r"問題(?:ありません|ございません|ないです|ない)|差し支え(?:ありません|ございません)|"
        r"構いません|かまいません|構わない",
        polite=r"(?:もし)?(?:よろしければ|宜しければ|可能であれば|差し支えなければ|可能でしたら)",
        confirm=r"(?:で|に)(?:お願い|おねがい)(?:します|いたします|致します)?|でよろしい|で大丈夫|大丈夫です|"
        r"が(?:良い|いい|よい)です|で(?:問題|結構)|ok|参加(?:します|いたします|致します|させていただきます|"
        r"できます|可能です)|出席(?:します|いたします|致します|できます)|伺います|うかがいます|"
        r"都合が(?:良い|いい|よい)|希望(?:します|いたします|致します|です)|(?:^|(?<=[\s。、,.!！]))はい|で確定|にします|を選びます|"
        r"を選択します|でいきます|で参ります|お会いできる(?:の|こと)を楽しみに|"
        r"で(?:承知|了解|かしこまり)(?:いたしました|しました|致しました|です|いたします)",
        withdraw=r"辞退(?:いたします|します|させていただ|致します|したい|することに|申し上げ)|"
        r"他社(?:から|で|にて)?(?:の)?内定|応募を取り(?:下げ|消し)(?:ます|させて|たい)|選考を(?:辞退|見送)",
        cannot=r"(?:参加|出席|面接)(?:することが|が|は|を|に)?(?:でき(?:ません|ない|かねます)|いたしかねます|"
        r"叶いません|難しい|できなく)|伺えません|欠席",
        reschedule=r"別の(?:日|日程|日時|時間|候補)|別日|他の(?:日|日程|日時|時間|候補)|ほかの(?:日|日程|時間)|"
        r"来週|再来週|日程(?:の)?(?:変更|調整|再調整)|(?:変更|調整|再調整)(?:を)?(?:お願い|していただ|いただ|"
        r"可能|できます)|(?:いずれ|どれ|どの(?:日程|日時|時間))も(?:都合が(?:悪|つかな|つきませ|合わ)|難し|無理|参加でき|厳し)|"
        r"ずらして|延期|後日",
        negation=r"ない|ません|休暇|出張|旅行|予定が入|用事|留守|休み|不在|無理|難しい|難しく|厳しい|できず|"
        r"不可|都合が(?:悪|つかな)|だめ|ダメ|いいえ|残念|"
        r"あいにく|生憎|かねます|先約|別件",
        hedge=r"かもしれ|たぶん|多分|おそらく|恐らく|検討|確認(?:して|の上|次第|でき次第|後)|改めて|後ほど|"
        r"追って|未定|分かり次第|わかり次第|わかりません|分かりません|調整中",
        condition=r"もし|なら|たら|れば|場合",
        contrast=r"(?:^|(?<=[。、\s]))でも|しかし|(?<!い)ただ|けど|けれど|が、|のみ|(?<!いた)だけ|しか|むしろ",
        relative=r"明日|今日|明後日|来週|次の|今週",
        question=r"\?|(?:です|ます|でしょう|ません)か(?:[。.\s]|$)|でしょうか",
        options=(
            r"(\d)\s*番(?!目?\s*(?:早|遅|良|よ|い|近|最|目立))",
            r"([一二三])\s*番(?!目?\s*(?:早|遅|良|よ|い|近|最))",
            r"(?:案|候補日?|オプション|選択肢)\s*(\d)",
            r"第\s*(\d|[一二三])\s*(?:候補|案)",
            r"(\d)\s*(?:つ目|案)",
            r"(?<![\d:./])(\d)\s*(?=で|にします|が(?:良い|いい|よい))",
        ),
        ordinals={"一": 1, "二": 2, "三": 3},
        weekdays=r"([月火水木金土日])曜|\(([月火水木金土日])\)",
        weekday_names={"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6},
        months=(),
        dates=(
            r"(?:(?P<y>\d{4})\s*年\s*)?(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日",
            r"(?<![\d月])(\d{1,2})\s*日(?!\s*(?:間|曜))()",
        ),
        hours=(r"(?:(?P<am>午前|朝)|(?P<pm>午後|夕方))?\s*(?P<h>\d{1,2})\s*時(?!間)",),
        am=r"午前|朝",
        pm=r"午後|夕方",
        several=r"(?:いずれ|どれ|どちら|全て|すべて|全部)(?:の(?:日程|日時|時間|候補日?))?"
        r"(?!(?:も|で|とも|は)?(?:都合が(?:悪|つかな|つきませ|合わ)|難し|無理|参加でき|厳し|出席でき|予定が))|"
        r"どれでも|どちらでも|"
        r"いずれでも|どの(?:日程|日時|時間|日)でも|いつでも",
        negator=r"ない|ません|ず",
        move_verbs=r"変更|調整|延期|ずらして|お願い",  # 「別の日程でお願いします」 asks for it
        span=r"以降|以前|まで|以外|より(?:前|後)",
        every=r"(?:ご提示|ご提案|ご案内)(?:いただいた|いただきました|の)(?:日程|日時|候補日?)|(?:3|三)(?:つの|日間の|日とも|件)"
        r"(?:日程|日時|候補日?)?|(?:いずれ|全て|すべて|全部)(?:の(?:日程|日時|時間|候補日?))?(?:も|とも)",
        # 「…でお願いできますでしょうか」: a polite request for a time, not a question about it
        pre=(
            (
                (
                    r"(で|に)お願い(?:でき(?:ます|ません)(?:でしょう)?か|できれば(?:と思います|幸いです)|"
                    r"したく(?:存じます|思います))"
                ),
                r"\1お願いします",
            ),
        ),
    ),
    "Korean": Table(
        courtesy=r"안녕하세요|안녕하십니까|감사합니다|감사드립니다|고맙습니다|수고하세요|수고하십시오|"
        r"좋은 하루 (?:되세요|보내세요)|잘 부탁드립니다|[^\s\n]{1,10} 드림",
        yes_despite_no=r"문제\s?(?:없습니다|없어요|없음)",
        polite=r"가능하시다면|괜찮으시다면|가능하면|괜찮으시면",
        confirm=r"괜찮습니다|괜찮아요|괜찮네요|좋습니다|좋아요|좋네요|가능합니다|가능해요|참석(?:하겠습니다|"
        r"할게요|합니다|가능합니다|하겠어요|할 수 있습니다)|(?:으로|로)\s?(?:하겠습니다|할게요|부탁드립니다|"
        r"부탁드려요|해 ?주세요|정하겠습니다|선택하겠습니다)|확정|선택(?:하겠습니다|합니다|할게요)|ok|"
        r"뵙겠습니다|가겠습니다|(?:^|\s)네(?=[,.!\s]|$)",
        withdraw=r"불참(?:하겠습니다|합니다|할게요)|포기(?:하겠습니다|합니다|할게요)|"
        r"다른 (?:회사|곳|기업)(?:에|으로|로)? (?:입사|취업|합격)|철회(?:하겠습니다|합니다|할게요)|"
        r"지원을 취소|입사가 결정|다른 제안을 (?:수락|받아들)|(?:참석|참여|응시)하지 않(?:겠습니다|을게요|겠어요|기로)",
        cannot=r"(?:참석|참여)(?:이|가|하기|은|는)?\s?(?:어렵|힘들|못|불가|할 수 없|하지 못|안 ?될)|"
        r"못 갈|못 가|갈 수 없",
        reschedule=r"다른 (?:날|날짜|시간|일정|요일)|다음\s?주|일정\s?(?:을\s?)?(?:변경|조정)|변경|조정|미루|"
        r"연기|늦춰|당겨|모두 (?:어렵|안 ?되)|다 (?:어렵|안 ?되)|어느 (?:것도|시간도)",
        negation=r"안\s?(?:되|돼|됩|될)|휴가|출장|여행|일정이 있|바쁘|약속이 있|"
        r"못|없|어렵|어려|힘들|불가|아니|아닙|죄송|아쉽|안타깝",
        hedge=r"아마|같습니다|것 같아요|모르겠|확실하지|확인 후|확인하고|다시 (?:연락|말씀)|추후|나중에|검토|"
        r"생각해|고민",
        condition=r"다면|라면|으면|이면|하면|만약|경우|(?<=[가-힣])면(?=요|[\s,.!?]|$)",
        contrast=r"하지만|그런데|근데|그러나|다만|지만|뿐|보다",
        relative=r"내일|오늘|모레|다음|이번",
        question=r"\?|까요|나요|습니까|인가요|는지요",
        options=(r"(\d)\s*번(?!\s?째)", r"(\d)\s*번\s?째", r"(첫|두|세)\s?번\s?째", r"(?:옵션|선택지)\s*(\d)"),
        ordinals={"첫": 1, "두": 2, "세": 3},
        weekdays=r"([월화수목금토일])요일|\(([월화수목금토일])\)",
        weekday_names={"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6},
        months=(),
        dates=(
            r"(?:(?P<y>\d{4})\s*년\s*)?(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일",
            r"(?<![\d월])(\d{1,2})\s*일(?!\s*(?:간|정|요))()",
        ),
        hours=(r"(?:(?P<am>오전|아침)|(?P<pm>오후|저녁))?\s*(?P<h>\d{1,2})\s*시(?!\s*간)",),
        am=r"오전|아침",
        pm=r"오후|저녁",
        several=r"아무|모두(?!\s?(?:\S+\s?){0,2}(?:어렵|어려|안 ?되|안 ?돼|불가|힘들|못|참석이 어))|다 괜찮|"
        r"어느 (?:것|시간|날)이든|상관없|언제든",
        negator=r"않|안\s|못",
        move_verbs=r"변경|조정|미루|연기|늦춰|당겨",
        span=r"이후|이전|까지|전에|후에|지나서",
        every=r"세 (?:시간|날짜|일정|개)|(?:제안|제시)(?:해 주신|하신|된|해주신) (?:시간|날짜|일정)|"
        r"(?:시간|일정|날짜) 모두",
    ),
    "Russian": Table(
        courtesy=r"(?:^|(?<=[.!¡,] )|(?<=¡))(?:до (?:понедельника|вторника|среды|четверга|пятницы|субботы|встречи|"
        r"свидания))(?=\s*(?:[.!]|$))|\b(?:здравствуйте|добрый (?:день|вечер)|доброе утро|привет|"
        r"уважаем\w+(?: [\w-]+){0,2}|"
        r"до (?:встречи|свидания)|(?:большое )?спасибо(?: за (?:приглашение|письмо|возможность))?|"
        r"благодарю(?: за (?:приглашение|"
        r"возможность))?|с уважением|всего (?:доброго|хорошего)|хорошего дня)\b",
        yes_despite_no=r"\b(?:без проблем|нет проблем|не против|никаких проблем)\b",
        polite=r"\bесли (?:возможно|можно|вам удобно|это возможно)\b",
        confirm=r"\b(?:подходит|подойдет|подойдёт|подтверждаю|устраивает|согласен|согласна|выбираю|буду (?:рад|рада|на "
        r"собеседовании|присутствовать|участвовать)|приду|"
        r"удобно|(?:мне )?удобнее|давайте|хорошо|"
        r"отлично|да|ок|ok|(?:могу|смогу)(?= (?:в|во|прийти|быть|участвовать|подключиться)\b)|"
        r"договорились|увидимся)\b",
        withdraw=r"\b(?:отказ\w*|откаж\w*|другое предложение|другой оффер|другую (?:работу|вакансию|позицию)|"
        r"другое место|снимаю (?:свою )?кандидатуру|не (?:интересно|заинтересован\w*)|больше не (?:интересует|"
        r"актуально)|не актуально|неактуально)\b",
        cannot=r"\bне (?:\w+ ){0,2}(?:смогу|сможем|получится|буду) (?:\w+ ){0,2}(?:прийти|участвовать|"
        r"присутствовать|принять участие|подключиться)\b|\bне приду\b",
        reschedule=r"\b(?:друго[ей] (?:время|день|дат\w*)|другую дату|другие (?:даты|дни|время)|перенести|перенес\w*|"
        r"перенос\w*|переназнач\w*|(?:на )?следующ\w* недел\w*|ни (?:один|одна|одно|в один|в одну|в одно) из|"
        r"позже|пораньше|попозже)\b",
        negation=r"\b(?:не|нет|ни|никак|никогда|отпуск\w*|командировк\w*|занят\w*|боле\w*|уезжа\w*|вернусь|экзамен\w*|"
        r"невозможно|неудобно|к сожалению|увы|сложно|трудно|"
        r"проблематично)\b",
        hedge=r"\b(?:может быть|возможно|наверное|вероятно|скорее всего|сообщу|дам знать|уточню|отпишусь|"
        r"ещё не знаю|еще не знаю|не уверен\w*|постараюсь|попробую|напишу позже|пока не знаю|не знаю|"
        r"отвечу (?:\w+ ){0,2}(?:позже|потом)|напишу (?:\w+ ){0,2}потом)\b",
        condition=r"\b(?:если|кроме|при условии|в случае|разве)\b",
        contrast=r"\b(?:но|однако|только|зато|лучше)\b",
        relative=r"\b(?:завтра|сегодня|послезавтра|следующ\w*|будущ\w*)\b",
        question=r"\?|\bли\b",
        options=(
            r"(?:\bвариант\w*|\bопци\w*|\bслот\w*|\bномер\w*|№)\s*(?:№\s*)?(\d)" + _DIGIT_OPTION,
            (
                r"\b(перв(?:ый|ая|ое|ого|ую|ом)|втор(?:ой|ая|ое|ого|ую|ом)|трет(?:ий|ья|ье|ьего|ью|ьем))\b"
                r"(?= (?:вариант|слот|время|опци|термин)|\s*[.,!]|\s*$)"
            ),
        ),
        ordinals={"перв": 1, "втор": 2, "трет": 3},
        weekdays=r"\b(понедельник\w*|вторник\w*|сред[аыуе]|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*)\b",
        weekday_names={
            "понедельник": 0,
            "вторник": 1,
            "сред": 2,
            "четверг": 3,
            "пятниц": 4,
            "суббот": 5,
            "воскресень": 6,
        },
        months=(
            "январ",
            "феврал",
            "март",
            "апрел",
            "ма",
            "июн",
            "июл",
            "август",
            "сентябр",
            "октябр",
            "ноябр",
            "декабр",
        ),
        dates=(r"(?<!\d)(\d{1,2}) (январ|феврал|марта|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)",),
        hours=(
            r"\bв (?P<h>\d{1,2})(?=[:.]\d{2}| час| утра| дня| вечера|\s*[.,!]|\s*$)",
            r"(?<![\d:.])(?P<h>\d{1,2}) час\w*",
        ),
        am=r"\b(?:утра|утром)\b",
        pm=r"\b(?:дня|вечера|днём|днем|после обеда)\b",
        several=r"\b(?:любой|любое|любая|любую|все|всё|оба|обе|без разницы|всё равно|все равно)\b",
        negator=r"\b(?:не|ни|нет)\b",
        move_verbs=r"\b(?:перенести|перенес\w*|перенос\w*|переназнач\w*)\b",
        span=r"\b(?:после|до|с|от|между|раньше)\b",
        instead=r"\bвместо\b",
        every=r"\b(?:эти|предложенные|указанные|названные) (?:три |две )?(?:даты|дни|время|варианты|слоты)\b",
        proposed=r"\b(?:предложенное время|предложенная дата|предложенный (?:день|вариант|слот))\b",
    ),
}


# An indirect question ("volevo sapere se…", "gostaria de saber se…", "je voulais savoir si…", "…는지
# 궁금합니다"): a question, and the "if/whether" in it sets no condition.
_INDIRECT = (
    r"\b(?:(?:volevo|vorrei|volevamo|vorremmo) (?:sapere|chiedere|capire|domandare)|"
    r"(?:gostaria|queria|quero) (?:de )?(?:saber|perguntar|confirmar se)|"
    r"(?:quisiera|queria|quiero|me gustaria|queriamos) (?:saber|preguntar|consultar)|"
    r"(?:voudrais|voulais|souhaiterais|souhaitais|aimerais) (?:savoir|demander)|"
    r"(?:mochte|wollte|wurde gerne?|mochten|wollten) (?:\w+ ){0,2}(?:wissen|fragen|nachfragen|erfragen)|"
    r"(?:wil|wilde|zou) (?:\w+ ){0,2}(?:weten|vragen|informeren)|"
    r"хотел[аи]? (?:бы )?(?:узнать|уточнить|спросить))\b|"
    r"(?:는지|은지|인지|을지)\s?(?:궁금|여쭤|문의|알고 싶)|궁금합니다|궁금해요|"
    r"(?:か|かどうか)(?:を)?(?:お伺い|伺い|お聞き|教えて|知りたい|確認させて)"
)
# The first word of a reason ("pois ainda não concluí o curso", "weil", "parce que"): a negation in it refuses
# nothing asked.
_BECAUSE = re.compile(
    r"^(?:pois|porque|ja que|weil|da|denn|parce que|car|puisque|perche|poiche|dato che|visto che|omdat|want|"
    r"потому что|так как|поскольку|因为)\b"
)


def _as_normalised(pattern: str) -> str:
    """A pattern's Han characters as `normalise` writes them (週 → 周): the tables are written as people write."""
    return "".join(normalise(ch) or ch if "\u4e00" <= ch <= "\u9fff" else ch for ch in pattern)


@dataclass(frozen=True)
class _Compiled:
    table: Table
    courtesy: re.Pattern[str]
    yes_despite_no: re.Pattern[str]
    polite: re.Pattern[str]
    confirm: re.Pattern[str]
    withdraw: re.Pattern[str]
    cannot: re.Pattern[str]
    reschedule: re.Pattern[str]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    condition: re.Pattern[str]
    contrast: re.Pattern[str]
    relative: re.Pattern[str]
    question: re.Pattern[str]
    options: tuple[re.Pattern[str], ...]
    weekdays: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    hours: tuple[re.Pattern[str], ...]
    am: re.Pattern[str]
    pm: re.Pattern[str]
    request: re.Pattern[str]
    ambiguous: re.Pattern[str]
    several: re.Pattern[str]
    negator: re.Pattern[str]
    move_verbs: re.Pattern[str]
    span: re.Pattern[str]
    instead: re.Pattern[str]
    every: re.Pattern[str]
    proposed: re.Pattern[str]
    refusal: re.Pattern[str]


def _compile(t: Table) -> _Compiled:
    def c(p: str) -> re.Pattern[str]:
        return re.compile(_as_normalised(p), re.MULTILINE)

    refusal = "|".join(f"(?:{p})" for p in (t.negation, t.withdraw, t.cannot, t.reschedule))
    return _Compiled(
        t,
        c(t.courtesy),
        c(t.yes_despite_no),
        c(t.polite),
        c(t.confirm),
        c(t.withdraw),
        c(t.cannot),
        c(t.reschedule),
        c(t.negation),
        c(t.hedge),
        c(t.condition),
        c(t.contrast),
        c(t.relative),
        c(f"{t.question}|{_INDIRECT}"),
        tuple(c(p) for p in t.options),
        c(t.weekdays),
        tuple(c(p) for p in t.dates + _GENERIC_DATES),
        tuple(c(p) for p in t.hours + _GENERIC_HOURS),
        c(t.am),
        c(t.pm),
        c(t.request),
        c(t.ambiguous),
        c(t.several),
        c(t.negator),
        c(t.move_verbs),
        c(t.span),
        c(t.instead),
        c(t.every),
        c(t.proposed),
        c(refusal),
    )


_COMPILED = {name: _compile(table) for name, table in TABLES.items()}
# Sentence ends; a full stop after a digit ends none ("den 4.12. um 14 Uhr", "le 3. décembre").
_SENTENCE = re.compile(r"(?<=[!?。！？])\s*|(?<=\D\.)\s*|\n+")
_CLAUSE = re.compile(r"[,;，、]\s*|(?<=[!?。！？])\s*|(?<=\D\.)\s*|\n+")
_WORDS = re.compile(r"\w+")
# Articles, prepositions, particles and option words: what a bare pick ("am Freitag um 14 Uhr", "2番で",
# "금요일 2시로") has beside the option or time.
_FILLER = frozenset(
    [
        "am",
        "um",
        "den",
        "der",
        "die",
        "das",
        "dem",
        "uhr",
        "termin",
        "option",
        "nummer",
        "nr",
        "le",
        "la",
        "l",
        "les",
        "a",
        "de",
        "du",
        "h",
        "heures",
        "creneau",
        "el",
        "los",
        "las",
        "por",
        "horas",
        "opcion",
        "numero",
        "o",
        "as",
        "os",
        "na",
        "no",
        "da",
        "do",
        "opcao",
        "il",
        "lo",
        "alle",
        "ore",
        "di",
        "del",
        "opzione",
        "op",
        "om",
        "het",
        "uur",
        "optie",
        "в",
        "во",
        "на",
        "вариант",
        "номер",
        "час",
        "часа",
        "часов",
        "で",
        "に",
        "の",
        "を",
        "番",
        "日",
        "時",
        "로",
        "으로",
        "에",
        "요일",
        "번",
        "시",
        "일",
    ]
)
# A yes that says no more than "ok" — beside thanks and naming nothing, it may acknowledge the email only.
_WEAK_YES = re.compile(
    r"ok|okay|oke|ок|ja|oui|si|sim|да|はい|네|prima|top|super|perfect|parfait|perfecto|perfeito|perfetto|"
    r"d'accord|vale|claro|certo|хорошо|отлично|akkoord|tres bien|va bene|in ordnung|einverstanden|de acuerdo|"
    r"combinado|ottimo|otimo|genial|excelente|benissimo|gerne?|graag|is goed|c'est bon|gut|wunderbar|beleza|"
    r"certo|fechado|ta bom|esta bem|volentieri"
)
_RECEIPT = re.compile(
    r"erhalt|bien recu|reception|recibido|recepcion|recebido|recebimento|ricevuto|ricezione|ontvangen|ontvangst|"
    r"受け取|受領|拝受|받았|수신|получил|получени"
)
_THANKS = re.compile(
    r"dank|merci|gracias|obrigad|grazie|ありがと|감사|고맙|спасибо|благодар|"
    # acknowledgements of the email ("bien reçu", "承知しました", "알겠습니다")
    r"erhalten|zur kenntnis|note|bien recu|recibido|entendido|anotado|recebido|ricevuto|capito|ontvangen|"
    r"genoteerd|了解|承知|かしこまりました|确认しました|拝受|알겠|확인했|잘 받았|понятно|принято|получил"
)
_CLOCK = re.compile(r"(?<!\d)[:.]\d{2}(?!\d)")  # the minutes an hour pattern left behind ("в 14" of "в 14:00")
# The "but" right after a thanks ("Merci, mais je ne suis plus disponible") turns from the thanks, not the answer.
_THANKS_BUT = re.compile(r"\x00[\s,.!;:\-]*(?:mais|aber|pero|mas|ma|maar|но|でも|하지만|그런데)(?=[\s,]|$)")


# A closing line: the few short lines under it are a signature (name, job title, phone number), not an answer.
_CLOSING = re.compile(
    r"(?:(?:viele|beste|liebe|freundliche) grusse|mit freundlichen grussen|mfg|lg|cordialement|bien a vous|"
    r"(?:sinceres )?salutations(?: distinguees)?|(?:un )?saludos?(?: cordiales)?|atentamente|atenciosamente|"
    r"abracos?|um abraco|(?:cordiali|distinti) saluti|saluti|(?:met )?vriendelijke groet(?:en)?|groet(?:en|jes)?|"
    r"mvg|с уважением|всего (?:доброго|хорошего)|(?:何卒)?(?:よろしく|宜しく)お願い(?:いたします|致します|します|"
    r"申し上げます)|감사합니다|고맙습니다)[\s,.!。、]*"
)
_SIGNATURE_LINES = 5


# A confidentiality notice under the reply ("Diese E-Mail enthält vertrauliche Informationen…"): not the answer.
_DISCLAIMER = re.compile(
    r"(?:diese (?:e-?mail|nachricht)|this (?:e-?mail|message)|ce (?:message|courriel|mail)|este (?:mensaje|correo)|"
    r"esta mensagem|este e-?mail|questo messaggio|questa e-?mail|dit (?:bericht|e-?mailbericht)|deze e-?mail)"
    r"[^\n]{0,40}(?:vertraulich|confidenti|vertrouwelijk|riservat)"
)


# A mail app's footer ("Obter o Outlook para iOS<https://aka.ms/…>", "Outlook voor iOS downloaden"): not the answer.
_CLIENT_FOOTER = re.compile(r"^[^\n]{0,30}\boutlook\b[^\n]{0,30}\b(?:ios|android)\b[^\n]{0,20}$", re.M)
_LINK = re.compile(r"<https?://[^>\s]{1,200}>")


def _without_signature(t: str) -> str:
    t = _CLIENT_FOOTER.sub(" ", _LINK.sub(" ", t))
    notice = _DISCLAIMER.search(t)
    if notice and "\n" in t[: notice.start()]:
        t = t[: t.rfind("\n", 0, notice.start())]
    lines = t.split("\n")
    for i, line in enumerate(lines):
        if i == 0 or not _CLOSING.fullmatch(line.strip()):
            continue
        above = [x for x in lines[:i] if x.strip()]
        rest = [x.strip() for x in lines[i + 1 :] if x.strip()]
        if above and len(rest) <= _SIGNATURE_LINES and all(len(x) <= 60 and "?" not in x for x in rest):
            return "\n".join(lines[:i])
    return t


def _unaccented(t: str) -> str:
    t = unicodedata.normalize("NFD", t.replace("ß", "ss").replace("œ", "oe"))
    return unicodedata.normalize("NFC", "".join(ch for ch in t if not unicodedata.combining(ch)))


# A clause that gives the time in the candidate's own zone ("Das wäre dann bei mir 15 Uhr", "soit 15h pour moi",
# "hora de México", "По Москве это 17:00", "日本時間では23時", "한국 시간으로는 밤 11시"): not another hour asked for.
_OWN_ZONE = re.compile(
    _as_normalised(
        r"[^,;.!?。、，\n]*(?:\b(?:ware|waere|ist) (?:dann |das )?bei mir\b|\bortszeit\b|\bdeutscher zeit\b|\bsoit\b|"
        r"\bheure (?:de (?!londres|shanghai|pekin|chine)[a-z]+|locale|francaise)\b|"
        r"\bhora (?:de (?!londres|shanghai|pekin|china)[a-z]+|local)\b|"
        r"\bhorario de (?!londres|shanghai|pequim)[a-z]+\b|"
        r"\bora (?:italiana|locale)\b|\blokale tijd\b|"
        r"\bnederlandse tijd\b|по москве|по московскому|по местному|у меня это|日本時間|現地時間|한국 시간|현지 시간|"
        r"\blocal time\b|\bmy time\b)[^,;.!?。、，\n]*"
        # the tag question checking the conversion ("…, richtig?", "…, certo?", "…, non ?"): asks nothing of HR
        r"(?:,? ?(?:richtig|oder|stimmt(?:'?s| das)?|nicht wahr|korrekt|certo|correto|n(?:e|ao) e|verdade|n'est-ce pas|"
        r"non|c'est (?:bien )?ca|correct|c'est correct|vero|giusto|corretto|no|verdad|cierto|correcto|juist|klopt dat|"
        r"toch|правильно|верно|так|да|ですよね|ですね|맞죠|맞나요|맞습니까) ?\?)?"
    )
)


def _prepare(text: str, c: _Compiled, language: str) -> str:
    t = normalise(text[: MAX_TEXT * 2])
    for pattern, replacement in c.table.pre:
        t = re.sub(_as_normalised(pattern), replacement, t, flags=re.MULTILINE)
    if language in LATIN:
        t = _unaccented(t)
    t = _without_signature(t)
    t = _THANKS_BUT.sub(" ", c.courtesy.sub("\x00", t)).replace("\x00", " ")
    t = c.yes_despite_no.sub(" ok ", t)
    t = c.polite.sub(" ", t)
    t = _OWN_ZONE.sub(lambda m: " " if re.search(r"\d", m.group(0)) else m.group(0), t)
    lines = [re.sub(r"[ \t]+", " ", line).strip(" ,.;:!-") for line in t.split("\n")]
    return "\n".join(line for line in lines if _WORDS.search(line))


def _number(token: str, ordinals: dict[str, int]) -> int | None:
    if token.isdigit():
        return int(token)
    for key, n in ordinals.items():
        if token.startswith(key):
            return n
    return None


def _weekday(token: str, names: dict[str, int]) -> int | None:
    return next((n for key, n in names.items() if token.startswith(key)), None)


@dataclass(frozen=True)
class _Named:
    weekdays: frozenset[int]
    days: frozenset[tuple[int | None, int]]
    hours: frozenset[int]
    am: bool
    pm: bool
    years: frozenset[int] = frozenset()  # a year written with a date ("04.12.2026", "2026年12月4日")

    @property
    def any(self) -> bool:
        return bool(self.weekdays or self.days or self.hours)


def _named(t: str, c: _Compiled) -> _Named:
    weekdays = set()
    for m in c.weekdays.finditer(t):
        token = next((g for g in m.groups() if g), "")
        day = _weekday(token, c.table.weekday_names)
        if day is not None:
            weekdays.add(day)
    days: set[tuple[int | None, int]] = set()
    years: set[int] = set()
    for pattern in c.dates:
        for m in pattern.finditer(t):
            # groups 1 and 2, or named d and mo when a year comes first ("2026年12月4日")
            first, second = (m.group("d"), m.group("mo")) if "d" in pattern.groupindex else (m.group(1), m.group(2))
            year = m.groupdict().get("y")
            if year:
                years.add(int(year) + 2000 if len(year) == 2 else int(year))
            if second and not second.isdigit():
                month = next((i for i, p in enumerate(c.table.months, 1) if second.startswith(p)), None)
                if month is not None and 1 <= int(first) <= 31:
                    days.add((month, int(first)))
            elif second:  # 3.12 / 12/3 / 12月3日: either order may be meant
                a, b = int(first), int(second)
                if 1 <= b <= 12 and 1 <= a <= 31:
                    days.add((b, a))
                if 1 <= a <= 12 and 1 <= b <= 31:
                    days.add((a, b))
            elif 1 <= int(first) <= 31:
                days.add((None, int(first)))
    hours: set[int] = set()
    for pattern in c.hours:
        for m in pattern.finditer(t):
            hour = int(m.group("h"))
            groups = m.groupdict()
            if hour > 23:
                continue
            if groups.get("pm"):
                hours.add(hour + 12 if hour < 12 else hour)
            elif groups.get("am") or hour >= 12 or hour == 0:
                hours.add(hour)
            else:
                hours |= {hour, hour + 12}
    return _Named(
        frozenset(weekdays),
        frozenset(days),
        frozenset(hours),
        bool(c.am.search(t)),
        bool(c.pm.search(t)),
        frozenset(years),
    )


def _matches(named: _Named, offered: Sequence[OfferedSlot]) -> list[int]:
    """The offered options that fit every weekday, date, hour and part of day named."""
    out = []
    for slot in offered:
        start = slot.start
        if named.weekdays and start.weekday() not in named.weekdays:
            continue
        if named.days and not any(d == start.day and mo in (None, start.month) for mo, d in named.days):
            continue
        if named.years and start.year not in named.years:
            continue
        if named.hours and start.hour not in named.hours:
            continue
        if named.am and not named.pm and start.hour >= 12:
            continue
        if named.pm and not named.am and start.hour < 12:
            continue
        out.append(slot.number)
    return out


def _options(t: str, c: _Compiled) -> set[int]:
    found = set()
    for pattern in c.options:
        for m in pattern.finditer(t):
            n = _number(m.group(1), c.table.ordinals)
            if n is not None:
                found.add(n)
    return found


def _reading(
    intent: Intent,
    confidence: float,
    rule: str,
    *,
    slot: int | None = None,
    question: str | None = None,
    proposed: str | None = None,
) -> Classification:
    return Classification(intent, slot, question, confidence, rule, proposed)


def _negated(pattern: re.Pattern[str], clauses: list[str], c: _Compiled) -> bool:
    """A negation beside the phrase, outside it, in its clause ("포기하지 않겠습니다", "nicht zurückziehen")."""
    return any(c.negator.search(pattern.sub(" ", x)) for x in clauses if pattern.search(x))


# Words of a yes that, in a question naming no time, ask whether something can be done, not accept a time.
# (A "no problem" read as "ok" in a question is asked too: "コピーでも問題ないでしょうか".)
_MODAL = re.compile(r"pode ser|puede ser|podria ser|poderia ser|ok")


def _says_yes(x: str, c: _Compiled) -> bool:
    found = [m.group(0) for m in c.confirm.finditer(x)]
    if found and c.question.search(x) and not (_named(x, c).any or _options(x, c)):
        return not all(_MODAL.fullmatch(w) for w in found)
    return bool(found)


def _refuses_in(sentence: str, c: _Compiled) -> bool:
    """A negation in a question outside a reason given with it ("…, pois ainda não concluí o curso")."""
    return any(
        c.negation.search(x) and not _BECAUSE.search(x.strip()) for x in _CLAUSE.split(sentence) if _WORDS.search(x)
    )


def _contrasted(clauses: list[str], c: _Compiled, offered: Sequence[OfferedSlot]) -> _Named | None:
    """A time refused beside a time accepted ("Donnerstag passt leider nicht, Samstag um 10 wäre gut"): what the
    accepting clauses name, when every clause with a negation refuses a named time with a negator proper, a yes
    names a time, and exactly one offered time fits that and none of the refused ones."""
    refused = [x for x in clauses if c.negation.search(x)]
    kept = [x for x in clauses if not c.negation.search(x)]
    if not (offered and refused and kept):
        return None
    if not all(c.negator.search(x) and _named(x, c).any for x in refused):
        return None
    # The yes names the time it accepts: a weekday, a date or an hour ("Freitag passt leider nicht, Samstag ginge").
    if not any(c.confirm.search(x) and _named(x, c).any for x in kept):
        return None
    named = _named(" ".join(kept), c)
    fit = _matches(named, offered)
    refused_fit = {n for x in refused for n in _matches(_named(x, c), offered)}
    if len(fit) != 1 or fit[0] in refused_fit:
        return None
    return named


def _instead(sentences: list[str], c: _Compiled, offered: Sequence[OfferedSlot], t: str) -> str | None:
    """A question asking for another hour in place of an offered one ("serait-il possible de commencer à 11h
    plutôt qu'à 10h ?"): the hour after "instead" is offered (on the day the reply names), the one before is not."""
    if not offered or c.withdraw.search(t) or c.cannot.search(t):
        return None
    days = _named(t, c).weekdays
    slots = [slot for slot in offered if not days or slot.start.weekday() in days]
    for s in sentences:
        m = c.instead.search(s)
        if m is None or not c.question.search(s):
            continue
        if any(_named(x, c).any for x in sentences if x != s):
            return None  # another time named beside it ("Sinon jeudi"): a person reads it
        wanted, replaced = _named(s[: m.start()], c).hours, _named(s[m.end() :], c).hours
        if not (wanted and replaced) or c.instead.search(s, m.end()):
            continue
        if any(slot.start.hour in replaced for slot in slots) and not any(slot.start.hour in wanted for slot in slots):
            return s
    return None


def _written(proposed: str, text: str, language: str) -> str:
    """The sentence of the reply as written (accents and all) that a normalised one came from."""
    written = [x.strip() for x in _SENTENCE.split(normalise(text)) if x.strip()]
    key = proposed.strip()[:12]
    return next((x for x in written if key in (_unaccented(x) if language in LATIN else x)), proposed)


def classify_foreign(text: str, language: str, offered: Sequence[OfferedSlot] = ()) -> Classification | None:
    """The reading of a reply written in `language` (as `inbound.language.unread_language` names it) when it is
    one clear decision or a clear question; None for anything the tables do not place (asked back)."""
    c = _COMPILED.get(language)
    if c is None or len(text) > MAX_TEXT * 4:
        return None
    t = _prepare(text, c, language)
    sentences = [s for s in _SENTENCE.split(t) if _WORDS.search(s)]
    if not t or len(t) > MAX_TEXT or len(sentences) > MAX_SENTENCES or c.ambiguous.search(t):
        return None
    asked = [s for s in sentences if c.question.search(s)]
    stated = [s for s in sentences if not c.question.search(s)]
    # An "if" inside a question ("faut-il une copie si je le passe en ligne ?", "volevo sapere se…") sets no
    # condition on an answer: such a reply may be read as a question, and as nothing else.
    conditional = any(c.condition.search(s) for s in stated)
    only_asks = not conditional and any(c.condition.search(s) for s in asked)
    if c.hedge.search(t) or conditional or c.several.search(t):
        return None  # not decided, conditional, or any of several times ("egal", "どれでも")
    clauses = [x for x in _CLAUSE.split(t) if _WORDS.search(x)]
    options = _options(t, c)
    named = _named(t, c)
    # A yes that stands: in a clause with no negation and no request to move ("gerne einen anderen Termin"); not
    # a "pode ser" in a question that names no time ("a entrevista pode ser feita online?").
    yes = [x for x in clauses if _says_yes(x, c) and not c.negation.search(x) and not c.reschedule.search(x)]
    numbers = {slot.number for slot in offered}
    if only_asks and (
        c.withdraw.search(t) or c.cannot.search(t) or c.reschedule.search(t) or c.contrast.search(t) or yes
    ):
        return None
    if c.withdraw.search(t):
        # "ho accettato un'altra offerta e non parteciperò": the negation of a "cannot attend" negates no withdrawal
        uncannot = [c.cannot.sub(" ", x) for x in clauses]
        if yes or options or named.any or asked or c.reschedule.search(t) or _negated(c.withdraw, uncannot, c):
            return None
        return _reading("decline", 0.9, f"{language}: withdrawal phrase")
    moved = _instead(sentences, c, offered, t) if not options else None
    if moved is not None:
        return _reading(
            "reschedule", 0.85, f"{language}: another hour asked for", proposed=_written(moved, text, language)
        )
    movers = [x for x in clauses if c.reschedule.search(x)]
    # Every offered time turned down together, in a clause naming none ("leider passen die Termine nicht", "an den
    # drei Tagen bin ich verhindert", "세 시간 모두 참석이 어렵습니다"): a refusal of them all, which asks for
    # another time only beside a request to move or a question naming a time none of them has.
    refused_all = [x for x in clauses if c.every.search(x) and c.negation.search(x) and not _named(x, c).any]
    if movers and options:
        return None
    if (movers or refused_all) and not options:
        # "Ich bin nächste Woche im Urlaub": not asked to move (that week may be the one offered).
        refused = bool(refused_all) or any(
            c.negation.search(m.group(0)) for x in movers for m in c.reschedule.finditer(x)
        )
        # An offered time named in a clause that neither refuses it nor asks to move is perhaps accepted; not a
        # time no offered one fits asked for after every time is refused ("keiner der Termine. Ginge Montag?") or
        # in the question asking to move ("¿Podríamos dejarlo para la semana siguiente, el martes 8?").
        refuses = refused or any(c.negator.search(s) for s in stated)
        elsewhere = [
            s
            for s in asked
            if offered
            and (refuses or c.reschedule.search(s))
            and _named(s, c).any
            and not _named(s, c).weekdays & {slot.start.weekday() for slot in offered}
            and not (
                _named(s, c).days
                and _matches(_Named(frozenset(), _named(s, c).days, frozenset(), False, False), offered)
            )
            and not _matches(_named(s, c), offered)
        ]
    else:
        refused, elsewhere = False, []
    if movers or elsewhere:
        # A yes in the question asking for the other time ("Geht auch Montag, der 7.12.?") asks, it accepts nothing.
        if any(not any(x in s for s in elsewhere) for x in yes):
            return None
        if not (asked or refused or any(c.move_verbs.search(x) for x in movers)):
            return None  # asked for, refused in the phrase ("keinem der Termine") or a move verb
        for x in clauses:
            if (
                not (c.negation.search(x) or c.reschedule.search(x) or c.cannot.search(x))
                and _named(x, c).any
                and not any(x in s for s in elsewhere)
            ):
                return None
        if offered and any(_named(x, c).weekdays & {slot.start.weekday() for slot in offered} for x in movers):
            return None  # "来週の金曜日": a week after the Friday offered, or that Friday? A person would ask.
        proposed = next((x for x in movers + elsewhere if _named(x, c).any or c.relative.search(x)), None)
        if proposed is not None:  # as written (accents and all): the sentence of the reply it came from
            written = [x.strip() for x in _SENTENCE.split(normalise(text)) if x.strip()]
            key = proposed.strip()[:12]
            proposed = next((x for x in written if key in (_unaccented(x) if language in LATIN else x)), proposed)
        return _reading("reschedule", 0.85, f"{language}: request for another time", proposed=proposed)
    if c.cannot.search(t):
        if options or named.any or yes or asked or _negated(c.cannot, clauses, c):
            return None
        return _reading("decline", 0.85, f"{language}: cannot attend")
    last = max((i for i, s in enumerate(sentences) if c.question.search(s)), default=-1)
    signed = all(i > last and len(_WORDS.findall(s)) <= 2 for i, s in enumerate(sentences) if s in stated)
    # A reason beside the question ("No vivo en Shanghái", "Ik woon niet in de buurt") names no time.
    signed = signed or all(c.negation.search(s) or len(_WORDS.findall(s)) <= 2 for s in stated)
    if (
        asked
        and signed
        and not any(_refuses_in(s, c) for s in asked)
        and not (yes or options or named.any or c.relative.search(t))
    ):
        # Only questions (and a name under them), naming no time ("Est-ce que l'entretien peut se faire en
        # français ou uniquement en anglais ?"): a "but" or "only" in them is part of the question.
        return _reading("question", 0.8, f"{language}: question", question=text.strip()[:2000])
    if only_asks:
        return None
    narrowed = _contrasted(clauses, c, offered) if not (asked or options or c.relative.search(t)) else None
    if narrowed is not None:
        named = narrowed  # "Donnerstag passt leider nicht, Samstag um 10 wäre gut": the time accepted
    elif c.negation.search(t) or c.contrast.search(t) or c.relative.search(t):
        return None  # a negation, a "but" or a relative day the tables do not place: a person would ask
    question = None
    if asked:
        if any(_says_yes(s, c) or _options(s, c) or _named(s, c).any for s in asked):
            return None  # "¿Le viene bien el viernes?": asks about a time, or for it
        if not (yes or options or named.any):
            return _reading("question", 0.8, f"{language}: question", question=text.strip()[:2000])
        question = text.strip()[:2000]
    if len(options) > 1:
        return None
    option = next(iter(options), None)
    if option is not None and (option not in numbers if numbers else not 1 <= option <= 5):
        return None  # an option that was not offered (without the offered times: more than invitations offer)
    slot = option
    if named.any:
        if not offered or c.span.search(t):
            return None  # nothing to match, or "bis 14 Uhr" / "à partir de jeudi": a span, not the time
        fit = _matches(named, offered)
        if len(fit) != 1 or (option is not None and option != fit[0]):
            return None
        slot = fit[0]
    # A number the tables do not place ("2でお願いします" were it not an option word): which option? Asked back.
    rest = " ".join(stated)
    for pattern in c.options + c.hours + c.dates:
        rest = pattern.sub(" ", rest)
    if re.search(r"\d", _CLOCK.sub(" ", rest)):
        return None
    what = "option" if option is not None else "offered time" if named.any else ""
    if not what and c.proposed.search(t):
        what = "proposed time"  # "Va bene l'orario proposto": the time the invitation proposes, named as such
    if yes:
        weak = all(_WEAK_YES.fullmatch(m.group(0)) for x in yes for m in c.confirm.finditer(x))
        said = normalise(text)
        if not what and _RECEIPT.search(_unaccented(said) if language in LATIN else said):
            return None  # "Ich bestätige den Erhalt", "je confirme la bonne réception": the email, not the time
        if weak and not what and _THANKS.search(_unaccented(said) if language in LATIN else said):
            return None  # "Ok, danke", "Oui, merci", "네, 알겠습니다": a yes to the time, or to the email? Asked.
        beside = c.request.sub(" ", c.confirm.sub(" ", " ".join(stated)))
        if weak and not what and sum(1 for word in _WORDS.findall(beside) if word not in _FILLER) > 2:
            return None  # "Oui, j'ai une question : …": a bare "ok" beside words the tables do not place
        rule = f"{language}: confirm phrase" + (f" + {what}" if what else "")
        return _reading("confirm", 0.9 if what else 0.85, rule, slot=slot, question=question)
    if slot is not None and not yes:
        # A pick on its own ("Opción 2.", "2番で。", "Freitag, 14 Uhr."): no other word beside it but articles and
        # prepositions ("Jeudi pris" is not a pick).
        rest = c.request.sub(" ", " ".join(stated))
        for pattern in c.options + c.hours + c.dates:
            rest = pattern.sub(" ", rest)
        rest = c.weekdays.sub(" ", rest)
        if all(word in _FILLER for word in _WORDS.findall(rest)) and question is None:
            return _reading("confirm", 0.85, f"{language}: {what} named on its own", slot=slot)
    return None


def refusal(text: str) -> Callable[[str], bool] | None:
    """For a reply written in a language `classify_foreign` reads: a test of whether a (normalised) text holds a
    word of refusal, absence or change in that language (`inbound.gate` knows only zh/en ones). None for a
    reply in Chinese or English."""
    language = unread_language(text)
    c = _COMPILED.get(language or "")
    if c is None or language is None:
        return None
    compiled, name = c, language

    def refuses(t: str) -> bool:
        return bool(compiled.refusal.search(_prepare(t, compiled, name)))

    return refuses
