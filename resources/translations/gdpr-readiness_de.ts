<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssessmentExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmCarriedCommand</name>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Check questionnaire files and report every problem</source>
        <translation>Fragebogendateien prüfen und jedes Problem melden</translation>
    </message>
    <message>
        <source>Create a new assessment file</source>
        <translation>Eine neue Bewertungsdatei anlegen</translation>
    </message>
    <message>
        <source>Record the answer to one question</source>
        <translation>Die Antwort auf eine Frage erfassen</translation>
    </message>
    <message>
        <source>Add evidence files to a question (evidence add FILE QUESTION PATH)</source>
        <translation>Nachweisdateien zu einer Frage hinzufügen (evidence add DATEI FRAGE PFAD)</translation>
    </message>
    <message>
        <source>Show the readiness score per section and overall</source>
        <translation>Die Bewertung je Bereich und insgesamt anzeigen</translation>
    </message>
    <message>
        <source>Calendar and working days to (or since) a date</source>
        <translation>Kalender- und Arbeitstage bis zu (oder seit) einem Datum</translation>
    </message>
    <message>
        <source>Maximum fines of Art 83(4) and 83(5) for a turnover</source>
        <translation>Höchstbußgelder nach Art. 83 Abs. 4 und 5 DSGVO für einen Umsatz</translation>
    </message>
    <message>
        <source>Audit a CRM and Mailchimp export for GDPR and PECR risks</source>
        <translation>Einen CRM- und Mailchimp-Export auf DSGVO- und PECR-Risiken prüfen</translation>
    </message>
    <message>
        <source>Check the change log&apos;s hash chain, evidence hashes and sign-offs</source>
        <translation>Hash-Kette des Änderungsprotokolls, Hashwerte der Nachweise und Freigaben prüfen</translation>
    </message>
    <message>
        <source>Record the DPO&apos;s sign-off; the assessment becomes read-only</source>
        <translation>Freigabe durch den Datenschutzbeauftragten erfassen; die Bewertung wird schreibgeschützt</translation>
    </message>
    <message>
        <source>Reopen a signed-off assessment for changes (a new revision)</source>
        <translation>Eine freigegebene Bewertung für Änderungen wieder öffnen (neue Revision)</translation>
    </message>
    <message>
        <source>Compare assessments of one organisation: score changes, gaps, trend</source>
        <translation>Bewertungen einer Organisation vergleichen: Veränderungen, Lücken, Verlauf</translation>
    </message>
    <message>
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
        <source>gdpr-readiness: unknown command &apos;%1&apos;</source>
        <translation>gdpr-readiness: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>Argumente fehlen</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>--org NAME and --questionnaire ID are required</source>
        <translation>--org NAME und --questionnaire ID sind erforderlich</translation>
    </message>
    <message>
        <source>--turnover needs a non-negative amount and --currency EUR|GBP</source>
        <translation>--turnover braucht einen nicht negativen Betrag und --currency EUR|GBP</translation>
    </message>
    <message>
        <source>--currency must be EUR or GBP</source>
        <translation>--currency muss EUR oder GBP sein</translation>
    </message>
    <message>
        <source>GDPR readiness assessment</source>
        <translation>DSGVO-Bereitschaftsbewertung</translation>
    </message>
    <message>
        <source>--target-date must be YYYY-MM-DD</source>
        <translation>--target-date muss JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>Created %1 for %2: %3 questionnaire(s), %4 questions</source>
        <translation>%1 für %2 angelegt: %3 Fragebogen/Fragebögen, %4 Fragen</translation>
    </message>
    <message>
        <source>Report language: en or de; default: the locale&apos;s (LANG).</source>
        <translation>Sprache des Berichts: en oder de; Vorgabe: die der Spracheinstellung (LANG).</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o AUSGABE ist erforderlich</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>warning: %1 and %2 are the same assessment file (file id %3), or copies of it</source>
        <translation>Warnung: %1 und %2 sind dieselbe Bewertungsdatei (Datei-ID %3) oder Kopien davon</translation>
    </message>
    <message>
        <source>warning: %1 is an assessment of &quot;%2&quot;, %3 of &quot;%4&quot;; compared all the same</source>
        <translation>Warnung: %1 ist eine Bewertung von „%2“, %3 eine von „%4“; trotzdem verglichen</translation>
    </message>
    <message>
        <source>%1: %2 assessments, oldest first</source>
        <translation>%1: %2 Bewertungen, älteste zuerst</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>From [%1] to [%2]: overall %3 points, critical gaps %4 → %5</source>
        <translation>Von [%1] zu [%2]: gesamt %3 Prozentpunkte, kritische Lücken %4 → %5</translation>
    </message>
    <message>
        <source>questionnaire %1: version %2 → %3</source>
        <translation>Fragebogen %1: Version %2 → %3</translation>
    </message>
    <message>
        <source>Newly critical (%1):</source>
        <translation>Neu kritisch (%1):</translation>
    </message>
    <message>
        <source>Resolved critical gaps (%1):</source>
        <translation>Geschlossene kritische Lücken (%1):</translation>
    </message>
    <message>
        <source>Answers that went down (%1):</source>
        <translation>Verschlechterte Antworten (%1):</translation>
    </message>
    <message>
        <source>Answers that went up (%1):</source>
        <translation>Verbesserte Antworten (%1):</translation>
    </message>
    <message>
        <source>Questions added (%1):</source>
        <translation>Hinzugekommene Fragen (%1):</translation>
    </message>
    <message>
        <source>Questions removed (%1):</source>
        <translation>Entfallene Fragen (%1):</translation>
    </message>
    <message>
        <source>--language must be en or de</source>
        <translation>--language muss en oder de sein</translation>
    </message>
    <message>
        <source>--format must be pdf or odt</source>
        <translation>--format muss pdf oder odt sein</translation>
    </message>
    <message>
        <source>--revision must be a revision number: 1, 2, ...</source>
        <translation>--revision muss eine Revisionsnummer sein: 1, 2, …</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Write the readiness report (PDF or ODT)</source>
        <translation>Den Bewertungsbericht schreiben (PDF oder ODT)</translation>
    </message>
    <message>
        <source>gdpr-readiness: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop application cannot start. The commands below work without a display.</source>
        <translation>gdpr-readiness: kein Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann die Desktop-Anwendung nicht starten. Die folgenden Befehle funktionieren ohne Bildschirm.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>consent log</source>
        <translation>Einwilligungsprotokoll</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (decoded)</source>
        <translation>Windows-1252 (umgewandelt)</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 records</source>
        <translation>%1 (%2): %3, %4 Datensätze</translation>
    </message>
    <message>
        <source>List or confirm the answers carried over from the previous assessment</source>
        <translation>Aus der vorigen Bewertung übernommene Antworten auflisten oder bestätigen</translation>
    </message>
    <message>
        <source>List the assessment templates (new --template NAME starts from one)</source>
        <translation>Die Bewertungsvorlagen auflisten (new --template NAME beginnt mit einer)</translation>
    </message>
    <message>
        <source>Write a checked backup of an assessment file (backup FILE [--to DIR])</source>
        <translation>Eine geprüfte Sicherung einer Bewertungsdatei schreiben (backup DATEI [--to ORDNER])</translation>
    </message>
    <message>
        <source>List the backups of an assessment file</source>
        <translation>Die Sicherungen einer Bewertungsdatei auflisten</translation>
    </message>
    <message>
        <source>Put a backup in place of an assessment file (restore FILE BACKUP)</source>
        <translation>Eine Bewertungsdatei durch eine Sicherung ersetzen (restore DATEI SICHERUNG)</translation>
    </message>
    <message>
        <source>One line per assessment of a client folder (read-only)</source>
        <translation>Eine Zeile je Bewertung eines Mandantenordners (nur lesend)</translation>
    </message>
    <message>
        <source>-o OUTDIR is required</source>
        <translation>-o AUSGABEORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>a folder&apos;s reports are written as PDF only</source>
        <translation>Die Berichte eines Ordners werden nur als PDF geschrieben</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64</source>
        <translation>--jobs muss eine Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>%1 is not a folder; create it first</source>
        <translation>%1 ist kein Ordner; legen Sie ihn zuerst an</translation>
    </message>
    <message>
        <source>No assessment files (*.gdpra) in %1</source>
        <translation>Keine Bewertungsdateien (*.gdpra) in %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 reports to %3</source>
        <translation>%1 von %2 Berichten nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Not written (%1):</source>
        <translation>Nicht geschrieben (%1):</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>freigegeben %1</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>%1 is open for changes in %2</source>
        <translation>%1 ist zum Ändern geöffnet in %2</translation>
    </message>
    <message>
        <source>Files that could not be read (%1):</source>
        <translation>Dateien, die nicht gelesen werden konnten (%1):</translation>
    </message>
    <message>
        <source>Export every answer as JSON, CSV or Excel (xlsx)</source>
        <translation>Alle Antworten als JSON, CSV oder Excel-Arbeitsmappe (xlsx) exportieren</translation>
    </message>
    <message>
        <source>Created %1 from %2 (%3)</source>
        <translation>%1 aus %2 angelegt (%3)</translation>
    </message>
    <message>
        <source>%1 answer(s) carried over, %2 to review until confirmed or changed (gdpr-readiness review)</source>
        <translation>%1 Antwort(en) übernommen, %2 zu prüfen, bis sie bestätigt oder geändert sind (gdpr-readiness review)</translation>
    </message>
    <message>
        <source>%1 evidence file(s) copied (%2), each with its SHA-256</source>
        <translation>%1 Nachweisdatei(en) kopiert (%2), jede mit ihrem SHA-256</translation>
    </message>
    <message>
        <source>%1 open action(s) carried over</source>
        <translation>%1 offene Maßnahme(n) übernommen</translation>
    </message>
    <message>
        <source>previous assessment: %1</source>
        <translation>vorige Bewertung: %1</translation>
    </message>
    <message>
        <source>Questionnaire %1 moved from version %2 to %3:</source>
        <translation>Fragebogen %1 von Version %2 auf %3 umgestellt:</translation>
    </message>
    <message>
        <source>Questionnaire %1 %2 has a newer version %3 (not moved; use --move-questionnaires):</source>
        <translation>Fragebogen %1 %2 hat eine neuere Version %3 (nicht umgestellt; dafür --move-questionnaires):</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>neu:</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>entfallen:</translation>
    </message>
    <message>
        <source>reworded:</source>
        <translation>umformuliert:</translation>
    </message>
    <message>
        <source>%1 answer(s) kept as history only: their question was removed or cannot take the old value (shown in the report&apos;s appendix)</source>
        <translation>%1 Antwort(en) nur als Verlauf aufbewahrt: Ihre Frage entfiel oder kann den alten Wert nicht aufnehmen (im Anhang des Berichts aufgeführt)</translation>
    </message>
    <message>
        <source>Confirmed %1 carried answer(s); %2 still to review</source>
        <translation>%1 übernommene Antwort(en) bestätigt; %2 noch zu prüfen</translation>
    </message>
    <message>
        <source>%1 of %2 carried answer(s) still to review</source>
        <translation>%1 von %2 übernommenen Antwort(en) noch zu prüfen</translation>
    </message>
    <message>
        <source>Created %1 for %2 from template &apos;%3&apos;: %4 scope answer(s)</source>
        <translation>%1 für %2 aus der Vorlage „%3“ angelegt: %4 Antwort(en) zum Anwendungsbereich</translation>
    </message>
    <message>
        <source>No templates in %1</source>
        <translation>Keine Vorlagen in %1</translation>
    </message>
    <message>
        <source>%1 scope answer(s)</source>
        <translation>%1 Antwort(en) zum Anwendungsbereich</translation>
    </message>
    <message>
        <source>cannot use %1:</source>
        <translation>%1 ist nicht verwendbar:</translation>
    </message>
    <message>
        <source>-o OUT.pdf or --json is required</source>
        <translation>-o AUSGABE.pdf oder --json ist erforderlich</translation>
    </message>
    <message>
        <source>--session needs a session number</source>
        <translation>--session braucht eine Sitzungsnummer</translation>
    </message>
    <message>
        <source>Write a workshop session&apos;s summary (PDF or JSON)</source>
        <translation>Das Protokoll einer Workshop-Sitzung schreiben (PDF oder JSON)</translation>
    </message>
    <message>
        <source>A workshop session: start, end, participants, parking lot (workshop --help)</source>
        <translation>Eine Workshop-Sitzung: beginnen, beenden, Teilnehmende, offene Punkte (workshop --help)</translation>
    </message>
    <message>
        <source>Who gave the answer: a participant of the running workshop session (see: workshop participants).</source>
        <translation>Wer die Antwort gegeben hat: eine teilnehmende Person der laufenden Workshop-Sitzung (siehe: workshop participants).</translation>
    </message>
    <message>
        <source>(given by %1)</source>
        <translation>(gegeben von %1)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Assessment file.</source>
        <translation>Bewertungsdatei.</translation>
    </message>
    <message>
        <source>Start a workshop session: who is in the room, and from then on who gives each answer (answer --given-by), the parking lot and the summary. One session runs at a time.</source>
        <translation>Eine Workshop-Sitzung beginnen: wer im Raum ist, und von da an, wer jede Antwort gibt (answer --given-by), die offenen Punkte und das Protokoll. Es läuft immer nur eine Sitzung.</translation>
    </message>
    <message>
        <source>The session&apos;s title.</source>
        <translation>Der Titel der Sitzung.</translation>
    </message>
    <message>
        <source>A participant, &quot;Name, Role&quot; (the role follows the first comma); repeat for more.</source>
        <translation>Eine teilnehmende Person, „Name, Funktion“ (die Funktion folgt dem ersten Komma); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Started workshop session %1 &quot;%2&quot; in %3 at %4 with %5 participant(s)</source>
        <translation>Workshop-Sitzung %1 „%2“ in %3 um %4 mit %5 Teilnehmenden begonnen</translation>
    </message>
    <message>
        <source>End the running workshop session. Its participants and parked questions stay in the file; write its summary with workshop-summary.</source>
        <translation>Die laufende Workshop-Sitzung beenden. Teilnehmende und zurückgestellte Fragen bleiben in der Datei; das Protokoll schreibt workshop-summary.</translation>
    </message>
    <message>
        <source>Ended workshop session %1 &quot;%2&quot; (%3 - %4)</source>
        <translation>Workshop-Sitzung %1 „%2“ beendet (%3 – %4)</translation>
    </message>
    <message>
        <source>Its summary: gdpr-readiness workshop-summary %1 --session %2 -o SUMMARY.pdf</source>
        <translation>Ihr Protokoll: gdpr-readiness workshop-summary %1 --session %2 -o PROTOKOLL.pdf</translation>
    </message>
    <message>
        <source>List the workshop sessions of an assessment, oldest first: start, end, participants, answers given and questions parked in each.</source>
        <translation>Die Workshop-Sitzungen einer Bewertung auflisten, die älteste zuerst: Beginn, Ende, Teilnehmende, gegebene Antworten und zurückgestellte Fragen je Sitzung.</translation>
    </message>
    <message>
        <source>No workshop sessions in %1</source>
        <translation>Keine Workshop-Sitzungen in %1</translation>
    </message>
    <message>
        <source>Session %1 &quot;%2&quot;: %3 - %4</source>
        <translation>Sitzung %1 „%2“: %3 – %4</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 answer(s) given, %2 question(s) parked; participants: %3</source>
        <translation>%1 Antwort(en) gegeben, %2 Frage(n) zurückgestellt; Teilnehmende: %3</translation>
    </message>
    <message>
        <source>List the participants of the running workshop session (or of the latest, or of --session ID).</source>
        <translation>Die Teilnehmenden der laufenden Workshop-Sitzung auflisten (sonst der letzten oder der mit --session ID).</translation>
    </message>
    <message>
        <source>Session id (see: workshop sessions).</source>
        <translation>Sitzungsnummer (siehe: workshop sessions).</translation>
    </message>
    <message>
        <source>Session %1 &quot;%2&quot; (%3): %4 participant(s)</source>
        <translation>Sitzung %1 „%2“ (%3): %4 Teilnehmende</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Add a participant to the running workshop session. Names must differ: answer --given-by and remove-participant name them.</source>
        <translation>Eine teilnehmende Person zur laufenden Workshop-Sitzung hinzufügen. Die Namen müssen sich unterscheiden: answer --given-by und remove-participant nennen sie beim Namen.</translation>
    </message>
    <message>
        <source>The participant&apos;s name.</source>
        <translation>Der Name der Person.</translation>
    </message>
    <message>
        <source>Their role, e.g. &quot;Head of HR&quot;.</source>
        <translation>Ihre Funktion, z. B. „Leitung Personal“.</translation>
    </message>
    <message>
        <source>Added %1 to workshop session %2</source>
        <translation>%1 zur Workshop-Sitzung %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Remove a participant from the running workshop session. The answers they gave keep their name.</source>
        <translation>Eine teilnehmende Person aus der laufenden Workshop-Sitzung entfernen. Die Antworten, die sie gegeben hat, behalten ihren Namen.</translation>
    </message>
    <message>
        <source>Removed %1 from workshop session %2</source>
        <translation>%1 aus der Workshop-Sitzung %2 entfernt</translation>
    </message>
    <message>
        <source>Put a question on the parking lot of the running workshop session, with a note on what to come back to.</source>
        <translation>Eine Frage in der laufenden Workshop-Sitzung zurückstellen (offene Punkte), mit einer Notiz, worauf zurückzukommen ist.</translation>
    </message>
    <message>
        <source>Question id, or questionnaire-id:question-id.</source>
        <translation>Fragen-ID oder Fragebogen-ID:Fragen-ID.</translation>
    </message>
    <message>
        <source>What to come back to.</source>
        <translation>Worauf zurückzukommen ist.</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>%1 zurückgestellt</translation>
    </message>
    <message>
        <source>Mark a parked question as resolved (it stays on the parking lot, ticked), or open it again with --reopen.</source>
        <translation>Eine zurückgestellte Frage als erledigt markieren (sie bleibt abgehakt in den offenen Punkten) oder mit --reopen wieder öffnen.</translation>
    </message>
    <message>
        <source>Open a resolved parked question again.</source>
        <translation>Eine erledigte zurückgestellte Frage wieder öffnen.</translation>
    </message>
    <message>
        <source>Resolved %1 on the parking lot</source>
        <translation>%1 in den offenen Punkten als erledigt markiert</translation>
    </message>
    <message>
        <source>Reopened %1 on the parking lot</source>
        <translation>%1 in den offenen Punkten wieder geöffnet</translation>
    </message>
    <message>
        <source>List the parking lot of an assessment (all sessions), oldest first.</source>
        <translation>Die offenen Punkte einer Bewertung auflisten (alle Sitzungen), die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Only the questions not resolved yet.</source>
        <translation>Nur die noch nicht erledigten Fragen.</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>session %1, %2</source>
        <translation>Sitzung %1, %2</translation>
    </message>
    <message>
        <source>The parking lot is empty</source>
        <translation>Keine offenen Punkte</translation>
    </message>
    <message>
        <source>Start a session (--title, --participant &quot;Name, Role&quot;)</source>
        <translation>Eine Sitzung beginnen (--title, --participant „Name, Funktion“)</translation>
    </message>
    <message>
        <source>End the running session</source>
        <translation>Die laufende Sitzung beenden</translation>
    </message>
    <message>
        <source>List the sessions with their counts</source>
        <translation>Die Sitzungen mit ihren Zahlen auflisten</translation>
    </message>
    <message>
        <source>List a session&apos;s participants</source>
        <translation>Die Teilnehmenden einer Sitzung auflisten</translation>
    </message>
    <message>
        <source>Add a participant (NAME [--role ROLE])</source>
        <translation>Eine teilnehmende Person hinzufügen (NAME [--role FUNKTION])</translation>
    </message>
    <message>
        <source>Remove a participant (NAME)</source>
        <translation>Eine teilnehmende Person entfernen (NAME)</translation>
    </message>
    <message>
        <source>Park a question (QUESTION [NOTE])</source>
        <translation>Eine Frage zurückstellen (FRAGE [NOTIZ])</translation>
    </message>
    <message>
        <source>Resolve a parked question, or --reopen it (QUESTION)</source>
        <translation>Eine zurückgestellte Frage erledigen oder mit --reopen wieder öffnen (FRAGE)</translation>
    </message>
    <message>
        <source>List the parking lot</source>
        <translation>Die offenen Punkte auflisten</translation>
    </message>
    <message>
        <source>Usage: gdpr-readiness workshop ACTION FILE [arguments] [options]
A workshop session on the command line; who gave an answer: answer FILE QUESTION VALUE --given-by NAME.
Help on one action: gdpr-readiness workshop ACTION --help

Actions:
</source>
        <translation>Aufruf: gdpr-readiness workshop AKTION DATEI [Argumente] [Optionen]
Eine Workshop-Sitzung auf der Kommandozeile; wer eine Antwort gegeben hat: answer DATEI FRAGE WERT --given-by NAME.
Hilfe zu einer Aktion: gdpr-readiness workshop AKTION --help

Aktionen:
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Who makes the change (default: $USER).</source>
        <translation>Wer die Änderung vornimmt (Vorgabe: $USER).</translation>
    </message>
    <message>
        <source>Assessment id within the file (default: the newest).</source>
        <translation>ID der Bewertung in der Datei (Vorgabe: die neueste).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--assessment needs a number, not &apos;%1&apos;</source>
        <translation>--assessment braucht eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 has no assessment yet</source>
        <translation>%1 enthält noch keine Bewertung</translation>
    </message>
    <message>
        <source>Create a new assessment file. It is never written over an existing file.</source>
        <translation>Eine neue Bewertungsdatei anlegen. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation>Name der Organisation.</translation>
    </message>
    <message>
        <source>Questionnaire to include, by id (%1) or file path; repeat for more.</source>
        <translation>Aufzunehmender Fragebogen, als ID (%1) oder Dateipfad; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>The new file (.gdpra).</source>
        <translation>Die neue Datei (.gdpra).</translation>
    </message>
    <message>
        <source>Assessment title.</source>
        <translation>Titel der Bewertung.</translation>
    </message>
    <message>
        <source>Assessor name.</source>
        <translation>Name der bewertenden Person.</translation>
    </message>
    <message>
        <source>Next audit or board date (YYYY-MM-DD).</source>
        <translation>Termin des nächsten Audits oder der nächsten Sitzung der Geschäftsleitung (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Sector.</source>
        <translation>Branche.</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Land.</translation>
    </message>
    <message>
        <source>German Land (Bundesland) of an organisation in Germany, e.g. BY or Bayern: its public holidays count in working days.</source>
        <translation>Bundesland einer Organisation in Deutschland, z. B. BY oder Bayern: Seine gesetzlichen Feiertage werden bei den Arbeitstagen berücksichtigt.</translation>
    </message>
    <message>
        <source>Annual turnover.</source>
        <translation>Jahresumsatz.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>Currency of the turnover: EUR or GBP.</source>
        <translation>Währung des Umsatzes: EUR oder GBP.</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>Build from an assessment description (JSON, see docs/assessment-spec.md) instead of the options above.</source>
        <translation>Aus einer Bewertungsbeschreibung (JSON, siehe docs/assessment-spec.md) statt aus den obigen Optionen aufbauen.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Start next review from a previous assessment file: organisation, answers, notes, evidence and open actions are carried over, every answer marked to review. The previous file is only read.</source>
        <translation>Die nächste Überprüfung aus einer früheren Bewertungsdatei beginnen: Organisation, Antworten, Notizen, Nachweise und offene Maßnahmen werden übernommen, jede Antwort als zu prüfen markiert. Die frühere Datei wird nur gelesen.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>With --from-previous: move to newer versions of the bundled questionnaires where there are any (answers move by question id).</source>
        <translation>Mit --from-previous: auf neuere Versionen der mitgelieferten Fragebögen umstellen, soweit vorhanden (Antworten werden über die Fragen-ID zugeordnet).</translation>
    </message>
    <message>
        <source>Start from a template (a name from `gdpr-readiness templates`, or a .json file): its organisation profile and scope answers; --org, --title and --assessor override.</source>
        <translation>Mit einer Vorlage beginnen (ein Name aus `gdpr-readiness templates` oder eine .json-Datei): ihr Organisationsprofil und ihre Antworten zum Anwendungsbereich; --org, --title und --assessor haben Vorrang.</translation>
    </message>
    <message>
        <source>Record the answer to one question. VALUE depends on the question: a level of the scale (0-4) or na; yes, no or na; an option id; option ids joined by commas; text; a date YYYY-MM-DD. An empty VALUE clears the answer.</source>
        <translation>Die Antwort auf eine Frage erfassen. WERT hängt von der Frage ab: eine Stufe der Skala (0-4) oder na; yes, no oder na; eine Options-ID; mit Kommas verbundene Options-IDs; Text; ein Datum JJJJ-MM-TT. Ein leerer WERT löscht die Antwort.</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>FRAGE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation>Die Antwort.</translation>
    </message>
    <message>
        <source>A note for the answer (replaces the previous note).</source>
        <translation>Eine Notiz zur Antwort (ersetzt die bisherige Notiz).</translation>
    </message>
    <message>
        <source>note: %1 does not apply to an organisation in %2 (it is for %3 only); it is stored but not scored</source>
        <translation>Hinweis: %1 gilt nicht für eine Organisation in %2 (nur für %3); die Antwort wird gespeichert, aber nicht bewertet</translation>
    </message>
    <message>
        <source>note: %1 does not apply with the current scoping answers; it is stored but not scored</source>
        <translation>Hinweis: %1 gilt nach den aktuellen Antworten zum Anwendungsbereich nicht; die Antwort wird gespeichert, aber nicht bewertet</translation>
    </message>
    <message>
        <source>Add evidence to a question: evidence add FILE QUESTION PATH... The files&apos; bytes are stored inside the assessment file with their SHA-256.</source>
        <translation>Nachweise zu einer Frage hinzufügen: evidence add DATEI FRAGE PFAD... Der Inhalt der Dateien wird mit seinem SHA-256 in der Bewertungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>The action (add).</source>
        <translation>Der Vorgang (add).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Nachweisdateien.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>Size limit per file in MiB (default 100).</source>
        <translation>Größenbegrenzung je Datei in MiB (Vorgabe 100).</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected: add)</source>
        <translation>unbekannter Vorgang „%1“ (erwartet: add)</translation>
    </message>
    <message>
        <source>--max-size must be a positive number of MiB, at most %1</source>
        <translation>--max-size muss eine positive Zahl von MiB sein, höchstens %1</translation>
    </message>
    <message>
        <source>Readiness per section and overall with RAG rating, coverage and critical gaps. The method is in docs/scoring.md.</source>
        <translation>Bereitschaft je Bereich und insgesamt mit Ampelbewertung, Abdeckung und kritischen Lücken. Das Verfahren beschreibt docs/scoring.md.</translation>
    </message>
    <message>
        <source>The backup folder (default: FILE.backups beside the file).</source>
        <translation>Der Sicherungsordner (Vorgabe: DATEI.backups neben der Datei).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Write a consistent, checked copy of an assessment file (VACUUM INTO) into its backup folder and keep the newest N there. Safe while the application has the file open.</source>
        <translation>Eine konsistente, geprüfte Kopie einer Bewertungsdatei (VACUUM INTO) in ihren Sicherungsordner schreiben und dort die neuesten N behalten. Auch möglich, während die Anwendung die Datei geöffnet hat.</translation>
    </message>
    <message>
        <source>How many backups of the file to keep (default 10).</source>
        <translation>Wie viele Sicherungen der Datei behalten werden (Vorgabe 10).</translation>
    </message>
    <message>
        <source>A word for the name (default: manual).</source>
        <translation>Ein Wort für den Dateinamen (Vorgabe: manual).</translation>
    </message>
    <message>
        <source>WORD</source>
        <translation>WORT</translation>
    </message>
    <message>
        <source>--keep needs a number from 1 to %1</source>
        <translation>--keep braucht eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>List the backups of an assessment file, newest first.</source>
        <translation>Die Sicherungen einer Bewertungsdatei auflisten, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Check each backup (integrity_check) and say whether it is good.</source>
        <translation>Jede Sicherung prüfen (integrity_check) und angeben, ob sie in Ordnung ist.</translation>
    </message>
    <message>
        <source>Put a backup in place of an assessment file. The backup must pass the checks and the file must not be open for writing. The file as it was is backed up first (reason before-restore); a damaged file is kept, renamed, beside it.</source>
        <translation>Eine Bewertungsdatei durch eine Sicherung ersetzen. Die Sicherung muss die Prüfungen bestehen, und die Datei darf nicht zum Schreiben geöffnet sein. Der bisherige Stand der Datei wird zuerst gesichert (Anlass before-restore); eine beschädigte Datei bleibt umbenannt daneben erhalten.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <source>The backup to restore (see: gdpr-readiness backups FILE).</source>
        <translation>Die wiederherzustellende Sicherung (siehe: gdpr-readiness backups DATEI).</translation>
    </message>
    <message>
        <source>the newest good backup is %1 (%2, %3); restore it with: gdpr-readiness restore %4 %1</source>
        <translation>die neueste intakte Sicherung ist %1 (%2, %3); wiederherstellen mit: gdpr-readiness restore %4 %1</translation>
    </message>
    <message>
        <source>Compare two or more assessments of the same organisation, oldest first by assessment date: the score per section and overall, newly critical and resolved gaps, answers that went down or up, questions added or removed between questionnaire versions. The files are opened read-only.</source>
        <translation>Zwei oder mehr Bewertungen derselben Organisation vergleichen, nach Bewertungsdatum die älteste zuerst: das Ergebnis je Bereich und insgesamt, neu kritische und geschlossene Lücken, verschlechterte und verbesserte Antworten, zwischen Fragebogenversionen hinzugekommene oder entfallene Fragen. Die Dateien werden nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>Assessment files (two or more).</source>
        <translation>Bewertungsdateien (zwei oder mehr).</translation>
    </message>
    <message>
        <source>FILE FILE [FILE...]</source>
        <translation>DATEI DATEI [DATEI...]</translation>
    </message>
    <message>
        <source>Print JSON (docs/lifecycle.md).</source>
        <translation>JSON ausgeben (docs/lifecycle.md).</translation>
    </message>
    <message>
        <source>Audit a CRM contacts export (Dynamics 365, or any CRM with --map) against the consent log and the Mailchimp audience: duplicates, consent conflicts, stale records, invalid e-mails and phones, unprovable consent, ignored opt-outs, and the CRM &lt;-&gt; Mailchimp cross-check.</source>
        <translation>Einen Kontaktexport aus dem CRM (Dynamics 365 oder mit --map jedes andere CRM) gegen das Einwilligungsprotokoll und die Mailchimp-Zielgruppe prüfen: Dubletten, widersprüchliche Einwilligungen, veraltete Datensätze, ungültige E-Mail-Adressen und Telefonnummern, nicht nachweisbare Einwilligungen, übergangene Widersprüche (Opt-outs) und den Abgleich CRM &lt;-&gt; Mailchimp.</translation>
    </message>
    <message>
        <source>FILE.gdpra</source>
        <translation>DATEI.gdpra</translation>
    </message>
    <message>
        <source>The assessment the audit belongs to.</source>
        <translation>Die Bewertung, zu der die Prüfung gehört.</translation>
    </message>
    <message>
        <source>Contacts export (CSV).</source>
        <translation>Kontaktexport (CSV).</translation>
    </message>
    <message>
        <source>CONTACTS.csv</source>
        <translation>KONTAKTE.csv</translation>
    </message>
    <message>
        <source>Consent-event log (CSV).</source>
        <translation>Protokoll der Einwilligungsereignisse (CSV).</translation>
    </message>
    <message>
        <source>LOG.csv</source>
        <translation>PROTOKOLL.csv</translation>
    </message>
    <message>
        <source>Mailchimp members export, CSV or zip (repeatable).</source>
        <translation>Mailchimp-Mitgliederexport, CSV oder ZIP (wiederholbar).</translation>
    </message>
    <message>
        <source>Column mapping for a CRM other than Dynamics 365 (JSON).</source>
        <translation>Spaltenzuordnung für ein anderes CRM als Dynamics 365 (JSON).</translation>
    </message>
    <message>
        <source>MAPPING.json</source>
        <translation>ZUORDNUNG.json</translation>
    </message>
    <message>
        <source>Retention period for the stale rule (default 6).</source>
        <translation>Aufbewahrungsfrist in Jahren für die Regel zu veralteten Datensätzen (Vorgabe 6).</translation>
    </message>
    <message>
        <source>Audit date YYYY-MM-DD (default: the export date, the latest Modified On).</source>
        <translation>Prüfdatum JJJJ-MM-TT (Vorgabe: das Exportdatum, also das späteste „Modified On“).</translation>
    </message>
    <message>
        <source>Country of phone numbers whose record has none (default GB).</source>
        <translation>Land für Telefonnummern, deren Datensatz keines nennt (Vorgabe GB).</translation>
    </message>
    <message>
        <source>Also run libphonenumber&apos;s validity check on every number (the &quot;questionable number&quot; warning); it costs about 20 us per number.</source>
        <translation>Zusätzlich die Gültigkeitsprüfung von libphonenumber für jede Nummer ausführen (die Warnung „fragwürdige Nummer“); sie kostet etwa 20 µs je Nummer.</translation>
    </message>
    <message>
        <source>Folder for the fix files: contacts_fixes.csv (re-import), merge_list.csv, mailchimp_unsubscribe.csv. They hold personal data.</source>
        <translation>Ordner für die Korrekturdateien: contacts_fixes.csv (Re-Import), merge_list.csv, mailchimp_unsubscribe.csv. Sie enthalten personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Write per-record and per-address findings as JSON lines.</source>
        <translation>Befunde je Datensatz und je Adresse als JSON Lines schreiben.</translation>
    </message>
    <message>
        <source>FINDINGS.jsonl</source>
        <translation>BEFUNDE.jsonl</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Link the stored run to the crm-data-quality questions: its summary as evidence, one action per finding type (nothing is added twice), and print the suggested levels.</source>
        <translation>Den gespeicherten Prüflauf mit den Fragen von crm-data-quality verknüpfen: seine Zusammenfassung als Nachweis, eine Maßnahme je Befundart (nichts wird doppelt angelegt), und die vorgeschlagenen Stufen ausgeben.</translation>
    </message>
    <message>
        <source>Print the maturity level the figures suggest per question (answers are not changed).</source>
        <translation>Die Reifegradstufe ausgeben, die die Zahlen je Frage nahelegen (Antworten bleiben unverändert).</translation>
    </message>
    <message>
        <source>--contacts CONTACTS.csv is required</source>
        <translation>--contacts KONTAKTE.csv ist erforderlich</translation>
    </message>
    <message>
        <source>--retention-years needs a whole number of years (0-100)</source>
        <translation>--retention-years braucht eine ganze Zahl von Jahren (0-100)</translation>
    </message>
    <message>
        <source>--as-of needs a date YYYY-MM-DD</source>
        <translation>--as-of braucht ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 is read-only: the audit run cannot be stored in it</source>
        <translation>%1 ist schreibgeschützt: Der Prüflauf kann darin nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Fix files written (they contain personal data; keep them safe and delete them after the import):</source>
        <translation>Korrekturdateien geschrieben (sie enthalten personenbezogene Daten; sicher aufbewahren und nach dem Import löschen):</translation>
    </message>
    <message>
        <source>audit run %1 was stored, but linking it failed: %2</source>
        <translation>Prüflauf %1 wurde gespeichert, aber das Verknüpfen schlug fehl: %2</translation>
    </message>
    <message>
        <source>%1 is signed off (revision %2, by %3, %4, on %5) and read-only; to change it, reopen it first: gdpr-readiness reopen %1 --reason TEXT</source>
        <translation>%1 ist freigegeben (Revision %2, von %3, %4, am %5) und schreibgeschützt; um sie zu ändern, zuerst wieder öffnen: gdpr-readiness reopen %1 --reason TEXT</translation>
    </message>
    <message>
        <source>Check that the file was not altered behind the application&apos;s back: the change log&apos;s hash chain, every evidence file against its SHA-256, and every DPO sign-off against its fingerprint. Exits 1 naming the first entry that does not verify.</source>
        <translation>Prüfen, dass die Datei nicht an der Anwendung vorbei verändert wurde: die Hash-Kette des Änderungsprotokolls, jede Nachweisdatei gegen ihren SHA-256 und jede Freigabe durch den Datenschutzbeauftragten gegen ihren Fingerabdruck. Endet mit 1 und nennt den ersten Eintrag, der die Prüfung nicht besteht.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 does not verify: </source>
        <translation>%1 besteht die Prüfung nicht: </translation>
    </message>
    <message>
        <source>entry %1 (%2, %3): </source>
        <translation>Eintrag %1 (%2, %3): </translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>Record the DPO&apos;s sign-off: the assessment becomes read-only and its fingerprint (SHA-256 over every answer, note, evidence hash and action) is stored with the signed state.</source>
        <translation>Die Freigabe durch den Datenschutzbeauftragten erfassen: Die Bewertung wird schreibgeschützt, und ihr Fingerabdruck (SHA-256 über alle Antworten, Notizen, Nachweis-Hashes und Maßnahmen) wird mit dem freigegebenen Stand gespeichert.</translation>
    </message>
    <message>
        <source>The DPO&apos;s name.</source>
        <translation>Name des Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <source>The DPO&apos;s role.</source>
        <translation>Funktion des Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion.</source>
        <translation>Stellungnahme des Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <source>Read the opinion from a UTF-8 text file.</source>
        <translation>Die Stellungnahme aus einer UTF-8-Textdatei lesen.</translation>
    </message>
    <message>
        <source>--name, --role and one of --opinion or --opinion-file are required</source>
        <translation>--name, --role und eines von --opinion oder --opinion-file sind erforderlich</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reopen a signed-off assessment for changes. A new revision starts; the signed state stays in the file, and verify keeps checking it.</source>
        <translation>Eine freigegebene Bewertung für Änderungen wieder öffnen. Eine neue Revision beginnt; der freigegebene Stand bleibt in der Datei, und verify prüft ihn weiterhin.</translation>
    </message>
    <message>
        <source>Why it is reopened (recorded in the change log).</source>
        <translation>Warum sie wieder geöffnet wird (wird im Änderungsprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation>--reason TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>One line per assessment file (*.gdpra) of a folder: organisation, score and RAG, coverage, critical gaps, overdue actions, next key date, sign-off, last change. Files are read without being changed; a file that cannot be read is listed with the reason. Exit status: 0 every file was read, 1 a file (listed) or the folder could not be read, 2 wrong usage.</source>
        <translation>Eine Zeile je Bewertungsdatei (*.gdpra) eines Ordners: Organisation, Ergebnis und Ampel, Abdeckung, kritische Lücken, überfällige Maßnahmen, nächster Stichtag, Freigabe, letzte Änderung. Die Dateien werden gelesen, ohne sie zu verändern; eine Datei, die nicht gelesen werden kann, wird mit dem Grund aufgeführt. Exit-Status: 0 jede Datei wurde gelesen, 1 eine Datei (aufgeführt) oder der Ordner konnte nicht gelesen werden, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>The folder of assessment files.</source>
        <translation>Der Ordner mit den Bewertungsdateien.</translation>
    </message>
    <message>
        <source>Write the readiness report of an assessment: cover, executive summary, detail by section, action plan, fine exposure, evidence manifest and method.</source>
        <translation>Den Bewertungsbericht einer Bewertung schreiben: Deckblatt, Zusammenfassung, Einzelheiten je Bereich, Maßnahmenplan, maximales Bußgeldrisiko, Nachweisverzeichnis und Methode.</translation>
    </message>
    <message>
        <source>Assessment file (.gdpra); opened read-only. A folder: every assessment in it, one PDF each into the folder -o names (docs/portfolio.md).</source>
        <translation>Bewertungsdatei (.gdpra); wird nur lesend geöffnet. Ein Ordner: jede Bewertung darin, je ein PDF in den Ordner, den -o nennt (docs/portfolio.md).</translation>
    </message>
    <message>
        <source>The report file (for a folder: the folder) to write.</source>
        <translation>Die zu schreibende Berichtsdatei (bei einem Ordner: der Ordner).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Folder: write again reports an earlier run wrote.</source>
        <translation>Ordner: Berichte, die ein früherer Lauf geschrieben hat, erneut schreiben.</translation>
    </message>
    <message>
        <source>Folder: reports written at once (default: one per core).</source>
        <translation>Ordner: gleichzeitig geschriebene Berichte (Vorgabe: einer je Prozessorkern).</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (Vorgabe) oder Letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>pdf (default) or odt.</source>
        <translation>pdf (Vorgabe) oder odt.</translation>
    </message>
    <message>
        <source>The previous assessment to compare with in &quot;Since last review&quot; (default: the one this assessment names as its predecessor).</source>
        <translation>Die frühere Bewertung für den Vergleich in „Seit der letzten Bewertung“ (Vorgabe: die, die diese Bewertung als Vorgängerin nennt).</translation>
    </message>
    <message>
        <source>Report signed revision N as it was signed off, from its stored snapshot.</source>
        <translation>Den Bericht für die freigegebene Revision N so schreiben, wie sie freigegeben wurde, aus ihrem gespeicherten Stand.</translation>
    </message>
    <message>
        <source>Export every answer of an assessment (questionnaire, section, question, references, answer, level, note, evidence count, actions) as JSON, CSV or an Excel workbook (xlsx: answers, action plan, evidence, section scores). See docs/export-format.md.</source>
        <translation>Alle Antworten einer Bewertung (Fragebogen, Bereich, Frage, Rechtsgrundlagen, Antwort, Stufe, Notiz, Anzahl der Nachweise, Maßnahmen) als JSON, CSV oder Excel-Arbeitsmappe exportieren (xlsx: Antworten, Maßnahmenplan, Nachweise, Ergebnisse je Bereich). Siehe docs/export-format.md.</translation>
    </message>
    <message>
        <source>Assessment file (.gdpra); opened read-only.</source>
        <translation>Bewertungsdatei (.gdpra); wird nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>json, csv or xlsx.</source>
        <translation>json, csv oder xlsx.</translation>
    </message>
    <message>
        <source>--format json|csv|xlsx is required</source>
        <translation>--format json|csv|xlsx ist erforderlich</translation>
    </message>
    <message>
        <source>List the answers carried over from the previous assessment that still wait for review, or confirm them as still right. Changing an answer (gdpr-readiness answer) also ends its review.</source>
        <translation>Die aus der vorigen Bewertung übernommenen Antworten auflisten, die noch auf Prüfung warten, oder sie als weiterhin zutreffend bestätigen. Auch das Ändern einer Antwort (gdpr-readiness answer) beendet ihre Prüfung.</translation>
    </message>
    <message>
        <source>Confirm this carried answer (question id); repeat for more.</source>
        <translation>Diese übernommene Antwort bestätigen (Fragen-ID); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Confirm every carried answer still to review.</source>
        <translation>Jede noch zu prüfende übernommene Antwort bestätigen.</translation>
    </message>
    <message>
        <source>Print the carried answers as JSON.</source>
        <translation>Die übernommenen Antworten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the assessment templates (organisation profile and scope answers) in the templates folder: %1 (GDPR_READINESS_TEMPLATES_DIR overrides it).</source>
        <translation>Die Bewertungsvorlagen (Organisationsprofil und Antworten zum Anwendungsbereich) im Vorlagenordner auflisten: %1 (GDPR_READINESS_TEMPLATES_DIR legt einen anderen fest).</translation>
    </message>
    <message>
        <source>Check questionnaire files. Every problem is reported with file, line:column and JSON path. Exit 0 when all files are valid, 1 otherwise.</source>
        <translation>Fragebogendateien prüfen. Jedes Problem wird mit Datei, Zeile:Spalte und JSON-Pfad gemeldet. Exit-Status 0, wenn alle Dateien gültig sind, sonst 1.</translation>
    </message>
    <message>
        <source>Questionnaire JSON files</source>
        <translation>Fragebogendateien (JSON)</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>Calendar days, weekdays (Mon-Fri) and working days (weekdays less public holidays) from one date to another. The earlier day counts, the later day does not. A date in the past counts since.</source>
        <translation>Kalendertage, Wochentage (Mo-Fr) und Arbeitstage (Wochentage ohne gesetzliche Feiertage) von einem Datum bis zu einem anderen. Der frühere Tag zählt mit, der spätere nicht. Bei einem vergangenen Datum wird seitdem gezählt.</translation>
    </message>
    <message>
        <source>Target date (YYYY-MM-DD, &apos;today&apos; or &apos;gdpr&apos; for 2018-05-25).</source>
        <translation>Zieldatum (JJJJ-MM-TT, „today“ oder „gdpr“ für den 25.05.2018).</translation>
    </message>
    <message>
        <source>Start date (default: today).</source>
        <translation>Anfangsdatum (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>Holiday calendar: %1.</source>
        <translation>Feiertagskalender: %1.</translation>
    </message>
    <message>
        <source>--to DATE is required</source>
        <translation>--to DATUM ist erforderlich</translation>
    </message>
    <message>
        <source>dates must be YYYY-MM-DD, &apos;today&apos; or &apos;gdpr&apos;</source>
        <translation>Daten müssen JJJJ-MM-TT, „today“ oder „gdpr“ sein</translation>
    </message>
    <message>
        <source>warning: the holiday calendar covers %1-%2 only; holidays outside it are not subtracted</source>
        <translation>Warnung: Der Feiertagskalender umfasst nur %1-%2; Feiertage außerhalb davon werden nicht abgezogen</translation>
    </message>
    <message>
        <source>The maximum administrative fines of Art 83(4) and Art 83(5) for the total worldwide annual turnover of the undertaking (for a company in a group: the whole group&apos;s, Recital 150, CJEU C-807/21): the higher of the fixed amount and the percentage. EUR gives the EU GDPR figures, GBP the UK GDPR and PECR ones. These are legal maxima, not a prediction.</source>
        <translation>Die Höchstbeträge der Geldbußen nach Art. 83 Abs. 4 und Abs. 5 DSGVO für den gesamten weltweit erzielten Jahresumsatz des Unternehmens (bei einer Konzerngesellschaft: der des ganzen Konzerns, Erwägungsgrund 150, EuGH C-807/21): der höhere Wert aus Festbetrag und Prozentsatz. EUR ergibt die Beträge der EU-DSGVO, GBP die der UK GDPR und der PECR. Das sind gesetzliche Höchstbeträge, keine Vorhersage.</translation>
    </message>
    <message>
        <source>Total worldwide annual turnover of the preceding financial year of the undertaking (the whole group where the organisation belongs to one).</source>
        <translation>Gesamter weltweit erzielter Jahresumsatz des Unternehmens im vorangegangenen Geschäftsjahr (des ganzen Konzerns, wenn die Organisation zu einem gehört).</translation>
    </message>
    <message>
        <source>EUR or GBP.</source>
        <translation>EUR oder GBP.</translation>
    </message>
    <message>
        <source>The organisation is a public authority or body, not an undertaking: no percentage limb (Art 83(7) lets national law limit or exclude fines).</source>
        <translation>Die Organisation ist eine Behörde oder öffentliche Stelle, kein Unternehmen: kein umsatzbezogener Höchstbetrag (nach Art. 83 Abs. 7 DSGVO kann das nationale Recht Geldbußen begrenzen oder ausschließen).</translation>
    </message>
    <message>
        <source>--turnover AMOUNT and --currency EUR|GBP are required</source>
        <translation>--turnover BETRAG und --currency EUR|GBP sind erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>Write the summary of a workshop session: participants, the answers given per section and who gave them, the time per section, the parking lot and the actions created.</source>
        <translation>Das Protokoll einer Workshop-Sitzung schreiben: Teilnehmende, die je Bereich gegebenen Antworten und wer sie gab, die Zeit je Bereich, die offenen Punkte (Parkplatz) und die angelegten Maßnahmen.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Das zu schreibende PDF.</translation>
    </message>
    <message>
        <source>Session id (default: the latest).</source>
        <translation>ID der Sitzung (Vorgabe: die letzte).</translation>
    </message>
    <message>
        <source>Print the summary as JSON instead of writing a PDF.</source>
        <translation>Das Protokoll als JSON ausgeben, statt ein PDF zu schreiben.</translation>
    </message>
    <message>
        <source>Created %1 from %2</source>
        <translation>%1 aus %2 angelegt</translation>
    </message>
    <message>
        <source>evidence %1 (%2, sha256 %3) for %4</source>
        <translation>Nachweis %1 (%2, sha256 %3) für %4</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Added %1 (%2, sha256 %3) to %4</source>
        <translation>%1 (%2, sha256 %3) zu %4 hinzugefügt</translation>
    </message>
    <message>
        <source>Overall readiness: %1  %2   coverage %3 (%4 of %5 answered)   critical gaps: %6</source>
        <translation>Gesamtbereitschaft: %1  %2   Abdeckung %3 (%4 von %5 beantwortet)   kritische Lücken: %6</translation>
    </message>
    <message>
        <source>critical gaps: %1</source>
        <translation>kritische Lücken: %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, integrity checked)</source>
        <translation>%1 nach %2 gesichert (%3, Integrität geprüft)</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>good</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BESCHÄDIGT</translation>
    </message>
    <message>
        <source>No backups of %1 in %2</source>
        <translation>Keine Sicherungen von %1 in %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1</source>
        <translation>Die Datei im vorherigen Zustand bleibt erhalten als %1</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1</source>
        <translation>Die beschädigte Datei bleibt erhalten als %1</translation>
    </message>
    <message>
        <source>Language of questionnaire texts: en or de; default: the locale&apos;s (LANG).</source>
        <translation>Sprache der Fragebogentexte: en oder de; Vorgabe: die des Gebietsschemas (LANG).</translation>
    </message>
    <message>
        <source>CRM data audit of %1 contacts (as of %2, stale before %3) in %4 ms</source>
        <translation>CRM-Datenprüfung von %1 Kontakten (Stand %2, veraltet vor %3) in %4 ms</translation>
    </message>
    <message>
        <source>%1 duplicate clusters, %2 matched pairs</source>
        <translation>%1 Dublettengruppen, %2 zugeordnete Paare</translation>
    </message>
    <message>
        <source>%1 consent-log rows skipped (unknown channel or event)</source>
        <translation>%1 Zeilen des Einwilligungsprotokolls übersprungen (unbekannter Kanal oder unbekanntes Ereignis)</translation>
    </message>
    <message>
        <source>Stored as audit run %1 in %2 (record numbers, CRM ids and counts only; no names, e-mail addresses or phone numbers).</source>
        <translation>Als Prüflauf %1 in %2 gespeichert (nur Datensatznummern, CRM-IDs und Anzahlen; keine Namen, E-Mail-Adressen oder Telefonnummern).</translation>
    </message>
    <message>
        <source>Linked to %1: %2 evidence items and %3 actions added (%4 and %5 already linked).</source>
        <translation>Mit %1 verknüpft: %2 Nachweise und %3 Maßnahmen hinzugefügt (%4 und %5 bereits verknüpft).</translation>
    </message>
    <message>
        <source>Suggested maturity levels (answers unchanged; accept them in the application or with `answer`):</source>
        <translation>Vorgeschlagene Reifegrade (Antworten unverändert; übernehmen Sie sie in der Anwendung oder mit `answer`):</translation>
    </message>
    <message>
        <source>%1: %2 (current: %3)</source>
        <translation>%1: %2 (derzeit: %3)</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>%1: verified: %2 change-log entries chained (head %3…), %4 evidence file(s) match their SHA-256, %5 sign-off(s) match their fingerprint</source>
        <translation>%1: geprüft: %2 Einträge des Änderungsprotokolls verkettet (Kopf %3…), %4 Nachweisdatei(en) passen zu ihrem SHA-256, %5 Freigabe(en) passen zu ihrem Fingerabdruck</translation>
    </message>
    <message>
        <source>Signed off by %1, %2 on %3 (revision %4) — fingerprint %5</source>
        <translation>Freigegeben von %1, %2 am %3 (Revision %4) — Fingerabdruck %5</translation>
    </message>
    <message>
        <source>Reopened %1 for changes: revision %2 starts; the signed revision stays in the file</source>
        <translation>%1 für Änderungen wieder geöffnet: Revision %2 beginnt; die freigegebene Revision bleibt in der Datei</translation>
    </message>
    <message>
        <source>Language of texts: en or de; default: the locale&apos;s (LANG).</source>
        <translation>Sprache der Texte: en oder de; Vorgabe: die des Gebietsschemas (LANG).</translation>
    </message>
    <message>
        <source>%1: ok (%2 %3, %4 sections, %5 questions)</source>
        <translation>%1: in Ordnung (%2 %3, %4 Abschnitte, %5 Fragen)</translation>
    </message>
    <message>
        <source>%1 calendar days since %2 (from %3)</source>
        <translation>%1 Kalendertage seit %2 (ab %3)</translation>
    </message>
    <message>
        <source>%1 calendar days until %2 (from %3)</source>
        <translation>%1 Kalendertage bis %2 (ab %3)</translation>
    </message>
    <message>
        <source>%1 weekdays (Mon-Fri; the earlier day counts, the later does not)</source>
        <translation>%1 Wochentage (Mo–Fr; der frühere Tag zählt, der spätere nicht)</translation>
    </message>
    <message>
        <source>%1 working days less %2</source>
        <translation>%1 Arbeitstage (ohne %2)</translation>
    </message>
    <message>
        <source>EU GDPR</source>
        <translation>EU-DSGVO</translation>
    </message>
    <message>
        <source>%1, public body</source>
        <translation>%1, öffentliche Stelle</translation>
    </message>
    <message>
        <source>%1, undertaking&apos;s worldwide annual turnover %2</source>
        <translation>%1, weltweiter Jahresumsatz des Unternehmens %2</translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation>%1: bis zu %2</translation>
    </message>
    <message>
        <source>(the higher of %1 and %2 of turnover = %3)</source>
        <translation>(der höhere Betrag aus %1 und %2 des Umsatzes = %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>These are legal maxima, not a prediction of any fine.</source>
        <translation>Das sind gesetzliche Höchstbeträge, keine Vorhersage einer Geldbuße.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>too-new</source>
        <translation>neuere Version</translation>
    </message>
    <message>
        <source>not-assessment</source>
        <translation>keine Bewertung</translation>
    </message>
</context>
<context>
    <name>readiness::AnswerValue</name>
    <message>
        <source>question &apos;%1&apos; cannot be answered &apos;not applicable&apos;</source>
        <translation>Frage „%1“ kann nicht mit „nicht zutreffend“ beantwortet werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level of the scale for &apos;%2&apos;; expected one of %3%4</source>
        <translation>„%1“ ist keine Stufe der Skala von „%2“; erwartet wird eine von %3%4</translation>
    </message>
    <message>
        <source>, or na</source>
        <translation> oder na</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer to yes/no question &apos;%2&apos;; expected yes, no%3</source>
        <translation>„%1“ ist keine Antwort auf die Ja/Nein-Frage „%2“; erwartet wird yes, no%3</translation>
    </message>
    <message>
        <source> or na</source>
        <translation> oder na</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;; expected one of %3</source>
        <translation>„%1“ ist keine Option von „%2“; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;</source>
        <translation>„%1“ ist keine Option von „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) for &apos;%2&apos;</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT) für „%2“</translation>
    </message>
    <message>
        <source>unknown question type</source>
        <translation>unbekannter Fragetyp</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentCheck</name>
    <message>
        <source>cannot build the reference schema</source>
        <translation>das Referenzschema kann nicht erstellt werden</translation>
    </message>
    <message>
        <source> The file was not changed. A log file (%1-wal) lies beside it: if that came from another file (copied or restored separately), move it away and try again; otherwise restore the file from a backup.</source>
        <translation> Die Datei wurde nicht verändert. Neben ihr liegt eine Protokolldatei (%1-wal): Stammt sie von einer anderen Datei (getrennt kopiert oder wiederhergestellt), verschieben Sie sie und versuchen Sie es erneut; andernfalls stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source> The file was not changed; restore it from a backup.</source>
        <translation> Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a GDPR Readiness assessment file (it is not an SQLite database)</source>
        <translation>%1 ist keine Bewertungsdatei von GDPR Readiness (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GDPR Readiness assessment file</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Bewertungsdatei von GDPR Readiness</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of GDPR Readiness (file format %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von GDPR Readiness geschrieben (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie die Anwendung, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot read %1 or its log: %2</source>
        <translation>%1 oder ihr Protokoll kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file beside it named %2-wal is not an SQLite log, and SQLite would discard it. Move it away (or rename it) and try again; the file was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei %2-wal daneben ist kein SQLite-Protokoll, und SQLite würde sie verwerfen. Verschieben (oder umbenennen) Sie sie und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its log %2-wal belongs to another database (page size %3, this file has %4), and replaying it would damage the file. Move the log away and try again; the file was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: Ihr Protokoll %2-wal gehört zu einer anderen Datenbank (Seitengröße %3, diese Datei hat %4), und es einzuspielen würde die Datei beschädigen. Verschieben Sie das Protokoll und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the log beside it (%2-wal) belongs to another assessment file, and replaying it would mix that file&apos;s pages into this one. Move the log away and try again; the file was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: Das Protokoll daneben (%2-wal) gehört zu einer anderen Bewertungsdatei, und es einzuspielen würde deren Seiten in diese Datei mischen. Verschieben Sie das Protokoll und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 has an unfinished change (%2-journal beside it) that only opening it for writing can finish. Open it once in GDPR Readiness (or with a command that changes it), then try again; the file was not changed.</source>
        <translation>%1 hat eine unvollendete Änderung (%2-journal daneben), die nur das Öffnen zum Schreiben abschließen kann. Öffnen Sie sie einmal in GDPR Readiness (oder mit einem Befehl, der sie ändert) und versuchen Sie es dann erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 %2 (missing or changed)</source>
        <translation>%1 %2 (fehlt oder verändert)</translation>
    </message>
    <message>
        <source>%1 contains database objects GDPR Readiness does not make or has changed ones (%2). They could run during your changes and alter or hide answers, so the file is not opened. The file was not changed.</source>
        <translation>%1 enthält Datenbankobjekte, die GDPR Readiness nicht anlegt, oder veränderte (%2). Sie könnten bei Ihren Änderungen ausgeführt werden und Antworten verändern oder verbergen; daher wird die Datei nicht geöffnet. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot switch off trusted_schema on %1</source>
        <translation>trusted_schema kann für %1 nicht abgeschaltet werden</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentDocument</name>
    <message>
        <source>the organisation needs a name</source>
        <translation>Die Organisation braucht einen Namen</translation>
    </message>
    <message>
        <source>an assessment needs at least one questionnaire</source>
        <translation>Eine Bewertung braucht mindestens einen Fragebogen</translation>
    </message>
    <message>
        <source>%1: the stored copy of questionnaire &apos;%2&apos; does not match its SHA-256</source>
        <translation>%1: Die gespeicherte Kopie des Fragebogens „%2“ stimmt nicht mit ihrem SHA-256 überein</translation>
    </message>
    <message>
        <source>no assessment %1 in %2</source>
        <translation>Keine Bewertung %1 in %2</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; in this assessment</source>
        <translation>Keine Frage „%1“ in dieser Bewertung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in more than one questionnaire; write it as questionnaire-id:%1</source>
        <translation>„%1“ steht in mehr als einem Fragebogen; geben Sie sie als Fragebogen-ID:%1 an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a critical question: answering it &quot;not applicable&quot; needs a written reason in the note</source>
        <translation>„%1“ ist eine kritische Frage: Die Antwort „nicht zutreffend“ braucht eine schriftliche Begründung in der Notiz</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>Eine Maßnahme braucht einen Titel</translation>
    </message>
    <message>
        <source>a key date needs a label and a valid date</source>
        <translation>Ein Stichtag braucht eine Bezeichnung und ein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentFile</name>
    <message>
        <source>cannot start a change in %1: %2</source>
        <translation>In %1 kann keine Änderung begonnen werden: %2</translation>
    </message>
    <message>
        <source>cannot save the change to %1: %2</source>
        <translation>Die Änderung an %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the disk is full; nothing was lost. Free some space and try again</source>
        <translation>Der Datenträger ist voll; es ging nichts verloren. Schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>a query ran far too long and was stopped (the file may be crafted to hang the program)</source>
        <translation>Eine Abfrage lief viel zu lange und wurde abgebrochen (die Datei ist womöglich präpariert, um das Programm aufzuhängen)</translation>
    </message>
    <message>
        <source>cannot switch to WAL journal mode (got &apos;%1&apos;)</source>
        <translation>Der WAL-Journalmodus kann nicht eingeschaltet werden (Ergebnis „%1“)</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed</source>
        <translation>%1 ist schreibgeschützt geöffnet; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 is busy storing a data-audit run; nothing was changed: try again in a moment</source>
        <translation>%1 speichert gerade einen Datenprüflauf; nichts wurde geändert: Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>%1 is busy storing a data-audit run</source>
        <translation>%1 speichert gerade einen Datenprüflauf</translation>
    </message>
    <message>
        <source>cannot open %1 a second time: %2</source>
        <translation>%1 kann kein zweites Mal geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no backup could be made before the upgrade, so the file was left at format %1: %2</source>
        <translation>Vor der Aktualisierung konnte keine Sicherung angelegt werden, daher bleibt die Datei im Format %1: %2</translation>
    </message>
    <message>
        <source>migration to file format %1 failed: %2</source>
        <translation>Die Umstellung auf Dateiformat %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (nothing was overwritten)</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen (nichts wurde überschrieben)</translation>
    </message>
    <message>
        <source>cannot create %1: names ending in %2 are kept for the files SQLite and the lock keep beside an assessment; choose another name</source>
        <translation>%1 kann nicht angelegt werden: Namen auf %2 sind den Dateien vorbehalten, die SQLite und die Sperre neben einer Bewertung anlegen; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: the name is taken or the folder is not writable</source>
        <translation>%1 kann nicht angelegt werden: Der Name ist vergeben oder der Ordner nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is); it can be opened read-only</source>
        <translation>%1 (oder ihr Ordner) ist schreibgeschützt; sie kann nur zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>%1 kann nicht auf das aktuelle Dateiformat umgestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten</source>
        <translation>%1 existiert bereits; nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation>Die Sicherung nach %1 ist nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentLock</name>
    <message>
        <source>%1 is open in another GDPR Readiness window (process %2 on %3); close it there first, or open this file read-only</source>
        <translation>%1 ist in einem anderen Fenster von GDPR Readiness geöffnet (Prozess %2 auf %3); schließen Sie sie dort zuerst oder öffnen Sie diese Datei schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is open for writing in another GDPR Readiness window or program (possibly under another name for the same file); close it there first, or open this file read-only</source>
        <translation>%1 ist in einem anderen Fenster von GDPR Readiness oder einem anderen Programm zum Schreiben geöffnet (womöglich unter einem anderen Namen derselben Datei); schließen Sie sie dort zuerst oder öffnen Sie diese Datei schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 has %2 names on this disk (hard links, as some backup and snapshot tools make). SQLite keeps its log beside each name, so saving under two names can lose answers; it is not opened for writing. Make an independent copy (for example: cp %1 copy.gdpra) and work on the copy, or open this file read-only.</source>
        <translation>%1 hat %2 Namen auf diesem Datenträger (harte Links, wie sie manche Sicherungs- und Snapshot-Werkzeuge anlegen). SQLite führt sein Protokoll neben jedem Namen; Speichern unter zwei Namen kann Antworten verlieren, daher wird die Datei nicht zum Schreiben geöffnet. Legen Sie eine unabhängige Kopie an (zum Beispiel: cp %1 copy.gdpra) und arbeiten Sie mit der Kopie, oder öffnen Sie diese Datei schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: took over the lock left by process %2 on %3, which is no longer running</source>
        <translation>%1: Die Sperre von Prozess %2 auf %3, der nicht mehr läuft, wurde übernommen</translation>
    </message>
    <message>
        <source>cannot create the lock file %1.lock: %2</source>
        <translation>Die Sperrdatei %1.lock kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2.lock is in use); close it there first, or open this file read-only</source>
        <translation>%1 ist von einem anderen Programm gesperrt (%2.lock ist in Gebrauch); schließen Sie sie dort zuerst oder öffnen Sie diese Datei schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 is locked by another program and the lock could not be taken over</source>
        <translation>%1 ist von einem anderen Programm gesperrt, und die Sperre konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>%1: took over an empty lock file left by a program that stopped while opening it</source>
        <translation>%1: Eine leere Sperrdatei wurde übernommen; das Programm, das sie hinterließ, wurde beim Öffnen beendet</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentName</name>
    <message>
        <source>%1: the name is not valid UTF-8, and an assessment can only be kept under a name that is (SQLite takes UTF-8 file names); nothing was created or changed. Rename it, e.g. to &quot;%2&quot;</source>
        <translation>%1: Der Name ist kein gültiges UTF-8, und eine Bewertung kann nur unter einem solchen Namen geführt werden (SQLite erwartet UTF-8-Dateinamen); nichts wurde angelegt oder geändert. Benennen Sie die Datei um, z. B. in „%2“</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentOpener</name>
    <message>
        <source>the assessment was already taken from this opener</source>
        <translation>Die Bewertung wurde diesem Öffnungsvorgang bereits entnommen</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentRepository</name>
    <message>
        <source>no assessment %1 in this file</source>
        <translation>Keine Bewertung %1 in dieser Datei</translation>
    </message>
    <message>
        <source>the assessment already includes questionnaire &apos;%1&apos;</source>
        <translation>Die Bewertung enthält den Fragebogen „%1“ bereits</translation>
    </message>
    <message>
        <source>no evidence %1 in this file</source>
        <translation>Kein Nachweis %1 in dieser Datei</translation>
    </message>
    <message>
        <source>no action %1 in this file</source>
        <translation>Keine Maßnahme %1 in dieser Datei</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentSpec</name>
    <message>
        <source>the assessment description has a problem</source>
        <translation>Die Bewertungsbeschreibung hat ein Problem</translation>
    </message>
    <message>
        <source>assessment description</source>
        <translation>Bewertungsbeschreibung</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the spec&apos;s folder %2: evidence files must be named relative to it, without &apos;..&apos;</source>
        <translation>„%1“ liegt außerhalb des Ordners %2 der Beschreibung: Nachweisdateien sind relativ zu ihm anzugeben, ohne „..“</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten</source>
        <translation>%1 existiert bereits; nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>cannot move the new assessment to %1</source>
        <translation>Die neue Bewertung kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentTemplate</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; allowed: %2</source>
        <translation>unbekannter Schlüssel „%1“; zulässig: %2</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>the template&apos;s name</source>
        <translation>der Name der Vorlage</translation>
    </message>
    <message>
        <source>questionnaire &apos;%1&apos; is not one of the bundled questionnaires (%2); a template can only name bundled ones</source>
        <translation>Fragebogen „%1“ gehört nicht zu den mitgelieferten Fragebögen (%2); eine Vorlage kann nur mitgelieferte nennen</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation>eine Vorlage ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a template</source>
        <translation>%1 ist keine Vorlage</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>„format“ muss „%1“ sein</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1 (a newer program may have written this template)</source>
        <translation>„version“ muss %1 sein (möglicherweise hat ein neueres Programm diese Vorlage geschrieben)</translation>
    </message>
    <message>
        <source>&apos;organisation&apos; must be an object with at least a name</source>
        <translation>„organisation“ muss ein Objekt mit mindestens einem Namen sein</translation>
    </message>
    <message>
        <source>must be EUR or GBP</source>
        <translation>muss EUR oder GBP sein</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>&apos;questionnaires&apos; must list at least one bundled questionnaire id (%1)</source>
        <translation>„questionnaires“ muss mindestens eine ID eines mitgelieferten Fragebogens nennen (%1)</translation>
    </message>
    <message>
        <source>must be the id of a bundled questionnaire (%1); a template names no files</source>
        <translation>muss die ID eines mitgelieferten Fragebogens sein (%1); eine Vorlage nennt keine Dateien</translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be a list</source>
        <translation>„answers“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object with &apos;question&apos; and &apos;value&apos;</source>
        <translation>muss ein Objekt mit „question“ und „value“ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be QUESTIONNAIRE:QUESTION with a questionnaire the template lists</source>
        <translation>„%1“ muss FRAGEBOGEN:FRAGE sein, mit einem Fragebogen, den die Vorlage nennt</translation>
    </message>
    <message>
        <source>questionnaire &apos;%1&apos; has no question &apos;%2&apos;</source>
        <translation>Fragebogen „%1“ hat keine Frage „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scoping question: a template carries the scope, never another client&apos;s answers</source>
        <translation>„%1“ ist keine Frage zum Anwendungsbereich: Eine Vorlage überträgt den Anwendungsbereich, nie die Antworten eines anderen Mandanten</translation>
    </message>
    <message>
        <source>%1 is not a valid template</source>
        <translation>%1 ist keine gültige Vorlage</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 wurde nicht angelegt: %2</translation>
    </message>
</context>
<context>
    <name>readiness::AtomicOutputFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>readiness::AuditRepository</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 uses an older file format without audit runs; open it for writing to upgrade it</source>
        <translation>%1 hat ein älteres Dateiformat ohne Prüfläufe; öffnen Sie die Datei zum Schreiben, um sie umzustellen</translation>
    </message>
    <message>
        <source>the audit store of %1 was opened for reading only</source>
        <translation>Die Prüflaufdaten von %1 wurden nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>no audit run %1: the file has no audit runs</source>
        <translation>Kein Prüflauf %1: Die Datei hat keine Prüfläufe</translation>
    </message>
    <message>
        <source>no audit run %1 in %2</source>
        <translation>Kein Prüflauf %1 in %2</translation>
    </message>
</context>
<context>
    <name>readiness::EvidenceStore</name>
    <message>
        <source>evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <source>%1 is %2, over the evidence size limit of %3; nothing was added</source>
        <translation>%1 ist %2 groß, über der Grenze von %3 für Nachweise; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>import of %1 cancelled; nothing was added</source>
        <translation>Import von %1 abgebrochen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no evidence %1 in this file</source>
        <translation>Kein Nachweis %1 in dieser Datei</translation>
    </message>
    <message>
        <source>evidence &apos;%1&apos; is incomplete in the file (chunk %2 missing)</source>
        <translation>Der Nachweis „%1“ ist in der Datei unvollständig (Block %2 fehlt)</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>export of &apos;%1&apos; cancelled</source>
        <translation>Export von „%1“ abgebrochen</translation>
    </message>
    <message>
        <source>evidence &apos;%1&apos; does not match its SHA-256; the stored copy is damaged</source>
        <translation>Der Nachweis „%1“ stimmt nicht mit seinem SHA-256 überein; die gespeicherte Kopie ist beschädigt</translation>
    </message>
</context>
<context>
    <name>readiness::FineExposure</name>
    <message>
        <source>ePrivacy (cookies, electronic marketing): penalties are set by each member state&apos;s law (ePrivacy Directive Art 15a); there is no EU-wide maximum.</source>
        <translation>ePrivacy (Cookies, elektronische Werbung): Die Sanktionen legt das Recht jedes Mitgliedstaats fest (Art. 15a ePrivacy-Richtlinie); einen EU-weiten Höchstbetrag gibt es nicht.</translation>
    </message>
    <message>
        <source>Public authorities and bodies: each member state decides whether and to what extent fines may be imposed on them (GDPR Art 83(7)); Germany imposes none on public bodies (BDSG § 43(3)). The figures are the ceiling where fines are allowed.</source>
        <translation>Behörden und öffentliche Stellen: Jeder Mitgliedstaat entscheidet, ob und in welchem Umfang gegen sie Geldbußen verhängt werden können (Art. 83 Abs. 7 DSGVO); Deutschland verhängt gegen öffentliche Stellen keine (§ 43 Abs. 3 BDSG). Die Beträge sind die Obergrenze, wo Geldbußen zulässig sind.</translation>
    </message>
    <message>
        <source>PECR: maximum penalty aligned with the UK GDPR higher maximum since 5 February 2026 (Data (Use and Access) Act 2025); £500,000 for infringements before then.</source>
        <translation>PECR: Höchstbetrag seit dem 5. Februar 2026 an den höheren Höchstbetrag der UK GDPR angeglichen (Data (Use and Access) Act 2025); für frühere Verstöße 500.000 £.</translation>
    </message>
    <message>
        <source>Public authorities: the percentage applies only to undertakings, so a public body that is not an undertaking faces the fixed amounts.</source>
        <translation>Behörden: Der Prozentsatz gilt nur für Unternehmen; für eine öffentliche Stelle, die kein Unternehmen ist, gelten die Festbeträge.</translation>
    </message>
    <message>
        <source>The percentage is of the undertaking&apos;s total worldwide annual turnover of the preceding financial year: for a company in a group, the whole group&apos;s turnover (GDPR Recital 150; CJEU C-807/21 Deutsche Wohnen, 5 December 2023).</source>
        <translation>Der Prozentsatz bezieht sich auf den gesamten weltweit erzielten Jahresumsatz des Unternehmens im vorangegangenen Geschäftsjahr: bei einer Konzerngesellschaft auf den des ganzen Konzerns (Erwägungsgrund 150 DSGVO; EuGH C-807/21 Deutsche Wohnen, 5. Dezember 2023).</translation>
    </message>
    <message>
        <source>turnover must be a non-negative amount</source>
        <translation>Der Umsatz muss ein nicht negativer Betrag sein</translation>
    </message>
    <message>
        <source>turnover %1 is not plausible: at most %2</source>
        <translation>Ein Umsatz von %1 ist nicht plausibel: höchstens %2</translation>
    </message>
    <message>
        <source>currency must be EUR or GBP (got &apos;%1&apos;)</source>
        <translation>Die Währung muss EUR oder GBP sein (angegeben: „%1“)</translation>
    </message>
</context>
<context>
    <name>readiness::GermanLand</name>
    <message>
        <source>&apos;%1&apos; is not a German Land (Bundesland): give a code such as BY or a name such as Bayern or Bavaria</source>
        <translation>„%1“ ist kein Bundesland: Geben Sie ein Kürzel wie BY oder einen Namen wie Bayern an</translation>
    </message>
    <message>
        <source>a Land (%1) is only for an organisation in Germany, not in %2</source>
        <translation>Ein Bundesland (%1) gibt es nur für eine Organisation in Deutschland, nicht in %2</translation>
    </message>
</context>
<context>
    <name>readiness::HolidayCalendar</name>
    <message>
        <source>%1: cannot read the holiday calendar: %2</source>
        <translation>%1: Der Feiertagskalender kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the holiday calendar is not valid JSON</source>
        <translation>%1: Der Feiertagskalender ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>missing calendar id</source>
        <translation>Kalender-ID fehlt</translation>
    </message>
    <message>
        <source>first_year and last_year must give a range of years</source>
        <translation>first_year und last_year müssen einen Zeitraum von Jahren angeben</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>erwartet wird ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1: the holiday calendar has problems</source>
        <translation>%1: Der Feiertagskalender hat Fehler</translation>
    </message>
    <message>
        <source>unknown holiday calendar &apos;%1&apos; (available: %2)</source>
        <translation>Unbekannter Feiertagskalender „%1“ (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>readiness::InputFile</name>
    <message>
        <source>cannot read the %1 %2: %3</source>
        <translation>%2 (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe); give the %2 as a file</source>
        <translation>%1 ist keine normale Datei (sondern ein Ordner, ein Gerät oder eine Pipe); als %2 ist eine Datei anzugeben</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large for a %3 (at most %4 bytes); nothing was read</source>
        <translation>%1 hat %2 Bytes, zu groß für: %3 (höchstens %4 Bytes); nichts wurde gelesen</translation>
    </message>
    <message>
        <source>%1 grew over %2 bytes while it was read; nothing was used</source>
        <translation>%1 ist beim Lesen über %2 Bytes gewachsen; nichts wurde verwendet</translation>
    </message>
</context>
<context>
    <name>readiness::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>Die Datei ist leer; erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>unexpected content after the end of the JSON document</source>
        <translation>Unerwarteter Inhalt nach dem Ende des JSON-Dokuments</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation>Unerwartetes Dateiende; erwartet wird ein Wert</translation>
    </message>
    <message>
        <source>unexpected %1; expected a value</source>
        <translation>Unerwartet: %1; erwartet wird ein Wert</translation>
    </message>
    <message>
        <source>invalid literal; expected a value</source>
        <translation>Ungültiges Literal; erwartet wird ein Wert</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>Ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation>Ungültige Zahl: nach „.“ werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation>Ungültige Zahl: im Exponenten werden Ziffern erwartet</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>Abgeschnittene \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>Ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>Nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>Ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected end of file inside an object</source>
        <translation>Unerwartetes Dateiende innerhalb eines Objekts</translation>
    </message>
    <message>
        <source>unexpected %1; expected a quoted member name</source>
        <translation>Unerwartet: %1; erwartet wird ein Elementname in Anführungszeichen</translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;</source>
        <translation>Element „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation>Nach dem Elementnamen wird „:“ erwartet</translation>
    </message>
    <message>
        <source>unexpected end of file inside an object; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>Unerwartetes Dateiende innerhalb eines Objekts; erwartet wird „,“ oder „}“</translation>
    </message>
    <message>
        <source>unexpected %1; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>Unerwartet: %1; erwartet wird „,“ oder „}“</translation>
    </message>
    <message>
        <source>unexpected end of file inside an array; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>Unerwartetes Dateiende innerhalb eines Arrays; erwartet wird „,“ oder „]“</translation>
    </message>
    <message>
        <source>unexpected %1; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>Unerwartet: %1; erwartet wird „,“ oder „]“</translation>
    </message>
    <message>
        <source>unterminated string (line break inside a string)</source>
        <translation>Nicht abgeschlossene Zeichenkette (Zeilenumbruch in einer Zeichenkette)</translation>
    </message>
</context>
<context>
    <name>readiness::OutputPathGuard</name>
    <message>
        <source>the assessment file %1 itself</source>
        <translation>die Bewertungsdatei %1 selbst</translation>
    </message>
    <message>
        <source>%1, which belongs to the open assessment %2</source>
        <translation>%1, die zur geöffneten Bewertung %2 gehört</translation>
    </message>
    <message>
        <source>refusing to write %1: it is %2. Choose another name; nothing was written.</source>
        <translation>%1 wird nicht geschrieben: Es ist %2. Wählen Sie einen anderen Namen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>refusing to write %1: it is %2, an input of this run. Choose another name; nothing was written.</source>
        <translation>%1 wird nicht geschrieben: Es ist %2, eine Eingabe dieses Laufs. Wählen Sie einen anderen Namen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>readiness::QueryBudget</name>
    <message>
        <source>cannot bound the queries of this connection (not SQLite)</source>
        <translation>Die Abfragen dieser Verbindung können nicht begrenzt werden (kein SQLite)</translation>
    </message>
    <message>
        <source>cannot bound the queries of a closed connection</source>
        <translation>Die Abfragen einer geschlossenen Verbindung können nicht begrenzt werden</translation>
    </message>
    <message>
        <source>cannot bound the queries of this connection</source>
        <translation>Die Abfragen dieser Verbindung können nicht begrenzt werden</translation>
    </message>
</context>
<context>
    <name>readiness::QuestionnaireLibrary</name>
    <message>
        <source>no questionnaire &apos;%1&apos; (bundled: %2; or give a file path)</source>
        <translation>Kein Fragebogen „%1“ (mitgeliefert: %2; oder geben Sie einen Dateipfad an)</translation>
    </message>
</context>
<context>
    <name>readiness::QuestionnaireLoader</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos;</source>
        <translation>Unbekanntes Element „%1“</translation>
    </message>
    <message>
        <source>missing required member &apos;%1&apos;</source>
        <translation>Pflichtelement „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>Erwartet wird eine nicht leere Zeichenkette, angegeben ist %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case words of letters and digits joined by &apos;-&apos; or &apos;.&apos;)</source>
        <translation>„%1“ ist keine gültige ID (Wörter aus Kleinbuchstaben und Ziffern, verbunden durch „-“ oder „.“)</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>Der Text darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a string or an object of language tags, got %1</source>
        <translation>Erwartet wird eine Zeichenkette oder ein Objekt mit Sprachkennungen, angegeben ist %1</translation>
    </message>
    <message>
        <source>localised text must have an English (&apos;en&apos;) entry</source>
        <translation>Ein übersetzter Text braucht einen englischen Eintrag („en“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag</source>
        <translation>„%1“ ist keine Sprachkennung</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Erwartet wird eine Zahl, angegeben ist %1</translation>
    </message>
    <message>
        <source>weight must be greater than 0 (got %1)</source>
        <translation>Die Gewichtung muss größer als 0 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>Erwartet wird true oder false, angegeben ist %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Erwartet wird ein Array, angegeben ist %1</translation>
    </message>
    <message numerus="yes">
        <source>expected at least %n item(s)</source>
        <translation>
            <numerusform>Erwartet wird mindestens %n Eintrag</numerusform>
            <numerusform>Erwartet werden mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a recognised reference (e.g. &apos;GDPR Art 5(1)(a)&apos;, &apos;PECR reg 22(3)&apos;, &apos;Recital 39&apos;)</source>
        <translation>„%1“ ist keine erkannte Fundstelle (z. B. „GDPR Art 5(1)(a)“, „PECR reg 22(3)“, „Recital 39“)</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Erwartet wird ein Objekt, angegeben ist %1</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation>Erwartet wird eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>scale levels out of order: %1 follows %2 (values must increase)</source>
        <translation>Skalenstufen in falscher Reihenfolge: %1 folgt auf %2 (die Werte müssen steigen)</translation>
    </message>
    <message>
        <source>the lowest scale level must have value 0</source>
        <translation>Die niedrigste Skalenstufe muss den Wert 0 haben</translation>
    </message>
    <message>
        <source>expected a percentage above 0 and at most 100</source>
        <translation>Erwartet wird ein Prozentsatz über 0 und höchstens 100</translation>
    </message>
    <message>
        <source>red_below (%1) must be below amber_below (%2)</source>
        <translation>red_below (%1) muss unter amber_below (%2) liegen</translation>
    </message>
    <message>
        <source>options apply only to choice and multichoice questions</source>
        <translation>options gelten nur für Fragen vom Typ choice und multichoice</translation>
    </message>
    <message>
        <source>duplicate option id &apos;%1&apos;</source>
        <translation>Options-ID „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>score must be a number from 0 to 1</source>
        <translation>score muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Erwartet wird eine Zeichenkette, angegeben ist %1</translation>
    </message>
    <message>
        <source>a condition needs exactly one of &apos;equals&apos;, &apos;not_equals&apos;, &apos;in&apos; or &apos;contains&apos;</source>
        <translation>Eine Bedingung braucht genau eines von „equals“, „not_equals“, „in“ oder „contains“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an earlier question; applies_if may only refer to questions before it</source>
        <translation>„%1“ ist keine frühere Frage; applies_if darf sich nur auf vorangehende Fragen beziehen</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; in this questionnaire</source>
        <translation>Keine Frage „%1“ in diesem Fragebogen</translation>
    </message>
    <message>
        <source>&apos;contains&apos; applies only to multichoice questions; &apos;%1&apos; is %2</source>
        <translation>„contains“ gilt nur für Fragen vom Typ multichoice; „%1“ ist %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible answer to &apos;%2&apos;</source>
        <translation>„%1“ ist keine mögliche Antwort auf „%2“</translation>
    </message>
    <message>
        <source>expected a jurisdiction code such as &apos;EU&apos;, &apos;UK&apos; or &apos;DE&apos;</source>
        <translation>Erwartet wird ein Rechtsraum-Kürzel wie „EU“, „UK“ oder „DE“</translation>
    </message>
    <message>
        <source>duplicate question id &apos;%1&apos;</source>
        <translation>Fragen-ID „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected maturity, yesno, choice, multichoice, text or date)</source>
        <translation>Unbekannter Fragetyp „%1“ (erwartet: maturity, yesno, choice, multichoice, text oder date)</translation>
    </message>
    <message>
        <source>only scored questions can be critical</source>
        <translation>Nur bewertete Fragen können kritisch sein</translation>
    </message>
    <message>
        <source>questions in a scoping section cannot be critical</source>
        <translation>Fragen in einem Abschnitt zum Anwendungsbereich können nicht kritisch sein</translation>
    </message>
    <message>
        <source>duplicate section id &apos;%1&apos;</source>
        <translation>Abschnitts-ID „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>unsupported questionnaire format %1 (this version reads format %2)</source>
        <translation>Nicht unterstütztes Fragebogenformat %1 (diese Version liest Format %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version (MAJOR.MINOR.PATCH)</source>
        <translation>„%1“ ist keine semantische Version (MAJOR.MINOR.PATCH)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the questionnaire has %n problem(s)</source>
        <translation>
            <numerusform>%1: Der Fragebogen hat %n Fehler</numerusform>
            <numerusform>%1: Der Fragebogen hat %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
</context>
<context>
    <name>readiness::ReportModel</name>
    <message>
        <source>%1 has no assessment yet</source>
        <translation>%1 enthält noch keine Bewertung</translation>
    </message>
    <message>
        <source>cannot read the CRM audit runs of %1: %2</source>
        <translation>Die CRM-Prüfläufe von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>readiness::StorageError</name>
    <message>
        <source>%1: the disk is full; nothing was lost. Free some space and try again.</source>
        <translation>%1: Der Datenträger ist voll; es ging nichts verloren. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>readiness::TemplateLibrary</name>
    <message>
        <source>there is no template &apos;%1&apos; in %2%3</source>
        <translation>es gibt keine Vorlage „%1“ in %2%3</translation>
    </message>
    <message>
        <source> (there are none yet)</source>
        <translation> (es gibt noch keine)</translation>
    </message>
    <message>
        <source> (there are: %1)</source>
        <translation> (vorhanden: %1)</translation>
    </message>
    <message>
        <source>the template&apos;s name &apos;%1&apos; has no letters or digits to name its file by</source>
        <translation>der Name der Vorlage „%1“ enthält keine Buchstaben oder Ziffern, nach denen ihre Datei benannt werden kann</translation>
    </message>
    <message>
        <source>cannot create the templates folder %1</source>
        <translation>der Vorlagenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a template named &apos;%1&apos; exists already (%2)</source>
        <translation>eine Vorlage namens „%1“ gibt es bereits (%2)</translation>
    </message>
</context>
<context>
    <name>readiness::TextLimits</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>the organisation name</source>
        <translation>Der Name der Organisation</translation>
    </message>
    <message>
        <source>the sector</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>Das Land</translation>
    </message>
    <message>
        <source>the assessment title</source>
        <translation>Der Titel der Bewertung</translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation>Der Name der bewertenden Person</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>the action title</source>
        <translation>Der Titel der Maßnahme</translation>
    </message>
    <message>
        <source>the action owner</source>
        <translation>Das Feld „Verantwortlich“ der Maßnahme</translation>
    </message>
    <message>
        <source>the action notes</source>
        <translation>Die Notizen zur Maßnahme</translation>
    </message>
    <message>
        <source>the key date label</source>
        <translation>Die Bezeichnung des Stichtags</translation>
    </message>
</context>
<context>
    <name>readiness::backup::BackupRestore</name>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>die beschädigte Datei %1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write beside %1: %2</source>
        <translation>neben %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the restored copy beside %1 (is the disk full?); the file was not changed</source>
        <translation>die wiederhergestellte Kopie kann nicht neben %1 geschrieben werden (ist der Datenträger voll?); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is not restored: the backup does not pass the checks (%2)</source>
        <translation>%1 wird nicht wiederhergestellt: Die Sicherung besteht die Prüfungen nicht (%2)</translation>
    </message>
    <message>
        <source>%1 is not restored: %2</source>
        <translation>%1 wird nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>%1 is not restored: its write-ahead log is still there (another program may have it open); close it and try again</source>
        <translation>%1 wird nicht wiederhergestellt: Das Write-Ahead-Log der Datei ist noch vorhanden (vielleicht hat ein anderes Programm sie geöffnet); schließen Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot put the backup in place of %1; the file was not changed</source>
        <translation>die Sicherung kann nicht an die Stelle von %1 gesetzt werden; die Datei wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>readiness::backup::Backups</name>
    <message>
        <source>the file is too short to be an assessment</source>
        <translation>die Datei ist zu kurz für eine Bewertung</translation>
    </message>
    <message>
        <source>cannot flush the copy to disk</source>
        <translation>die Kopie kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot back up %1: the disk holding %2 is full. The assessment is unaffected and the unfinished copy was removed; free some space and try again</source>
        <translation>%1 kann nicht gesichert werden: Der Datenträger mit %2 ist voll. Die Bewertung ist davon nicht betroffen, und die unfertige Kopie wurde entfernt; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 gesichert werden: %3</translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation>die Kopie kann nicht %1 genannt werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; es wurde nichts verändert</translation>
    </message>
    <message>
        <source>%1 is not a self-contained backup (it is in write-ahead-log mode)</source>
        <translation>%1 ist keine in sich vollständige Sicherung (sie ist im Write-Ahead-Log-Modus)</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>readiness::compare::AssessmentSeries</name>
    <message>
        <source>%1 and %2 are the same assessment file (file id %3), or copies of it</source>
        <translation>%1 und %2 sind dieselbe Bewertungsdatei (Datei-ID %3) oder Kopien davon</translation>
    </message>
    <message>
        <source>%1 is an assessment of &quot;%2&quot;, %3 of &quot;%4&quot;: compared all the same</source>
        <translation>%1 ist eine Bewertung von „%2“, %3 eine von „%4“: trotzdem verglichen</translation>
    </message>
    <message>
        <source>a comparison needs at least two assessments</source>
        <translation>ein Vergleich braucht mindestens zwei Bewertungen</translation>
    </message>
</context>
<context>
    <name>readiness::crm::AuditLinking</name>
    <message>
        <source>records</source>
        <translation>Datensätzen</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>any finding where an objection or opt-out is not honoured caps the level at 1; above 1 % at 0</source>
        <translation>jeder Befund, bei dem ein Widerspruch oder eine Abmeldung nicht beachtet wird, begrenzt die Stufe auf 1, über 1 % auf 0</translation>
    </message>
    <message>
        <source>up to 1 % gives 2, up to 5 % gives 1, above 5 % gives 0</source>
        <translation>bis 1 % ergibt Stufe 2, bis 5 % Stufe 1, über 5 % Stufe 0</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4 (%5); %6.</source>
        <translation>%1: %2 von %3 %4 (%5); %6.</translation>
    </message>
    <message>
        <source>%1: none of %2 %3</source>
        <translation>%1: keiner von %2 %3</translation>
    </message>
    <message>
        <source>. The data shows the control working at this audit; 4 (Embedded) needs evidence that the check is routine, which one run cannot show.</source>
        <translation>. Die Daten zeigen, dass die Kontrolle zum Zeitpunkt dieser Prüfung wirkt; 4 (Verankert) setzt den Nachweis voraus, dass die Prüfung regelmäßig erfolgt – das kann ein einzelner Lauf nicht zeigen.</translation>
    </message>
    <message>
        <source>%1, as of %2: %3</source>
        <translation>%1, Stand %2: %3</translation>
    </message>
    <message>
        <source>CRM data audit run %1 of %2</source>
        <translation>CRM-Datenprüfung, Lauf %1 vom %2</translation>
    </message>
    <message>
        <source>the assessment has no %1 questionnaire, so the audit cannot be linked to its questions</source>
        <translation>die Bewertung hat keinen Fragebogen %1, daher kann die Prüfung nicht mit seinen Fragen verknüpft werden</translation>
    </message>
    <message>
        <source>audit run %1 belongs to another assessment of this file</source>
        <translation>Prüflauf %1 gehört zu einer anderen Bewertung dieser Datei</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the evidence: %1</source>
        <translation>für den Nachweis kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the evidence text: %1</source>
        <translation>der Text des Nachweises kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Level suggested by the %1</source>
        <translation>Stufe vorgeschlagen durch: %1</translation>
    </message>
</context>
<context>
    <name>readiness::crm::AuditRules</name>
    <message>
        <source>Duplicate of another record</source>
        <translation>Dublette eines anderen Datensatzes</translation>
    </message>
    <message>
        <source>Duplicates disagree on consent</source>
        <translation>Dubletten mit widersprüchlicher Einwilligung</translation>
    </message>
    <message>
        <source>Not modified or used within the retention period</source>
        <translation>Innerhalb der Aufbewahrungsfrist weder geändert noch genutzt</translation>
    </message>
    <message>
        <source>Invalid e-mail address</source>
        <translation>Ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation>Ungültige Telefonnummer</translation>
    </message>
    <message>
        <source>Phone number libphonenumber does not consider valid (warning)</source>
        <translation>Telefonnummer, die libphonenumber nicht als gültig ansieht (Warnung)</translation>
    </message>
    <message>
        <source>Marketing allowed without provable consent</source>
        <translation>Werbung erlaubt ohne nachweisbare Einwilligung</translation>
    </message>
    <message>
        <source>Opt-out in the log, marketing still allowed</source>
        <translation>Widerspruch im Protokoll, Werbung weiterhin erlaubt</translation>
    </message>
    <message>
        <source>Consent confirmed before it was requested</source>
        <translation>Einwilligung bestätigt, bevor sie angefordert wurde</translation>
    </message>
    <message>
        <source>CRM allows e-mail, Mailchimp has the address unsubscribed</source>
        <translation>CRM erlaubt E-Mail, in Mailchimp ist die Adresse abgemeldet</translation>
    </message>
    <message>
        <source>CRM allows e-mail, Mailchimp cleaned the address (bounced)</source>
        <translation>CRM erlaubt E-Mail, Mailchimp hat die Adresse bereinigt (unzustellbar)</translation>
    </message>
    <message>
        <source>No CRM record allows e-mail, Mailchimp has it subscribed</source>
        <translation>Kein CRM-Datensatz erlaubt E-Mail, in Mailchimp ist die Adresse angemeldet</translation>
    </message>
    <message>
        <source>Subscribed in Mailchimp, in no CRM record</source>
        <translation>In Mailchimp angemeldet, in keinem CRM-Datensatz</translation>
    </message>
    <message>
        <source>Subscribed with a confirmation but no opt-in time (single opt-in)</source>
        <translation>Angemeldet mit Bestätigung, aber ohne Opt-in-Zeit (Single-Opt-in)</translation>
    </message>
    <message>
        <source>Opt-in time later than the confirmation</source>
        <translation>Opt-in-Zeit liegt nach der Bestätigung</translation>
    </message>
    <message>
        <source>Art 5(1)(d) accuracy</source>
        <translation>Art. 5 Abs. 1 lit. d DSGVO (Richtigkeit)</translation>
    </message>
    <message>
        <source>Art 7(3), Art 21(3); PECR reg 22</source>
        <translation>Art. 7 Abs. 3, Art. 21 Abs. 3 DSGVO; § 7 Abs. 2 Nr. 2 UWG (im Vereinigten Königreich PECR reg 22)</translation>
    </message>
    <message>
        <source>Art 5(1)(e) storage limitation</source>
        <translation>Art. 5 Abs. 1 lit. e DSGVO (Speicherbegrenzung)</translation>
    </message>
    <message>
        <source>Art 7(1); PECR reg 22</source>
        <translation>Art. 7 Abs. 1 DSGVO; § 7 Abs. 2 Nr. 2 UWG (im Vereinigten Königreich PECR reg 22)</translation>
    </message>
    <message>
        <source>Art 21(3); Art 7(3); PECR reg 22</source>
        <translation>Art. 21 Abs. 3, Art. 7 Abs. 3 DSGVO; § 7 Abs. 2 Nr. 2 UWG (im Vereinigten Königreich PECR reg 22)</translation>
    </message>
    <message>
        <source>Art 7(1); Art 5(2) accountability</source>
        <translation>Art. 7 Abs. 1, Art. 5 Abs. 2 DSGVO (Rechenschaftspflicht)</translation>
    </message>
    <message>
        <source>Art 21(3); PECR reg 22</source>
        <translation>Art. 21 Abs. 3 DSGVO; § 7 Abs. 2 Nr. 2 UWG (im Vereinigten Königreich PECR reg 22)</translation>
    </message>
    <message>
        <source>Art 5(2), Art 30; Art 7(1)</source>
        <translation>Art. 5 Abs. 2, Art. 30, Art. 7 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Art 7(1)</source>
        <translation>Art. 7 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Art 7(1); Art 5(2)</source>
        <translation>Art. 7 Abs. 1, Art. 5 Abs. 2 DSGVO</translation>
    </message>
</context>
<context>
    <name>readiness::crm::AuditSources</name>
    <message>
        <source>CRM export</source>
        <translation>CRM-Export</translation>
    </message>
    <message>
        <source>not a readable zip</source>
        <translation>keine lesbare ZIP-Datei</translation>
    </message>
    <message>
        <source>the zip no longer holds %1</source>
        <translation>die ZIP-Datei enthält %1 nicht mehr</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: unchanged (SHA-256 %2)</source>
        <translation>%1: unverändert (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1: not found (%2); the details of this run cannot be shown</source>
        <translation>%1: nicht gefunden (%2); die Einzelheiten dieses Laufs können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1: changed since the audit (%2 bytes then, %3 now, or different contents); the details of this run cannot be shown, run the audit again</source>
        <translation>%1: seit der Prüfung geändert (damals %2 Bytes, jetzt %3, oder anderer Inhalt); die Einzelheiten dieses Laufs können nicht angezeigt werden, führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: check cancelled</source>
        <translation>%1: Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>the mapping stored with run %1</source>
        <translation>die mit Lauf %1 gespeicherte Spaltenzuordnung</translation>
    </message>
</context>
<context>
    <name>readiness::crm::ByteSource</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation>%1: ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>CRM export</source>
        <translation>CRM-Export</translation>
    </message>
</context>
<context>
    <name>readiness::crm::ColumnMapping</name>
    <message>
        <source>column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: a column mapping must be a JSON object</source>
        <translation>%1: eine Spaltenzuordnung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;columns&quot; must be an object mapping roles to column headers</source>
        <translation>%1: „columns“ muss ein Objekt sein, das Rollen Spaltenüberschriften zuordnet</translation>
    </message>
    <message>
        <source>%1: columns.%2 is not a role; roles are: %3</source>
        <translation>%1: columns.%2 ist keine Rolle; Rollen sind: %3</translation>
    </message>
    <message>
        <source>%1: columns.%2 must be a column header (a string)</source>
        <translation>%1: columns.%2 muss eine Spaltenüberschrift sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>%1: dateFormat &apos;%2&apos; needs dd, MM and yyyy (and HH with mm)</source>
        <translation>%1: dateFormat „%2“ braucht dd, MM und yyyy (und HH mit mm)</translation>
    </message>
    <message>
        <source>%1: %2 must be an array of strings</source>
        <translation>%1: %2 muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: not a %2 file: missing required column(s) %3; the file has: %4</source>
        <translation>%1: keine Datei im Format %2: erforderliche Spalte(n) %3 fehlen; die Datei hat: %4</translation>
    </message>
</context>
<context>
    <name>readiness::crm::ConsentLog</name>
    <message>
        <source>%1: not a consent-event log: missing column(s) %2; the file has: %3</source>
        <translation>%1: kein Protokoll der Einwilligungsereignisse: Spalte(n) %2 fehlen; die Datei hat: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 timestamp</source>
        <translation>„%1“ ist kein Zeitstempel nach ISO 8601</translation>
    </message>
</context>
<context>
    <name>readiness::crm::ContactsReader</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>
(For a contacts export from another CRM, give a column mapping: --map FILE.json)</source>
        <translation>
(Für einen Kontaktexport aus einem anderen CRM geben Sie eine Spaltenzuordnung an: --map DATEI.json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form %2</source>
        <translation>„%1“ ist kein Datum im Format %2</translation>
    </message>
    <message>
        <source>the record has no id</source>
        <translation>der Datensatz hat keine ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent value (expected &apos;Allow&apos; or &apos;Do Not Allow&apos;)</source>
        <translation>„%1“ ist kein Einwilligungswert (erwartet: „Allow“ oder „Do Not Allow“)</translation>
    </message>
    <message>
        <source>the record has no modification date</source>
        <translation>der Datensatz hat kein Änderungsdatum</translation>
    </message>
    <message>
        <source>%1: has a header but no contacts</source>
        <translation>%1: hat eine Kopfzeile, aber keine Kontakte</translation>
    </message>
</context>
<context>
    <name>readiness::crm::CrmAudit</name>
    <message>
        <source>Reading the files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Dubletten werden gesucht</translation>
    </message>
    <message>
        <source>Checking the rules</source>
        <translation>Regeln werden geprüft</translation>
    </message>
    <message>
        <source>Cross-checking Mailchimp</source>
        <translation>Abgleich mit Mailchimp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>readiness::crm::CsvReader</name>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1: header (line %2)</source>
        <translation>%1: Kopfzeile (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: record %2 (line %3)</source>
        <translation>%1: Datensatz %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>, column %1 &apos;%2&apos;</source>
        <translation>, Spalte %1 „%2“</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation>nicht geschlossenes Anführungszeichen: Das in Zeile %1 begonnene Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes in Anführungszeichen</translation>
    </message>
    <message>
        <source>nor Windows-1252 (0x%1 is undefined there)</source>
        <translation>auch nicht Windows-1252 (0x%1 ist dort nicht belegt)</translation>
    </message>
    <message>
        <source>and the file has UTF-8 before it, so it is not Windows-1252 either</source>
        <translation>und die Datei enthält davor UTF-8, ist also auch nicht Windows-1252</translation>
    </message>
    <message>
        <source>is not UTF-8: byte 0x%1 at position %2 of the field, %3: save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>ist nicht UTF-8: Byte 0x%1 an Position %2 des Feldes, %3: Speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>byte 0x%1 at position %2 of the field is not Windows-1252, which the file is read as (it is not UTF-8 either): save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>Byte 0x%1 an Position %2 des Feldes ist nicht Windows-1252, als das die Datei gelesen wird (UTF-8 ist sie auch nicht): Speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>: the record is longer than %1 MiB; a quote that opens on line %2 or soon after probably never closes</source>
        <translation>: der Datensatz ist länger als %1 MiB; vermutlich wird ein Anführungszeichen in Zeile %2 oder kurz danach nie geschlossen</translation>
    </message>
    <message>
        <source>too many fields: %1 where the header has %2 (an unquoted comma?)</source>
        <translation>zu viele Felder: %1, die Kopfzeile hat %2 (ein Komma ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <source>too few fields: %1 where the header has %2</source>
        <translation>zu wenige Felder: %1, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1: is UTF-16; save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1: ist UTF-16; speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>%1: is empty (no header, no records)</source>
        <translation>%1: ist leer (keine Kopfzeile, keine Datensätze)</translation>
    </message>
</context>
<context>
    <name>readiness::crm::DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>gleiche Mobilnummer</translation>
    </message>
    <message>
        <source>same business phone</source>
        <translation>gleiche geschäftliche Telefonnummer</translation>
    </message>
    <message>
        <source>same postcode</source>
        <translation>gleiche Postleitzahl</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>gleiches Unternehmen</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>one-letter typo</source>
        <translation>Tippfehler in einem Buchstaben</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>Vor- und Nachname vertauscht</translation>
    </message>
</context>
<context>
    <name>readiness::crm::FixFiles</name>
    <message>
        <source>%1: no such folder for the fix files</source>
        <translation>%1: Ordner für die Korrekturdateien nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: changed since the audit read it; run the audit again</source>
        <translation>%1: seit dem Lesen durch die Prüfung geändert; führen Sie die Prüfung erneut aus</translation>
    </message>
</context>
<context>
    <name>readiness::crm::MailchimpAudience</name>
    <message>
        <source> (the zip is damaged or truncated)</source>
        <translation> (die ZIP-Datei ist beschädigt oder unvollständig)</translation>
    </message>
    <message>
        <source>%1: not a Mailchimp members export: it needs &apos;Email Address&apos;, OPTIN_TIME, CONFIRM_TIME and LEID; the file has: %2</source>
        <translation>%1: kein Mailchimp-Mitgliederexport: Er braucht „Email Address“, OPTIN_TIME, CONFIRM_TIME und LEID; die Datei hat: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>„%1“ ist keine Zeitangabe (JJJJ-MM-TT HH:MM:SS)</translation>
    </message>
    <message>
        <source>%1: not a readable zip: %2</source>
        <translation>%1: keine lesbare ZIP-Datei: %2</translation>
    </message>
    <message>
        <source>%1:%2: cannot be read: %3</source>
        <translation>%1:%2: kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the zip has no Mailchimp members export (subscribed_members_export*.csv, unsubscribed_…, cleaned_…); it has: %2</source>
        <translation>%1: die ZIP-Datei enthält keinen Mailchimp-Mitgliederexport (subscribed_members_export*.csv, unsubscribed_…, cleaned_…); sie enthält: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Mailchimp export</source>
        <translation>Mailchimp-Export</translation>
    </message>
</context>
<context>
    <name>readiness::lifecycle::LifecycleRepository</name>
    <message>
        <source>the assessment is signed off (revision %1, by %2 on %3) and read-only; reopen it for changes first</source>
        <translation>die Bewertung ist freigegeben (Revision %1, von %2 am %3) und schreibgeschützt; öffnen Sie sie für Änderungen zuerst wieder</translation>
    </message>
    <message>
        <source>this file&apos;s format is older than %1; open it for writing to upgrade it</source>
        <translation>das Format dieser Datei ist älter als %1; öffnen Sie sie zum Schreiben, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>a sign-off needs the DPO&apos;s name, role and opinion</source>
        <translation>eine Freigabe braucht Name, Funktion und Stellungnahme des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>the signer&apos;s name</source>
        <translation>der Name der freigebenden Person</translation>
    </message>
    <message>
        <source>the signer&apos;s role</source>
        <translation>die Funktion der freigebenden Person</translation>
    </message>
    <message>
        <source>the opinion</source>
        <translation>die Stellungnahme</translation>
    </message>
    <message>
        <source>say why the assessment is reopened (--reason)</source>
        <translation>geben Sie an, warum die Bewertung wieder geöffnet wird (--reason)</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>die Begründung</translation>
    </message>
    <message>
        <source>the assessment is not signed off; there is nothing to reopen</source>
        <translation>die Bewertung ist nicht freigegeben; es gibt nichts wieder zu öffnen</translation>
    </message>
</context>
<context>
    <name>readiness::lifecycle::RevisionDocument</name>
    <message>
        <source>%1 has no signed revision %2: the assessment was never signed off</source>
        <translation>%1 hat keine freigegebene Revision %2: Die Bewertung wurde nie freigegeben</translation>
    </message>
    <message>
        <source>%1 has no signed revision %2; signed revisions: %3</source>
        <translation>%1 hat keine freigegebene Revision %2; freigegebene Revisionen: %3</translation>
    </message>
    <message>
        <source>%1: the snapshot of revision %2 is not a state this version can read</source>
        <translation>%1: der gespeicherte Stand von Revision %2 ist in einem Format, das diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>%1: questionnaire %2 of revision %3 is no longer in the file</source>
        <translation>%1: Fragebogen %2 der Revision %3 ist nicht mehr in der Datei</translation>
    </message>
    <message>
        <source>%1: the evidence %2 (SHA-256 %3) of the signed revision is no longer in the file</source>
        <translation>%1: der Nachweis %2 (SHA-256 %3) der freigegebenen Revision ist nicht mehr in der Datei</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for revision %1: %2</source>
        <translation>für Revision %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: revision %2 cannot be reported: its stored state does not match its fingerprint %3; the file was altered (gdpr-readiness verify %1 names where)</source>
        <translation>%1: für Revision %2 kann kein Bericht geschrieben werden: Ihr gespeicherter Stand passt nicht zu ihrem Fingerabdruck %3; die Datei wurde verändert (gdpr-readiness verify %1 nennt die Stelle)</translation>
    </message>
</context>
<context>
    <name>readiness::lifecycle::TrailVerifier</name>
    <message>
        <source>the file is in format %1, written before the change log was hash-chained (format %2); open it for writing once to start the chain</source>
        <translation>die Datei hat das Format %1 und wurde geschrieben, bevor das Änderungsprotokoll eine Hash-Kette hatte (Format %2); öffnen Sie sie einmal zum Schreiben, um die Kette zu beginnen</translation>
    </message>
    <message>
        <source>entry %1 was deleted from the change log after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben aus dem Änderungsprotokoll gelöscht</translation>
    </message>
    <message>
        <source>the entry is not in the hash chain: it was added behind the application&apos;s back</source>
        <translation>der Eintrag ist nicht in der Hash-Kette: Er wurde an der Anwendung vorbei hinzugefügt</translation>
    </message>
    <message>
        <source>the entry does not follow the one before it in the chain: an earlier entry was removed, inserted or altered</source>
        <translation>der Eintrag schließt in der Kette nicht an den vorherigen an: Ein früherer Eintrag wurde entfernt, eingefügt oder verändert</translation>
    </message>
    <message>
        <source>the entry&apos;s content does not match its hash: it was altered after it was written</source>
        <translation>der Inhalt des Eintrags passt nicht zu seinem Hashwert: Er wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>evidence %1 (%2): %3</source>
        <translation>Nachweis %1 (%2): %3</translation>
    </message>
    <message>
        <source>the stored bytes do not match the file&apos;s SHA-256 %1: the content was altered</source>
        <translation>die gespeicherten Bytes passen nicht zum SHA-256 %1 der Datei: Der Inhalt wurde verändert</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the one the change log recorded (%1): the file was replaced</source>
        <translation>sein SHA-256 weicht von dem im Änderungsprotokoll festgehaltenen ab (%1): Die Datei wurde ersetzt</translation>
    </message>
    <message>
        <source>the signed state does not match its fingerprint %1: it was altered</source>
        <translation>der freigegebene Stand passt nicht zu seinem Fingerabdruck %1: Er wurde verändert</translation>
    </message>
    <message>
        <source>the sign-off has no entry in the change log: it was added behind the application&apos;s back</source>
        <translation>die Freigabe hat keinen Eintrag im Änderungsprotokoll: Sie wurde an der Anwendung vorbei hinzugefügt</translation>
    </message>
    <message>
        <source>the sign-off (name, role, opinion, date or fingerprint) differs from what the change log recorded when it was signed: it was altered</source>
        <translation>die Freigabe (Name, Funktion, Stellungnahme, Datum oder Fingerabdruck) weicht von dem ab, was das Änderungsprotokoll bei der Freigabe festgehalten hat: Sie wurde verändert</translation>
    </message>
    <message>
        <source>the assessment&apos;s content no longer matches the signed fingerprint %1: answers, notes, evidence or actions were changed after the sign-off</source>
        <translation>der Inhalt der Bewertung passt nicht mehr zum freigegebenen Fingerabdruck %1: Antworten, Notizen, Nachweise oder Maßnahmen wurden nach der Freigabe geändert</translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::BatchReport</name>
    <message>
        <source>%1 exists and is not a plain file; nothing was overwritten</source>
        <translation>%1 existiert und ist keine gewöhnliche Datei; es wurde nichts überschrieben</translation>
    </message>
    <message>
        <source>%1 exists and is not a GDPR Readiness report; nothing was overwritten (move it or choose another folder)</source>
        <translation>%1 existiert und ist kein Bericht von GDPR Readiness; es wurde nichts überschrieben (verschieben Sie die Datei oder wählen Sie einen anderen Ordner)</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten (use --replace to write the reports again)</source>
        <translation>%1 existiert bereits; es wurde nichts überschrieben (mit --replace werden die Berichte neu geschrieben)</translation>
    </message>
    <message>
        <source>not written: the batch was cancelled</source>
        <translation>nicht geschrieben: Der Stapel wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the report took longer than %1 s and was stopped</source>
        <translation>der Bericht dauerte länger als %1 s und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the report process crashed: %1</source>
        <translation>der Berichtsprozess ist abgestürzt: %1</translation>
    </message>
    <message>
        <source>the report process ended with status %1</source>
        <translation>der Berichtsprozess endete mit Status %1</translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::PortfolioReader</name>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>the file holds no assessment</source>
        <translation>die Datei enthält keine Bewertung</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>%1 has an unfinished change (%2-journal beside it) that only opening it for writing can finish; the file was not changed</source>
        <translation>%1 hat eine unvollendete Änderung (%2-journal daneben), die nur das Öffnen zum Schreiben abschließen kann; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is in use by a program writing to it, or was left with unsaved changes in %2-wal; open it in GDPR Readiness to finish them (the file was not changed)</source>
        <translation>%1 wird von einem Programm beschrieben oder hat ungespeicherte Änderungen in %2-wal; öffnen Sie die Datei in GDPR Readiness, um sie abzuschließen (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is locked by a program writing to it; try again when it has finished</source>
        <translation>%1 ist von einem Programm gesperrt, das hineinschreibt; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::PortfolioSample</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::PortfolioScanner</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation>der Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not read: the scan was cancelled</source>
        <translation>nicht gelesen: Das Einlesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::QuestionnaireCache</name>
    <message>
        <source>%1: the stored copy of questionnaire &apos;%2&apos; does not match its SHA-256</source>
        <translation>%1: die gespeicherte Kopie des Fragebogens „%2“ passt nicht zu ihrem SHA-256</translation>
    </message>
</context>
<context>
    <name>readiness::review::CarryOver</name>
    <message>
        <source>%1 holds no assessment to carry over</source>
        <translation>%1 enthält keine Bewertung, aus der übernommen werden kann</translation>
    </message>
    <message>
        <source>evidence &apos;%1&apos; in %2 does not match its SHA-256 (%3); check the file with gdpr-readiness verify</source>
        <translation>Nachweis „%1“ in %2 passt nicht zu seinem SHA-256 (%3); prüfen Sie die Datei mit gdpr-readiness verify</translation>
    </message>
    <message>
        <source>%1; nothing was created</source>
        <translation>%1; es wurde nichts angelegt</translation>
    </message>
</context>
<context>
    <name>readiness::review::ReviewRepository</name>
    <message>
        <source>this file has no carried-over answers</source>
        <translation>diese Datei hat keine übernommenen Antworten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a carried-over answer waiting for review</source>
        <translation>„%1“ ist keine übernommene Antwort, die auf Prüfung wartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a confirmed carried-over answer</source>
        <translation>„%1“ ist keine bestätigte übernommene Antwort</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AboutDialog</name>
    <message>
        <source>About GDPR Readiness</source>
        <translation>Über GDPR Readiness</translation>
    </message>
    <message>
        <source>A self-assessment of GDPR and PECR readiness for data-protection officers. Not legal advice.</source>
        <translation>Eine Selbstbewertung der DSGVO- und PECR-Bereitschaft für Datenschutzbeauftragte. Keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>Questionnaires in this assessment:</source>
        <translation>Fragebögen in dieser Bewertung:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionCommand</name>
    <message>
        <source>Add action %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Maßnahme %1 entfernen</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Maßnahme %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionDialog</name>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Wird nicht umgesetzt</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionPlanPage</name>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Neue Maßnahme…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Maßnahmen filtern</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Maßnahme nicht gespeichert</translation>
    </message>
    <message>
        <source>Action not removed</source>
        <translation>Maßnahme nicht entfernt</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerCommand</name>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Antwortdatum</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentSession</name>
    <message>
        <source>The action no longer exists.</source>
        <translation>Die Maßnahme existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentView</name>
    <message>
        <source>&amp;Walk-through</source>
        <translation>D&amp;urchgang</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Übers&amp;icht</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <source>Assessment pages</source>
        <translation>Seiten der Bewertung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditFindingsModel</name>
    <message numerus="yes">
        <source>%1 (%n records)</source>
        <translation>
            <numerusform>%1 (%n Datensatz)</numerusform>
            <numerusform>%1 (%n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Duplicate cluster</source>
        <translation>Dublettengruppe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditInputFiles</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditRunner</name>
    <message>
        <source>Storing the run in the assessment</source>
        <translation>Lauf wird in der Bewertung gespeichert</translation>
    </message>
    <message>
        <source>Checking that the files of run %1 are unchanged (SHA-256)</source>
        <translation>Prüfung, ob die Dateien von Lauf %1 unverändert sind (SHA-256)</translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditRunsPanel</name>
    <message>
        <source>&amp;Accept suggested level…</source>
        <translation>Vorgeschlagene Stufe über&amp;nehmen…</translation>
    </message>
    <message>
        <source>Create ac&amp;tions</source>
        <translation>&amp;Maßnahmen anlegen</translation>
    </message>
    <message>
        <source>Audit runs stored in this assessment</source>
        <translation>In dieser Bewertung gespeicherte Prüfläufe</translation>
    </message>
    <message>
        <source>Suggested maturity levels</source>
        <translation>Vorgeschlagene Reifegrade</translation>
    </message>
    <message>
        <source>Accept suggested level</source>
        <translation>Vorgeschlagene Stufe übernehmen</translation>
    </message>
    <message>
        <source>Create actions from the findings</source>
        <translation>Maßnahmen aus den Befunden anlegen</translation>
    </message>
    <message>
        <source>R&amp;uns stored in this assessment:</source>
        <translation>Gespe&amp;icherte Läufe dieser Bewertung:</translation>
    </message>
    <message>
        <source>Suggested &amp;levels (CRM questionnaire):</source>
        <translation>&amp;Vorgeschlagene Stufen (CRM-Fragebogen):</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 duplicate clusters (%4)</source>
        <translation>%1: %2 Datensätze, %3 Dublettengruppen (%4)</translation>
    </message>
    <message>
        <source>None yet: a finished audit is stored here (counts and record ids, no personal data).</source>
        <translation>Noch keine: Eine abgeschlossene Prüfung wird hier gespeichert (Anzahlen und Datensatz-IDs, keine personenbezogenen Daten).</translation>
    </message>
    <message>
        <source>Stored in the assessment as run %1 (counts and record ids only).</source>
        <translation>In der Bewertung als Lauf %1 gespeichert (nur Anzahlen und Datensatz-IDs).</translation>
    </message>
    <message>
        <source>It could not be added as evidence: %1</source>
        <translation>Er konnte nicht als Nachweis hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Its summary is evidence on %n question(s).</source>
        <translation>
            <numerusform>Seine Zusammenfassung ist Nachweis zu %n Frage.</numerusform>
            <numerusform>Seine Zusammenfassung ist Nachweis zu %n Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: suggested %2 (answered: %3). %4</source>
        <translation>%1: Vorschlag %2 (beantwortet: %3). %4</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>This run suggests no level (no questionnaire question matches its figures).</source>
        <translation>Dieser Lauf schlägt keine Stufe vor (keine Frage des Fragebogens passt zu seinen Zahlen).</translation>
    </message>
    <message>
        <source>Set “%1” to level %2 (now: %3)?

Why: %4

Your notes are kept; the reason is added to them. Edit ▸ Undo takes it back.</source>
        <translation>„%1“ auf Stufe %2 setzen (derzeit: %3)?

Begründung: %4

Ihre Notizen bleiben erhalten; die Begründung wird ihnen angefügt. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Level suggested by the %1</source>
        <translation>Stufe vorgeschlagen durch: %1</translation>
    </message>
    <message>
        <source>“%1” is now level %2.</source>
        <translation>„%1“ hat jetzt Stufe %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) added to the action plan</source>
        <translation>
            <numerusform>%n Maßnahme zum Maßnahmenplan hinzugefügt</numerusform>
            <numerusform>%n Maßnahmen zum Maßnahmenplan hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already there.</source>
        <translation>
            <numerusform>; %n war bereits vorhanden.</numerusform>
            <numerusform>; %n waren bereits vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>readiness::ui::BackupController</name>
    <message>
        <source>No assessment is open.</source>
        <translation>Es ist keine Bewertung geöffnet.</translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation>Gesichert um %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed</source>
        <translation>Die geplante Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>The scheduled backup could not be written. Your assessment is unaffected.</source>
        <translation>Die geplante Sicherung konnte nicht geschrieben werden. Ihre Bewertung ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The backup could not be written. Your assessment is unaffected.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden. Ihre Bewertung ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of “%1” in %2.</source>
        <translation>In %2 gibt es keine Sicherungen von „%1“.</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>“%1” was restored from the backup of %2.</source>
        <translation>„%1“ wurde aus der Sicherung vom %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The file as it was is kept as a backup too (%1).</source>
        <translation>Der bisherige Stand der Datei ist ebenfalls als Sicherung aufbewahrt (%1).</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <source>A good backup from %1 exists. You can open it read-only, or restore it: the damaged file is kept beside it under another name.</source>
        <translation>Es gibt eine einwandfreie Sicherung vom %1. Sie können sie schreibgeschützt öffnen oder wiederherstellen; die beschädigte Datei bleibt dann unter anderem Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>Open newest good backup (%1)</source>
        <translation>Neueste einwandfreie Sicherung öffnen (%1)</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::CarriedBanner</name>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer</source>
        <translation>Übernommene Antwort bestätigen</translation>
    </message>
    <message>
        <source>The answer is still right: it no longer needs review</source>
        <translation>Die Antwort stimmt noch: Sie muss nicht mehr geprüft werden</translation>
    </message>
    <message>
        <source>no answer, a note only</source>
        <translation>keine Antwort, nur eine Notiz</translation>
    </message>
    <message>
        <source>Carried over from %1 — to review. Last time: %2</source>
        <translation>Übernommen vom %1 – zu prüfen. Letztes Mal: %2</translation>
    </message>
    <message>
        <source>The question was reworded since; last time it read: %1</source>
        <translation>Die Frage wurde seitdem umformuliert; letztes Mal lautete sie: %1</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ClusterModel</name>
    <message>
        <source>Record %1 and record %2: %3</source>
        <translation>Datensatz %1 und Datensatz %2: %3</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Last campaign</source>
        <translation>Letzte Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Do not allow Emails</source>
        <translation>E-Mails nicht zulassen</translation>
    </message>
    <message>
        <source>Do not allow Bulk Emails</source>
        <translation>Massen-E-Mails nicht zulassen</translation>
    </message>
    <message>
        <source>Do not allow Phone Calls</source>
        <translation>Telefonanrufe nicht zulassen</translation>
    </message>
    <message>
        <source>Do not allow Mails</source>
        <translation>Post nicht zulassen</translation>
    </message>
    <message>
        <source>Do not allow Faxes</source>
        <translation>Faxe nicht zulassen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Do Not Allow</source>
        <translation>Nicht zulassen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>%1, differs within this cluster</source>
        <translation>%1, innerhalb dieser Gruppe unterschiedlich</translation>
    </message>
    <message>
        <source>The records of this cluster disagree on “%1”. Merging them by “last modified wins” could re-open marketing to someone who objected: the survivor must take the most restrictive value.</source>
        <translation>Die Datensätze dieser Gruppe weichen bei „%1“ voneinander ab. Eine Zusammenführung nach „zuletzt geändert gewinnt“ könnte Werbung an jemanden wieder zulassen, der widersprochen hat: Der verbleibende Datensatz muss den restriktivsten Wert übernehmen.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ColumnMappingDialog</name>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>No e-mails</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>No bulk e-mails</source>
        <translation>Keine Massen-E-Mails</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>Keine Telefonanrufe</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <source>No faxes</source>
        <translation>Keine Faxe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Last included in a campaign</source>
        <translation>Zuletzt in einer Kampagne</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>This contacts file is not a Dynamics 365 export. Choose which of its columns holds each item the audit checks; items marked * are required. The mapping is saved under its name and offered again for the next export.</source>
        <translation>Diese Kontaktdatei ist kein Dynamics-365-Export. Wählen Sie, welche ihrer Spalten die jeweils geprüfte Angabe enthält; mit * markierte Angaben sind Pflicht. Die Zuordnung wird unter ihrem Namen gespeichert und beim nächsten Export wieder angeboten.</translation>
    </message>
    <message>
        <source>(new mapping)</source>
        <translation>(neue Zuordnung)</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Gespeicherte Zuordnungen</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Name der Zuordnung</translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts</source>
        <translation>z. B. HubSpot-Kontakte</translation>
    </message>
    <message>
        <source>&amp;Saved mapping:</source>
        <translation>&amp;Gespeicherte Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Values meaning do not allow</source>
        <translation>Werte für „nicht zulassen“</translation>
    </message>
    <message>
        <source>Values meaning allow</source>
        <translation>Werte für „zulassen“</translation>
    </message>
    <message>
        <source>Values meaning inactive</source>
        <translation>Werte für „inaktiv“</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>“Do not allow” values:</source>
        <translation>Werte für „Nicht zulassen“:</translation>
    </message>
    <message>
        <source>“Allow” values:</source>
        <translation>Werte für „Zulassen“:</translation>
    </message>
    <message>
        <source>Inactive status values:</source>
        <translation>Statuswerte für „inaktiv“:</translation>
    </message>
    <message>
        <source>&amp;Save and use</source>
        <translation>Speichern und &amp;verwenden</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Wählen Sie eine Spalte für: %1.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::CompareActions</name>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Ver&amp;gleichen mit …</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit …</translation>
    </message>
    <message>
        <source>Assessments (*.gdpra)</source>
        <translation>Bewertungen (*.gdpra)</translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation>Bewertungen vergleichen</translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation>Es konnte nichts verglichen werden.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>Bewertungen vergleichen</translation>
    </message>
    <message>
        <source>%1 and %2 are the same assessment file, or copies of it.</source>
        <translation>%1 und %2 sind dieselbe Bewertungsdatei oder Kopien davon.</translation>
    </message>
    <message>
        <source>%1 is an assessment of “%2”, %3 of “%4”: compared all the same.</source>
        <translation>%1 ist eine Bewertung von „%2“, %3 eine von „%4“: trotzdem verglichen.</translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation>Ergebnisse nach Bereich</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Änderungen von %1 zu %2:</translation>
    </message>
    <message>
        <source>Newly critical (%1)</source>
        <translation>Neu kritisch (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Geschlossen (%1)</translation>
    </message>
    <message>
        <source>Went down (%1)</source>
        <translation>Verschlechtert (%1)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Readiness by assessment date</source>
        <translation>Bereitschaft nach Bewertungsdatum</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ComparisonTableModel</name>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::DashboardPage</name>
    <message>
        <source>Overall readiness</source>
        <translation>Gesamtbereitschaft</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Until the target date</source>
        <translation>Bis zum Zieldatum</translation>
    </message>
    <message>
        <source>Since GDPR applies (25 May 2018)</source>
        <translation>Seit Geltung der DSGVO (25. Mai 2018)</translation>
    </message>
    <message>
        <source>Critical gaps</source>
        <translation>Kritische Lücken</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Questionnaire shown in the charts</source>
        <translation>In den Diagrammen gezeigter Fragebogen</translation>
    </message>
    <message>
        <source>Section scores radar chart</source>
        <translation>Netzdiagramm der Abschnittswerte</translation>
    </message>
    <message>
        <source>Answer levels per section chart</source>
        <translation>Diagramm der Antwortstufen je Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation …</translation>
    </message>
    <message>
        <source>Edit the organisation profile</source>
        <translation>Das Organisationsprofil bearbeiten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation was not changed.</source>
        <translation>Die Organisation wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) (%1)</source>
        <translation>
            <numerusform>%n Arbeitstag (%1)</numerusform>
            <numerusform>%n Arbeitstage (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall readiness %1, %2</source>
        <translation>Gesamtbereitschaft %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Section scores (%)</source>
        <translation>Abschnittswerte (%)</translation>
    </message>
    <message>
        <source>Answers per level</source>
        <translation>Antworten je Stufe</translation>
    </message>
</context>
<context>
    <name>readiness::ui::DataAuditPage</name>
    <message>
        <source>Data audit</source>
        <translation>Datenprüfung</translation>
    </message>
    <message>
        <source>Files to audit</source>
        <translation>Zu prüfende Dateien</translation>
    </message>
    <message>
        <source>Drop the CRM contacts export, the consent-event log and the Mailchimp audience exports (CSV or zip) here, or choose them. Each file is recognised by its columns. The files are only read, never changed.</source>
        <translation>Legen Sie hier den Kontaktexport aus dem CRM, das Einwilligungsprotokoll und die Zielgruppenexporte aus Mailchimp (CSV oder ZIP) ab, oder wählen Sie sie aus. Jede Datei wird an ihren Spalten erkannt. Die Dateien werden nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>C&amp;hoose files…</source>
        <translation>Dateien a&amp;uswählen…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>Datei &amp;entfernen</translation>
    </message>
    <message>
        <source>Column &amp;mapping…</source>
        <translation>Spalten&amp;zuordnung…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Aufbewahrungsfrist in Jahren</translation>
    </message>
    <message>
        <source>Audit &amp;date:</source>
        <translation>Prüfda&amp;tum:</translation>
    </message>
    <message>
        <source>Unchecked: the export date (the latest “Modified On” in the contacts).</source>
        <translation>Nicht angehakt: das Exportdatum (das späteste „Geändert am“ in den Kontakten).</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Check phone numbers with &amp;libphonenumber (slower)</source>
        <translation>Telefonnummern mit &amp;libphonenumber prüfen (langsamer)</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Standardland für Telefonnummern</translation>
    </message>
    <message>
        <source>Two-letter country code (GB, IE, DE …) used to read phone numbers of records whose country is blank.</source>
        <translation>Zweibuchstabiger Ländercode (GB, IE, DE …), nach dem die Telefonnummern von Datensätzen ohne Land gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Re&amp;tention period:</source>
        <translation>Aufbewahrungs&amp;frist:</translation>
    </message>
    <message>
        <source>Phone countr&amp;y if blank:</source>
        <translation>Telefon-L&amp;and, falls leer:</translation>
    </message>
    <message>
        <source>Findings per type</source>
        <translation>Befunde nach Art</translation>
    </message>
    <message>
        <source>Show finding type</source>
        <translation>Befundart anzeigen</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Search CRM id or e-mail</source>
        <translation>CRM-ID oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Write fi&amp;x files…</source>
        <translation>&amp;Korrekturdateien schreiben…</translation>
    </message>
    <message>
        <source>Write fix files</source>
        <translation>Korrekturdateien schreiben</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Select a result to see its records side by side.</source>
        <translation>Wählen Sie ein Ergebnis, um seine Datensätze nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Records side by side</source>
        <translation>Datensätze nebeneinander</translation>
    </message>
    <message>
        <source>Contacts (Dynamics 365)</source>
        <translation>Kontakte (Dynamics 365)</translation>
    </message>
    <message>
        <source>Contacts (mapping “%1”)</source>
        <translation>Kontakte (Zuordnung „%1“)</translation>
    </message>
    <message>
        <source>Contacts (needs a column mapping)</source>
        <translation>Kontakte (Spaltenzuordnung erforderlich)</translation>
    </message>
    <message>
        <source>Consent log</source>
        <translation>Einwilligungsprotokoll</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>No files yet: drop them here or choose them.</source>
        <translation>Noch keine Dateien: Legen Sie sie hier ab oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Add the contacts export too: the audit starts from it.</source>
        <translation>Fügen Sie auch den Kontaktexport hinzu: Die Prüfung geht von ihm aus.</translation>
    </message>
    <message>
        <source>Choose the files to audit</source>
        <translation>Zu prüfende Dateien auswählen</translation>
    </message>
    <message>
        <source>CRM and Mailchimp exports (*.csv *.zip);;All files (*)</source>
        <translation>CRM- und Mailchimp-Exporte (*.csv *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written or stored.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben oder gespeichert.</translation>
    </message>
    <message>
        <source>The audit stopped: %1</source>
        <translation>Die Prüfung wurde beendet: %1</translation>
    </message>
    <message>
        <source>Not stored: the assessment is open read-only.</source>
        <translation>Nicht gespeichert: Die Bewertung ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Not stored in the assessment: %1</source>
        <translation>Nicht in der Bewertung gespeichert: %1</translation>
    </message>
    <message>
        <source>Too late to cancel: the run had been stored.</source>
        <translation>Zu spät zum Abbrechen: Der Lauf war bereits gespeichert.</translation>
    </message>
    <message>
        <source>Checking the files of run %1…</source>
        <translation>Dateien von Lauf %1 werden geprüft …</translation>
    </message>
    <message>
        <source>Run %1: its files are unchanged (same SHA-256) and were read again to show its records.</source>
        <translation>Lauf %1: Seine Dateien sind unverändert (gleicher SHA-256) und wurden erneut gelesen, um die Datensätze anzuzeigen.</translation>
    </message>
    <message>
        <source>The files of run %1 are not all there unchanged, so its records cannot be shown with names, e-mail addresses and phone numbers:
%2
Shown instead: record numbers, CRM ids, clusters and findings as stored in the assessment.</source>
        <translation>Die Dateien von Lauf %1 sind nicht alle unverändert vorhanden, daher können seine Datensätze nicht mit Namen, E-Mail-Adressen und Telefonnummern angezeigt werden:
%2
Angezeigt werden stattdessen Datensatznummern, CRM-IDs, Cluster und Befunde, wie sie in der Bewertung gespeichert sind.</translation>
    </message>
    <message>
        <source>Run %1 could not be read again: %2</source>
        <translation>Lauf %1 konnte nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>As stored: %1 contacts as of %2, %3 duplicate clusters. Names, e-mail addresses and phone numbers are not stored with a run.</source>
        <translation>Wie gespeichert: %1 Kontakte, Stand %2, %3 Dubletten-Cluster. Namen, E-Mail-Adressen und Telefonnummern werden mit einem Lauf nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 contacts audited in %2 s, as of %3 (stale: untouched since before %4). %5 duplicate clusters, %6 matched pairs.</source>
        <translation>%1 Kontakte in %2 s geprüft, Stand %3 (veraltet: zuletzt vor dem %4 geändert). %5 Dublettengruppen, %6 zugeordnete Paare.</translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation>Datensatz %1 (%2)</translation>
    </message>
    <message>
        <source>The run&apos;s files are not available unchanged: only ids are shown.</source>
        <translation>Die Dateien des Laufs liegen nicht unverändert vor: Es werden nur IDs angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate cluster: %n records side by side</source>
        <translation>
            <numerusform>Dublettengruppe: %n Datensatz nebeneinander</numerusform>
            <numerusform>Dublettengruppe: %n Datensätze nebeneinander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CRM records with this address: %n</source>
        <translation>
            <numerusform>CRM-Datensätze mit dieser Adresse: %n</numerusform>
            <numerusform>CRM-Datensätze mit dieser Adresse: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No CRM record has this address.</source>
        <translation>Kein CRM-Datensatz hat diese Adresse.</translation>
    </message>
    <message>
        <source>This record has no duplicate.</source>
        <translation>Dieser Datensatz hat keine Dublette.</translation>
    </message>
    <message>
        <source>≠ The records disagree on “%1”: a merge must keep “Do Not Allow”.</source>
        <translation>≠ Die Datensätze weichen bei „%1“ voneinander ab: Eine Zusammenführung muss „Nicht zulassen“ beibehalten.</translation>
    </message>
    <message>
        <source>Folder for the fix files</source>
        <translation>Ordner für die Korrekturdateien</translation>
    </message>
    <message>
        <source>Fix files contain personal data</source>
        <translation>Korrekturdateien enthalten personenbezogene Daten</translation>
    </message>
    <message>
        <source>The fix files hold names, e-mail addresses and phone numbers from the CRM. Keep them in a safe place (they are readable by you only), import them into the CRM and Mailchimp, then delete them.</source>
        <translation>Die Korrekturdateien enthalten Namen, E-Mail-Adressen und Telefonnummern aus dem CRM. Bewahren Sie sie sicher auf (nur Sie können sie lesen), importieren Sie sie in das CRM und in Mailchimp und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>Writing the fix files…</source>
        <translation>Korrekturdateien werden geschrieben…</translation>
    </message>
    <message>
        <source>The fix files were not written: %1</source>
        <translation>Die Korrekturdateien wurden nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Fix files written (personal data: delete them after the import):</source>
        <translation>Korrekturdateien geschrieben (personenbezogene Daten: nach dem Import löschen):</translation>
    </message>
    <message>
        <source>Data a&amp;udit</source>
        <translation>Daten&amp;prüfung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::DemoAssessment</name>
    <message>
        <source>The demo assessment is not installed (%1).</source>
        <translation>Die Demo-Bewertung ist nicht installiert (%1).</translation>
    </message>
    <message>
        <source>The demo assessment could not be copied to %1.</source>
        <translation>Die Demo-Bewertung konnte nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceCommand</name>
    <message>
        <source>Add evidence %1</source>
        <translation>Nachweis %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Nachweis %1 entfernen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceModel</name>
    <message>
        <source>%1
SHA-256 %2
added by %3</source>
        <translation>%1
SHA-256 %2
hinzugefügt von %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidencePanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>Nachweise (Dateien hier ablegen)</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>Nachweis nicht hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” could not be added.</source>
        <translation>„%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Evidence not opened</source>
        <translation>Nachweis nicht geöffnet</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Kopie des Nachweises speichern</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Nachweis nicht entfernt</translation>
    </message>
</context>
<context>
    <name>readiness::ui::FindingTypes</name>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Consent conflict</source>
        <translation>Widersprüchliche Einwilligung</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Invalid e-mail</source>
        <translation>Ungültige E-Mail</translation>
    </message>
    <message>
        <source>Invalid phone</source>
        <translation>Ungültige Telefonnummer</translation>
    </message>
    <message>
        <source>Questionable phone</source>
        <translation>Zweifelhafte Telefonnummer</translation>
    </message>
    <message>
        <source>Consent unprovable</source>
        <translation>Einwilligung nicht nachweisbar</translation>
    </message>
    <message>
        <source>Opt-out ignored</source>
        <translation>Widerspruch missachtet</translation>
    </message>
    <message>
        <source>Consent out of order</source>
        <translation>Einwilligung in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>Opt-out not synced to CRM</source>
        <translation>Widerspruch nicht ins CRM übertragen</translation>
    </message>
    <message>
        <source>Bounced, still marketable</source>
        <translation>Unzustellbar, noch für Werbung freigegeben</translation>
    </message>
    <message>
        <source>Suppression not in Mailchimp</source>
        <translation>Sperre fehlt in Mailchimp</translation>
    </message>
    <message>
        <source>In Mailchimp only</source>
        <translation>Nur in Mailchimp</translation>
    </message>
    <message>
        <source>Single opt-in</source>
        <translation>Single-Opt-in</translation>
    </message>
    <message>
        <source>Opt-in after confirmation</source>
        <translation>Opt-in nach Bestätigung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>Erwartete Nachweise</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>readiness::ui::KeyDatesPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Key &amp;dates</source>
        <translation>&amp;Stichtage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Stichtage</translation>
    </message>
    <message>
        <source>&amp;Add date…</source>
        <translation>Datum &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a key date</source>
        <translation>Einen Stichtag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected key date</source>
        <translation>Den ausgewählten Stichtag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago (%2)</source>
        <translation>vor %1 (%2)</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <source>Days are counted from the earlier date up to the later one: the earlier day counts, the later day does not. Working days are Monday to Friday less the public holidays of the holiday calendar chosen in Settings.</source>
        <translation>Gezählt wird vom früheren bis zum späteren Datum: der frühere Tag zählt mit, der spätere nicht. Arbeitstage sind Montag bis Freitag ohne die Feiertage des in den Einstellungen gewählten Feiertagskalenders.</translation>
    </message>
    <message>
        <source>Add key date</source>
        <translation>Stichtag hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Board meeting, ICO fee renewal, DPIA review</source>
        <translation>z. B. Vorstandssitzung, Gebührenverlängerung, DSFA-Überprüfung</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation>Was an diesem Tag ansteht</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Remove key date</source>
        <translation>Stichtag entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>readiness::ui::LifecycleActions</name>
    <message>
        <source>&amp;Sign off…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <source>&amp;Reopen for changes…</source>
        <translation>Für Änderungen &amp;wieder öffnen…</translation>
    </message>
    <message>
        <source>Sign-off &amp;history…</source>
        <translation>Freigabever&amp;lauf …</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation>Für Änderungen wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the signed-off assessment reopened? (Recorded in the change log; the signed revision stays in the file.)</source>
        <translation>Warum wird die freigegebene Bewertung wieder geöffnet? (Wird im Änderungsprotokoll festgehalten; die freigegebene Revision bleibt in der Datei.)</translation>
    </message>
</context>
<context>
    <name>readiness::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;demo assessment</source>
        <translation>&amp;Demo-Bewertung öffnen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Walk-through</source>
        <translation>D&amp;urchgang</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Übers&amp;icht</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GDPR Readiness</source>
        <translation>Ü&amp;ber GDPR Readiness</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation>Keine zuletzt geöffneten Bewertungen</translation>
    </message>
    <message>
        <source>“%1” is open in another window or on another computer.</source>
        <translation>„%1“ ist in einem anderen Fenster oder auf einem anderen Rechner geöffnet.</translation>
    </message>
    <message>
        <source>“%1” has a second name on this disk (a hard link, as some backup tools make), so saving could lose answers. Make a copy of the file and work on the copy.</source>
        <translation>„%1“ hat auf diesem Datenträger einen zweiten Namen (einen harten Link, wie ihn manche Sicherungsprogramme anlegen); Speichern könnte Antworten verlieren. Kopieren Sie die Datei und arbeiten Sie mit der Kopie.</translation>
    </message>
    <message>
        <source>You cannot write to “%1”.</source>
        <translation>Sie können „%1“ nicht beschreiben.</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <source>You can open it read-only to read it and produce reports.</source>
        <translation>Sie können sie schreibgeschützt öffnen, um sie zu lesen und Berichte zu erstellen.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not a GDPR Readiness assessment.</source>
        <translation>„%1“ ist keine GDPR-Readiness-Bewertung.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It has not been changed: restore it from a backup or send it to support.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert: Stellen Sie sie aus einer Sicherung wieder her oder senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>“%1” contains database triggers, views or tables that GDPR Readiness does not make. They could change or hide answers, so it is not opened. It has not been changed.</source>
        <translation>„%1“ enthält Datenbank-Trigger, Sichten oder Tabellen, die GDPR Readiness nicht anlegt. Sie könnten Antworten verändern oder verbergen, daher wird die Datei nicht geöffnet. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was lost. Free some space and open “%1” again.</source>
        <translation>Der Datenträger ist voll; nichts ging verloren. Schaffen Sie Platz und öffnen Sie „%1“ erneut.</translation>
    </message>
    <message>
        <source>“%1” has an unfinished change that only opening it for editing can finish. Open it normally (not read-only) once.</source>
        <translation>„%1“ enthält eine unvollendete Änderung, die nur das Öffnen zum Bearbeiten abschließen kann. Öffnen Sie die Datei einmal normal (nicht schreibgeschützt).</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of GDPR Readiness. Update the program to open it.</source>
        <translation>„%1“ wurde mit einer neueren Version von GDPR Readiness geschrieben. Aktualisieren Sie das Programm, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Na&amp;chweis hinzufügen…</translation>
    </message>
    <message>
        <source>Create &amp;action from question…</source>
        <translation>&amp;Maßnahme aus Frage anlegen…</translation>
    </message>
    <message>
        <source>GDPR Readiness</source>
        <translation>GDPR Readiness</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>Keine Bewertung geöffnet</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Last written %1</source>
        <translation>Zuletzt geschrieben %1</translation>
    </message>
    <message>
        <source>Assessments (*.gdpra);;All files (*)</source>
        <translation>Bewertungen (*.gdpra);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Demo assessment</source>
        <translation>Demo-Bewertung</translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation>Die Demo konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>New from &amp;previous…</source>
        <translation>Neu aus &amp;vorheriger Bewertung…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>The name “%1” is not valid UTF-8, and an assessment can only be opened under a name that is. Rename the file, e.g. to “%2”; it has not been changed.</source>
        <translation>Der Name „%1“ ist kein gültiges UTF-8, und eine Bewertung lässt sich nur unter einem Namen öffnen, der es ist. Benennen Sie die Datei um, z. B. in „%2“; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Export d&amp;ata…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Wor&amp;kshop mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
</context>
<context>
    <name>readiness::ui::NavigatorModel</name>
    <message>
        <source>Does not apply to %1: this question is for %2 only.</source>
        <translation>Entfällt für %1: Diese Frage gilt nur für %2.</translation>
    </message>
    <message>
        <source>Not applicable: applies only if “%1” is answered %2.</source>
        <translation>Nicht zutreffend: gilt nur, wenn „%1“ mit %2 beantwortet ist.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Not applicable: applies only if “%1” is not answered %2.</source>
        <translation>Nicht zutreffend: gilt nur, wenn „%1“ nicht mit %2 beantwortet ist.</translation>
    </message>
    <message>
        <source>Not applicable: applies only if “%1” includes %2.</source>
        <translation>Nicht zutreffend: gilt nur, wenn „%1“ %2 enthält.</translation>
    </message>
    <message>
        <source>%1 of the applicable questions answered</source>
        <translation>%1 der zutreffenden Fragen beantwortet</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <source>Answered not applicable</source>
        <translation>Als nicht zutreffend beantwortet</translation>
    </message>
    <message>
        <source>Answered, with evidence: %1</source>
        <translation>Beantwortet, mit Nachweis: %1</translation>
    </message>
    <message>
        <source>Critical gap: %1</source>
        <translation>Kritische Lücke: %1</translation>
    </message>
    <message>
        <source>%1  (%2, %3 to review)</source>
        <translation>%1  (%2, %3 zu prüfen)</translation>
    </message>
    <message>
        <source>[to review] %1</source>
        <translation>[zu prüfen] %1</translation>
    </message>
    <message>
        <source>Carried over from the previous assessment and not reviewed yet: confirm or change the answer.</source>
        <translation>Aus der vorigen Bewertung übernommen und noch nicht geprüft: Bestätigen oder ändern Sie die Antwort.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::NewAssessmentWizard</name>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who is being assessed. Turnover is optional: it sizes the possible fines. Give the whole group&apos;s worldwide turnover: fines are set on the undertaking, which is the group.</source>
        <translation>Wer bewertet wird. Der Umsatz ist freiwillig: Er bemisst die möglichen Bußgelder. Geben Sie den weltweiten Umsatz des ganzen Konzerns an: Bußgelder richten sich nach dem Unternehmen, und das ist der Konzern.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>The questionnaires are frozen into the file, so the assessment stays as it was answered.</source>
        <translation>Die Fragebögen werden in der Datei eingefroren, damit die Bewertung so bleibt, wie sie beantwortet wurde.</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import questionnaire file</source>
        <translation>Fragebogendatei importieren</translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation>Fragebogen importieren</translation>
    </message>
    <message>
        <source>Questionnaires (*.json)</source>
        <translation>Fragebögen (*.json)</translation>
    </message>
    <message>
        <source>“%1” is not a valid questionnaire.</source>
        <translation>„%1“ ist kein gültiger Fragebogen.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>GDPR readiness assessment %1</source>
        <translation>DSGVO-Bereitschaftsbewertung %1</translation>
    </message>
    <message>
        <source>Assessment title</source>
        <translation>Titel der Bewertung</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>Bewertende &amp;Person:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Everything is kept in this one file: answers, evidence and actions.</source>
        <translation>Alles liegt in dieser einen Datei: Antworten, Nachweise und Maßnahmen.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose file name</source>
        <translation>Dateinamen wählen</translation>
    </message>
    <message>
        <source>Save new assessment</source>
        <translation>Neue Bewertung speichern</translation>
    </message>
    <message>
        <source>Assessments (*.gdpra)</source>
        <translation>Bewertungen (*.gdpra)</translation>
    </message>
    <message>
        <source>Choose the currency of the annual turnover (EUR or GBP), or leave the turnover at 0.</source>
        <translation>Wählen Sie die Währung des Jahresumsatzes (EUR oder GBP) oder lassen Sie den Umsatz bei 0.</translation>
    </message>
    <message>
        <source>A questionnaire could not be loaded.</source>
        <translation>Ein Fragebogen konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Choose at least one questionnaire.</source>
        <translation>Wählen Sie mindestens einen Fragebogen.</translation>
    </message>
    <message>
        <source>The assessment could not be created.</source>
        <translation>Die Bewertung konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Start from &amp;template:</source>
        <translation>Mit &amp;Vorlage beginnen:</translation>
    </message>
    <message>
        <source>The assessment was created, but not every scope answer of the template was taken.</source>
        <translation>Die Bewertung wurde angelegt, aber nicht alle Antworten der Vorlage zum Anwendungsbereich wurden übernommen.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::NewFromPreviousDialog</name>
    <message>
        <source>&amp;Move to newer questionnaire versions where there are any</source>
        <translation>Auf neuere Fragebogenversionen &amp;umstellen, wo vorhanden</translation>
    </message>
    <message>
        <source>New assessment from a previous one</source>
        <translation>Neue Bewertung aus einer vorigen</translation>
    </message>
    <message>
        <source>Previous assessment file</source>
        <translation>Datei der vorigen Bewertung</translation>
    </message>
    <message>
        <source>New assessment file</source>
        <translation>Neue Bewertungsdatei</translation>
    </message>
    <message>
        <source>What will be carried over</source>
        <translation>Was übernommen wird</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Previous assessment:</source>
        <translation>&amp;Vorige Bewertung:</translation>
    </message>
    <message>
        <source>&amp;New file:</source>
        <translation>&amp;Neue Datei:</translation>
    </message>
    <message>
        <source>The organisation, every answer with its note, the evidence (copied, with its SHA-256) and the open actions are carried over. Each answer is marked to review until you confirm or change it. The previous file is only read.</source>
        <translation>Übernommen werden die Organisation, jede Antwort mit ihrer Notiz, die Nachweise (kopiert, mit ihrem SHA-256) und die offenen Maßnahmen. Jede Antwort ist als zu prüfen markiert, bis Sie sie bestätigen oder ändern. Die vorige Datei wird nur gelesen.</translation>
    </message>
    <message>
        <source>Choose the previous assessment file.</source>
        <translation>Wählen Sie die Datei der vorigen Bewertung.</translation>
    </message>
    <message>
        <source>From %1 (%2):</source>
        <translation>Aus %1 (%2):</translation>
    </message>
    <message>
        <source>%1 answers carried over, each to review</source>
        <translation>%1 Antworten übernommen, jede zu prüfen</translation>
    </message>
    <message>
        <source>%1 evidence files copied (%2)</source>
        <translation>%1 Nachweisdateien kopiert (%2)</translation>
    </message>
    <message>
        <source>%1 open actions</source>
        <translation>%1 offene Maßnahmen</translation>
    </message>
    <message>
        <source>Previous assessment: %1</source>
        <translation>Vorige Bewertung: %1</translation>
    </message>
    <message>
        <source>Questionnaire %1 moves from version %2 to %3:</source>
        <translation>Fragebogen %1 wird von Version %2 auf %3 umgestellt:</translation>
    </message>
    <message>
        <source>Questionnaire %1: version %3 is available (you answered %2); tick the box to move:</source>
        <translation>Fragebogen %1: Version %3 ist verfügbar (beantwortet wurde %2); zum Umstellen das Kästchen ankreuzen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation>  neu: %1</translation>
    </message>
    <message>
        <source>  removed (answers kept as history): %1</source>
        <translation>  entfallen (Antworten als Verlauf aufbewahrt): %1</translation>
    </message>
    <message>
        <source>  reworded: %1</source>
        <translation>  umformuliert: %1</translation>
    </message>
    <message>
        <source>%1 answers are kept as history only (their question was removed or cannot take the old answer); the report lists them in its appendix.</source>
        <translation>%1 Antworten werden nur als Verlauf aufbewahrt (ihre Frage entfiel oder kann die alte Antwort nicht aufnehmen); der Bericht führt sie im Anhang auf.</translation>
    </message>
    <message>
        <source>Assessments (*.%1)</source>
        <translation>Bewertungen (*.%1)</translation>
    </message>
    <message>
        <source>Previous assessment</source>
        <translation>Vorige Bewertung</translation>
    </message>
    <message>
        <source>Choose a name for the new file.</source>
        <translation>Wählen Sie einen Namen für die neue Datei.</translation>
    </message>
    <message>
        <source>The new assessment was not created.</source>
        <translation>Die neue Bewertung wurde nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationCommand</name>
    <message>
        <source>Edit organisation profile</source>
        <translation>Organisationsprofil bearbeiten</translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationForm</name>
    <message>
        <source>(not in Germany)</source>
        <translation>(nicht in Deutschland)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>German Land</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Public holidays are set by each Land: working days are counted on the Land&apos;s calendar.</source>
        <translation>Feiertage regelt jedes Land: Arbeitstage werden nach dem Feiertagskalender des Landes gezählt.</translation>
    </message>
    <message>
        <source>Annual worldwide turnover of the group</source>
        <translation>Weltweiter Jahresumsatz des Konzerns</translation>
    </message>
    <message>
        <source>The percentage limb of Art 83 GDPR applies to the undertaking&apos;s total worldwide annual turnover: for a company in a group, the whole group&apos;s (Recital 150, CJEU C-807/21). A single company&apos;s turnover can understate the maximum.</source>
        <translation>Der prozentuale Höchstbetrag nach Art. 83 DSGVO bezieht sich auf den weltweiten Jahresumsatz des Unternehmens: bei einer Konzerngesellschaft auf den des ganzen Konzerns (Erwägungsgrund 150, EuGH C-807/21). Der Umsatz nur einer Gesellschaft kann den Höchstbetrag unterschätzen.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Land (Bundesland):</source>
        <translation>B&amp;undesland:</translation>
    </message>
    <message>
        <source>Group &amp;turnover (worldwide, annual):</source>
        <translation>Konzern&amp;umsatz (weltweit, jährlich):</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Teilnehmende Person ändern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::PortfolioModel</name>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Not an assessment</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Signed off %1</source>
        <translation>Freigegeben am %1</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Open for changes in %1</source>
        <translation>Zum Ändern geöffnet in %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Critical gaps</source>
        <translation>Kritische Lücken</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Next key date</source>
        <translation>Nächster Stichtag</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>readiness::ui::PortfolioWindow</name>
    <message>
        <source>Open &amp;portfolio folder…</source>
        <translation>&amp;Mandantenordner öffnen…</translation>
    </message>
    <message>
        <source>Open portfolio folder</source>
        <translation>Mandantenordner öffnen</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Mandantenübersicht</translation>
    </message>
    <message>
        <source>Filter by file or organisation</source>
        <translation>Nach Datei oder Organisation filtern</translation>
    </message>
    <message>
        <source>Filter by RAG rating</source>
        <translation>Nach Ampel filtern</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Ampel</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Stand filtern</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>With overdue actions</source>
        <translation>Mit überfälligen Maßnahmen</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>Read every file again</source>
        <translation>Alle Dateien neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Write all reports…</source>
        <translation>Alle &amp;Berichte schreiben…</translation>
    </message>
    <message>
        <source>Write every client&apos;s report</source>
        <translation>Den Bericht jedes Mandanten schreiben</translation>
    </message>
    <message>
        <source>Assessments in the folder</source>
        <translation>Bewertungen im Ordner</translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation>Ordner wird eingelesen</translation>
    </message>
    <message>
        <source>Portfolio — %1</source>
        <translation>Mandantenübersicht — %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird eingelesen…</numerusform>
            <numerusform>%n Dateien werden eingelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment file(s)</source>
        <translation>
            <numerusform>%n Bewertungsdatei</numerusform>
            <numerusform>%n Bewertungsdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 cannot be read (the reason is in the row&apos;s tooltip)</source>
        <translation>%1; %2 nicht lesbar (den Grund nennt der Tooltip der Zeile)</translation>
    </message>
    <message>
        <source>Write all reports</source>
        <translation>Alle Berichte schreiben</translation>
    </message>
    <message>
        <source>There are no assessment files in this folder.</source>
        <translation>In diesem Ordner liegen keine Bewertungsdateien.</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) from an earlier run are in this folder. Replace them?</source>
        <translation>
            <numerusform>In diesem Ordner liegt %n Bericht aus einem früheren Lauf. Ersetzen?</numerusform>
            <numerusform>In diesem Ordner liegen %n Berichte aus einem früheren Lauf. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation>Die Berichte werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Written %1 of %2 (%3)</source>
        <translation>%1 von %2 geschrieben (%3)</translation>
    </message>
    <message numerus="yes">
        <source>All %n report(s) were written.</source>
        <translation>
            <numerusform>Der Bericht wurde geschrieben.</numerusform>
            <numerusform>Alle %n Berichte wurden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reports were written; %3 could not be written (see the details).</source>
        <translation>%1 von %2 Berichten wurden geschrieben; %3 konnten nicht geschrieben werden (siehe Details).</translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Every change is recorded in the file&apos;s hash-chained change log; `gdpr-readiness verify` checks it.</source>
        <translation>Jede Änderung wird im hashverketteten Änderungsprotokoll der Datei festgehalten; `gdpr-readiness verify` prüft es.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionPanel</name>
    <message>
        <source>Create &amp;action from question</source>
        <translation>&amp;Maßnahme aus Frage anlegen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Critical question: a low answer caps the section score.</source>
        <translation>Kritische Frage: Eine niedrige Antwort begrenzt den Abschnittswert.</translation>
    </message>
    <message>
        <source>Notes: what you saw, who told you, what is missing</source>
        <translation>Notizen: was Sie gesehen haben, wer es gesagt hat, was fehlt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Create action from question</source>
        <translation>Maßnahme aus Frage anlegen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>History of this question</source>
        <translation>Verlauf dieser Frage</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF-Bericht (*.pdf);;OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>readiness::ui::RestoreBackupDialog</name>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>before the sign-off</source>
        <translation>vor der Freigabe</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before the file format upgrade</source>
        <translation>vor der Aktualisierung des Dateiformats</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of “%1”. The file as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Wählen Sie die Sicherung, die „%1“ ersetzen soll. Der jetzige Stand der Datei wird vorher gesichert; durch Wiederherstellen dieser Kopie lässt sich der Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SavedMappings</name>
    <message>
        <source>Give the mapping a name, so it can be chosen again.</source>
        <translation>Geben Sie der Zuordnung einen Namen, damit sie wieder gewählt werden kann.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The mapping could not be saved in %1.</source>
        <translation>Die Zuordnung konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The mapping could not be saved as %1.</source>
        <translation>Die Zuordnung konnte nicht als %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Default assessor</source>
        <translation>Standard-Bewerter</translation>
    </message>
    <message>
        <source>Evidence size limit</source>
        <translation>Größenlimit für Nachweise</translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation>Feiertags&amp;kalender:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default &amp;assessor:</source>
        <translation>Standard-&amp;Bewerter:</translation>
    </message>
    <message>
        <source>Largest evidence &amp;file:</source>
        <translation>Größte Nachweis&amp;datei:</translation>
    </message>
    <message>
        <source>Beside the assessment file</source>
        <translation>Neben der Bewertungsdatei</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Backups kept per assessment</source>
        <translation>Aufbewahrte Sicherungen je Bewertung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Sichern alle</translation>
    </message>
    <message>
        <source>Backup f&amp;older:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Backups &amp;kept per assessment:</source>
        <translation>Aufbewahrte Sicherungen &amp;je Bewertung:</translation>
    </message>
    <message>
        <source>Back up &amp;every (while there are changes):</source>
        <translation>Sichern &amp;alle (solange es Änderungen gibt):</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffBanner</name>
    <message>
        <source>Signed off by %1 (%2) on %3 — fingerprint %4. The assessment is read-only; Assessment ▸ Reopen for changes… starts a new revision.</source>
        <translation>Freigegeben von %1 (%2) am %3 — Fingerabdruck %4. Die Bewertung ist schreibgeschützt; Bewertung ▸ Für Änderungen wieder öffnen… beginnt eine neue Revision.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffDialog</name>
    <message>
        <source>Sign off assessment</source>
        <translation>Bewertung freigeben</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>After the sign-off the assessment is read-only. Its fingerprint (SHA-256 over every answer, note, evidence hash and action) is stored with the signed state. Reopening it for changes starts a new revision; this one stays in the file.</source>
        <translation>Nach der Freigabe ist die Bewertung schreibgeschützt. Ihr Fingerabdruck (SHA-256 über alle Antworten, Notizen, Nachweis-Hashes und Maßnahmen) wird mit dem freigegebenen Stand gespeichert. Ein Wiederöffnen für Änderungen beginnt eine neue Revision; diese bleibt in der Datei.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>DPO &amp;name:</source>
        <translation>&amp;Name des DSB:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Stellungnahme:</translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffHistoryDialog</name>
    <message>
        <source>&amp;Export report of this revision…</source>
        <translation>Bericht dieser Revision &amp;exportieren …</translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation>Freigabeverlauf</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This assessment has not been signed off yet.</source>
        <translation>Diese Bewertung wurde noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Each signed revision&apos;s state is kept in the file; its report is rendered from that state, not from today&apos;s answers.</source>
        <translation>Der freigegebene Stand jeder Revision bleibt in der Datei; ihr Bericht wird aus diesem Stand erstellt, nicht aus den heutigen Antworten.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::StartPage</name>
    <message>
        <source>GDPR Readiness</source>
        <translation>GDPR Readiness</translation>
    </message>
    <message>
        <source>Assess how ready an organisation is for the GDPR and PECR, gather the evidence and plan the actions.</source>
        <translation>Bewerten Sie, wie bereit eine Organisation für DSGVO und PECR ist, sammeln Sie Nachweise und planen Sie Maßnahmen.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <source>&amp;Open assessment…</source>
        <translation>Bewertung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo assessment</source>
        <translation>&amp;Demo-Bewertung ausprobieren</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <source>Try the demo assessment</source>
        <translation>Demo-Bewertung ausprobieren</translation>
    </message>
    <message>
        <source>Opens a copy of the demo: the installed file is never changed.</source>
        <translation>Öffnet eine Kopie der Demo: Die installierte Datei wird nie verändert.</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Zuletzt geöffnete Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation>&amp;Zuletzt geöffnete Bewertungen</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>No recent assessments yet.</source>
        <translation>Noch keine zuletzt geöffneten Bewertungen.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::TemplateActions</name>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>The organisation profile and the scope answers are saved, nothing else (no other answers, notes on them, evidence or actions). Template name:</source>
        <translation>Gespeichert werden das Organisationsprofil und die Antworten zum Anwendungsbereich, sonst nichts (keine anderen Antworten, keine Notizen dazu, keine Nachweise, keine Maßnahmen). Name der Vorlage:</translation>
    </message>
    <message>
        <source>No template was saved.</source>
        <translation>Es wurde keine Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Replace it?</source>
        <translation>Eine Vorlage „%1“ gibt es bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>No template: start empty</source>
        <translation>Keine Vorlage: leer beginnen</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (nicht verwendbar)</translation>
    </message>
</context>
<context>
    <name>readiness::ui::ToReviewLabel</name>
    <message>
        <source>Every carried-over answer reviewed</source>
        <translation>Alle übernommenen Antworten geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 carried-over answers to review</source>
        <translation>%1 von %2 übernommenen Antworten zu prüfen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WalkthroughPage</name>
    <message>
        <source>Filter by text or reference (Ctrl+F)</source>
        <translation>Nach Text oder Rechtsgrundlage filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>Next &amp;unanswered question</source>
        <translation>Nächste &amp;unbeantwortete Frage</translation>
    </message>
    <message>
        <source>&amp;Find question</source>
        <translation>Frage &amp;suchen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopActions</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Start &amp;workshop…</source>
        <translation>Workshop &amp;beginnen…</translation>
    </message>
    <message>
        <source>Start workshop</source>
        <translation>Workshop beginnen</translation>
    </message>
    <message>
        <source>The workshop was not started.</source>
        <translation>Der Workshop wurde nicht begonnen.</translation>
    </message>
    <message>
        <source>End workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>End the workshop now? Participants and parked questions stay in the file; the summary can be written now or later.</source>
        <translation>Den Workshop jetzt beenden? Teilnehmende und zurückgestellte Fragen bleiben in der Datei; das Protokoll lässt sich jetzt oder später schreiben.</translation>
    </message>
    <message>
        <source>End and write summary…</source>
        <translation>Beenden und Protokoll schreiben…</translation>
    </message>
    <message>
        <source>The workshop was not ended.</source>
        <translation>Der Workshop wurde nicht beendet.</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Workshop-Protokoll</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>En&amp;d workshop…</source>
        <translation>Workshop be&amp;enden…</translation>
    </message>
    <message>
        <source>Wor&amp;kshop summary…</source>
        <translation>Workshop-&amp;Protokoll…</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopBar</name>
    <message>
        <source>&amp;Park question…</source>
        <translation>Frage &amp;zurückstellen…</translation>
    </message>
    <message>
        <source>Answer given by</source>
        <translation>Antwort gegeben von</translation>
    </message>
    <message>
        <source>Who gives the answer: recorded with it while the workshop runs</source>
        <translation>Wer die Antwort gibt: wird während des Workshops mit ihr gespeichert</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the section timer</source>
        <translation>Zeitmessung des Abschnitts anhalten</translation>
    </message>
    <message>
        <source>Answer &amp;given by:</source>
        <translation>Antwort &amp;gegeben von:</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— nicht erfasst —</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>Gegeben von %1</translation>
    </message>
    <message>
        <source>The question&apos;s history lists every answer and who gave it</source>
        <translation>Der Verlauf der Frage zeigt jede Antwort und wer sie gegeben hat</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>Time on the section “%1” in this workshop</source>
        <translation>Zeit für den Abschnitt „%1“ in diesem Workshop</translation>
    </message>
    <message>
        <source>Park question</source>
        <translation>Frage zurückstellen</translation>
    </message>
    <message>
        <source>What to come back to (optional):</source>
        <translation>Was noch zu klären ist (optional):</translation>
    </message>
    <message>
        <source>The question was not parked.</source>
        <translation>Die Frage wurde nicht zurückgestellt.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopController</name>
    <message>
        <source>Add participant %1</source>
        <translation>Teilnehmende Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Teilnehmende Person %1 entfernen</translation>
    </message>
    <message>
        <source>Change participant %1</source>
        <translation>Teilnehmende Person %1 ändern</translation>
    </message>
    <message>
        <source>Park %1</source>
        <translation>%1 zurückstellen</translation>
    </message>
    <message>
        <source>Resolve parked question</source>
        <translation>Zurückgestellte Frage erledigen</translation>
    </message>
    <message>
        <source>Reopen parked question</source>
        <translation>Zurückgestellte Frage wieder öffnen</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopPanel</name>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Offene Punkte (Parkplatz)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;End workshop…</source>
        <translation>Workshop &amp;beenden…</translation>
    </message>
    <message>
        <source>Workshop s&amp;ummary…</source>
        <translation>Workshop-&amp;Protokoll…</translation>
    </message>
    <message>
        <source>Parking lot (double-click to go back to a question)</source>
        <translation>Offene Punkte (Doppelklick führt zurück zur Frage)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Workshop “%1” since %2</source>
        <translation>Workshop „%1“ seit %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>No workshop running</source>
        <translation>Kein Workshop läuft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open: come back to it</source>
        <translation>Offen: darauf zurückkommen</translation>
    </message>
    <message>
        <source>Section “%1”: %2</source>
        <translation>Abschnitt „%1“: %2</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>The participant was not added.</source>
        <translation>Die Person wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Teilnehmende Person ändern</translation>
    </message>
    <message>
        <source>The participant was not changed.</source>
        <translation>Die Person wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopStartDialog</name>
    <message>
        <source>Start workshop</source>
        <translation>Workshop beginnen</translation>
    </message>
    <message>
        <source>e.g. Kick-off with HR and IT</source>
        <translation>z. B. Auftakt mit Personal und IT</translation>
    </message>
    <message>
        <source>Anna Schmidt, Head of HR
Ben Okafor, IT Security</source>
        <translation>Anna Schmidt, Leitung Personal
Ben Okafor, IT-Sicherheit</translation>
    </message>
    <message>
        <source>While the workshop runs, each answer can record who gave it, every section&apos;s time is counted, and questions can be parked to come back to. At the end, write the workshop summary as PDF.</source>
        <translation>Während der Workshop läuft, kann jede Antwort festhalten, wer sie gegeben hat, die Zeit je Abschnitt wird gemessen, und Fragen lassen sich zurückstellen, um später darauf zurückzukommen. Am Ende wird das Workshop-Protokoll als PDF geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Participants (name, role; one a line):</source>
        <translation>&amp;Teilnehmende (Name, Funktion; eine Person je Zeile):</translation>
    </message>
</context>
<context>
    <name>readiness::workshop::Workshop</name>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>no workshop session is running in %1; start one first</source>
        <translation>in %1 läuft keine Workshop-Sitzung; beginnen Sie zuerst eine</translation>
    </message>
    <message>
        <source>two participants are called &apos;%1&apos;; tell them apart (e.g. &apos;Anna S.&apos;)</source>
        <translation>zwei Teilnehmende heißen „%1“; unterscheiden Sie sie (z. B. „Anna S.“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a participant of workshop session %2 (participants: %3)</source>
        <translation>„%1“ nimmt nicht an Workshop-Sitzung %2 teil (Teilnehmende: %3)</translation>
    </message>
    <message>
        <source>%1 participants of workshop session %2 are called &apos;%3&apos;</source>
        <translation>%1 Teilnehmende der Workshop-Sitzung %2 heißen „%3“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a participant of workshop session %2</source>
        <translation>„%1“ nimmt bereits an Workshop-Sitzung %2 teil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not on the parking lot (or is resolved already)</source>
        <translation>„%1“ ist nicht unter den offenen Punkten (oder bereits erledigt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no resolved entry on the parking lot to reopen</source>
        <translation>„%1“ hat keinen erledigten Eintrag unter den offenen Punkten, der wieder geöffnet werden kann</translation>
    </message>
</context>
<context>
    <name>readiness::workshop::WorkshopRepository</name>
    <message>
        <source>a participant needs a name</source>
        <translation>eine teilnehmende Person braucht einen Namen</translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation>der Name der teilnehmenden Person</translation>
    </message>
    <message>
        <source>the participant&apos;s role</source>
        <translation>die Funktion der teilnehmenden Person</translation>
    </message>
    <message>
        <source>this file&apos;s format is older than %1; open it for writing to upgrade it</source>
        <translation>das Format dieser Datei ist älter als %1; öffnen Sie sie zum Schreiben, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>the session&apos;s title</source>
        <translation>der Titel der Sitzung</translation>
    </message>
    <message>
        <source>workshop session %1 is still running; end it first</source>
        <translation>Workshop-Sitzung %1 läuft noch; beenden Sie sie zuerst</translation>
    </message>
    <message>
        <source>workshop session %1 is not running</source>
        <translation>Workshop-Sitzung %1 läuft nicht</translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation>es gibt keine teilnehmende Person %1</translation>
    </message>
    <message>
        <source>participant %1 is not in the running session %2</source>
        <translation>die teilnehmende Person %1 gehört nicht zur laufenden Sitzung %2</translation>
    </message>
    <message>
        <source>the parking-lot note</source>
        <translation>die Notiz zum offenen Punkt</translation>
    </message>
    <message>
        <source>there is no parked question %1</source>
        <translation>es gibt keine zurückgestellte Frage %1</translation>
    </message>
    <message>
        <source>a section&apos;s time cannot be negative</source>
        <translation>die Zeit eines Abschnitts kann nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>readiness::workshop::WorkshopSummary</name>
    <message>
        <source>%1 has no workshop session</source>
        <translation>%1 hat keine Workshop-Sitzung</translation>
    </message>
    <message>
        <source>there is no workshop session %1 in this assessment (sessions: %2)</source>
        <translation>in dieser Bewertung gibt es keine Workshop-Sitzung %1 (Sitzungen: %2)</translation>
    </message>
</context>
</TS>
