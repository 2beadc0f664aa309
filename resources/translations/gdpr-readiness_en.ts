<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmCarriedCommand</name>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Check questionnaire files and report every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer to one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files to a question (evidence add FILE QUESTION PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the readiness score per section and overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and working days to (or since) a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum fines of Art 83(4) and 83(5) for a turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit a CRM and Mailchimp export for GDPR and PECR risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the change log&apos;s hash chain, evidence hashes and sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the DPO&apos;s sign-off; the assessment becomes read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a signed-off assessment for changes (a new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gdpr-readiness [FILE.gdpra]            start the application
       gdpr-readiness COMMAND [options] ...   run a command headless

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help: COMMAND --help
  -v, --version  Show the version

Exit status: 0 success, 1 a problem with a file or data (the message names it), 2 wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gdpr-readiness: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org NAME and --questionnaire ID are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--turnover needs a non-negative amount and --currency EUR|GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency must be EUR or GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR readiness assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target-date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2: %3 questionnaire(s), %4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: en or de; default: the locale&apos;s (LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en or de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf or odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the readiness report (PDF or ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gdpr-readiness: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop application cannot start. The commands below work without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare assessments of one organisation: score changes, gaps, trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or confirm the answers carried over from the previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the assessment templates (new --template NAME starts from one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked backup of an assessment file (backup FILE [--to DIR])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups of an assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in place of an assessment file (restore FILE BACKUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per assessment of a client folder (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUTDIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder&apos;s reports are written as PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; create it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment files (*.gdpra) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 of %2 reports to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 and %2 are the same assessment file (file id %3), or copies of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is an assessment of &quot;%2&quot;, %3 of &quot;%4&quot;; compared all the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 assessments, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From [%1] to [%2]: overall %3 points, critical gaps %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire %1: version %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly critical (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved critical gaps (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that went down (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that went up (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions added (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions removed (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for changes in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be read (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revision must be a revision number: 1, 2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every answer as JSON, CSV or Excel (xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) carried over, %2 to review until confirmed or changed (gdpr-readiness review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence file(s) copied (%2), each with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open action(s) carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1 moved from version %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1 %2 has a newer version %3 (not moved; use --move-questionnaires):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reworded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) kept as history only: their question was removed or cannot take the old value (shown in the report&apos;s appendix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 carried answer(s); %2 still to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 carried answer(s) still to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 from template &apos;%3&apos;: %4 scope answer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scope answer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT.pdf or --json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session needs a session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a workshop session&apos;s summary (PDF or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop session: start, end, participants, parking lot (workshop --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the answer: a participant of the running workshop session (see: workshop participants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a workshop session: who is in the room, and from then on who gives each answer (answer --given-by), the parking lot and the summary. One session runs at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant, &quot;Name, Role&quot; (the role follows the first comma); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started workshop session %1 &quot;%2&quot; in %3 at %4 with %5 participant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the running workshop session. Its participants and parked questions stay in the file; write its summary with workshop-summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended workshop session %1 &quot;%2&quot; (%3 - %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its summary: gdpr-readiness workshop-summary %1 --session %2 -o SUMMARY.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workshop sessions of an assessment, oldest first: start, end, participants, answers given and questions parked in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop sessions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 &quot;%2&quot;: %3 - %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) given, %2 question(s) parked; participants: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the participants of the running workshop session (or of the latest, or of --session ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id (see: workshop sessions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 &quot;%2&quot; (%3): %4 participant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant to the running workshop session. Names must differ: answer --given-by and remove-participant name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role, e.g. &quot;Head of HR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to workshop session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a participant from the running workshop session. The answers they gave keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from workshop session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a question on the parking lot of the running workshop session, with a note on what to come back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question id, or questionnaire-id:question-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to come back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a parked question as resolved (it stays on the parking lot, ticked), or open it again with --reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a resolved parked question again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1 on the parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1 on the parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the parking lot of an assessment (all sessions), oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the questions not resolved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parking lot is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session (--title, --participant &quot;Name, Role&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the running session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sessions with their counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a session&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (NAME [--role ROLE])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a participant (NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park a question (QUESTION [NOTE])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a parked question, or --reopen it (QUESTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gdpr-readiness workshop ACTION FILE [arguments] [options]
A workshop session on the command line; who gave an answer: answer FILE QUESTION VALUE --given-by NAME.
Help on one action: gdpr-readiness workshop ACTION --help

Actions:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the change (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment id within the file (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assessment needs a number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no assessment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new assessment file. It is never written over an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire to include, by id (%1) or file path; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file (.gdpra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next audit or board date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German Land (Bundesland) of an organisation in Germany, e.g. BY or Bayern: its public holidays count in working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual turnover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the turnover: EUR or GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build from an assessment description (JSON, see docs/assessment-spec.md) instead of the options above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next review from a previous assessment file: organisation, answers, notes, evidence and open actions are carried over, every answer marked to review. The previous file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from-previous: move to newer versions of the bundled questionnaires where there are any (answers move by question id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template (a name from `gdpr-readiness templates`, or a .json file): its organisation profile and scope answers; --org, --title and --assessor override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer to one question. VALUE depends on the question: a level of the scale (0-4) or na; yes, no or na; an option id; option ids joined by commas; text; a date YYYY-MM-DD. An empty VALUE clears the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the answer (replaces the previous note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 does not apply to an organisation in %2 (it is for %3 only); it is stored but not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 does not apply with the current scoping answers; it is stored but not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence to a question: evidence add FILE QUESTION PATH... The files&apos; bytes are stored inside the assessment file with their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit per file in MiB (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected: add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size must be a positive number of MiB, at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness per section and overall with RAG rating, coverage and critical gaps. The method is in docs/scoring.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (default: FILE.backups beside the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent, checked copy of an assessment file (VACUUM INTO) into its backup folder and keep the newest N there. Safe while the application has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups of the file to keep (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word for the name (default: manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep needs a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups of an assessment file, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each backup (integrity_check) and say whether it is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in place of an assessment file. The backup must pass the checks and the file must not be open for writing. The file as it was is backed up first (reason before-restore); a damaged file is kept, renamed, beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore (see: gdpr-readiness backups FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest good backup is %1 (%2, %3); restore it with: gdpr-readiness restore %4 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two or more assessments of the same organisation, oldest first by assessment date: the score per section and overall, newly critical and resolved gaps, answers that went down or up, questions added or removed between questionnaire versions. The files are opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment files (two or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE FILE [FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (docs/lifecycle.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit a CRM contacts export (Dynamics 365, or any CRM with --map) against the consent log and the Mailchimp audience: duplicates, consent conflicts, stale records, invalid e-mails and phones, unprovable consent, ignored opt-outs, and the CRM &lt;-&gt; Mailchimp cross-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.gdpra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment the audit belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts export (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent-event log (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOG.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp members export, CSV or zip (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping for a CRM other than Dynamics 365 (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPING.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period for the stale rule (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit date YYYY-MM-DD (default: the export date, the latest Modified On).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of phone numbers whose record has none (default GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run libphonenumber&apos;s validity check on every number (the &quot;questionable number&quot; warning); it costs about 20 us per number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the fix files: contacts_fixes.csv (re-import), merge_list.csv, mailchimp_unsubscribe.csv. They hold personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write per-record and per-address findings as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINDINGS.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the stored run to the crm-data-quality questions: its summary as evidence, one action per finding type (nothing is added twice), and print the suggested levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the maturity level the figures suggest per question (answers are not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contacts CONTACTS.csv is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retention-years needs a whole number of years (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: the audit run cannot be stored in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix files written (they contain personal data; keep them safe and delete them after the import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit run %1 was stored, but linking it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed off (revision %2, by %3, %4, on %5) and read-only; to change it, reopen it first: gdpr-readiness reopen %1 --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file was not altered behind the application&apos;s back: the change log&apos;s hash chain, every evidence file against its SHA-256, and every DPO sign-off against its fingerprint. Exits 1 naming the first entry that does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2, %3): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the DPO&apos;s sign-off: the assessment becomes read-only and its fingerprint (SHA-256 over every answer, note, evidence hash and action) is stored with the signed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the opinion from a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name, --role and one of --opinion or --opinion-file are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a signed-off assessment for changes. A new revision starts; the signed state stays in the file, and verify keeps checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reopened (recorded in the change log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per assessment file (*.gdpra) of a folder: organisation, score and RAG, coverage, critical gaps, overdue actions, next key date, sign-off, last change. Files are read without being changed; a file that cannot be read is listed with the reason. Exit status: 0 every file was read, 1 a file (listed) or the folder could not be read, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of assessment files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the readiness report of an assessment: cover, executive summary, detail by section, action plan, fine exposure, evidence manifest and method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment file (.gdpra); opened read-only. A folder: every assessment in it, one PDF each into the folder -o names (docs/portfolio.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file (for a folder: the folder) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: write again reports an earlier run wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: reports written at once (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (default) or odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous assessment to compare with in &quot;Since last review&quot; (default: the one this assessment names as its predecessor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report signed revision N as it was signed off, from its stored snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every answer of an assessment (questionnaire, section, question, references, answer, level, note, evidence count, actions) as JSON, CSV or an Excel workbook (xlsx: answers, action plan, evidence, section scores). See docs/export-format.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment file (.gdpra); opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format json|csv|xlsx is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the answers carried over from the previous assessment that still wait for review, or confirm them as still right. Changing an answer (gdpr-readiness answer) also ends its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this carried answer (question id); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm every carried answer still to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the carried answers as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the assessment templates (organisation profile and scope answers) in the templates folder: %1 (GDPR_READINESS_TEMPLATES_DIR overrides it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check questionnaire files. Every problem is reported with file, line:column and JSON path. Exit 0 when all files are valid, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days, weekdays (Mon-Fri) and working days (weekdays less public holidays) from one date to another. The earlier day counts, the later day does not. A date in the past counts since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date (YYYY-MM-DD, &apos;today&apos; or &apos;gdpr&apos; for 2018-05-25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates must be YYYY-MM-DD, &apos;today&apos; or &apos;gdpr&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the holiday calendar covers %1-%2 only; holidays outside it are not subtracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum administrative fines of Art 83(4) and Art 83(5) for the total worldwide annual turnover of the undertaking (for a company in a group: the whole group&apos;s, Recital 150, CJEU C-807/21): the higher of the fixed amount and the percentage. EUR gives the EU GDPR figures, GBP the UK GDPR and PECR ones. These are legal maxima, not a prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total worldwide annual turnover of the preceding financial year of the undertaking (the whole group where the organisation belongs to one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR or GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is a public authority or body, not an undertaking: no percentage limb (Art 83(7) lets national law limit or exclude fines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--turnover AMOUNT and --currency EUR|GBP are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary of a workshop session: participants, the answers given per section and who gave them, the time per section, the parking lot and the actions created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON instead of writing a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 (%2, sha256 %3) for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, sha256 %3) to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall readiness: %1  %2   coverage %3 (%4 of %5 answered)   critical gaps: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical gaps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, integrity checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of questionnaire texts: en or de; default: the locale&apos;s (LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM data audit of %1 contacts (as of %2, stale before %3) in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate clusters, %2 matched pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consent-log rows skipped (unknown channel or event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as audit run %1 in %2 (record numbers, CRM ids and counts only; no names, e-mail addresses or phone numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1: %2 evidence items and %3 actions added (%4 and %5 already linked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested maturity levels (answers unchanged; accept them in the application or with `answer`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (current: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verified: %2 change-log entries chained (head %3…), %4 evidence file(s) match their SHA-256, %5 sign-off(s) match their fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1, %2 on %3 (revision %4) — fingerprint %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1 for changes: revision %2 starts; the signed revision stays in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of texts: en or de; default: the locale&apos;s (LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (%2 %3, %4 sections, %5 questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar days since %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar days until %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weekdays (Mon-Fri; the earlier day counts, the later does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days less %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, undertaking&apos;s worldwide annual turnover %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the higher of %1 and %2 of turnover = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are legal maxima, not a prediction of any fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too-new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AnswerValue</name>
    <message>
        <source>question &apos;%1&apos; cannot be answered &apos;not applicable&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level of the scale for &apos;%2&apos;; expected one of %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer to yes/no question &apos;%2&apos;; expected yes, no%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentCheck</name>
    <message>
        <source>cannot build the reference schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The file was not changed. A log file (%1-wal) lies beside it: if that came from another file (copied or restored separately), move it away and try again; otherwise restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GDPR Readiness assessment file (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GDPR Readiness assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of GDPR Readiness (file format %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 or its log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file beside it named %2-wal is not an SQLite log, and SQLite would discard it. Move it away (or rename it) and try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: its log %2-wal belongs to another database (page size %3, this file has %4), and replaying it would damage the file. Move the log away and try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the log beside it (%2-wal) belongs to another assessment file, and replaying it would mix that file&apos;s pages into this one. Move the log away and try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unfinished change (%2-journal beside it) that only opening it for writing can finish. Open it once in GDPR Readiness (or with a command that changes it), then try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (missing or changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains database objects GDPR Readiness does not make or has changed ones (%2). They could run during your changes and alter or hide answers, so the file is not opened. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch off trusted_schema on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentDocument</name>
    <message>
        <source>the organisation needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment needs at least one questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored copy of questionnaire &apos;%2&apos; does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessment %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; in this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in more than one questionnaire; write it as questionnaire-id:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a critical question: answering it &quot;not applicable&quot; needs a written reason in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key date needs a label and a valid date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentFile</name>
    <message>
        <source>cannot start a change in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was lost. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query ran far too long and was stopped (the file may be crafted to hang the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch to WAL journal mode (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy storing a data-audit run; nothing was changed: try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy storing a data-audit run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 a second time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup could be made before the upgrade, so the file was left at format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to file format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (nothing was overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: names ending in %2 are kept for the files SQLite and the lock keep beside an assessment; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the name is taken or the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is); it can be opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentLock</name>
    <message>
        <source>%1 is open in another GDPR Readiness window (process %2 on %3); close it there first, or open this file read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing in another GDPR Readiness window or program (possibly under another name for the same file); close it there first, or open this file read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 names on this disk (hard links, as some backup and snapshot tools make). SQLite keeps its log beside each name, so saving under two names can lose answers; it is not opened for writing. Make an independent copy (for example: cp %1 copy.gdpra) and work on the copy, or open this file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: took over the lock left by process %2 on %3, which is no longer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1.lock: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2.lock is in use); close it there first, or open this file read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program and the lock could not be taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: took over an empty lock file left by a program that stopped while opening it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentName</name>
    <message>
        <source>%1: the name is not valid UTF-8, and an assessment can only be kept under a name that is (SQLite takes UTF-8 file names); nothing was created or changed. Rename it, e.g. to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentOpener</name>
    <message>
        <source>the assessment was already taken from this opener</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentRepository</name>
    <message>
        <source>no assessment %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment already includes questionnaire &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentSpec</name>
    <message>
        <source>the assessment description has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the spec&apos;s folder %2: evidence files must be named relative to it, without &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new assessment to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AssessmentTemplate</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire &apos;%1&apos; is not one of the bundled questionnaires (%2); a template can only name bundled ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1 (a newer program may have written this template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;organisation&apos; must be an object with at least a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be EUR or GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;questionnaires&apos; must list at least one bundled questionnaire id (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the id of a bundled questionnaire (%1); a template names no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &apos;question&apos; and &apos;value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be QUESTIONNAIRE:QUESTION with a questionnaire the template lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire &apos;%1&apos; has no question &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scoping question: a template carries the scope, never another client&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AtomicOutputFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::AuditRepository</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older file format without audit runs; open it for writing to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store of %1 was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit run %1: the file has no audit runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::EvidenceStore</name>
    <message>
        <source>evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, over the evidence size limit of %3; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1 cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence %1 in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &apos;%1&apos; is incomplete in the file (chunk %2 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export of &apos;%1&apos; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &apos;%1&apos; does not match its SHA-256; the stored copy is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::FineExposure</name>
    <message>
        <source>ePrivacy (cookies, electronic marketing): penalties are set by each member state&apos;s law (ePrivacy Directive Art 15a); there is no EU-wide maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authorities and bodies: each member state decides whether and to what extent fines may be imposed on them (GDPR Art 83(7)); Germany imposes none on public bodies (BDSG § 43(3)). The figures are the ceiling where fines are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PECR: maximum penalty aligned with the UK GDPR higher maximum since 5 February 2026 (Data (Use and Access) Act 2025); £500,000 for infringements before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authorities: the percentage applies only to undertakings, so a public body that is not an undertaking faces the fixed amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage is of the undertaking&apos;s total worldwide annual turnover of the preceding financial year: for a company in a group, the whole group&apos;s turnover (GDPR Recital 150; CJEU C-807/21 Deutsche Wohnen, 5 December 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnover must be a non-negative amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnover %1 is not plausible: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency must be EUR or GBP (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::GermanLand</name>
    <message>
        <source>&apos;%1&apos; is not a German Land (Bundesland): give a code such as BY or a name such as Bayern or Bavaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Land (%1) is only for an organisation in Germany, not in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::HolidayCalendar</name>
    <message>
        <source>%1: cannot read the holiday calendar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the holiday calendar is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing calendar id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_year and last_year must give a range of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the holiday calendar has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown holiday calendar &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::InputFile</name>
    <message>
        <source>cannot read the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe); give the %2 as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large for a %3 (at most %4 bytes); nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew over %2 bytes while it was read; nothing was used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::JsonSource</name>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected content after the end of the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal; expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; expected a quoted member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside an object; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside an array; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string (line break inside a string)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::OutputPathGuard</name>
    <message>
        <source>the assessment file %1 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which belongs to the open assessment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write %1: it is %2. Choose another name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write %1: it is %2, an input of this run. Choose another name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::QueryBudget</name>
    <message>
        <source>cannot bound the queries of this connection (not SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bound the queries of a closed connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bound the queries of this connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::QuestionnaireLibrary</name>
    <message>
        <source>no questionnaire &apos;%1&apos; (bundled: %2; or give a file path)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::QuestionnaireLoader</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case words of letters and digits joined by &apos;-&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or an object of language tags, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localised text must have an English (&apos;en&apos;) entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight must be greater than 0 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected at least %n item(s)</source>
        <translation>
            <numerusform>expected at least %n item</numerusform>
            <numerusform>expected at least %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a recognised reference (e.g. &apos;GDPR Art 5(1)(a)&apos;, &apos;PECR reg 22(3)&apos;, &apos;Recital 39&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale levels out of order: %1 follows %2 (values must increase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest scale level must have value 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a percentage above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red_below (%1) must be below amber_below (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options apply only to choice and multichoice questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate option id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs exactly one of &apos;equals&apos;, &apos;not_equals&apos;, &apos;in&apos; or &apos;contains&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an earlier question; applies_if may only refer to questions before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; in this questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;contains&apos; applies only to multichoice questions; &apos;%1&apos; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible answer to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a jurisdiction code such as &apos;EU&apos;, &apos;UK&apos; or &apos;DE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate question id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected maturity, yesno, choice, multichoice, text or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only scored questions can be critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions in a scoping section cannot be critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate section id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported questionnaire format %1 (this version reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version (MAJOR.MINOR.PATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the questionnaire has %n problem(s)</source>
        <translation>
            <numerusform>%1: the questionnaire has %n problem</numerusform>
            <numerusform>%1: the questionnaire has %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ReportModel</name>
    <message>
        <source>%1 has no assessment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CRM audit runs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::StorageError</name>
    <message>
        <source>%1: the disk is full; nothing was lost. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::TemplateLibrary</name>
    <message>
        <source>there is no template &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (there are none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (there are: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s name &apos;%1&apos; has no letters or digits to name its file by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the templates folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template named &apos;%1&apos; exists already (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::TextLimits</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key date label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::backup::BackupRestore</name>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the restored copy beside %1 (is the disk full?); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not restored: the backup does not pass the checks (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not restored: its write-ahead log is still there (another program may have it open); close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the backup in place of %1; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::backup::Backups</name>
    <message>
        <source>the file is too short to be an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the copy to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up %1: the disk holding %2 is full. The assessment is unaffected and the unfinished copy was removed; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a self-contained backup (it is in write-ahead-log mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::compare::AssessmentSeries</name>
    <message>
        <source>%1 and %2 are the same assessment file (file id %3), or copies of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an assessment of &quot;%2&quot;, %3 of &quot;%4&quot;: compared all the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison needs at least two assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::AuditLinking</name>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any finding where an objection or opt-out is not honoured caps the level at 1; above 1 % at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 1 % gives 2, up to 5 % gives 1, above 5 % gives 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4 (%5); %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The data shows the control working at this audit; 4 (Embedded) needs evidence that the check is routine, which one run cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM data audit run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment has no %1 questionnaire, so the audit cannot be linked to its questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit run %1 belongs to another assessment of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the evidence text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level suggested by the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::AuditRules</name>
    <message>
        <source>Duplicate of another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates disagree on consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not modified or used within the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number libphonenumber does not consider valid (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing allowed without provable consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out in the log, marketing still allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent confirmed before it was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM allows e-mail, Mailchimp has the address unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM allows e-mail, Mailchimp cleaned the address (bounced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM record allows e-mail, Mailchimp has it subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed in Mailchimp, in no CRM record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed with a confirmation but no opt-in time (single opt-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in time later than the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 5(1)(d) accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 7(3), Art 21(3); PECR reg 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 5(1)(e) storage limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 7(1); PECR reg 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 21(3); Art 7(3); PECR reg 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 7(1); Art 5(2) accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 21(3); PECR reg 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 5(2), Art 30; Art 7(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 7(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art 7(1); Art 5(2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::AuditSources</name>
    <message>
        <source>CRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip no longer holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (%2); the details of this run cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed since the audit (%2 bytes then, %3 now, or different contents); the details of this run cannot be shown, run the audit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping stored with run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::ByteSource</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::ColumnMapping</name>
    <message>
        <source>column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a column mapping must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;columns&quot; must be an object mapping roles to column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns.%2 is not a role; roles are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns.%2 must be a column header (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dateFormat &apos;%2&apos; needs dd, MM and yyyy (and HH with mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a %2 file: missing required column(s) %3; the file has: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::ConsentLog</name>
    <message>
        <source>%1: not a consent-event log: missing column(s) %2; the file has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::ContactsReader</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(For a contacts export from another CRM, give a column mapping: --map FILE.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent value (expected &apos;Allow&apos; or &apos;Do Not Allow&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no modification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has a header but no contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::CrmAudit</name>
    <message>
        <source>Reading the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-checking Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::CsvReader</name>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nor Windows-1252 (0x%1 is undefined there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the file has UTF-8 before it, so it is not Windows-1252 either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8: byte 0x%1 at position %2 of the field, %3: save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 at position %2 of the field is not Windows-1252, which the file is read as (it is not UTF-8 either): save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the record is longer than %1 MiB; a quote that opens on line %2 or soon after probably never closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields: %1 where the header has %2 (an unquoted comma?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few fields: %1 where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is UTF-16; save it as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is empty (no header, no records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-letter typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::FixFiles</name>
    <message>
        <source>%1: no such folder for the fix files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed since the audit read it; run the audit again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::crm::MailchimpAudience</name>
    <message>
        <source> (the zip is damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Mailchimp members export: it needs &apos;Email Address&apos;, OPTIN_TIME, CONFIRM_TIME and LEID; the file has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (YYYY-MM-DD HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable zip: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip has no Mailchimp members export (subscribed_members_export*.csv, unsubscribed_…, cleaned_…); it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::lifecycle::LifecycleRepository</name>
    <message>
        <source>the assessment is signed off (revision %1, by %2 on %3) and read-only; reopen it for changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file&apos;s format is older than %1; open it for writing to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off needs the DPO&apos;s name, role and opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the assessment is reopened (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment is not signed off; there is nothing to reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::lifecycle::RevisionDocument</name>
    <message>
        <source>%1 has no signed revision %2: the assessment was never signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signed revision %2; signed revisions: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the snapshot of revision %2 is not a state this version can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: questionnaire %2 of revision %3 is no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the evidence %2 (SHA-256 %3) of the signed revision is no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revision %2 cannot be reported: its stored state does not match its fingerprint %3; the file was altered (gdpr-readiness verify %1 names where)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::lifecycle::TrailVerifier</name>
    <message>
        <source>the file is in format %1, written before the change log was hash-chained (format %2); open it for writing once to start the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was deleted from the change log after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not in the hash chain: it was added behind the application&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry does not follow the one before it in the chain: an earlier entry was removed, inserted or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry&apos;s content does not match its hash: it was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored bytes do not match the file&apos;s SHA-256 %1: the content was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 differs from the one the change log recorded (%1): the file was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed state does not match its fingerprint %1: it was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off has no entry in the change log: it was added behind the application&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off (name, role, opinion, date or fingerprint) differs from what the change log recorded when it was signed: it was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment&apos;s content no longer matches the signed fingerprint %1: answers, notes, evidence or actions were changed after the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::BatchReport</name>
    <message>
        <source>%1 exists and is not a plain file; nothing was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a GDPR Readiness report; nothing was overwritten (move it or choose another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten (use --replace to write the reports again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: the batch was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report took longer than %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report process crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report process ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::PortfolioReader</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unfinished change (%2-journal beside it) that only opening it for writing can finish; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by a program writing to it, or was left with unsaved changes in %2-wal; open it in GDPR Readiness to finish them (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by a program writing to it; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::PortfolioSample</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::PortfolioScanner</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: the scan was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::portfolio::QuestionnaireCache</name>
    <message>
        <source>%1: the stored copy of questionnaire &apos;%2&apos; does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::review::CarryOver</name>
    <message>
        <source>%1 holds no assessment to carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &apos;%1&apos; in %2 does not match its SHA-256 (%3); check the file with gdpr-readiness verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::review::ReviewRepository</name>
    <message>
        <source>this file has no carried-over answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a carried-over answer waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a confirmed carried-over answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AboutDialog</name>
    <message>
        <source>About GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-assessment of GDPR and PECR readiness for data-protection officers. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires in this assessment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionCommand</name>
    <message>
        <source>Add action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionDialog</name>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionPlanPage</name>
    <message>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerCommand</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentSession</name>
    <message>
        <source>The action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentView</name>
    <message>
        <source>&amp;Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditFindingsModel</name>
    <message numerus="yes">
        <source>%1 (%n records)</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditInputFiles</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditRunner</name>
    <message>
        <source>Storing the run in the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the files of run %1 are unchanged (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditRunsPanel</name>
    <message>
        <source>&amp;Accept suggested level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit runs stored in this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested maturity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggested level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create actions from the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns stored in this assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested &amp;levels (CRM questionnaire):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records, %3 duplicate clusters (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: a finished audit is stored here (counts and record ids, no personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the assessment as run %1 (counts and record ids only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be added as evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its summary is evidence on %n question(s).</source>
        <translation>
            <numerusform>Its summary is evidence on %n question.</numerusform>
            <numerusform>Its summary is evidence on %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: suggested %2 (answered: %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run suggests no level (no questionnaire question matches its figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “%1” to level %2 (now: %3)?

Why: %4

Your notes are kept; the reason is added to them. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level suggested by the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) added to the action plan</source>
        <translation>
            <numerusform>%n action added to the action plan</numerusform>
            <numerusform>%n actions added to the action plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already there.</source>
        <translation>
            <numerusform>; %n already there.</numerusform>
            <numerusform>; %n already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>readiness::ui::BackupController</name>
    <message>
        <source>No assessment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup could not be written. Your assessment is unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. Your assessment is unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was restored from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was is kept as a backup too (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good backup from %1 exists. You can open it read-only, or restore it: the damaged file is kept beside it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open newest good backup (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::CarriedBanner</name>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the carried-over answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is still right: it no longer needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer, a note only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from %1 — to review. Last time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was reworded since; last time it read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ClusterModel</name>
    <message>
        <source>Record %1 and record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow Bulk Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow Phone Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow Mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow Faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, differs within this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of this cluster disagree on “%1”. Merging them by “last modified wins” could re-open marketing to someone who objected: the survivor must take the most restrictive value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ColumnMappingDialog</name>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last included in a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contacts file is not a Dynamics 365 export. Choose which of its columns holds each item the audit checks; items marked * are required. The mapping is saved under its name and offered again for the next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values meaning do not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values meaning allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values meaning inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Do not allow” values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Allow” values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive status values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::CompareActions</name>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments (*.gdpra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same assessment file, or copies of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an assessment of “%2”, %3 of “%4”: compared all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly critical (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by assessment date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ComparisonTableModel</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::DashboardPage</name>
    <message>
        <source>Overall readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since GDPR applies (25 May 2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire shown in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section scores radar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer levels per section chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall readiness %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) (%1)</source>
        <translation>
            <numerusform>%n working day (%1)</numerusform>
            <numerusform>%n working days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section scores (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::DataAuditPage</name>
    <message>
        <source>Data audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the CRM contacts export, the consent-event log and the Mailchimp audience exports (CSV or zip) here, or choose them. Each file is recognised by its columns. The files are only read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the export date (the latest “Modified On” in the contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check phone numbers with &amp;libphonenumber (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code (GB, IE, DE …) used to read phone numbers of records whose country is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone countr&amp;y if blank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings per type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finding type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search CRM id or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fi&amp;x files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fix files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see its records side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (Dynamics 365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (mapping “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (needs a column mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet: drop them here or choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contacts export too: the audit starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM and Mailchimp exports (*.csv *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: the assessment is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored in the assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to cancel: the run had been stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: its files are unchanged (same SHA-256) and were read again to show its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of run %1 are not all there unchanged, so its records cannot be shown with names, e-mail addresses and phone numbers:
%2
Shown instead: record numbers, CRM ids, clusters and findings as stored in the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stored: %1 contacts as of %2, %3 duplicate clusters. Names, e-mail addresses and phone numbers are not stored with a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts audited in %2 s, as of %3 (stale: untouched since before %4). %5 duplicate clusters, %6 matched pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s files are not available unchanged: only ids are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate cluster: %n records side by side</source>
        <translation>
            <numerusform>Duplicate cluster: %n record side by side</numerusform>
            <numerusform>Duplicate cluster: %n records side by side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CRM records with this address: %n</source>
        <translation>
            <numerusform>CRM records with this address: %n</numerusform>
            <numerusform>CRM records with this address: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No CRM record has this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ The records disagree on “%1”: a merge must keep “Do Not Allow”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the fix files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix files contain personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix files hold names, e-mail addresses and phone numbers from the CRM. Keep them in a safe place (they are readable by you only), import them into the CRM and Mailchimp, then delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the fix files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix files were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix files written (personal data: delete them after the import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data a&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::DemoAssessment</name>
    <message>
        <source>The demo assessment is not installed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo assessment could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceCommand</name>
    <message>
        <source>Add evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceModel</name>
    <message>
        <source>%1
SHA-256 %2
added by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidencePanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::FindingTypes</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionable phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent unprovable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out not synced to CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced, still marketable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression not in Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Mailchimp only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::KeyDatesPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are counted from the earlier date up to the later one: the earlier day counts, the later day does not. Working days are Monday to Friday less the public holidays of the holiday calendar chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Board meeting, ICO fee renewal, DPIA review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::LifecycleActions</name>
    <message>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the signed-off assessment reopened? (Recorded in the change log; the signed revision stays in the file.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another window or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a second name on this disk (a hard link, as some backup tools make), so saving could lose answers. Make a copy of the file and work on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only to read it and produce reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a GDPR Readiness assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It has not been changed: restore it from a backup or send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains database triggers, views or tables that GDPR Readiness does not make. They could change or hide answers, so it is not opened. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was lost. Free some space and open “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unfinished change that only opening it for editing can finish. Open it normally (not read-only) once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of GDPR Readiness. Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;action from question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments (*.gdpra);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;previous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is not valid UTF-8, and an assessment can only be opened under a name that is. Rename the file, e.g. to “%2”; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export d&amp;ata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;kshop mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::NavigatorModel</name>
    <message>
        <source>Does not apply to %1: this question is for %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: applies only if “%1” is answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: applies only if “%1” is not answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: applies only if “%1” includes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the applicable questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, with evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, %3 to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to review] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from the previous assessment and not reviewed yet: confirm or change the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::NewAssessmentWizard</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is being assessed. Turnover is optional: it sizes the possible fines. Give the whole group&apos;s worldwide turnover: fines are set on the undertaking, which is the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires are frozen into the file, so the assessment stays as it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questionnaire file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR readiness assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is kept in this one file: answers, evidence and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments (*.gdpra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency of the annual turnover (EUR or GBP), or leave the turnover at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A questionnaire could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was created, but not every scope answer of the template was taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::NewFromPreviousDialog</name>
    <message>
        <source>&amp;Move to newer questionnaire versions where there are any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment from a previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation, every answer with its note, the evidence (copied, with its SHA-256) and the open actions are carried over. Each answer is marked to review until you confirm or change it. The previous file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the previous assessment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers carried over, each to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence files copied (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1 moves from version %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1: version %3 is available (you answered %2); tick the box to move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  removed (answers kept as history): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reworded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers are kept as history only (their question was removed or cannot take the old answer); the report lists them in its appendix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name for the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new assessment was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationCommand</name>
    <message>
        <source>Edit organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationForm</name>
    <message>
        <source>(not in Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays are set by each Land: working days are counted on the Land&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual worldwide turnover of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage limb of Art 83 GDPR applies to the undertaking&apos;s total worldwide annual turnover: for a company in a group, the whole group&apos;s (Recital 150, CJEU C-807/21). A single company&apos;s turnover can understate the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Land (Bundesland):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;turnover (worldwide, annual):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::PortfolioModel</name>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::PortfolioWindow</name>
    <message>
        <source>Open &amp;portfolio folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open portfolio folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by file or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by RAG rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write all reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every client&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 cannot be read (the reason is in the row&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assessment files in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) from an earlier run are in this folder. Replace them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n report(s) were written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reports were written; %3 could not be written (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded in the file&apos;s hash-chained change log; `gdpr-readiness verify` checks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionPanel</name>
    <message>
        <source>Create &amp;action from question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical question: a low answer caps the section score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: what you saw, who told you, what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create action from question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ReportExport</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::RestoreBackupDialog</name>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the file format upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put in place of “%1”. The file as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SavedMappings</name>
    <message>
        <source>Give the mapping a name, so it can be chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;assessor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest evidence &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept per assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups &amp;kept per assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;every (while there are changes):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffBanner</name>
    <message>
        <source>Signed off by %1 (%2) on %3 — fingerprint %4. The assessment is read-only; Assessment ▸ Reopen for changes… starts a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffDialog</name>
    <message>
        <source>Sign off assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the sign-off the assessment is read-only. Its fingerprint (SHA-256 over every answer, note, evidence hash and action) is stored with the signed state. Reopening it for changes starts a new revision; this one stays in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffHistoryDialog</name>
    <message>
        <source>&amp;Export report of this revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has not been signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signed revision&apos;s state is kept in the file; its report is rendered from that state, not from today&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::StartPage</name>
    <message>
        <source>GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess how ready an organisation is for the GDPR and PECR, gather the evidence and plan the actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a copy of the demo: the installed file is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::TemplateActions</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile and the scope answers are saved, nothing else (no other answers, notes on them, evidence or actions). Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template: start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ToReviewLabel</name>
    <message>
        <source>Every carried-over answer reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 carried-over answers to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WalkthroughPage</name>
    <message>
        <source>Filter by text or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopActions</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the workshop now? Participants and parked questions stay in the file; the summary can be written now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and write summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop was not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;kshop summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopBar</name>
    <message>
        <source>&amp;Park question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the answer: recorded with it while the workshop runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the section timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s history lists every answer and who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the section “%1” in this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to come back to (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was not parked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopController</name>
    <message>
        <source>Add participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve parked question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen parked question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopPanel</name>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop s&amp;ummary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot (double-click to go back to a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop “%1” since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: come back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WorkshopStartDialog</name>
    <message>
        <source>Start workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kick-off with HR and IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anna Schmidt, Head of HR
Ben Okafor, IT Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the workshop runs, each answer can record who gave it, every section&apos;s time is counted, and questions can be parked to come back to. At the end, write the workshop summary as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants (name, role; one a line):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::workshop::Workshop</name>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workshop session is running in %1; start one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two participants are called &apos;%1&apos;; tell them apart (e.g. &apos;Anna S.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a participant of workshop session %2 (participants: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants of workshop session %2 are called &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a participant of workshop session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not on the parking lot (or is resolved already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no resolved entry on the parking lot to reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::workshop::WorkshopRepository</name>
    <message>
        <source>a participant needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file&apos;s format is older than %1; open it for writing to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop session %1 is still running; end it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop session %1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant %1 is not in the running session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parking-lot note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no parked question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section&apos;s time cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::workshop::WorkshopSummary</name>
    <message>
        <source>%1 has no workshop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workshop session %1 in this assessment (sessions: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
