<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="24"/>
        <source>Check questionnaire files and report every problem</source>
        <translation>Fragebogendateien prüfen und jedes Problem melden</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Create a new assessment file</source>
        <translation>Eine neue Bewertungsdatei anlegen</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="26"/>
        <source>Record the answer to one question</source>
        <translation>Die Antwort auf eine Frage erfassen</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="27"/>
        <source>Add evidence files to a question (evidence add FILE QUESTION PATH)</source>
        <translation>Nachweisdateien zu einer Frage hinzufügen (evidence add DATEI FRAGE PFAD)</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="29"/>
        <source>Show the readiness score per section and overall</source>
        <translation>Die Bewertung je Bereich und insgesamt anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="30"/>
        <source>Calendar and working days to (or since) a date</source>
        <translation>Kalender- und Arbeitstage bis zu (oder seit) einem Datum</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="31"/>
        <source>Maximum fines of Art 83(4) and 83(5) for a turnover</source>
        <translation>Höchstbußgelder nach Art. 83 Abs. 4 und 5 DSGVO für einen Umsatz</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="32"/>
        <source>Audit a CRM and Mailchimp export for GDPR and PECR risks</source>
        <translation>Einen CRM- und Mailchimp-Export auf DSGVO- und PECR-Risiken prüfen</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="34"/>
        <source>Check the change log&apos;s hash chain, evidence hashes and sign-offs</source>
        <translation>Hash-Kette des Änderungsprotokolls, Hashwerte der Nachweise und Freigaben prüfen</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="36"/>
        <source>Record the DPO&apos;s sign-off; the assessment becomes read-only</source>
        <translation>Freigabe durch den Datenschutzbeauftragten erfassen; die Bewertung wird schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="38"/>
        <source>Reopen a signed-off assessment for changes (a new revision)</source>
        <translation>Eine freigegebene Bewertung für Änderungen wieder öffnen (neue Revision)</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="52"/>
        <source>Usage: gdpr-readiness [FILE.gdpra]            start the application
       gdpr-readiness COMMAND [options] ...   run a command headless

Commands:
</source>
        <translation>Aufruf: gdpr-readiness [DATEI.gdpra]           die Anwendung starten
        gdpr-readiness BEFEHL [Optionen] ...   einen Befehl ohne Oberfläche ausführen

Befehle:
</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="61"/>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help: COMMAND --help
  -v, --version  Show the version

Exit status: 0 success, 1 a problem with a file or data (the message names it), 2 wrong usage.
</source>
        <translation>
Optionen:
  -h, --help     Diese Hilfe anzeigen, oder die Hilfe eines Befehls: BEFEHL --help
  -v, --version  Die Version anzeigen

Exit-Status: 0 Erfolg, 1 ein Problem mit einer Datei oder mit Daten (die Meldung nennt es), 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="110"/>
        <source>gdpr-readiness: unknown command &apos;%1&apos;</source>
        <translation>gdpr-readiness: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="156"/>
        <source>missing arguments</source>
        <translation>Argumente fehlen</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="157"/>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="47"/>
        <source>-o FILE is required</source>
        <translation>-o DATEI ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="64"/>
        <source>--org NAME and --questionnaire ID are required</source>
        <translation>--org NAME und --questionnaire ID sind erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="79"/>
        <source>--turnover needs a non-negative amount and --currency EUR|GBP</source>
        <translation>--turnover braucht einen nicht negativen Betrag und --currency EUR|GBP</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="86"/>
        <source>--currency must be EUR or GBP</source>
        <translation>--currency muss EUR oder GBP sein</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="92"/>
        <source>GDPR readiness assessment</source>
        <translation>DSGVO-Bereitschaftsbewertung</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="97"/>
        <source>--target-date must be YYYY-MM-DD</source>
        <translation>--target-date muss JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="114"/>
        <source>Created %1 for %2: %3 questionnaire(s), %4 questions</source>
        <translation>%1 für %2 angelegt: %3 Fragebogen/Fragebögen, %4 Fragen</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="43"/>
        <source>Report language: en or de; default: the locale&apos;s (LANG).</source>
        <translation>Sprache des Berichts: en oder de; Vorgabe: die der Spracheinstellung (LANG).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="56"/>
        <source>-o OUT is required</source>
        <translation>-o AUSGABE ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="64"/>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size muss A4 oder Letter sein</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="67"/>
        <source>--language must be en or de</source>
        <translation>--language muss en oder de sein</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="70"/>
        <source>--format must be pdf or odt</source>
        <translation>--format muss pdf oder odt sein</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="80"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="131"/>
        <source>Write the readiness report (PDF or ODT)</source>
        <translation>Den Bewertungsbericht schreiben (PDF oder ODT)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="133"/>
        <source>Export every answer as JSON, CSV or Excel (xlsx)</source>
        <translation>Alle Antworten als JSON, CSV oder Excel-Arbeitsmappe (xlsx) exportieren</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="93"/>
        <source>gdpr-readiness: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop application cannot start. The commands below work without a display.</source>
        <translation>gdpr-readiness: kein Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann die Desktop-Anwendung nicht starten. Die folgenden Befehle funktionieren ohne Bildschirm.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/gui/AboutDialog.cpp" line="17"/>
        <source>About GDPR Readiness</source>
        <translation>Über GDPR Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AboutDialog.cpp" line="20"/>
        <source>A self-assessment of GDPR and PECR readiness for data-protection officers. Not legal advice.</source>
        <translation>Eine Selbstbewertung der DSGVO- und PECR-Bereitschaft für Datenschutzbeauftragte. Keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AboutDialog.cpp" line="22"/>
        <source>Questionnaires in this assessment:</source>
        <translation>Fragebögen in dieser Bewertung:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionCommand</name>
    <message>
        <location filename="../../ui/gui/ActionCommand.cpp" line="13"/>
        <source>Add action %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionCommand.cpp" line="15"/>
        <source>Remove action %1</source>
        <translation>Maßnahme %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionCommand.cpp" line="16"/>
        <source>Edit action %1</source>
        <translation>Maßnahme %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionDialog</name>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="23"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="28"/>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="28"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="29"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="30"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="31"/>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="32"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="42"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="48"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="49"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="51"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="52"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionModel</name>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="59"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="61"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="63"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="65"/>
        <source>Won&apos;t do</source>
        <translation>Wird nicht umgesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="96"/>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="135"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="137"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="139"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="143"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionPlanPage</name>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="27"/>
        <source>&amp;New action…</source>
        <translation>&amp;Neue Maßnahme…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="36"/>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="37"/>
        <source>Filter actions</source>
        <translation>Maßnahmen filtern</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="44"/>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="53"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="54"/>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="55"/>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="101"/>
        <source>Action not saved</source>
        <translation>Maßnahme nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="135"/>
        <source>Action not removed</source>
        <translation>Maßnahme nicht entfernt</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerCommand</name>
    <message>
        <location filename="../../ui/gui/AnswerCommand.cpp" line="12"/>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerEditor</name>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="24"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="56"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="66"/>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="70"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="71"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="82"/>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="83"/>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="121"/>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="94"/>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="109"/>
        <source>Answer text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="115"/>
        <source>Answer date</source>
        <translation>Antwortdatum</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentSession</name>
    <message>
        <location filename="../../ui/gui/AssessmentSession.cpp" line="88"/>
        <location filename="../../ui/gui/AssessmentSession.cpp" line="97"/>
        <source>The action no longer exists.</source>
        <translation>Die Maßnahme existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentView</name>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="67"/>
        <source>&amp;Walk-through</source>
        <translation>&amp;Durchgang</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="68"/>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="69"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="75"/>
        <source>Assessment pages</source>
        <translation>Seiten der Bewertung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditFindingsModel</name>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="121"/>
        <source>%1 (%n records)</source>
        <translation>
            <numerusform>%1 (%n Datensatz)</numerusform>
            <numerusform>%1 (%n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="190"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="192"/>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="194"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="196"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="198"/>
        <source>Duplicate cluster</source>
        <translation>Dublettengruppe</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="200"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditInputFiles</name>
    <message>
        <location filename="../../ui/gui/audit/AuditInputFiles.cpp" line="26"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditRunsPanel</name>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="24"/>
        <source>&amp;Accept suggested level…</source>
        <translation>Vorgeschlagene Stufe über&amp;nehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="25"/>
        <source>Create ac&amp;tions</source>
        <translation>&amp;Maßnahmen anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="28"/>
        <source>Audit runs stored in this assessment</source>
        <translation>In dieser Bewertung gespeicherte Prüfläufe</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="29"/>
        <source>Suggested maturity levels</source>
        <translation>Vorgeschlagene Reifegrade</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="31"/>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="163"/>
        <source>Accept suggested level</source>
        <translation>Vorgeschlagene Stufe übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="32"/>
        <source>Create actions from the findings</source>
        <translation>Maßnahmen aus den Befunden anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="34"/>
        <source>R&amp;uns stored in this assessment:</source>
        <translation>Gespe&amp;icherte Läufe dieser Bewertung:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="36"/>
        <source>Suggested &amp;levels (CRM questionnaire):</source>
        <translation>&amp;Vorgeschlagene Stufen (CRM-Fragebogen):</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="73"/>
        <source>%1: %2 records, %3 duplicate clusters (%4)</source>
        <translation>%1: %2 Datensätze, %3 Dublettengruppen (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="82"/>
        <source>None yet: a finished audit is stored here (counts and record ids, no personal data).</source>
        <translation>Noch keine: Eine abgeschlossene Prüfung wird hier gespeichert (Anzahlen und Datensatz-IDs, keine personenbezogenen Daten).</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="98"/>
        <source>Not stored: the assessment is open read-only.</source>
        <translation>Nicht gespeichert: Die Bewertung ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="103"/>
        <source>Stored in the assessment as run %1 (counts and record ids only).</source>
        <translation>In der Bewertung als Lauf %1 gespeichert (nur Anzahlen und Datensatz-IDs).</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="109"/>
        <source>It could not be added as evidence: %1</source>
        <translation>Er konnte nicht als Nachweis hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="111"/>
        <source>Its summary is evidence on %n question(s).</source>
        <translation>
            <numerusform>Seine Zusammenfassung ist Nachweis zu %n Frage.</numerusform>
            <numerusform>Seine Zusammenfassung ist Nachweis zu %n Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="132"/>
        <source>%1: suggested %2 (answered: %3). %4</source>
        <translation>%1: Vorschlag %2 (beantwortet: %3). %4</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="135"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="140"/>
        <source>This run suggests no level (no questionnaire question matches its figures).</source>
        <translation>Dieser Lauf schlägt keine Stufe vor (keine Frage des Fragebogens passt zu seinen Zahlen).</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="164"/>
        <source>Set “%1” to level %2 (now: %3)?

Why: %4

Your notes are kept; the reason is added to them. Edit ▸ Undo takes it back.</source>
        <translation>„%1“ auf Stufe %2 setzen (derzeit: %3)?

Begründung: %4

Ihre Notizen bleiben erhalten; die Begründung wird ihnen angefügt. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="168"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="173"/>
        <source>Level suggested by the %1</source>
        <translation>Stufe vorgeschlagen durch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="179"/>
        <source>“%1” is now level %2.</source>
        <translation>„%1“ hat jetzt Stufe %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="194"/>
        <source>%n action(s) added to the action plan</source>
        <translation>
            <numerusform>%n Maßnahme zum Maßnahmenplan hinzugefügt</numerusform>
            <numerusform>%n Maßnahmen zum Maßnahmenplan hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="195"/>
        <source>; %n already there.</source>
        <translation>
            <numerusform>; %n war bereits vorhanden.</numerusform>
            <numerusform>; %n waren bereits vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>readiness::ui::ClusterModel</name>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="73"/>
        <source>Record %1 and record %2: %3</source>
        <translation>Datensatz %1 und Datensatz %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="95"/>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="97"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="99"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="101"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="103"/>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="105"/>
        <source>Business phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="107"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="109"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="111"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="113"/>
        <source>Modified on</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="115"/>
        <source>Last campaign</source>
        <translation>Letzte Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="119"/>
        <source>Do not allow Emails</source>
        <translation>E-Mails nicht zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="121"/>
        <source>Do not allow Bulk Emails</source>
        <translation>Massen-E-Mails nicht zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="123"/>
        <source>Do not allow Phone Calls</source>
        <translation>Telefonanrufe nicht zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="125"/>
        <source>Do not allow Mails</source>
        <translation>Post nicht zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="127"/>
        <source>Do not allow Faxes</source>
        <translation>Faxe nicht zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="160"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="160"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="165"/>
        <source>Do Not Allow</source>
        <translation>Nicht zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="165"/>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="179"/>
        <source>%1, differs within this cluster</source>
        <translation>%1, innerhalb dieser Gruppe unterschiedlich</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="181"/>
        <source>The records of this cluster disagree on “%1”. Merging them by “last modified wins” could re-open marketing to someone who objected: the survivor must take the most restrictive value.</source>
        <translation>Die Datensätze dieser Gruppe weichen bei „%1“ voneinander ab. Eine Zusammenführung nach „zuletzt geändert gewinnt“ könnte Werbung an jemanden wieder zulassen, der widersprochen hat: Der verbleibende Datensatz muss den restriktivsten Wert übernehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="211"/>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="110"/>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="112"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="114"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="116"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="118"/>
        <source>Business phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="120"/>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="122"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="124"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="126"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="128"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="130"/>
        <source>No e-mails</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="132"/>
        <source>No bulk e-mails</source>
        <translation>Keine Massen-E-Mails</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="134"/>
        <source>No phone calls</source>
        <translation>Keine Telefonanrufe</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="136"/>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="138"/>
        <source>No faxes</source>
        <translation>Keine Faxe</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="142"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="144"/>
        <source>Last included in a campaign</source>
        <translation>Zuletzt in einer Kampagne</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="163"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="164"/>
        <source>This contacts file is not a Dynamics 365 export. Choose which of its columns holds each item the audit checks; items marked * are required. The mapping is saved under its name and offered again for the next export.</source>
        <translation>Diese Kontaktdatei ist kein Dynamics-365-Export. Wählen Sie, welche ihrer Spalten die jeweils geprüfte Angabe enthält; mit * markierte Angaben sind Pflicht. Die Zuordnung wird unter ihrem Namen gespeichert und beim nächsten Export wieder angeboten.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="169"/>
        <source>(new mapping)</source>
        <translation>(neue Zuordnung)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="171"/>
        <source>Saved mappings</source>
        <translation>Gespeicherte Zuordnungen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="172"/>
        <source>Mapping name</source>
        <translation>Name der Zuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="173"/>
        <source>e.g. HubSpot contacts</source>
        <translation>z. B. HubSpot-Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="176"/>
        <source>&amp;Saved mapping:</source>
        <translation>&amp;Gespeicherte Zuordnung:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="177"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="183"/>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="187"/>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="192"/>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="193"/>
        <source>Values meaning do not allow</source>
        <translation>Werte für „nicht zulassen“</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="194"/>
        <source>Values meaning allow</source>
        <translation>Werte für „zulassen“</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="195"/>
        <source>Values meaning inactive</source>
        <translation>Werte für „inaktiv“</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="196"/>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="197"/>
        <source>“Do not allow” values:</source>
        <translation>Werte für „Nicht zulassen“:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="198"/>
        <source>“Allow” values:</source>
        <translation>Werte für „Zulassen“:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="199"/>
        <source>Inactive status values:</source>
        <translation>Statuswerte für „inaktiv“:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="211"/>
        <source>&amp;Save and use</source>
        <translation>Speichern und &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="283"/>
        <source>Choose a column for: %1.</source>
        <translation>Wählen Sie eine Spalte für: %1.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="56"/>
        <source>Overall readiness</source>
        <translation>Gesamtbereitschaft</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="57"/>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="58"/>
        <source>Until the target date</source>
        <translation>Bis zum Zieldatum</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="59"/>
        <source>Since GDPR applies (25 May 2018)</source>
        <translation>Seit Geltung der DSGVO (25. Mai 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="60"/>
        <source>Critical gaps</source>
        <translation>Kritische Lücken</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="61"/>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="65"/>
        <source>Questionnaire shown in the charts</source>
        <translation>In den Diagrammen gezeigter Fragebogen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="71"/>
        <source>Section scores radar chart</source>
        <translation>Netzdiagramm der Abschnittswerte</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="72"/>
        <source>Answer levels per section chart</source>
        <translation>Diagramm der Antwortstufen je Abschnitt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="77"/>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation …</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="78"/>
        <source>Edit the organisation profile</source>
        <translation>Das Organisationsprofil bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="107"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="107"/>
        <source>The organisation was not changed.</source>
        <translation>Die Organisation wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/DashboardPage.cpp" line="208"/>
        <location filename="../../ui/gui/DashboardPage.cpp" line="215"/>
        <source>%n working day(s) (%1)</source>
        <translation>
            <numerusform>%n Arbeitstag (%1)</numerusform>
            <numerusform>%n Arbeitstage (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="192"/>
        <source>Overall readiness %1, %2</source>
        <translation>Gesamtbereitschaft %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/DashboardPage.cpp" line="206"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/DashboardPage.cpp" line="207"/>
        <location filename="../../ui/gui/DashboardPage.cpp" line="214"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="210"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="246"/>
        <source>Section scores (%)</source>
        <translation>Abschnittswerte (%)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="259"/>
        <source>Answers per level</source>
        <translation>Antworten je Stufe</translation>
    </message>
</context>
<context>
    <name>readiness::ui::DataAuditPage</name>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="68"/>
        <source>Data audit</source>
        <translation>Datenprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="91"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="98"/>
        <source>Files to audit</source>
        <translation>Zu prüfende Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="92"/>
        <source>Drop the CRM contacts export, the consent-event log and the Mailchimp audience exports (CSV or zip) here, or choose them. Each file is recognised by its columns. The files are only read, never changed.</source>
        <translation>Legen Sie hier den Kontaktexport aus dem CRM, das Einwilligungsprotokoll und die Zielgruppenexporte aus Mailchimp (CSV oder ZIP) ab, oder wählen Sie sie aus. Jede Datei wird an ihren Spalten erkannt. Die Dateien werden nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="100"/>
        <source>C&amp;hoose files…</source>
        <translation>Dateien a&amp;uswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="101"/>
        <source>Re&amp;move file</source>
        <translation>Datei &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="102"/>
        <source>Column &amp;mapping…</source>
        <translation>Spalten&amp;zuordnung…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="103"/>
        <source>Choose files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="104"/>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="105"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="110"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="111"/>
        <source>Retention period in years</source>
        <translation>Aufbewahrungsfrist in Jahren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="112"/>
        <source>Audit &amp;date:</source>
        <translation>Prüfda&amp;tum:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="113"/>
        <source>Unchecked: the export date (the latest “Modified On” in the contacts).</source>
        <translation>Nicht angehakt: das Exportdatum (das späteste „Geändert am“ in den Kontakten).</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="116"/>
        <source>Audit date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="118"/>
        <source>Check phone numbers with &amp;libphonenumber (slower)</source>
        <translation>Telefonnummern mit &amp;libphonenumber prüfen (langsamer)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="119"/>
        <source>&amp;Run audit</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="120"/>
        <source>Run audit</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="122"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="123"/>
        <source>Cancel audit</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="126"/>
        <source>Audit progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="140"/>
        <source>Re&amp;tention period:</source>
        <translation>Aufbewahrungs&amp;frist:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="185"/>
        <source>Findings per type</source>
        <translation>Befunde nach Art</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="196"/>
        <source>Show finding type</source>
        <translation>Befundart anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="197"/>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="201"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="202"/>
        <source>Search CRM id or e-mail</source>
        <translation>CRM-ID oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="206"/>
        <source>Write fi&amp;x files…</source>
        <translation>&amp;Korrekturdateien schreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="207"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="531"/>
        <source>Write fix files</source>
        <translation>Korrekturdateien schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="208"/>
        <source>&amp;Show:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="212"/>
        <source>Audit results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="232"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="451"/>
        <source>Select a result to see its records side by side.</source>
        <translation>Wählen Sie ein Ergebnis, um seine Datensätze nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="235"/>
        <source>Records side by side</source>
        <translation>Datensätze nebeneinander</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="271"/>
        <source>Contacts (Dynamics 365)</source>
        <translation>Kontakte (Dynamics 365)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="273"/>
        <source>Contacts (mapping “%1”)</source>
        <translation>Kontakte (Zuordnung „%1“)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="274"/>
        <source>Contacts (needs a column mapping)</source>
        <translation>Kontakte (Spaltenzuordnung erforderlich)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="278"/>
        <source>Consent log</source>
        <translation>Einwilligungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="280"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="282"/>
        <source>No files yet: drop them here or choose them.</source>
        <translation>Noch keine Dateien: Legen Sie sie hier ab oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="295"/>
        <source>Not added:</source>
        <translation>Nicht hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="297"/>
        <source>Add the contacts export too: the audit starts from it.</source>
        <translation>Fügen Sie auch den Kontaktexport hinzu: Die Prüfung geht von ihm aus.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="306"/>
        <source>Choose the files to audit</source>
        <translation>Zu prüfende Dateien auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="307"/>
        <source>CRM and Mailchimp exports (*.csv *.zip);;All files (*)</source>
        <translation>CRM- und Mailchimp-Exporte (*.csv *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="402"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="414"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="420"/>
        <source>Cancelled. Nothing was written or stored.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben oder gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="431"/>
        <source>The audit stopped: %1</source>
        <translation>Die Prüfung wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="472"/>
        <source>%1 contacts audited in %2 s, as of %3 (stale: untouched since before %4). %5 duplicate clusters, %6 matched pairs.</source>
        <translation>%1 Kontakte in %2 s geprüft, Stand %3 (veraltet: zuletzt vor dem %4 geändert). %5 Dublettengruppen, %6 zugeordnete Paare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="497"/>
        <source>Duplicate cluster: %n records side by side</source>
        <translation>
            <numerusform>Dublettengruppe: %n Datensatz nebeneinander</numerusform>
            <numerusform>Dublettengruppe: %n Datensätze nebeneinander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="498"/>
        <source>CRM records with this address: %n</source>
        <translation>
            <numerusform>CRM-Datensätze mit dieser Adresse: %n</numerusform>
            <numerusform>CRM-Datensätze mit dieser Adresse: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="500"/>
        <source>No CRM record has this address.</source>
        <translation>Kein CRM-Datensatz hat diese Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="501"/>
        <source>This record has no duplicate.</source>
        <translation>Dieser Datensatz hat keine Dublette.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="507"/>
        <source>≠ The records disagree on “%1”: a merge must keep “Do Not Allow”.</source>
        <translation>≠ Die Datensätze weichen bei „%1“ voneinander ab: Eine Zusammenführung muss „Nicht zulassen“ beibehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="522"/>
        <source>Folder for the fix files</source>
        <translation>Ordner für die Korrekturdateien</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="527"/>
        <source>Fix files contain personal data</source>
        <translation>Korrekturdateien enthalten personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="528"/>
        <source>The fix files hold names, e-mail addresses and phone numbers from the CRM. Keep them in a safe place (they are readable by you only), import them into the CRM and Mailchimp, then delete them.</source>
        <translation>Die Korrekturdateien enthalten Namen, E-Mail-Adressen und Telefonnummern aus dem CRM. Bewahren Sie sie sicher auf (nur Sie können sie lesen), importieren Sie sie in das CRM und in Mailchimp und löschen Sie sie danach.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="538"/>
        <source>Writing the fix files…</source>
        <translation>Korrekturdateien werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="553"/>
        <source>The fix files were not written: %1</source>
        <translation>Die Korrekturdateien wurden nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="555"/>
        <source>Fix files written (personal data: delete them after the import):</source>
        <translation>Korrekturdateien geschrieben (personenbezogene Daten: nach dem Import löschen):</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditRegistration.cpp" line="15"/>
        <source>Data a&amp;udit</source>
        <translation>Daten&amp;prüfung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::DemoAssessment</name>
    <message>
        <location filename="../../ui/gui/DemoAssessment.cpp" line="26"/>
        <source>The demo assessment is not installed (%1).</source>
        <translation>Die Demo-Bewertung ist nicht installiert (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/gui/DemoAssessment.cpp" line="41"/>
        <source>The demo assessment could not be copied to %1.</source>
        <translation>Die Demo-Bewertung konnte nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceCommand</name>
    <message>
        <location filename="../../ui/gui/EvidenceCommand.cpp" line="13"/>
        <source>Add evidence %1</source>
        <translation>Nachweis %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceCommand.cpp" line="14"/>
        <source>Remove evidence %1</source>
        <translation>Nachweis %1 entfernen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceModel</name>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="55"/>
        <source>%1
SHA-256 %2
added by %3</source>
        <translation>%1
SHA-256 %2
hinzugefügt von %3</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="78"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="80"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="82"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="84"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidencePanel</name>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="40"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="41"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="42"/>
        <source>Save &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="43"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="47"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="57"/>
        <source>Evidence (drop files here)</source>
        <translation>Nachweise (Dateien hier ablegen)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="105"/>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="116"/>
        <source>Evidence not added</source>
        <translation>Nachweis nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="117"/>
        <source>“%1” could not be added.</source>
        <translation>„%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="130"/>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="130"/>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="171"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="143"/>
        <source>Evidence not opened</source>
        <translation>Nachweis nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="170"/>
        <source>Save a copy of the evidence</source>
        <translation>Kopie des Nachweises speichern</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="175"/>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="182"/>
        <source>Evidence not removed</source>
        <translation>Nachweis nicht entfernt</translation>
    </message>
</context>
<context>
    <name>readiness::ui::FindingTypes</name>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="35"/>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="37"/>
        <source>Consent conflict</source>
        <translation>Widersprüchliche Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="39"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="41"/>
        <source>Invalid e-mail</source>
        <translation>Ungültige E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="43"/>
        <source>Invalid phone</source>
        <translation>Ungültige Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="45"/>
        <source>Questionable phone</source>
        <translation>Zweifelhafte Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="47"/>
        <source>Consent unprovable</source>
        <translation>Einwilligung nicht nachweisbar</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="49"/>
        <source>Opt-out ignored</source>
        <translation>Widerspruch missachtet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="51"/>
        <source>Consent out of order</source>
        <translation>Einwilligung in falscher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="53"/>
        <source>Opt-out not synced to CRM</source>
        <translation>Widerspruch nicht ins CRM übertragen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="55"/>
        <source>Bounced, still marketable</source>
        <translation>Unzustellbar, noch für Werbung freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="57"/>
        <source>Suppression not in Mailchimp</source>
        <translation>Sperre fehlt in Mailchimp</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="59"/>
        <source>In Mailchimp only</source>
        <translation>Nur in Mailchimp</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="61"/>
        <source>Single opt-in</source>
        <translation>Single-Opt-in</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="63"/>
        <source>Opt-in after confirmation</source>
        <translation>Opt-in nach Bestätigung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::GuidancePanel</name>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="22"/>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="47"/>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="49"/>
        <source>References</source>
        <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="51"/>
        <source>Evidence expected</source>
        <translation>Erwartete Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="51"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="52"/>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>readiness::ui::KeyDatesPanel</name>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="31"/>
        <source>Key &amp;dates</source>
        <translation>&amp;Stichtage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="34"/>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="111"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="34"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="34"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="37"/>
        <source>Key dates</source>
        <translation>Stichtage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="42"/>
        <source>&amp;Add date…</source>
        <translation>Datum &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="43"/>
        <source>Add a key date</source>
        <translation>Einen Stichtag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="44"/>
        <source>Remove the selected key date</source>
        <translation>Den ausgewählten Stichtag entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="76"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="77"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="78"/>
        <source>%1 ago (%2)</source>
        <translation>vor %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="78"/>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="87"/>
        <source>Days are counted from the earlier date up to the later one: the earlier day counts, the later day does not. Working days are Monday to Friday less the public holidays of the holiday calendar chosen in Settings.</source>
        <translation>Gezählt wird vom früheren bis zum späteren Datum: der frühere Tag zählt mit, der spätere nicht. Arbeitstage sind Montag bis Freitag ohne die Feiertage des in den Einstellungen gewählten Feiertagskalenders.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="96"/>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="105"/>
        <source>Add key date</source>
        <translation>Stichtag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="107"/>
        <source>e.g. Board meeting, ICO fee renewal, DPIA review</source>
        <translation>z. B. Vorstandssitzung, Gebührenverlängerung, DSFA-Überprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="108"/>
        <source>What happens on that date</source>
        <translation>Was an diesem Tag ansteht</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="114"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="115"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="131"/>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="136"/>
        <source>Remove key date</source>
        <translation>Stichtag entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="131"/>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>readiness::ui::LifecycleActions</name>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="41"/>
        <source>&amp;Sign off…</source>
        <translation>&amp;Abzeichnen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="43"/>
        <source>&amp;Reopen for changes…</source>
        <translation>Für Änderungen &amp;wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="87"/>
        <source>Sign off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="93"/>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="99"/>
        <source>Reopen for changes</source>
        <translation>Für Änderungen wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="94"/>
        <source>Why is the signed-off assessment reopened? (Recorded in the change log; the signed revision stays in the file.)</source>
        <translation>Warum wird die abgezeichnete Bewertung wieder geöffnet? (Wird im Änderungsprotokoll festgehalten; die abgezeichnete Revision bleibt in der Datei.)</translation>
    </message>
</context>
<context>
    <name>readiness::ui::MainWindow</name>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="96"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="100"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="102"/>
        <source>Open the &amp;demo assessment</source>
        <translation>&amp;Demo-Bewertung öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="108"/>
        <source>Export &amp;data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="111"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="122"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="126"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="132"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="136"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Walk-through</source>
        <translation>&amp;Durchgang</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="145"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Workshop mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="157"/>
        <source>&amp;Assessment</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="161"/>
        <source>&amp;About GDPR Readiness</source>
        <translation>Ü&amp;ber GDPR Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="163"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="172"/>
        <source>No recent assessments</source>
        <translation>Keine zuletzt geöffneten Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="203"/>
        <source>“%1” is open in another window or on another computer.</source>
        <translation>„%1“ ist in einem anderen Fenster oder auf einem anderen Rechner geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="205"/>
        <source>“%1” has a second name on this disk (a hard link, as some backup tools make), so saving could lose answers. Make a copy of the file and work on the copy.</source>
        <translation>„%1“ hat auf diesem Datenträger einen zweiten Namen (einen harten Link, wie ihn manche Sicherungsprogramme anlegen); Speichern könnte Antworten verlieren. Kopieren Sie die Datei und arbeiten Sie mit der Kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="208"/>
        <source>You cannot write to “%1”.</source>
        <translation>Sie können „%1“ nicht beschreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="211"/>
        <location filename="../../ui/gui/MainWindow.cpp" line="253"/>
        <location filename="../../ui/gui/MainWindow.cpp" line="261"/>
        <location filename="../../ui/gui/MainWindow.cpp" line="404"/>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="212"/>
        <source>You can open it read-only to read it and produce reports.</source>
        <translation>Sie können sie schreibgeschützt öffnen, um sie zu lesen und Berichte zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="213"/>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="219"/>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="225"/>
        <source>“%1” is not a GDPR Readiness assessment.</source>
        <translation>„%1“ ist keine GDPR-Readiness-Bewertung.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="228"/>
        <source>“%1” is damaged and cannot be opened. It has not been changed: restore it from a backup or send it to support.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert: Stellen Sie sie aus einer Sicherung wieder her oder senden Sie sie an den Support.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="233"/>
        <source>“%1” contains database triggers, views or tables that GDPR Readiness does not make. They could change or hide answers, so it is not opened. It has not been changed.</source>
        <translation>„%1“ enthält Datenbank-Trigger, Sichten oder Tabellen, die GDPR Readiness nicht anlegt. Sie könnten Antworten verändern oder verbergen, daher wird die Datei nicht geöffnet. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="238"/>
        <source>The disk is full; nothing was lost. Free some space and open “%1” again.</source>
        <translation>Der Datenträger ist voll; nichts ging verloren. Schaffen Sie Platz und öffnen Sie „%1“ erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="241"/>
        <source>“%1” has an unfinished change that only opening it for editing can finish. Open it normally (not read-only) once.</source>
        <translation>„%1“ enthält eine unvollendete Änderung, die nur das Öffnen zum Bearbeiten abschließen kann. Öffnen Sie die Datei einmal normal (nicht schreibgeschützt).</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="247"/>
        <source>“%1” was written by a newer version of GDPR Readiness. Update the program to open it.</source>
        <translation>„%1“ wurde mit einer neueren Version von GDPR Readiness geschrieben. Aktualisieren Sie das Programm, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="250"/>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="321"/>
        <source>Add &amp;evidence…</source>
        <translation>&amp;Nachweis hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="325"/>
        <source>Create &amp;action from question…</source>
        <translation>&amp;Maßnahme aus Frage anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="379"/>
        <source>GDPR Readiness</source>
        <translation>GDPR Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="383"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="390"/>
        <source>No assessment open</source>
        <translation>Keine Bewertung geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="395"/>
        <source>  (read-only)</source>
        <translation>  (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="398"/>
        <source>Last written %1</source>
        <translation>Zuletzt geschrieben %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="405"/>
        <source>Assessments (*.gdpra);;All files (*)</source>
        <translation>Bewertungen (*.gdpra);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="416"/>
        <source>Demo assessment</source>
        <translation>Demo-Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="416"/>
        <source>The demo could not be opened.</source>
        <translation>Die Demo konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="465"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>readiness::ui::NavigatorModel</name>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="206"/>
        <source>Does not apply to %1: this question is for %2 only.</source>
        <translation>Entfällt für %1: Diese Frage gilt nur für %2.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="221"/>
        <source>Not applicable: applies only if “%1” is answered %2.</source>
        <translation>Nicht zutreffend: gilt nur, wenn „%1“ mit %2 beantwortet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="221"/>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="223"/>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="225"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="223"/>
        <source>Not applicable: applies only if “%1” is not answered %2.</source>
        <translation>Nicht zutreffend: gilt nur, wenn „%1“ nicht mit %2 beantwortet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="225"/>
        <source>Not applicable: applies only if “%1” includes %2.</source>
        <translation>Nicht zutreffend: gilt nur, wenn „%1“ %2 enthält.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="264"/>
        <source>%1 of the applicable questions answered</source>
        <translation>%1 der zutreffenden Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="288"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="290"/>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="292"/>
        <source>Answered not applicable</source>
        <translation>Als nicht zutreffend beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="294"/>
        <source>Answered, with evidence: %1</source>
        <translation>Beantwortet, mit Nachweis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="297"/>
        <source>Critical gap: %1</source>
        <translation>Kritische Lücke: %1</translation>
    </message>
</context>
<context>
    <name>readiness::ui::NewAssessmentWizard</name>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="41"/>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="84"/>
        <source>Who is being assessed. Turnover is optional: it sizes the possible fines. Give the whole group&apos;s worldwide turnover: fines are set on the undertaking, which is the group.</source>
        <translation>Wer bewertet wird. Der Umsatz ist freiwillig: Er bemisst die möglichen Bußgelder. Geben Sie den weltweiten Umsatz des ganzen Konzerns an: Bußgelder richten sich nach dem Unternehmen, und das ist der Konzern.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="97"/>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="100"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="98"/>
        <source>The questionnaires are frozen into the file, so the assessment stays as it was answered.</source>
        <translation>Die Fragebögen werden in der Datei eingefroren, damit die Bewertung so bleibt, wie sie beantwortet wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="111"/>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="112"/>
        <source>Import questionnaire file</source>
        <translation>Fragebogendatei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="114"/>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="144"/>
        <source>Import questionnaire</source>
        <translation>Fragebogen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="115"/>
        <source>Questionnaires (*.json)</source>
        <translation>Fragebögen (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="145"/>
        <source>“%1” is not a valid questionnaire.</source>
        <translation>„%1“ ist kein gültiger Fragebogen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="158"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="159"/>
        <source>GDPR readiness assessment %1</source>
        <translation>DSGVO-Bereitschaftsbewertung %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="163"/>
        <source>Assessment title</source>
        <translation>Titel der Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="164"/>
        <source>Assessor</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="165"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="167"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="168"/>
        <source>&amp;Assessor:</source>
        <translation>Bewertende &amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="169"/>
        <source>Target &amp;date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="176"/>
        <source>Save location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="177"/>
        <source>Everything is kept in this one file: answers, evidence and actions.</source>
        <translation>Alles liegt in dieser einen Datei: Antworten, Nachweise und Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="179"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="180"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="181"/>
        <source>Choose file name</source>
        <translation>Dateinamen wählen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="185"/>
        <source>Save new assessment</source>
        <translation>Neue Bewertung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="185"/>
        <source>Assessments (*.gdpra)</source>
        <translation>Bewertungen (*.gdpra)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="209"/>
        <source>Choose the currency of the annual turnover (EUR or GBP), or leave the turnover at 0.</source>
        <translation>Wählen Sie die Währung des Jahresumsatzes (EUR oder GBP) oder lassen Sie den Umsatz bei 0.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="220"/>
        <source>A questionnaire could not be loaded.</source>
        <translation>Ein Fragebogen konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="227"/>
        <source>Choose at least one questionnaire.</source>
        <translation>Wählen Sie mindestens einen Fragebogen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="235"/>
        <source>The assessment could not be created.</source>
        <translation>Die Bewertung konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationDialog</name>
    <message>
        <location filename="../../ui/gui/OrganisationDialog.cpp" line="14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationForm</name>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="26"/>
        <source>(not in Germany)</source>
        <translation>(nicht in Deutschland)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="32"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="33"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="36"/>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="37"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="38"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="39"/>
        <source>German Land</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="40"/>
        <source>Public holidays are set by each Land: working days are counted on the Land&apos;s calendar.</source>
        <translation>Feiertage regelt jedes Land: Arbeitstage werden nach dem Feiertagskalender des Landes gezählt.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="41"/>
        <source>Annual worldwide turnover of the group</source>
        <translation>Weltweiter Jahresumsatz des Konzerns</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="42"/>
        <source>The percentage limb of Art 83 GDPR applies to the undertaking&apos;s total worldwide annual turnover: for a company in a group, the whole group&apos;s (Recital 150, CJEU C-807/21). A single company&apos;s turnover can understate the maximum.</source>
        <translation>Der prozentuale Höchstbetrag nach Art. 83 DSGVO bezieht sich auf den weltweiten Jahresumsatz des Unternehmens: bei einer Konzerngesellschaft auf den des ganzen Konzerns (Erwägungsgrund 150, EuGH C-807/21). Der Umsatz nur einer Gesellschaft kann den Höchstbetrag unterschätzen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="45"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="52"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="53"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="54"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="55"/>
        <source>&amp;Land (Bundesland):</source>
        <translation>B&amp;undesland:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="56"/>
        <source>Group &amp;turnover (worldwide, annual):</source>
        <translation>Konzern&amp;umsatz (weltweit, jährlich):</translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryDialog</name>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryDialog.cpp" line="17"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryDialog.cpp" line="28"/>
        <source>Every change is recorded in the file&apos;s hash-chained change log; `gdpr-readiness verify` checks it.</source>
        <translation>Jede Änderung wird im hashverketteten Änderungsprotokoll der Datei festgehalten; `gdpr-readiness verify` prüft es.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryModel</name>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="74"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="76"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="78"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="80"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="82"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionPanel</name>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="34"/>
        <source>Create &amp;action from question</source>
        <translation>&amp;Maßnahme aus Frage anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="38"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="51"/>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="52"/>
        <source>Critical question: a low answer caps the section score.</source>
        <translation>Kritische Frage: Eine niedrige Antwort begrenzt den Abschnittswert.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="54"/>
        <source>Notes: what you saw, who told you, what is missing</source>
        <translation>Notizen: was Sie gesehen haben, wer es gesagt hat, was fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="55"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="60"/>
        <source>Create action from question</source>
        <translation>Maßnahme aus Frage anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="68"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="73"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="75"/>
        <source>History of this question</source>
        <translation>Verlauf dieser Frage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="142"/>
        <source>Answer not saved</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="158"/>
        <source>Notes not saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ReportExport</name>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="33"/>
        <location filename="../../ui/gui/ReportExport.cpp" line="55"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="33"/>
        <location filename="../../ui/gui/ReportExport.cpp" line="55"/>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="34"/>
        <source>PDF report (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF-Bericht (*.pdf);;OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="35"/>
        <source>CSV (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="56"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SavedMappings</name>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="64"/>
        <source>Give the mapping a name, so it can be chosen again.</source>
        <translation>Geben Sie der Zuordnung einen Namen, damit sie wieder gewählt werden kann.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="66"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="77"/>
        <source>The mapping could not be saved in %1.</source>
        <translation>Die Zuordnung konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="83"/>
        <source>The mapping could not be saved as %1.</source>
        <translation>Die Zuordnung konnte nicht als %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="34"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="36"/>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="37"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="38"/>
        <source>Default assessor</source>
        <translation>Standard-Bewerter</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="39"/>
        <source>Evidence size limit</source>
        <translation>Größenlimit für Nachweise</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="42"/>
        <source>Holiday &amp;calendar:</source>
        <translation>Feiertags&amp;kalender:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="44"/>
        <source>Default &amp;assessor:</source>
        <translation>Standard-&amp;Bewerter:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="45"/>
        <source>Largest evidence &amp;file:</source>
        <translation>Größte Nachweis&amp;datei:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffBanner</name>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffBanner.cpp" line="20"/>
        <source>Signed off by %1 (%2) on %3 — fingerprint %4. The assessment is read-only; Assessment ▸ Reopen for changes… starts a new revision.</source>
        <translation>Abgezeichnet von %1 (%2) am %3 — Fingerabdruck %4. Die Bewertung ist schreibgeschützt; Bewertung ▸ Für Änderungen wieder öffnen… beginnt eine neue Revision.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffDialog</name>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="18"/>
        <source>Sign off assessment</source>
        <translation>Bewertung abzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="22"/>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="23"/>
        <source>After the sign-off the assessment is read-only. Its fingerprint (SHA-256 over every answer, note, evidence hash and action) is stored with the signed state. Reopening it for changes starts a new revision; this one stays in the file.</source>
        <translation>Nach dem Abzeichnen ist die Bewertung schreibgeschützt. Ihr Fingerabdruck (SHA-256 über alle Antworten, Notizen, Nachweis-Hashes und Maßnahmen) wird mit dem abgezeichneten Stand gespeichert. Ein Wiederöffnen für Änderungen beginnt eine neue Revision; diese bleibt in der Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="30"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Abzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="38"/>
        <source>DPO &amp;name:</source>
        <translation>&amp;Name des DSB:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="39"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="40"/>
        <source>&amp;Opinion:</source>
        <translation>&amp;Stellungnahme:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::StartPage</name>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="24"/>
        <source>GDPR Readiness</source>
        <translation>GDPR Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="27"/>
        <source>Assess how ready an organisation is for the GDPR and PECR, gather the evidence and plan the actions.</source>
        <translation>Bewerten Sie, wie bereit eine Organisation für DSGVO und PECR ist, sammeln Sie Nachweise und planen Sie Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="31"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="32"/>
        <source>&amp;Open assessment…</source>
        <translation>Bewertung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="33"/>
        <source>Try the &amp;demo assessment</source>
        <translation>&amp;Demo-Bewertung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="34"/>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="35"/>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="36"/>
        <source>Try the demo assessment</source>
        <translation>Demo-Bewertung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="37"/>
        <source>Opens a copy of the demo: the installed file is never changed.</source>
        <translation>Öffnet eine Kopie der Demo: Die installierte Datei wird nie verändert.</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="38"/>
        <source>Recent assessments</source>
        <translation>Zuletzt geöffnete Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="41"/>
        <source>&amp;Recent assessments</source>
        <translation>&amp;Zuletzt geöffnete Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="96"/>
        <source>modified %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="109"/>
        <source>No recent assessments yet.</source>
        <translation>Noch keine zuletzt geöffneten Bewertungen.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WalkthroughPage</name>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="38"/>
        <source>Filter by text or reference (Ctrl+F)</source>
        <translation>Nach Text oder Rechtsgrundlage filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="39"/>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="43"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="81"/>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="82"/>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="84"/>
        <source>Next &amp;unanswered question</source>
        <translation>Nächste &amp;unbeantwortete Frage</translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="86"/>
        <source>&amp;Find question</source>
        <translation>Frage &amp;suchen</translation>
    </message>
</context>
</TS>
