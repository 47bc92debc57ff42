"""Modality of policy measures: the general rules of the fifth round of issue #5.

Every sentence was written for this file (none is taken from the benchmark sets); the
expected modality was decided by reading the sentence, following the conventions of
benchmarks/data/README.md. Each group names the rule of German grammar it checks.
"""

from __future__ import annotations

import pytest

from _helpers import CO, DE, EX, HY, IF, LE, NE, PL, PR, RE, UD, D, of_type
from polittext import Modality

CASES = [
    # A sentence that opens with "Wenn" sets a condition; it scopes over a negation of
    # either clause, so the measures are hypothetical, not negated or refused.
    pytest.param(
        "Wenn die Inflation weiter steigt, wird die Regierung die Mehrwertsteuer auf "
        "Lebensmittel nicht senken.",
        "TAX_LEVY",
        HY,
        id="wenn-negated-consequence",
    ),
    pytest.param(
        "Wenn Moskau nicht einlenkt, wird die EU neue Sanktionen verhängen.",
        "SANCTION_GENERAL",
        HY,
        id="wenn-consequence",
    ),
    # An appeal named by its own verb is made by saying it: decided, not demanded.
    pytest.param(
        "Der Gesundheitsminister ruft die Bevölkerung auf, sich gegen Grippe impfen zu lassen.",
        "INFORMATION_APPEAL",
        DE,
        id="appeal-ruft-auf",
    ),
    pytest.param(
        "Wir appellieren an alle Autofahrer: Bilden Sie eine Rettungsgasse!",
        "INFORMATION_APPEAL",
        DE,
        id="appeal-appellieren",
    ),
    # The content of a draft stays proposed when a government adopts the draft; a
    # refusal of the draft refuses its content.
    pytest.param(
        "Der Senat hat den Entwurf des Doppelhaushalts 2028/29 beschlossen.",
        "BUDGET_ALLOCATION",
        PR,
        id="draft-adopted-by-government",
    ),
    pytest.param(
        "Die Landesregierung billigte den Entwurf für eine neue Bauordnung.",
        "REGULATION_LAW",
        PR,
        id="draft-approved",
    ),
    pytest.param(
        "Der Landtag lehnte den Entwurf für eine neue Bauordnung ab.",
        "REGULATION_LAW",
        RE,
        id="draft-refused",
    ),
    # A modal of necessity over weighing or debating asks for it: a demand.
    pytest.param(
        "Die Bundesregierung sollte endlich über eine Übergewinnsteuer nachdenken.",
        "TAX_LEVY",
        D,
        id="should-consider",
    ),
    pytest.param(
        "Der Bundestag muss noch in dieser Woche über neue Sanktionen gegen Belarus beraten.",
        "SANCTION_GENERAL",
        D,
        id="must-debate",
    ),
    # "Mit uns" set off at the head of the sentence scopes over all of it.
    pytest.param(
        "Mit uns, das sage ich ganz deutlich, wird es keine Pkw-Maut geben.",
        "TAX_LEVY",
        RE,
        id="with-us-set-off",
    ),
    pytest.param(
        "Mit mir, liebe Kolleginnen und Kollegen, kommt keine Erhöhung der Grundsteuer.",
        "TAX_LEVY",
        RE,
        id="with-me-set-off",
    ),
    # Lexicon: a decision put off (vertagt) leaves the measure open; "rückgängig machen"
    # ends a measure; the collapse of a truce ends it; "an … knüpfen" makes it conditional.
    pytest.param(
        "Der Gemeinderat hat die Entscheidung über eine Zweitwohnungsteuer vertagt.",
        "TAX_LEVY",
        UD,
        id="postponed-decision",
    ),
    pytest.param(
        "Die Abstimmung über das Tempolimit wurde erneut vertagt.",
        "REGULATION_LAW",
        UD,
        id="postponed-vote",
    ),
    pytest.param(
        "Die neue Landesregierung hat die Kürzung des Blindengeldes rückgängig gemacht.",
        "SPENDING_CUT_LIMIT",
        LE,
        id="undone",
    ),
    pytest.param(
        "Nach dem Zusammenbruch des Waffenstillstands im Sudan flohen Tausende.",
        "AGREEMENT_TREATY",
        LE,
        id="collapse-of-truce",
    ),
    pytest.param(
        "Ankara hat die Zustimmung zum Abkommen an die Lieferung von Kampfjets geknüpft.",
        "AGREEMENT_TREATY",
        UD,  # docs/labelling.rst: a measure that a condition is set for is bargained over
        id="tied-to-condition",
    ),
    pytest.param(
        "Peking knüpft eine Senkung der Zölle an Zugeständnisse bei Halbleitern.",
        "TARIFF",
        UD,
        id="tied-to-condition-separable",
    ),
    # Withheld consent refuses: "nicht zustimmen", "billigten … nicht"; "nicht
    # finanzierbar" judges a measure out of reach, a refusal like "nicht akzeptabel".
    pytest.param(
        "Der Bundesrat stimmte der Erhöhung der Tabaksteuer nicht zu.",
        "TAX_LEVY",
        RE,
        id="consent-withheld-separable",
    ),
    pytest.param(
        "Die Länder billigten die Kürzung der Regionalisierungsmittel nicht.",
        "SPENDING_CUT_LIMIT",
        RE,
        id="consent-withheld-billigen",
    ),
    pytest.param(
        "Der Bundesrat hat der Erhöhung der Tabaksteuer zugestimmt.",
        "TAX_LEVY",
        DE,
        id="consent-given",
    ),
    pytest.param(
        "Eine Senkung der Stromsteuer für alle ist nicht finanzierbar.",
        "TAX_LEVY",
        RE,
        id="not-affordable",
    ),
    # A negated "dürfen" or "brauchen" rules the measure out (rejected); a plain
    # "gibt es nicht" only states that it is absent (negated).
    pytest.param(
        "Eine Pkw-Maut für Ausländer darf es nicht geben.",
        "TAX_LEVY",
        RE,
        id="must-not-exist",
    ),
    pytest.param(
        "Das Handwerk braucht keine neue Dokumentationspflicht.",
        "REGULATION_LAW",
        RE,
        id="not-needed",
    ),
    pytest.param(
        "Eine Vermögensteuer gibt es in Deutschland nicht.",
        "TAX_LEVY",
        NE,
        id="absent-is-negated",
    ),
    # Rejecting a report denies its content clause (wonach/dass): negated; confirming it
    # keeps the status of the clause.
    pytest.param(
        "Die Senatorin wies Spekulationen zurück, wonach die Kita-Gebühren steigen sollen.",
        "TAX_LEVY",
        NE,
        id="denied-report-wonach",
    ),
    pytest.param(
        "Der Kanzler dementierte Berichte, dass Deutschland Taurus-Marschflugkörper liefern werde.",
        "MILITARY_AID",
        NE,
        id="denied-report-dass",
    ),
    pytest.param(
        "Die Regierung bestätigte Berichte, wonach die Kita-Gebühren steigen sollen.",
        "TAX_LEVY",
        PL,
        id="confirmed-report",
    ),
    # A negated status noun ("keine Vorbedingung", "keine Forderung", "kein Vorschlag")
    # says the measure has no such status: negated.
    pytest.param(
        "Ein Waffenstillstand sei keine Vorbedingung für Verhandlungen, erklärte der "
        "Außenminister.",
        "AGREEMENT_TREATY",
        NE,
        id="no-precondition",
    ),
    pytest.param(
        "Ein Tempolimit ist keine Forderung unserer Partei.",
        "REGULATION_LAW",
        NE,
        id="no-demand",
    ),
    # "Wo bleibt …?" presupposes the measure is overdue: the question demands it, over
    # an attribute of an earlier promise.
    pytest.param(
        "Wo bleibt die angekündigte Entlastung bei der Stromsteuer?",
        "TAX_LEVY",
        D,
        id="where-is-announced",
    ),
    pytest.param(
        "Meine Frage an die Ministerin: Wo bleibt das Sondervermögen für die Bahn?",
        "BUDGET_ALLOCATION",
        D,
        id="where-is-after-colon",
    ),
    # Suspending a restriction with a verb lifts it like the noun does: a suspension that
    # is only weighed or possible leaves it in force; a done one ends it.
    pytest.param(
        "Der Senat erwägt, die Schuldenbremse für das Jahr 2027 auszusetzen.",
        "SPENDING_CUT_LIMIT",
        IF,
        id="suspension-weighed",
    ),
    pytest.param(
        "Die Regierung könnte den Zoll auf Stahl aussetzen.",
        "TARIFF",
        IF,
        id="suspension-possible",
    ),
    pytest.param(
        "Der Bundestag hat die Schuldenbremse für 2026 ausgesetzt.",
        "SPENDING_CUT_LIMIT",
        LE,
        id="suspension-done",
    ),
    # A lifting named in a conditional clause anywhere in the sentence has not happened:
    # the measure stays in force; what is threatened is hypothetical.
    pytest.param(
        "Die USA drohen mit Strafzöllen, falls Kanada seine Digitalsteuer nicht abschafft.",
        "TAX_LEVY",
        IF,
        id="lifting-in-falls-clause",
    ),
    pytest.param(
        "Die USA drohen mit Strafzöllen, falls Kanada seine Digitalsteuer nicht abschafft.",
        "TARIFF",
        HY,
        id="threat-with-falls-clause",
    ),
    pytest.param(
        "Peking will die Exportkontrollen für Gallium lockern, sofern Washington die "
        "Chipsanktionen aufhebt.",
        "SANCTION_GENERAL",
        IF,
        id="lifting-in-sofern-clause",
    ),
    pytest.param(
        "Ottawa schafft die Digitalsteuer ab.",
        "TAX_LEVY",
        LE,
        id="schafft-ab",
    ),
    # An indirect question whose decision is still to come is open: under discussion.
    pytest.param(
        "Ob die Grundsteuer erhöht wird, soll der Stadtrat im Mai entscheiden.",
        "TAX_LEVY",
        UD,
        id="whether-decided-later",
    ),
    pytest.param(
        "Ob das Tempolimit auf der A7 ausgeweitet wird, soll nach der Wahl entschieden werden.",
        "REGULATION_LAW",
        UD,
        id="whether-decided-later-passive",
    ),
    pytest.param(
        "Ob die Pendlerpauschale steigt, wird im Herbst entschieden.",
        "TAX_LEVY",
        UD,
        id="whether-decided-present-passive",
    ),
    # A present passive closing a verb-final clause names an act to come: planned.
    pytest.param(
        "Das Ministerium teilt mit, dass zusätzliche Leopard-Panzer an Litauen geliefert werden.",
        "MILITARY_AID",
        PL,
        id="present-passive-delivery",
    ),
    pytest.param(
        "Der Senat teilt mit, dass in Hamburg 2000 neue Sozialwohnungen gebaut werden.",
        "PUBLIC_INVESTMENT_PROVISION",
        PL,
        id="present-passive-building",
    ),
    # A widening in the present with a start date has been decided: extended
    # (docs/labelling.rst, "ab" + date), like a done ("wurden") or immediate one.
    pytest.param(
        "Die Einreisesperren gegen russische Oligarchen werden ab dem 1. Juli ausgeweitet.",
        "TRAVEL_BAN",
        EX,
        id="extension-from-later-date",
    ),
    pytest.param(
        "Der Rat teilt mit, dass das Waffenembargo ab Januar verschärft wird.",
        "ARMS_EMBARGO",
        EX,
        id="extension-from-later-date-dass",
    ),
    pytest.param(
        "Die Einreisesperren wurden ab dem 1. Juli ausgeweitet.",
        "TRAVEL_BAN",
        EX,
        id="extension-done",
    ),
    pytest.param(
        "Das Kurzarbeitergeld wird ab sofort auf 24 Monate verlängert.",
        "PAY_BENEFIT_CHANGE",
        EX,
        id="extension-immediate",
    ),
    # A measure that applies for a further term has been extended.
    pytest.param(
        "Die Mietpreisbremse gilt nach dem Beschluss des Bundestages für weitere vier Jahre.",
        "PRICE_CAP",
        EX,
        id="further-term-gilt",
    ),
    pytest.param(
        "Die Grenzkontrollen zu Polen bleiben weitere sechs Monate in Kraft.",
        "MIGRATION_BORDER",
        EX,
        id="further-term-bleibt",
    ),
    pytest.param(
        "Die Grenzkontrollen zu Polen gelten seit Oktober.",
        "MIGRATION_BORDER",
        IF,
        id="no-further-term",
    ),
    # A generic "Wer …" clause opening the sentence is a condition: its measure is only
    # supposed (hypothetical).
    pytest.param(
        "Wer eine Vermögensteuer fordert, muss erklären, wie er den Mittelstand schützen will.",
        "TAX_LEVY",
        HY,
        id="whoever-demands",
    ),
    pytest.param(
        "Wer Zölle auf chinesische Autos verhängt, riskiert einen Handelskrieg.",
        "TARIFF",
        HY,
        id="whoever-imposes",
    ),
    # A right in the state of being suspended ("ist ausgesetzt") is the restriction in
    # force.
    pytest.param(
        "Weil der Familiennachzug ausgesetzt ist, warten Tausende auf ihre Angehörigen.",
        "MIGRATION_BORDER",
        IF,
        id="suspended-right-state",
    ),
    pytest.param(
        "Die Visafreiheit für georgische Beamte ist ausgesetzt.",
        "TRAVEL_BAN",
        IF,
        id="suspended-visa-freedom",
    ),
    # A definite act noun that opens the clause and is judged, with no status cue,
    # presupposes the act: decided. A Konjunktiv or a demand word keeps its status.
    pytest.param(
        "Die Kürzung des Elterngeldes war ein schwerer Fehler.",
        "PAY_BENEFIT_CHANGE",
        DE,
        id="judged-act-noun",
    ),
    pytest.param(
        "Die Ausweisung der beiden Diplomaten belastet die Beziehungen.",
        "DIPLOMATIC_MEASURE",
        DE,
        id="act-noun-with-effect",
    ),
    pytest.param(
        "Die Einführung einer Zuckersteuer wäre sinnvoll.",
        "TAX_LEVY",
        HY,
        id="act-noun-subjunctive",
    ),
    pytest.param(
        "Die Senkung der Stromsteuer für alle ist überfällig.",
        "TAX_LEVY",
        D,
        id="act-noun-overdue",
    ),
    # "künftig", "etwaig" before the measure: it is only supposed (hypothetical); the
    # uninflected adverb "künftig" sets no condition.
    pytest.param(
        "Deutschland will sich an der Überwachung eines künftigen Waffenstillstands beteiligen.",
        "AGREEMENT_TREATY",
        HY,
        id="future-truce",
    ),
    pytest.param(
        "Ein etwaiges Freihandelsabkommen mit Indien müsste der Bundestag ratifizieren.",
        "AGREEMENT_TREATY",
        HY,
        id="eventual-agreement",
    ),
    # A zu-infinitive clause that opens the sentence is the object of the main clause
    # after it; an inserted "wie es X fordert/plant" is an aside.
    pytest.param(
        "Die Mehrwertsteuer auf Speisen wieder zu erhöhen, wie es der Finanzminister plant, "
        "lehnen wir ab.",
        "TAX_LEVY",
        RE,
        id="fronted-infinitive-refused-aside",
    ),
    pytest.param(
        "Die Schuldenbremse zu reformieren, fordern inzwischen auch die Länder.",
        "SPENDING_CUT_LIMIT",
        D,
        id="fronted-infinitive-demanded",
    ),
    pytest.param(
        "Die Grundsteuer zu senken, hat der Stadtrat beschlossen.",
        "TAX_LEVY",
        DE,
        id="fronted-infinitive-decided",
    ),
    # Lexicon: a court that declares a measure void in verb-second order ends it; talks
    # that are concluded decide the agreement; asking for a measure (bittet um) demands it.
    pytest.param(
        "Das Gericht erklärte den Nachtragshaushalt für verfassungswidrig.",
        "BUDGET_ALLOCATION",
        LE,
        id="declared-void-verb-second",
    ),
    pytest.param(
        "Die Verhandlungen über ein Freihandelsabkommen mit Mercosur sind abgeschlossen.",
        "AGREEMENT_TREATY",
        DE,
        id="talks-concluded",
    ),
    pytest.param(
        "Die Ukraine bat die Verbündeten um zusätzliche Munition.",
        "MILITARY_AID",
        D,
        id="asks-for",
    ),
    # Lexicon: "sich gegen/für … ausgesprochen" refuses or asks for a measure (in the
    # perfect as in the present); "hält … für ausgeschlossen" rules it out.
    pytest.param(
        "Die Länder haben sich gegen eine Erhöhung der Grunderwerbsteuer ausgesprochen.",
        "TAX_LEVY",
        RE,
        id="spoken-against",
    ),
    pytest.param(
        "Die Länder haben sich gegen die Abschaffung des Solidaritätszuschlags ausgesprochen.",
        "TAX_LEVY",
        IF,
        id="spoken-against-lifting",
    ),
    pytest.param(
        "Der Parteitag hat sich für eine Vermögensteuer ausgesprochen.",
        "TAX_LEVY",
        D,
        id="spoken-for",
    ),
    pytest.param(
        "Die Regierung hält eine Erhöhung der Mehrwertsteuer für ausgeschlossen.",
        "TAX_LEVY",
        RE,
        id="ruled-out",
    ),
    # "sich dafür einsetzen/aussprechen/stark machen, dass/zu …" demands what the
    # governed clause names; "sich dagegen aussprechen" refuses it; the hortative
    # "Lassen Sie uns …" scopes like a modal of demand over the verb of its clause.
    pytest.param(
        "Die Union setzt sich dafür ein, dass die Stromsteuer gesenkt wird.",
        "TAX_LEVY",
        D,
        id="dafuer-einsetzen",
    ),
    pytest.param(
        "Die Grünen sprechen sich dagegen aus, die Stromsteuer zu erhöhen.",
        "TAX_LEVY",
        RE,
        id="dagegen-aussprechen",
    ),
    pytest.param(
        "Lassen Sie uns endlich eine Vermögensteuer einführen!",
        "TAX_LEVY",
        D,
        id="hortative-lassen-sie-uns",
    ),
    pytest.param(
        "Lasst uns die Mietpreisbremse verschärfen!",
        "PRICE_CAP",
        D,
        id="hortative-lasst-uns",
    ),
    # Lexicon of open and failed steps: an agreement "nicht in Sicht" and a coalition
    # "uneinig" leave the measure open; a pending ratification ("steht noch aus") awaits
    # approval (proposed); "keine Mehrheit" defeats it (rejected); a "Vorstoß" proposes.
    pytest.param(
        "Eine Einigung auf eine Reform der Schuldenbremse ist nicht in Sicht.",
        "SPENDING_CUT_LIMIT",
        UD,
        id="agreement-not-in-sight",
    ),
    pytest.param(
        "Ein Ende der Sanktionen ist nicht in Sicht.",
        "SANCTION_GENERAL",
        IF,
        id="end-not-in-sight",
    ),
    pytest.param(
        "Die Koalition ist sich über die Einführung einer Bezahlkarte uneinig.",
        "MIGRATION_BORDER",
        UD,
        id="coalition-divided",
    ),
    pytest.param(
        "Die Ratifizierung des Mercosur-Abkommens steht noch aus.",
        "AGREEMENT_TREATY",
        PR,
        id="ratification-pending",
    ),
    pytest.param(
        "Für eine Übergewinnsteuer gibt es im Bundestag keine Mehrheit.",
        "TAX_LEVY",
        RE,
        id="no-majority",
    ),
    pytest.param(
        "Die SPD legt einen Vorstoß für eine Vermögensteuer vor.",
        "TAX_LEVY",
        PR,
        id="initiative",
    ),
    # "sich gegen … entscheiden" refuses the measure: the longer phrase gives the last
    # word ("entschieden") another sense than the decision it names alone.
    pytest.param(
        "Die Koalition hat sich gegen eine Verlängerung der Mietpreisbremse entschieden.",
        "PRICE_CAP",
        RE,
        id="decided-against-perfect",
    ),
    pytest.param(
        "Der Stadtrat entschied sich gegen eine Verpackungssteuer.",
        "TAX_LEVY",
        RE,
        id="decided-against-preterite",
    ),
    pytest.param(
        "Der Stadtrat hat eine Verpackungssteuer entschieden abgelehnt.",
        "TAX_LEVY",
        RE,
        id="decidedly-refused",
    ),
    # Adverbs of condition (notfalls, gegebenenfalls) make a plan or act conditional;
    # "behält sich … vor" keeps an option open (considered).
    pytest.param(
        "Notfalls will die EU Gegenzölle verhängen.",
        "TARIFF",
        HY,
        id="notfalls",
    ),
    pytest.param(
        "Gegebenenfalls führt die Stadt eine Verpackungssteuer ein.",
        "TAX_LEVY",
        HY,
        id="gegebenenfalls",
    ),
    pytest.param(
        "Berlin behält sich weitere Sanktionen gegen Teheran vor.",
        "SANCTION_GENERAL",
        CO,
        id="reserves-option",
    ),
    pytest.param(
        "Die Regierung behält sich vor, die Zölle zu erhöhen.",
        "TARIFF",
        CO,
        id="reserves-option-infinitive",
    ),
    # An entry into force in the present (tritt … in Kraft) is fixed: decided, over an
    # attribute of an earlier stage; with a modal it stays planned.
    pytest.param(
        "Die angekündigten Zölle treten am Montag in Kraft.",
        "TARIFF",
        DE,
        id="announced-enters-into-force",
    ),
    pytest.param(
        "Die geplante Grundsteuerreform soll am 1. Januar in Kraft treten.",
        "TAX_LEVY",
        PL,
        id="planned-to-enter-into-force",
    ),
    # Lexicon: the plural present "stoppen" ends a measure; "stellt sicher, dass …"
    # announces what the dass clause names (planned).
    pytest.param(
        "Die USA stoppen ihre Militärhilfe für die Ukraine.",
        "MILITARY_AID",
        LE,
        id="stoppen-plural",
    ),
    pytest.param(
        "Wir stellen sicher, dass die Mietpreisbremse verlängert wird.",
        "PRICE_CAP",
        PL,
        id="ensure-extension",
    ),
    # "gilt als" judges, it states no rule in force; status nouns of announcement and
    # decision; "kommt nicht" negates a measure.
    pytest.param(
        "Die Einigung auf ein Rentenpaket gilt als Erfolg.",
        "PAY_BENEFIT_CHANGE",
        DE,
        id="gilt-als-judges",
    ),
    pytest.param(
        "Die Mietpreisbremse gilt als wirkungslos.",
        "PRICE_CAP",
        IF,
        id="gilt-als-existing",
    ),
    pytest.param(
        "Die Ankündigung neuer Zölle ließ die Börsen einbrechen.",
        "TARIFF",
        PL,
        id="announcement-noun",
    ),
    pytest.param(
        "Die Entscheidung für ein Tempolimit fiel knapp.",
        "REGULATION_LAW",
        DE,
        id="decision-for",
    ),
    pytest.param(
        "Die erwogene Übergewinnsteuer kommt nicht.",
        "TAX_LEVY",
        NE,
        id="does-not-come",
    ),
    # Forecasts: "dürfte" and adverbs like "voraussichtlich" expect an act (planned); a
    # perfect or preterite reports it done. Sentence-initial "Dürften …" is a condition.
    pytest.param(
        "Die Regierung dürfte die Mehrwertsteuer auf Gas wieder anheben.",
        "TAX_LEVY",
        PL,
        id="duerfte-forecast",
    ),
    pytest.param(
        "Die Sanktionen werden voraussichtlich verlängert.",
        "SANCTION_GENERAL",
        PL,
        id="voraussichtlich",
    ),
    pytest.param(
        "Die Sanktionen wurden im Juli verlängert.",
        "SANCTION_GENERAL",
        EX,
        id="done-extension",
    ),
    # "nicht mehr" after the measure that opens the clause: it has ended; an act that
    # fails (gescheitert) ends an agreement.
    pytest.param(
        "Die Vermögensteuer wird seit 1997 nicht mehr erhoben.",
        "TAX_LEVY",
        LE,
        id="no-longer-levied",
    ),
    pytest.param(
        "Die Wehrpflicht existiert seit 2011 nicht mehr.",
        "CONSCRIPTION_MOBILISATION",
        LE,
        id="no-longer-exists",
    ),
    pytest.param(
        "Wegen der Zölle lohnt sich der Export nicht mehr.",
        "TARIFF",
        IF,
        id="no-longer-other-subject",
    ),
    pytest.param(
        "Das Abkommen ist gescheitert.",
        "AGREEMENT_TREATY",
        LE,
        id="failed-agreement",
    ),
    # A "sondern" clause without a finite verb shares the modal of the clause before it;
    # without a modal there, its own participle reports the act.
    pytest.param(
        "Die Koalition will nicht die Steuern erhöhen, sondern die Ausgaben kürzen.",
        "SPENDING_CUT_LIMIT",
        PL,
        id="sondern-shares-modal",
    ),
    pytest.param(
        "Die Regierung hat die Steuern nicht erhöht, sondern die Ausgaben gekürzt.",
        "SPENDING_CUT_LIMIT",
        DE,
        id="sondern-without-modal",
    ),
    # A measure "auf Eis" (stalled) or under a pending "Entscheidung über" is open;
    # putting cooperation "auf Eis" (legen) is the suspension itself, decided.
    pytest.param(
        "Das Mercosur-Abkommen liegt auf Eis.",
        "AGREEMENT_TREATY",
        UD,
        id="on-ice",
    ),
    pytest.param(
        "Die Bundesregierung hat die Entscheidung über neue Sanktionen auf nächste Woche "
        "verschoben.",
        "SANCTION_GENERAL",
        UD,
        id="decision-postponed",
    ),
    pytest.param(
        "Japan legte den Verteidigungsaustausch mit Myanmar auf Eis.",
        "MILITARY_COOPERATION_SUSPENSION",
        DE,
        id="put-on-ice",
    ),
    # A decision or plan whose zu-infinitive is negated decides that the act does not
    # happen: negated (a comparison "wie … nicht mehr" negates nothing). "bereit" and
    # "Bereitschaft" offer a measure (proposed).
    pytest.param(
        "Die EU hat beschlossen, die Zölle auf US-Motorräder vorerst nicht zu erhöhen.",
        "TARIFF",
        NE,
        id="decided-not-to",
    ),
    pytest.param(
        "Die Regierung hat entschieden, die Wehrpflicht nicht wieder einzuführen.",
        "CONSCRIPTION_MOBILISATION",
        NE,
        id="decided-not-to-reintroduce",
    ),
    pytest.param(
        "Die Regierung kündigte an, die Renten so stark zu erhöhen wie seit Jahren nicht mehr.",
        "PAY_BENEFIT_CHANGE",
        PL,
        id="comparison-negates-nothing",
    ),
    pytest.param(
        "Die Ukraine ist bereit, einem Waffenstillstand zuzustimmen.",
        "AGREEMENT_TREATY",
        PR,
        id="ready-to-agree",
    ),
    pytest.param(
        "Russland signalisiert Bereitschaft zu einer Waffenruhe.",
        "AGREEMENT_TREATY",
        PR,
        id="readiness",
    ),
    # "ohne/statt … zu" names an act that is not done (negated); "Erst/Nur wenn …"
    # opens a condition like "Wenn".
    pytest.param(
        "Die Regierung hat die Mehrwertsteuer erhöht, ohne die Renten anzupassen.",
        "PAY_BENEFIT_CHANGE",
        NE,
        id="ohne-zu",
    ),
    pytest.param(
        "Die Regierung hat die Mehrwertsteuer erhöht, ohne die Renten anzupassen.",
        "TAX_LEVY",
        DE,
        id="main-clause-before-ohne-zu",
    ),
    pytest.param(
        "Statt die Steuern zu senken, erhöht die Regierung die Abgaben.",
        "TAX_LEVY",
        NE,
        id="statt-zu",
    ),
    pytest.param(
        "Erst wenn Russland sich zurückzieht, können die Sanktionen aufgehoben werden.",
        "SANCTION_GENERAL",
        IF,
        id="erst-wenn-lifting",
    ),
    pytest.param(
        "Nur wenn die Länder zustimmen, kommt die Grundsteuerreform.",
        "TAX_LEVY",
        HY,
        id="nur-wenn",
    ),
    # "Es wird … geben" announces a measure (Futur I of "geben"); a coalition agreement
    # or manifesto holds plans, and a measure that is not in it is not planned.
    pytest.param(
        "Es wird im nächsten Jahr eine Erhöhung des Kindergelds geben.",
        "PAY_BENEFIT_CHANGE",
        PL,
        id="es-wird-geben",
    ),
    pytest.param(
        "Eine Vermögensteuer wird es nicht geben.",
        "TAX_LEVY",
        NE,
        id="es-wird-nicht-geben",
    ),
    pytest.param(
        "Die Einführung einer Digitalsteuer steht im Koalitionsvertrag.",
        "TAX_LEVY",
        PL,
        id="in-coalition-agreement",
    ),
    pytest.param(
        "Die Vermögensteuer steht nicht im Koalitionsvertrag.",
        "TAX_LEVY",
        NE,
        id="not-in-coalition-agreement",
    ),
    # A present-tense act with a future time phrase and no status cue announces it
    # (planned); the preterite reports it (decided).
    pytest.param(
        "Das Land baut im kommenden Jahr drei neue Schulen.",
        "PUBLIC_INVESTMENT_PROVISION",
        PL,
        id="present-for-next-year",
    ),
    pytest.param(
        "Der Bund investierte im vergangenen Jahr 20 Milliarden Euro in die Schiene.",
        "PUBLIC_INVESTMENT_PROVISION",
        DE,
        id="preterite-last-year",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), CASES)
def test_round5_modality(text: str, type_id: str, modality: Modality) -> None:
    assert of_type(text, type_id).modality is modality
