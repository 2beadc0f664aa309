<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="25"/>
        <source>Check questionnaire files and report every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="26"/>
        <source>Create a new assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="27"/>
        <source>Record the answer to one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="28"/>
        <source>Add evidence files to a question (evidence add FILE QUESTION PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="30"/>
        <source>Show the readiness score per section and overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="31"/>
        <source>Calendar and working days to (or since) a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="32"/>
        <source>Maximum fines of Art 83(4) and 83(5) for a turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="33"/>
        <source>Audit a CRM and Mailchimp export for GDPR and PECR risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="60"/>
        <source>Usage: gdpr-readiness [FILE.gdpra]            start the application
       gdpr-readiness COMMAND [options] ...   run a command headless

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="69"/>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help: COMMAND --help
  -v, --version  Show the version

Exit status: 0 success, 1 a problem with a file or data (the message names it), 2 wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="118"/>
        <source>gdpr-readiness: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="164"/>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="165"/>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="47"/>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="64"/>
        <source>--org NAME and --questionnaire ID are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="79"/>
        <source>--turnover needs a non-negative amount and --currency EUR|GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="86"/>
        <source>--currency must be EUR or GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="92"/>
        <source>GDPR readiness assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="97"/>
        <source>--target-date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliAssessmentCommands.cpp" line="114"/>
        <source>Created %1 for %2: %3 questionnaire(s), %4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="43"/>
        <source>Report language: en or de; default: the locale&apos;s (LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="56"/>
        <source>-o OUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="64"/>
        <source>--page-size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="67"/>
        <source>--language must be en or de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="70"/>
        <source>--format must be pdf or odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="80"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="131"/>
        <source>Write the readiness report (PDF or ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CliReportCommands.cpp" line="133"/>
        <source>Export every answer as JSON, CSV or Excel (xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="93"/>
        <source>gdpr-readiness: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop application cannot start. The commands below work without a display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/gui/AboutDialog.cpp" line="17"/>
        <source>About GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AboutDialog.cpp" line="20"/>
        <source>A self-assessment of GDPR and PECR readiness for data-protection officers. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AboutDialog.cpp" line="22"/>
        <source>Questionnaires in this assessment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionCommand</name>
    <message>
        <location filename="../../ui/gui/ActionCommand.cpp" line="13"/>
        <source>Add action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionCommand.cpp" line="15"/>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionCommand.cpp" line="16"/>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionDialog</name>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="23"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="28"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="28"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="29"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="30"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="31"/>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="32"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="42"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="48"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="49"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="51"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionDialog.cpp" line="52"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionModel</name>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="59"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="61"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="63"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="65"/>
        <source>Won&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="96"/>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="135"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="137"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="139"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="141"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionModel.cpp" line="143"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ActionPlanPage</name>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="27"/>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="36"/>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="37"/>
        <source>Filter actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="44"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="53"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="54"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="55"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="101"/>
        <source>Action not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ActionPlanPage.cpp" line="135"/>
        <source>Action not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerCommand</name>
    <message>
        <location filename="../../ui/gui/AnswerCommand.cpp" line="12"/>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AnswerEditor</name>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="24"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="56"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="66"/>
        <source>Level %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="70"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="71"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="82"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="83"/>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="121"/>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="94"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="109"/>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AnswerEditor.cpp" line="115"/>
        <source>Answer date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentSession</name>
    <message>
        <location filename="../../ui/gui/AssessmentSession.cpp" line="88"/>
        <location filename="../../ui/gui/AssessmentSession.cpp" line="97"/>
        <source>The action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AssessmentView</name>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="67"/>
        <source>&amp;Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="68"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="69"/>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/AssessmentView.cpp" line="75"/>
        <source>Assessment pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditFindingsModel</name>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="121"/>
        <source>%1 (%n records)</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="190"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="192"/>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="194"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="196"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="198"/>
        <source>Duplicate cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditFindingsModel.cpp" line="200"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditInputFiles</name>
    <message>
        <location filename="../../ui/gui/audit/AuditInputFiles.cpp" line="26"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::AuditRunsPanel</name>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="24"/>
        <source>&amp;Accept suggested level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="25"/>
        <source>Create ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="28"/>
        <source>Audit runs stored in this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="29"/>
        <source>Suggested maturity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="31"/>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="163"/>
        <source>Accept suggested level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="32"/>
        <source>Create actions from the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="34"/>
        <source>R&amp;uns stored in this assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="36"/>
        <source>Suggested &amp;levels (CRM questionnaire):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="73"/>
        <source>%1: %2 records, %3 duplicate clusters (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="82"/>
        <source>None yet: a finished audit is stored here (counts and record ids, no personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="98"/>
        <source>Not stored: the assessment is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="103"/>
        <source>Stored in the assessment as run %1 (counts and record ids only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="109"/>
        <source>It could not be added as evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="111"/>
        <source>Its summary is evidence on %n question(s).</source>
        <translation>
            <numerusform>Its summary is evidence on %n question.</numerusform>
            <numerusform>Its summary is evidence on %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="132"/>
        <source>%1: suggested %2 (answered: %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="135"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="140"/>
        <source>This run suggests no level (no questionnaire question matches its figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="164"/>
        <source>Set “%1” to level %2 (now: %3)?

Why: %4

Your notes are kept; the reason is added to them. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="168"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="173"/>
        <source>Level suggested by the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="179"/>
        <source>“%1” is now level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="194"/>
        <source>%n action(s) added to the action plan</source>
        <translation>
            <numerusform>%n action added to the action plan</numerusform>
            <numerusform>%n actions added to the action plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/AuditRunsPanel.cpp" line="195"/>
        <source>; %n already there.</source>
        <translation>
            <numerusform>; %n already there.</numerusform>
            <numerusform>; %n already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>readiness::ui::ClusterModel</name>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="73"/>
        <source>Record %1 and record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="95"/>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="97"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="99"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="101"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="103"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="105"/>
        <source>Business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="107"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="109"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="111"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="113"/>
        <source>Modified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="115"/>
        <source>Last campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="119"/>
        <source>Do not allow Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="121"/>
        <source>Do not allow Bulk Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="123"/>
        <source>Do not allow Phone Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="125"/>
        <source>Do not allow Mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="127"/>
        <source>Do not allow Faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="160"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="160"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="165"/>
        <source>Do Not Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="165"/>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="179"/>
        <source>%1, differs within this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="181"/>
        <source>The records of this cluster disagree on “%1”. Merging them by “last modified wins” could re-open marketing to someone who objected: the survivor must take the most restrictive value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ClusterModel.cpp" line="211"/>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="110"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="112"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="114"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="116"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="118"/>
        <source>Business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="120"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="122"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="124"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="126"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="128"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="130"/>
        <source>No e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="132"/>
        <source>No bulk e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="134"/>
        <source>No phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="136"/>
        <source>No post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="138"/>
        <source>No faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="142"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="144"/>
        <source>Last included in a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="163"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="164"/>
        <source>This contacts file is not a Dynamics 365 export. Choose which of its columns holds each item the audit checks; items marked * are required. The mapping is saved under its name and offered again for the next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="169"/>
        <source>(new mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="171"/>
        <source>Saved mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="172"/>
        <source>Mapping name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="173"/>
        <source>e.g. HubSpot contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="176"/>
        <source>&amp;Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="177"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="183"/>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="187"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="192"/>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="193"/>
        <source>Values meaning do not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="194"/>
        <source>Values meaning allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="195"/>
        <source>Values meaning inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="196"/>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="197"/>
        <source>“Do not allow” values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="198"/>
        <source>“Allow” values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="199"/>
        <source>Inactive status values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="211"/>
        <source>&amp;Save and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/ColumnMappingDialog.cpp" line="283"/>
        <source>Choose a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="56"/>
        <source>Overall readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="57"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="58"/>
        <source>Until the target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="59"/>
        <source>Since GDPR applies (25 May 2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="60"/>
        <source>Critical gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="61"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="65"/>
        <source>Questionnaire shown in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="71"/>
        <source>Section scores radar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="72"/>
        <source>Answer levels per section chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="77"/>
        <source>&amp;Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="78"/>
        <source>Edit the organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="107"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="107"/>
        <source>The organisation was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="192"/>
        <source>Overall readiness %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/DashboardPage.cpp" line="206"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/DashboardPage.cpp" line="207"/>
        <location filename="../../ui/gui/DashboardPage.cpp" line="214"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/DashboardPage.cpp" line="208"/>
        <location filename="../../ui/gui/DashboardPage.cpp" line="215"/>
        <source>%n working day(s) (%1)</source>
        <translation>
            <numerusform>%n working day (%1)</numerusform>
            <numerusform>%n working days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="210"/>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="246"/>
        <source>Section scores (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DashboardPage.cpp" line="259"/>
        <source>Answers per level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::DataAuditPage</name>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="68"/>
        <source>Data audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="91"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="98"/>
        <source>Files to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="92"/>
        <source>Drop the CRM contacts export, the consent-event log and the Mailchimp audience exports (CSV or zip) here, or choose them. Each file is recognised by its columns. The files are only read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="100"/>
        <source>C&amp;hoose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="101"/>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="102"/>
        <source>Column &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="103"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="104"/>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="105"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="110"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="111"/>
        <source>Retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="112"/>
        <source>Audit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="113"/>
        <source>Unchecked: the export date (the latest “Modified On” in the contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="116"/>
        <source>Audit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="118"/>
        <source>Check phone numbers with &amp;libphonenumber (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="119"/>
        <source>&amp;Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="120"/>
        <source>Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="122"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="123"/>
        <source>Cancel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="126"/>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="140"/>
        <source>Re&amp;tention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="185"/>
        <source>Findings per type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="196"/>
        <source>Show finding type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="197"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="201"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="202"/>
        <source>Search CRM id or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="206"/>
        <source>Write fi&amp;x files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="207"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="531"/>
        <source>Write fix files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="208"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="212"/>
        <source>Audit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="232"/>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="451"/>
        <source>Select a result to see its records side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="235"/>
        <source>Records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="271"/>
        <source>Contacts (Dynamics 365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="273"/>
        <source>Contacts (mapping “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="274"/>
        <source>Contacts (needs a column mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="278"/>
        <source>Consent log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="280"/>
        <source>Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="282"/>
        <source>No files yet: drop them here or choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="295"/>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="297"/>
        <source>Add the contacts export too: the audit starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="306"/>
        <source>Choose the files to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="307"/>
        <source>CRM and Mailchimp exports (*.csv *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="402"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="414"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="420"/>
        <source>Cancelled. Nothing was written or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="431"/>
        <source>The audit stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="472"/>
        <source>%1 contacts audited in %2 s, as of %3 (stale: untouched since before %4). %5 duplicate clusters, %6 matched pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="497"/>
        <source>Duplicate cluster: %n records side by side</source>
        <translation>
            <numerusform>Duplicate cluster: %n record side by side</numerusform>
            <numerusform>Duplicate cluster: %n records side by side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="498"/>
        <source>CRM records with this address: %n</source>
        <translation>
            <numerusform>CRM records with this address: %n</numerusform>
            <numerusform>CRM records with this address: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="500"/>
        <source>No CRM record has this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="501"/>
        <source>This record has no duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="507"/>
        <source>≠ The records disagree on “%1”: a merge must keep “Do Not Allow”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="522"/>
        <source>Folder for the fix files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="527"/>
        <source>Fix files contain personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="528"/>
        <source>The fix files hold names, e-mail addresses and phone numbers from the CRM. Keep them in a safe place (they are readable by you only), import them into the CRM and Mailchimp, then delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="538"/>
        <source>Writing the fix files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="553"/>
        <source>The fix files were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditPage.cpp" line="555"/>
        <source>Fix files written (personal data: delete them after the import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/DataAuditRegistration.cpp" line="15"/>
        <source>Data a&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::DemoAssessment</name>
    <message>
        <location filename="../../ui/gui/DemoAssessment.cpp" line="26"/>
        <source>The demo assessment is not installed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/DemoAssessment.cpp" line="41"/>
        <source>The demo assessment could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceCommand</name>
    <message>
        <location filename="../../ui/gui/EvidenceCommand.cpp" line="13"/>
        <source>Add evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceCommand.cpp" line="14"/>
        <source>Remove evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidenceModel</name>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="55"/>
        <source>%1
SHA-256 %2
added by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="80"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="82"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidenceModel.cpp" line="84"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::EvidencePanel</name>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="40"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="41"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="42"/>
        <source>Save &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="43"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="47"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="57"/>
        <source>Evidence (drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="105"/>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="116"/>
        <source>Evidence not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="117"/>
        <source>“%1” could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="130"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="130"/>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="171"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="143"/>
        <source>Evidence not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="170"/>
        <source>Save a copy of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="175"/>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/EvidencePanel.cpp" line="182"/>
        <source>Evidence not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::FindingTypes</name>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="35"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="37"/>
        <source>Consent conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="39"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="41"/>
        <source>Invalid e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="43"/>
        <source>Invalid phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="45"/>
        <source>Questionable phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="47"/>
        <source>Consent unprovable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="49"/>
        <source>Opt-out ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="51"/>
        <source>Consent out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="53"/>
        <source>Opt-out not synced to CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="55"/>
        <source>Bounced, still marketable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="57"/>
        <source>Suppression not in Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="59"/>
        <source>In Mailchimp only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="61"/>
        <source>Single opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/FindingTypes.cpp" line="63"/>
        <source>Opt-in after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::GuidancePanel</name>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="22"/>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="47"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="49"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="51"/>
        <source>Evidence expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="51"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/GuidancePanel.cpp" line="52"/>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::KeyDatesPanel</name>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="31"/>
        <source>Key &amp;dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="34"/>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="111"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="34"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="34"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="37"/>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="42"/>
        <source>&amp;Add date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="43"/>
        <source>Add a key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="44"/>
        <source>Remove the selected key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="76"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="77"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="78"/>
        <source>%1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="78"/>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="87"/>
        <source>Days are counted from the earlier date up to the later one: the earlier day counts, the later day does not. Working days are Monday to Friday less the public holidays of the holiday calendar chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="96"/>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="105"/>
        <source>Add key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="107"/>
        <source>e.g. Board meeting, ICO fee renewal, DPIA review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="108"/>
        <source>What happens on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="114"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="115"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="131"/>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="136"/>
        <source>Remove key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/KeyDatesPanel.cpp" line="131"/>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::LifecycleActions</name>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="41"/>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="43"/>
        <source>&amp;Reopen for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="87"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="93"/>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="99"/>
        <source>Reopen for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/LifecycleActions.cpp" line="94"/>
        <source>Why is the signed-off assessment reopened? (Recorded in the change log; the signed revision stays in the file.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::MainWindow</name>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="96"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="100"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="102"/>
        <source>Open the &amp;demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="108"/>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="111"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="122"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="123"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="126"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="132"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="136"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="145"/>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="157"/>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="161"/>
        <source>&amp;About GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="163"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="172"/>
        <source>No recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="203"/>
        <source>“%1” is open in another window or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="205"/>
        <source>“%1” has a second name on this disk (a hard link, as some backup tools make), so saving could lose answers. Make a copy of the file and work on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="208"/>
        <source>You cannot write to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="211"/>
        <location filename="../../ui/gui/MainWindow.cpp" line="253"/>
        <location filename="../../ui/gui/MainWindow.cpp" line="261"/>
        <location filename="../../ui/gui/MainWindow.cpp" line="412"/>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="212"/>
        <source>You can open it read-only to read it and produce reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="213"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="219"/>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="225"/>
        <source>“%1” is not a GDPR Readiness assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="228"/>
        <source>“%1” is damaged and cannot be opened. It has not been changed: restore it from a backup or send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="233"/>
        <source>“%1” contains database triggers, views or tables that GDPR Readiness does not make. They could change or hide answers, so it is not opened. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="238"/>
        <source>The disk is full; nothing was lost. Free some space and open “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="241"/>
        <source>“%1” has an unfinished change that only opening it for editing can finish. Open it normally (not read-only) once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="247"/>
        <source>“%1” was written by a newer version of GDPR Readiness. Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="250"/>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="321"/>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="325"/>
        <source>Create &amp;action from question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="387"/>
        <source>GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="391"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="398"/>
        <source>No assessment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="403"/>
        <source>  (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="406"/>
        <source>Last written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="413"/>
        <source>Assessments (*.gdpra);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="424"/>
        <source>Demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="424"/>
        <source>The demo could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/MainWindow.cpp" line="473"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::NavigatorModel</name>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="206"/>
        <source>Does not apply to %1: this question is for %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="221"/>
        <source>Not applicable: applies only if “%1” is answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="221"/>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="223"/>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="225"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="223"/>
        <source>Not applicable: applies only if “%1” is not answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="225"/>
        <source>Not applicable: applies only if “%1” includes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="264"/>
        <source>%1 of the applicable questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="288"/>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="290"/>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="292"/>
        <source>Answered not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="294"/>
        <source>Answered, with evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NavigatorModel.cpp" line="297"/>
        <source>Critical gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::NewAssessmentWizard</name>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="41"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="83"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="84"/>
        <source>Who is being assessed. Turnover is optional: it sizes the possible fines. Give the whole group&apos;s worldwide turnover: fines are set on the undertaking, which is the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="97"/>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="100"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="98"/>
        <source>The questionnaires are frozen into the file, so the assessment stays as it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="111"/>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="112"/>
        <source>Import questionnaire file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="114"/>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="144"/>
        <source>Import questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="115"/>
        <source>Questionnaires (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="145"/>
        <source>“%1” is not a valid questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="158"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="159"/>
        <source>GDPR readiness assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="163"/>
        <source>Assessment title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="164"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="165"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="167"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="168"/>
        <source>&amp;Assessor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="169"/>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="176"/>
        <source>Save location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="177"/>
        <source>Everything is kept in this one file: answers, evidence and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="179"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="180"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="181"/>
        <source>Choose file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="185"/>
        <source>Save new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="185"/>
        <source>Assessments (*.gdpra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="209"/>
        <source>Choose the currency of the annual turnover (EUR or GBP), or leave the turnover at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="220"/>
        <source>A questionnaire could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="227"/>
        <source>Choose at least one questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/NewAssessmentWizard.cpp" line="235"/>
        <source>The assessment could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationDialog</name>
    <message>
        <location filename="../../ui/gui/OrganisationDialog.cpp" line="14"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::OrganisationForm</name>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="26"/>
        <source>(not in Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="32"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="33"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="36"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="37"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="38"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="39"/>
        <source>German Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="40"/>
        <source>Public holidays are set by each Land: working days are counted on the Land&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="41"/>
        <source>Annual worldwide turnover of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="42"/>
        <source>The percentage limb of Art 83 GDPR applies to the undertaking&apos;s total worldwide annual turnover: for a company in a group, the whole group&apos;s (Recital 150, CJEU C-807/21). A single company&apos;s turnover can understate the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="45"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="52"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="53"/>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="54"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="55"/>
        <source>&amp;Land (Bundesland):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/OrganisationForm.cpp" line="56"/>
        <source>Group &amp;turnover (worldwide, annual):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryDialog</name>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryDialog.cpp" line="17"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryDialog.cpp" line="28"/>
        <source>Every change is recorded in the file&apos;s hash-chained change log; `gdpr-readiness verify` checks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionHistoryModel</name>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="74"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="76"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="80"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/QuestionHistoryModel.cpp" line="82"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::QuestionPanel</name>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="34"/>
        <source>Create &amp;action from question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="38"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="51"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="52"/>
        <source>Critical question: a low answer caps the section score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="54"/>
        <source>Notes: what you saw, who told you, what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="55"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="60"/>
        <source>Create action from question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="68"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="73"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="75"/>
        <source>History of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="142"/>
        <source>Answer not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/QuestionPanel.cpp" line="158"/>
        <source>Notes not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::ReportExport</name>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="33"/>
        <location filename="../../ui/gui/ReportExport.cpp" line="55"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="33"/>
        <location filename="../../ui/gui/ReportExport.cpp" line="55"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="34"/>
        <source>PDF report (*.pdf);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="35"/>
        <source>CSV (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/ReportExport.cpp" line="56"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SavedMappings</name>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="64"/>
        <source>Give the mapping a name, so it can be chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="66"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="77"/>
        <source>The mapping could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/audit/SavedMappings.cpp" line="83"/>
        <source>The mapping could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="34"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="36"/>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="38"/>
        <source>Default assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="39"/>
        <source>Evidence size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="42"/>
        <source>Holiday &amp;calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="43"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="44"/>
        <source>Default &amp;assessor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/SettingsDialog.cpp" line="45"/>
        <source>Largest evidence &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffBanner</name>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffBanner.cpp" line="20"/>
        <source>Signed off by %1 (%2) on %3 — fingerprint %4. The assessment is read-only; Assessment ▸ Reopen for changes… starts a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::SignOffDialog</name>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="18"/>
        <source>Sign off assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="22"/>
        <source>Data Protection Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="23"/>
        <source>After the sign-off the assessment is read-only. Its fingerprint (SHA-256 over every answer, note, evidence hash and action) is stored with the signed state. Reopening it for changes starts a new revision; this one stays in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="30"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="38"/>
        <source>DPO &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="39"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/lifecycle/SignOffDialog.cpp" line="40"/>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::StartPage</name>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="24"/>
        <source>GDPR Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="27"/>
        <source>Assess how ready an organisation is for the GDPR and PECR, gather the evidence and plan the actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="31"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="32"/>
        <source>&amp;Open assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="33"/>
        <source>Try the &amp;demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="34"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="35"/>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="36"/>
        <source>Try the demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="37"/>
        <source>Opens a copy of the demo: the installed file is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="38"/>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="41"/>
        <source>&amp;Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="96"/>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/StartPage.cpp" line="109"/>
        <source>No recent assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readiness::ui::WalkthroughPage</name>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="38"/>
        <source>Filter by text or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="39"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="43"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="81"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="82"/>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="84"/>
        <source>Next &amp;unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui/WalkthroughPage.cpp" line="86"/>
        <source>&amp;Find question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
