<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Holiday Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines in working days skip the mainland public holidays and count the make-up working days of the State Council's yearly notices. Load a newer calendar file when a new year's arrangement is published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years covered:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Load a Newer Calendar…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseFactsForm</name>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the system does, for whom, and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind of place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used in a &amp;public place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification &amp;methods:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many people's facial information is stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facial information of minors under &amp;14 is processed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tart of use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End of use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add E&amp;quipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day the number of people stored reached the rule set's filing threshold (100,000 under the 2025 Measures): the initial filing is due 30 working days from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ase name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ites (one per line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purposes (one per &amp;line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pe&amp;ople stored:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count reac&amp;hed the filing threshold on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original &amp;face images or video are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stora&amp;ge location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Storage period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anon&amp;ymization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Vendors (one per line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Version…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataMapPage</name>
    <message>
        <source>Data map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each processing activity that handles personal information, and how that information is collected, used, stored, shared and deleted (GB/T 39335-2020, Annex C). Where nothing applies, say so (for example "none"): an empty field counts as not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Processing activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Case facts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Filings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filings recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record what happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a change: what changed (stated in the modification filing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Initial Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a Substantive &amp;Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;End of Use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facial information &amp;was:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A de-registration states how the facial information was handled once the use ended (deleted or anonymized, when, and what shows it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handled o&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deletion log, a certificate of destruction, a record number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Materials and uploads of this filing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the filing hands over, and how far each item is. Change a status with the list in its row.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Holiday Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search cases and organisations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport Documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assess a case assessed under the 2023 draft under the Measures in force since 1 June 2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assess &amp;Under the Rules in Force…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected case; refused while a report of it must still be kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit &amp;Case Facts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Demo Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new case file filled with example cases, to try PIAdesk out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Regulation Texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the register again: on a team store, shows what other officers changed since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Filing materials (Art. 16)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments of the selected material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop files here, or use Attach File.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attac&amp;h File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation (personal-information processor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18 characters, e.g. 91110000MA01ABCD1M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person responsible for personal-information protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact for the filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling person (carries out the filing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind of ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified s&amp;ocial credit code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Le&amp;gal representative:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation and responsible person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y the details of:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>Re-assess the Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What changed or happened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A re-assessment starts a new version prefilled from the latest one; the versions before it stay unchanged for the record. The rules call for one when the purpose or methods of processing change, and after a major security incident; choosing other rules (the Measures in force since 1 June 2025 for a case assessed under the 2023 draft) is a re-assessment too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ules:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finalize Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;eviewer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I confirm &amp;that this assessment is complete and accurate, and that the version will be kept unchanged for the record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks and measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Mea&amp;sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk s&amp;ource:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause and e&amp;vidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Ris&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinds o&amp;f impact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;mpact after measures:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likeli&amp;hood after measures:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Answers risk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last one opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due &amp;soon within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules for &amp;new cases:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;case file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new interface language applies at once to every open window; what is being typed stays. The appearance applies at once too. The holiday calendar is in Settings → Holiday Calendar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Application</name>
    <message>
        <source>Facial-recognition impact assessments and CAC filings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file cannot be opened.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::AssessmentWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Assessment, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — changed outside PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this case was changed outside PIAdesk; its finalized report no longer matches what was recorded. Run piadesk-cli verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalization is refused until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform><numerusform>%n missing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <source>A prohibited practice stands: see the red flags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change could not be saved, and the case was read again.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::AuditChain</name>
    <message>
        <source>Audit event %1 is missing: the log jumps from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit event %1 does not follow from event %2: an event was removed or altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit event %1 was altered after it was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CalendarDialog</name>
    <message>
        <source>%1–%2 (%3 days off, %4 make-up working days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar built into PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded, kept in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load a Holiday Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday calendars (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded. Deadlines are now counted with the calendar for %1–%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was not loaded; the calendar in use is unchanged.
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CalendarLibrary</name>
    <message>
        <source>The holiday calendar kept in %1 cannot be used, so the built-in one (%2–%3) is used. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The holiday calendar kept in %1 ends in %2, before the built-in one (%3), so the built-in one is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The holiday calendar %1 covers %2–%3; it must cover at least the years of the calendar in use (%4–%5). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no data directory to keep the holiday calendar in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot keep the holiday calendar in %1: %2. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk's holiday calendar is missing or invalid: %1 Reinstall PIAdesk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CalendarLoader</name>
    <message>
        <source>must be an object of dates and holiday names, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a real date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lies in %1, a year that "years" does not list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must name its holiday in one line of at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the holiday calendar %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is larger than 4 MB; it is not a holiday calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The holiday calendar %1 was refused:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list the years the file covers, consecutive and in ascending order (e.g. [2025, 2026]), from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is listed as a holiday too; a day is either a holiday or a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a Monday to Friday; a make-up working day is a Saturday or Sunday declared a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists %1 days off in %2; a year with all its holidays has at least %3. The file is incomplete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseDeletion</name>
    <message>
        <source>the retention of assessment reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case “%1” cannot be deleted yet: the report of version %2 must be kept until %3 (%4). The case can be deleted from %5.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete the case “%1” with its %n version(s), its filings and its evidence from this case file?</source>
        <translation>
            <numerusform>Delete the case “%1” with its %n version, its filings and its evidence from this case file?</numerusform><numerusform>Delete the case “%1” with its %n versions, its filings and its evidence from this case file?</numerusform></translation>
    </message>
    <message>
        <source>The retention of its reports has ended (the last on %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone; the deletion is recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of this case does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 cannot be deleted yet: its report must be kept until %2 (%3). It can be deleted from %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete version %1? Its report was kept until %2, the end of its retention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete version %1, a draft? What was entered in it is lost; the versions before it stay as they are.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseDialog</name>
    <message>
        <source>Changes are saved as you type. Finalized versions keep the facts they assessed; if the purpose or methods change, re-assess the case (Case → Re-assess) and record the change for the filing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseEditor</name>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is open read-only; nothing can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no assessment yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 was finalized on %2 and has since been superseded; it is kept as it was, for the record, and cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 was finalized on %2 and is kept as it was, for the record; to change anything, re-assess the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the case facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A re-assessment needs a trigger other than the initial assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe what changed or happened: the report and the filing change cite it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the date of the change or incident: deadlines are counted from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No assessment version is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2; attachments are limited to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the data map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The risk to remove is not in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation to copy from is no longer in this case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store is open read-only; nothing can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation to copy from is no longer in this team store.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseExchange</name>
    <message>
        <source>is not a known field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats the id "%1" used elsewhere in the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to assessment "%1", which is not in this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>says %1 bytes but the data has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not match the data: the attachment is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats version number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats a risk id of this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats a measure id of this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to risk "%1", which is not in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to attachment "%1", which is not in this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "initial" for the first version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can be "initial" only for the first version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be greater than the previous version's number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1 but lacks finalizedAt, retainUntil, contentHash or record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not match the version's content: the finalized version was altered after it was finalized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a %1 but carries finalization data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has more than one version that is not finalized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has more than one finalized version; earlier ones must be superseded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is %1 MiB; a case document may have at most %2 MiB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid JSON (%1, at %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is JSON but not a PIAdesk case document (its top level is not an object).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "piadesk-case": this is not a PIAdesk case document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1: the document comes from a newer PIAdesk. This version reads format version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a non-empty array of cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be the case's id (a non-empty string).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing: the attachment's bytes must be included.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was imported; the document has %n problem(s):</source>
        <translation>
            <numerusform>Nothing was imported; the document has %n problem:</numerusform><numerusform>Nothing was imported; the document has %n problems:</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number from 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a rule-set id like "cn-cac-frt-2023-draft".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats a processing activity id of this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a case document (%2 MiB; the limit is %3 MiB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %1 has %n problem(s):</source>
        <translation>
            <numerusform>Nothing was imported; %1 has %n problem:</numerusform><numerusform>Nothing was imported; %1 has %n problems:</numerusform></translation>
    </message>
</context>
<context>
    <name>piadesk::CaseFactsForm</name>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseListModel</name>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseStore</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an empty file, not a PIAdesk case file. It was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PIAdesk case file (it is not an SQLite database). It was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: the file is cut short. It was left as it is; restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database but not a PIAdesk case file. It was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of PIAdesk (case file schema %2; this version reads up to %3). Update PIAdesk to open it. The file was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left as it is; restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses an older case file schema (%2) and must be updated before it can be read; open it for writing once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy %2 could not be written (%3). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup of the file as it was is at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assessment version is finalized and cannot be changed. Start a re-assessment to revise it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A finalized assessment report must be kept until its retain-until date and cannot be deleted before then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is busy in another program. The change was not saved; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is open read-only. The change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is damaged (%1). The change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file could not be written (%1). The change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file refused the change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation of case %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment version %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is %2 and cannot be changed. Start a re-assessment to revise it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trigger description %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trigger date %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of this case is still %2. Finalize or delete it before starting a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first assessment of a case is the initial assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case has been assessed already; a new version needs a trigger such as a change of purpose or methods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A re-assessment needs the date of its trigger.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform><numerusform>%n risks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform><numerusform>%n measures</numerusform></translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 cannot be finalized yet: name %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing %1 does not exist in this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment version this attachment is for does not belong to the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is finalized; evidence cannot be added to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case "%1" (%2) is already in this case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment version %1 (%2) is already in this case file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, with %n assessment version(s)</source>
        <translation>
            <numerusform>%1, with %n assessment version</numerusform><numerusform>%1, with %n assessment versions</numerusform></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log is empty: its events were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case "%1" (id %2), version %3: the content no longer matches the hash recorded when it was finalized. It was changed outside PIAdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An attachment's content (SHA-256 %1) was changed outside PIAdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in use by another program. Close it there first, or open the file read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of %2: rows were deleted outside PIAdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a rule-set id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A version can only be finalized under a rule set that sets its retention period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 cannot be finalized:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the open case file; choose another name for the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy %1 is not readable, so it was not kept: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy cannot be put in place at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case "%1" has a finalized version and cannot be discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not closed properly (a save was interrupted) and must be recovered before it can be read. Open it for writing once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full (or the file has reached the size this account may write). The change was not saved; the case file is as it was before. Free some space and make the change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log of case "%1" was changed outside PIAdesk (event %2, %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies)</source>
        <translation>
            <numerusform>%n processing activity(ies)</numerusform><numerusform>%n processing activity(ies)</numerusform></translation>
    </message>
    <message>
        <source>The case "%1" cannot be deleted: the report of version %2 must be kept until %3 (retention of assessment reports). It can be deleted from %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is finalized; its report must be kept until %2 (retention of assessment reports). It can be deleted from %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No new case file is created there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created: its folder is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is on a shared file system (%2). PIAdesk opens case files there read-only: file locking is not reliable on network and FUSE file systems, and two programs writing the file at once could damage it. To change the cases, copy the file to a local disk; for several officers working on the same cases, use a team store on a database server instead of a shared file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other accounts on this computer can read %1 (permissions %2), which holds personal information. Make it private: chmod 600 %1, or open it in PIAdesk and accept its offer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in use by %2 (process %3 of %4 on %5). Close it there first, or open the file read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case summaries cannot be formed: the file did not record the rules and calendar they are formed under.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be set up: PIAdesk's team store schema is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be set up as a team store: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a database but not a PIAdesk team store. It was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an empty database, not yet a PIAdesk team store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an empty database. Its owner sets it up as a team store by opening it first with PIAdesk (or with scripts/team-server.sh); %2 cannot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was set up by a newer version of PIAdesk (team store schema %2; this version reads up to %3). Update PIAdesk to open it. The database was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses an older team store schema (%2) that this version of PIAdesk cannot update. The database was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a reviewer can finalize an assessment version; your role on the team store (%1) does not allow it. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You worked on this draft, so you cannot also finalize it: another reviewer must (four-eyes principle). Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the person responsible for personal-information protection (the approver role on the team store) can sign the approval. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store refused the audit event of this change (%1). Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role on the team store (%1) does not allow this change. Nothing was saved. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the team store was lost (%1). The change was not saved; connect again and make it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store is busy with another officer's change. Nothing was saved; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store is open read-only. The change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store's server has no room left (%1). The change was not saved; ask its administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store refused the change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" was changed by %2 at %3, after you opened it, so your change was not saved. Reload the case to see that change, then make yours again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team store is not copied page by page: copy its cases to a case file with piadesk-cli copy --from %1 --to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are connected to the team store as %1, whose role reads the cases but changes none (an auditor or administrator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another officer saved a change to the same case at the same moment, so yours was not saved. Reload the case to see that change, then make yours again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case "%1" (%2) is already in this team store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment version %1 (%2) is already in this team store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role on the team store (%1) does not allow reading this (%2). If it did before, your role has been changed since you connected: ask the team store's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the team store was lost (%1). Connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store is busy with another officer's change; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is damaged (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is busy in another program; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CaseView</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalized on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two versions to compare them side by side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a case in the register to see its versions, what stands against it, its filings and its next deadlines here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalized under %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln people stored</source>
        <translation>
            <numerusform>%1 · %2 · %Ln people stored</numerusform><numerusform>%1 · %2 · %Ln people stored</numerusform></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prohibited practices standing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions not yet addressed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not required by these rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: used in a public place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: the number of people stored reaches the threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No filing recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not submitted, due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>estimated: beyond the holiday calendar</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, due %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No finalized version yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports kept: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, %2: %3% complete. No risk rated yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, %2: %3% complete. Overall risk: %4 residual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file holds no case. Start a new assessment: PIAdesk asks which rules apply, then walks through the organisation, the processing, the questions, the risks and the sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or import cases from a case exchange document (.json), for example one exported from another case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected version: a draft at any time, a finalized one once its report need no longer be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To look around first, make a demo case file: invented organisations and cases, in a new file of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team store holds no case yet. Start a new assessment: PIAdesk asks which rules apply, then walks through the organisation, the processing, the questions, the risks and the sign-off.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::ChangesPage</name>
    <message>
        <source>Version %1: what changed since version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger: %1 on %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To review because of the trigger: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 (this one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Cli</name>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs one file: import CASE.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs one case: export CASE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run piadesk-cli --help for the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case file at %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>v%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case file: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Audit log: %n event(s), newest hash %1</source>
        <translation>
            <numerusform>Audit log: %n event, newest hash %1</numerusform><numerusform>Audit log: %n events, newest hash %1</numerusform></translation>
    </message>
    <message>
        <source>Finalized versions checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything checks out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s).</source>
        <translation>
            <numerusform>Verification failed: %n problem.</numerusform><numerusform>Verification failed: %n problems.</numerusform></translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the audit log names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the result to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>piadesk-cli %1 (case file schema %2, case exchange format %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check needs one case: check CASE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finalize needs one case: finalize CASE_ID --assessor NAME --reviewer NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no assessment yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--version needs a version number: 1, 2, …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 "%2", version %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule set: %1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(this version was finalized under %1 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Red flags: %n</source>
        <translation>
            <numerusform>Red flags: %n</numerusform><numerusform>Red flags: %n</numerusform></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Because: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assessment (%1): review %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to finalize.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready to finalize:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red-flag conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks and action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finalize needs the names of the assessor and the reviewer: --assessor NAME --reviewer NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of case %2 is already finalized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of case %2 is finalized under %3 %4.
Content hash: %5
Keep the report until %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also load the rule set in FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who carried out the assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who reviewed the assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadlines takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calendar takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday calendar %1–%2 loaded and kept in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workdays needs one of: workdays add DATE N, workdays between FROM TO, workdays info DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a number of working days from 0 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result lies beyond the year %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--due-soon needs a number of working days from 0 to 250.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load a newer holiday calendar from FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count as if today were DATE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The due-soon window in working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include met deadlines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>render needs one case: render CASE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang is zh_CN or en.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Report of case %1, version %2: %3 (%n page(s)).</source>
        <translation>
            <numerusform>Report of case %1, version %2: %3 (%n page).</numerusform><numerusform>Report of case %1, version %2: %3 (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>The version is a draft: every page is marked DRAFT and carries no content hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the document: zh_CN or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the PIA report to FILE (PDF).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing workbook of case %1, version %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the filing workbook to FILE (Excel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--filing is initial, modification or deregistration.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Filing packet (%4) of case %1, version %2: %3 (%n page(s)).</source>
        <translation>
            <numerusform>Filing packet (%4) of case %1, version %2: %3 (%n page).</numerusform><numerusform>Filing packet (%4) of case %1, version %2: %3 (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Write the filing packet to FILE (PDF).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind of filing of the packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--today applies to deadlines, workdays, check, render and demo only; changes are always recorded at the real time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cases and --seed apply to demo only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo needs --cases N, from 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 already holds %n case(s); demo cases go only into a new or empty case file.</source>
        <translation>
            <numerusform>%1 already holds %n case; demo cases go only into a new or empty case file.</numerusform><numerusform>%1 already holds %n cases; demo cases go only into a new or empty case file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) written to %1 (seed %2, built around %3).</source>
        <translation>
            <numerusform>%n demo case written to %1 (seed %2, built around %3).</numerusform><numerusform>%n demo cases written to %1 (seed %2, built around %3).</numerusform></translation>
    </message>
    <message>
        <source>How many demo cases to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seed of the demo cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk %1, Qt %2, SQLite %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data files: built into the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday calendar: %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROHIBITED, basis not shown, blocks finalization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROHIBITED, must stop, blocks finalization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condition, addressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unanswered)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adverse findings: %n</source>
        <translation>
            <numerusform>Adverse findings: %n</numerusform><numerusform>Adverse findings: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Conclusions the answers contradict: %n</source>
        <translation>
            <numerusform>Conclusions the answers contradict: %n</numerusform><numerusform>Conclusions the answers contradict: %n</numerusform></translation>
    </message>
    <message>
        <source>Overall risk: %1 residual (%2 before measures, %3 target)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measures done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target %1 once measures are done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual risk above the acceptable level (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted by %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody has accepted it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reassess needs one case: reassess CASE_ID --trigger KIND --date DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(The administration was found %1.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reassess needs --trigger, one of purpose_changed, methods_changed, security_incident, yearly_review, legal_basis_changed or other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reassess needs --date, the date of the change or incident (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of case %2 is a draft under %3 %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers carried over: %1. Questions open under the new rule set: %2. Earlier versions are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What starts the re-assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the change or incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What changed or happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rule set the new version is assessed under.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>render needs a file to write: render CASE_ID --report FILE.pdf, --odt FILE.odt, --packet FILE.pdf, --packet-dir DIR or --xlsx FILE.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working copy of the report of case %1, version %2: %3 (editable; not the record).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing folder (%4) of case %1, version %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filled in; print, sign, seal and scan it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case's scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attach the scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an editable working copy of the PIA report to FILE (ODT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the filing into DIR, one file per upload slot of the filing system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the summaries of the cases could not be brought up to date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team store on a PostgreSQL server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --file or --db, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db takes the address of a team store: postgresql://HOST/DATABASE (or postgresql:///DATABASE?host=SOCKET_DIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--user cannot be used with a team store: its audit log names the role you connect as. Connect as that person instead (the user in the address, or PGUSER).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to apply to copy only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: piadesk-cli [--file PATH | --db URL] [--user NAME] COMMAND [ARGUMENTS]

Keeps the facial-recognition impact assessments and CAC filings of a PIAdesk case file or team store.

Commands:
  list [--json]                 List the cases in the case file.
  import CASE.json              Import the cases of an exchange document; prints their ids.
  export CASE_ID [--out FILE]   Export one case (id or uuid) as an exchange document.
  verify                        Check the file's integrity, audit log and finalized versions.
  copy --from FILE|URL --to FILE|URL [CASE_ID...]
                                Copy cases (default: all) between case files and team stores
                                through the exchange format; the target records their import.
  check CASE_ID [--version N]   Filing obligation, red flags, completeness and risks of a version
                                (default: the latest).
  finalize CASE_ID --assessor NAME --reviewer NAME [--version N]
                                Finalize a draft; refused, with the reasons, while the check says no.
  render CASE_ID [--version N] [--lang zh_CN|en] [--report FILE.pdf] [--xlsx FILE.xlsx]
         [--odt FILE.odt] [--packet FILE.pdf] [--packet-dir DIR]
         [--filing initial|modification|deregistration]
                                Write the PIA report (PDF; --odt: an editable working copy), the
                                filing workbook (Excel), the filing packet (one PDF, with
                                attachments) and the filing folder (one file per upload slot of
                                the rule set, forms and letters filled in) of a version (default:
                                in Chinese).
  reassess CASE_ID --trigger KIND --date DATE [--description TEXT] [--rule-set ID]
                                Start a new version after a change (KIND: purpose_changed,
                                methods_changed, security_incident, yearly_review, other), or
                                under another rule set (legal_basis_changed --rule-set
                                cn-cac-frt-2025-measures): shared answers carry over, earlier
                                versions never change.
  deadlines [--today DATE] [--due-soon N] [--all]
                                Every open deadline of every case, soonest first, with how it was
                                counted (--all: met ones too).
  workdays add DATE N           The N-th working day after DATE (DATE itself not counted).
  workdays between FROM TO      The working days after FROM up to and including TO.
  workdays info DATE            Whether DATE is a working day, and why.
  calendar                      The holiday calendar in use.
  about                         The version, and where PIAdesk's data files are read from.
  demo --cases N [--seed S]     Fill a new or empty case file with N synthetic cases (for trying
                                PIAdesk out and for benchmarks); the same seed and --today give
                                the same cases. The first is a large case.

Options:
  --file PATH    The case file (default: %1).
  --db URL       A team store on a PostgreSQL server instead of a case file:
                 postgresql://HOST/DATABASE or postgresql:///DATABASE?host=SOCKET_DIR; the password
                 comes from ~/.pgpass or PGPASSWORD. Its audit log names the role you connect as.
  --user NAME    Who the audit log of a case file names for changes (default: the system user).
  --rules FILE   Also load the rule set in FILE (a newer version replaces the built-in one).
  --calendar FILE
                 Load a newer holiday calendar from FILE and keep it for later runs.
  --today DATE   Count deadlines as if today were DATE (deadlines, workdays, check, render); the day
                 the demo cases are built around.
  --json         Print results as JSON.
  --out FILE     Write the result to FILE instead of standard output.
  --version      Print the version.
  --help         Print this help.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where copy takes the cases from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where copy puts the cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy needs where from and where to: copy --from FILE|URL --to FILE|URL [CASE…]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy takes its case files or team stores with --from and --to, not --file or --db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy needs two different places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no cases in %1 to copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cases did not arrive whole: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) from %1 to %2.</source>
        <translation>
            <numerusform>Copied %n case from %1 to %2.</numerusform><numerusform>Copied %n cases from %1 to %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>piadesk::CompareDialog</name>
    <message>
        <source>Versions %1 and %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) differ(s). Each version is shown with the facts it recorded.</source>
        <translation>
            <numerusform>%n item differs. Each version is shown with the facts it recorded.</numerusform><numerusform>%n items differ. Each version is shown with the facts it recorded.</numerusform></translation>
    </message>
</context>
<context>
    <name>piadesk::Condition</name>
    <message>
        <source>must be a condition object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be the only key of its object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a non-empty array of conditions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs "fact", "answer", "all", "any" or "not".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names no fact or question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must have exactly one operator besides its fact or question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a non-empty array of values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applies to questions only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a string, a number or true/false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has no known operator (eq, ne, in, contains, containsAny, gt, gte, lt, lte, answered).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform><numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform></translation>
    </message>
    <message>
        <source>Character %1 ("%2") cannot appear in a unified social credit code: only digits and the capital letters A-Y without I, O, S, V and Z are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are the administrative division code and must be digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check character (the 18th) is "%1" but should be "%2": the code has a typing error.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DataFiles</name>
    <message>
        <source>PIAdesk cannot find its data files (rule sets, document templates, holiday calendar, translations): it looked for them in %1. Reinstall PIAdesk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DataMapPage</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet stated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No processing activity yet: add one with Add Activity; the first starts from the case facts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DateField</name>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is after %2, the latest date this field takes; it is not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is outside the dates PIAdesk records (%2 to %3); it is not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date; it is not saved. Type it as %2, %3 or %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set (e.g. %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a date as %1, %2 or %3, or choose it from the calendar (Alt+Down).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the date from a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DateOutput</name>
    <message>
        <source>Estimated: there is no holiday calendar; only weekends were skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated: the holiday calendar covers %1–%2; days after it were judged on weekends alone. Load a newer holiday calendar with --calendar FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date: write a real day as YYYY-MM-DD, e.g. 2025-10-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday calendar: %1–%2, %3 days off and %4 make-up working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built into PIAdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: not a working day (weekend).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: not a working day (public holiday: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: a working day (make-up working day for %3).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) after %1 (not counted itself).</source>
        <translation>
            <numerusform>%n working day after %1 (not counted itself).</numerusform><numerusform>%n working days after %1 (not counted itself).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from %1 (not counted) to %2.</source>
        <translation>
            <numerusform>%n working day from %1 (not counted) to %2.</numerusform><numerusform>%n working days from %1 (not counted) to %2.</numerusform></translation>
    </message>
    <message>
        <source>Deadlines on %1 (holiday calendar %2–%3):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n working day</numerusform><numerusform>OVERDUE by %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n working day(s)</source>
        <translation>
            <numerusform>%1, in %n working day</numerusform><numerusform>%1, in %n working days</numerusform></translation>
    </message>
    <message>
        <source>met on %1, late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(estimated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DeadlineModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform><numerusform>Overdue by %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>Due in %n working day</numerusform><numerusform>Due in %n working days</numerusform></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DeadlinePlanner</name>
    <message>
        <source>Re-assessment (version %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the report of version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the (planned) start of use to schedule it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the start of use, or the trigger date on the initial filing, to schedule it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the date of the change on the modification filing to schedule it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the end of use to schedule it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the trigger date of version %1 to schedule it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept %1 years from finalization on %2 (%3); may be deleted from %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met on %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) after %1 (%2, not counted itself), %3.</source>
        <translation>
            <numerusform>%n working day after %1 (%2, not counted itself), %3.</numerusform><numerusform>%n working days after %1 (%2, not counted itself), %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after %1 (%2), %3.</source>
        <translation>
            <numerusform>%n month after %1 (%2), %3.</numerusform><numerusform>%n months after %1 (%2), %3.</numerusform></translation>
    </message>
    <message>
        <source>Finalized before use starts on %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due by the trigger date %1, before processing changes; %2 sets no other period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated: the holiday calendar ends with %1; later days were counted on weekends alone. Load a newer holiday calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modification of filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De-registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly test and risk assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trigger date recorded on the filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date of the change recorded on the re-assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finalization of the last version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trigger date of the re-assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the day the stored head count reached the threshold (a case fact), or the trigger date on the initial filing, to schedule it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due by %1: the stored head count reached the threshold on %2, before %3, when the rules took effect (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day the stored head count reached the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transitional due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the action plan of version %1 sets for this measure, now %2; no owner is named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the action plan of version %1 sets for this measure, now %2; owner: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It leaves the deadlines once its status is Done or Dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure of the action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due date set in the action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is finalized and stays as it was: once the measure is done, a re-assessment (the yearly review, for one) records it, and it leaves the deadlines.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DemoCases</name>
    <message>
        <source>The number of demo cases must be from 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo cases need a valid date to be built around.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Dialogs</name>
    <message>
        <source>Connect to Team Store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from ~/.pgpass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team store is a PostgreSQL database that several officers share; its administrator gives you the server, the database and your user. The password is used to connect and not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::DocumentExport</name>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filing packet (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 v%2 %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A filing folder is written into a folder, not into one file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filing folder (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report working copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Engine</name>
    <message>
        <source>Filing required (%1): the technology is used in a public place, and it stores the facial information of %2 people, %3 %4. File with the %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing required (%1): the technology is used in a public place. File with the %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing required (%1): it stores the facial information of %2 people, %3 %4. File with the %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No filing required (%1): not used in a public place, and %2 people stored is not %3 %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No filing required (%1): not used in a public place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is already finalized.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The assessment is %1% complete; %n item(s) missing.</source>
        <translation>
            <numerusform>The assessment is %1% complete; %n item missing.</numerusform><numerusform>The assessment is %1% complete; %n items missing.</numerusform></translation>
    </message>
    <message>
        <source>Answer %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to %1 is not one the question allows; answer it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attach evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attach evidence or write a justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclude section "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the rationale of the conclusion of section "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how the condition "%1" (%2) is met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identify and rate at least one risk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give risk %1 a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan at least one measure against the risk "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the owner of the measure "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the due date of the measure "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the assessor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the reviewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reviewer must be someone other than the assessor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): what would allow the practice is not shown. Answer the question that shows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) is prohibited: the practice must stop. Only a change of the fact or answer that raised it clears it; a written note does not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section "%1" is concluded "%2", but the prohibited practice "%3" (%4) stands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section "%1" is concluded "%2", but the answer to %3 is an adverse finding: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section "%1" is concluded "%2", but %3 is unanswered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The residual risk is %1, above the acceptable level (%2): record who accepts it, when and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No filing required (%1): %2 people stored is not %3 %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which risk source the risk "%1" arises from and why its likelihood is as rated (the cause found and the evidence).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record how the assessment was done (the methods used) and how the team is independent of the department assessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe at least one processing activity in the data map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the data map, state for %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment is %1% complete; missing: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Enums</name>
    <message>
        <source>Not specified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office or workplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factory or construction site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residential estate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Railway, metro or bus station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Airport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibition hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Museum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Art gallery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shop or shopping centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street, square or other public space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online service (app or website)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1:1 verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1:N identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remote, frictionless identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Methods changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major security incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modification of filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De-registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limits on self-determination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discriminatory treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damage to reputation or mental distress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damage to person or property</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal basis changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::ExportDialog</name>
    <message>
        <source>Case: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment report (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing packet (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing workbook (Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Documents — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has no assessment yet: there is nothing to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering the document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendered in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voluntary Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Export the documents of a voluntary filing anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export for a Voluntary Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported: the rules do not require this filing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the Filing Folder Into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing folder (one file per upload)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 name no upload slots of a filing system: export the filing packet as one PDF instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the filing folder…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Written into %1: %n file(s), one per upload.</source>
        <translation>
            <numerusform>Written into %1: %n file, one per upload.</numerusform><numerusform>Written into %1: %n files, one per upload.</numerusform></translation>
    </message>
    <message>
        <source>To print, sign and seal: %1. Scans still to attach: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working copy of the report (ODT, editable; not the record)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FactsPage</name>
    <message>
        <source>Where and why facial recognition is used, how, on how many people, and how the facial information is kept. Screening and filing are decided from these facts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FieldRules</name>
    <message numerus="yes">
        <source>has %n entries; at most 1000 are allowed.</source>
        <translation>
            <numerusform>has %n entry; at most 1000 are allowed.</numerusform><numerusform>has %n entries; at most 1000 are allowed.</numerusform></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains a control character (U+%1) at position %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains an invalid character at position %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lies in the year %1; dates from %2 to %3 are accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists "%1" twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 0 and 10,000,000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 0 and 2,000,000,000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is before the start of use (%1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>has too many answers (%n).</source>
        <translation>
            <numerusform>has too many answers (%n).</numerusform><numerusform>has too many answers (%n).</numerusform></translation>
    </message>
    <message>
        <source>has an invalid question id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has an invalid material id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1 bytes; an attachment may have at most %2 MiB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains a text-direction override (U+%1) at position %2, which would make the printed text read differently from what was typed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FilingAuthority</name>
    <message>
        <source>from the division code %1 in the unified social credit code (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the address (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither the credit code nor the address shows the province: complete them to name the provincial administration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FilingDialog</name>
    <message>
        <source>Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filings — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted %1, late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No filing is due for this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material or upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploads to the filing system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 What they require is shown once the case is re-assessed under them (Case → Re-assess Under the Rules in Force).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FilingFolder</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document template "%1" is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working copy, for editing. The record of this assessment is the PDF report written by PIAdesk, which carries the content hash; an edited copy is not that record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working copy, for editing (letterhead, wording) before printing, signing and sealing. Remove this line from the copy you use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 name no upload slots of a filing system: write the filing packet as one PDF instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working copies (ODT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (to print, sign and seal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (attach the scan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

%2

PIAdesk cannot fill this upload: scan the document and upload the scan in this slot of the filing system.%3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> It must bear the organisation's official seal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FilingTracker</name>
    <message>
        <source>The date %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The initial filing is already recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the start of use in the case facts, or give the date the filing period starts from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The initial filing has not been submitted yet: file the case as it now stands, with the change included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change on %1 came before the initial filing was submitted (%2), so the filing already covers it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe the change: the modification filing states it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De-registration is already recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the date the use ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The submission date lies before the date the filing is counted from (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record in the case facts the day the number of people stored reached the filing threshold, or give the date the filing period starts from.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::FormSupport</name>
    <message>
        <source>%1 is not saved: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some Text Is Not Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These fields hold text that could not be saved (the reason is shown beside them): %1.

Close and lose that text, or keep editing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Reload shows the case as it is now and clears the undo history. What you typed and could not save is then replaced: to keep it, choose Keep Editing and copy it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Not Read Again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::HelpDialog</name>
    <message>
        <source>PIAdesk User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user guide is not installed with this copy of PIAdesk (docs/user-guide.*.md among its data files).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::LocalFiles</name>
    <message>
        <source>The permissions of %1 cannot be changed: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::MainWindow</name>
    <message>
        <source>%1 — PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1</source>
        <translation>
            <numerusform>%n case in %1</numerusform><numerusform>%n cases in %1</numerusform></translation>
    </message>
    <message>
        <source>About PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PIAdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Personal-information protection impact assessments and CAC filings for facial recognition applications.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some due dates lie beyond the holiday calendar (%1–%2) and were counted on weekends alone: load a newer calendar in Settings → Holiday Calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines: nothing overdue or due soon</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deadlines: %n need(s) attention</source>
        <translation>
            <numerusform>Deadlines: %n needs attention</numerusform><numerusform>Deadlines: %n need attention</numerusform></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy %2).piadesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy of the Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk case files (*.piadesk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy of the case file was saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case exchange documents (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Case Selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the case to export in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case-%1.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case exchange documents (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>Imported %n case from %1.</numerusform><numerusform>Imported %n cases from %1.</numerusform></translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the case to open in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case File Not Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist (any more). To start a new case file there, use File → New Case File.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case File Not Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. PIAdesk never replaces a case file; open it, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk case files (*.piadesk);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases.piadesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Case Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Not Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the case to re-assess in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the case whose filings to show in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the case whose documents to export in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All risk levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by overall risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines that need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the case to edit in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking deadlines: %1 of %2 cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Changed Outside PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case was changed outside PIAdesk since it was recorded, so its finalized report can no longer be relied on. Restore the case file from a backup, or ask who changed it.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rule sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by rule set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already Under the Rules in Force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case is assessed under %1, which nothing has superseded. Use Re-assess for a change in the processing.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform><numerusform>%1 of %n cases</numerusform></translation>
    </message>
    <message>
        <source>The holiday calendar ends on %1. Deadlines after that day are counted on weekends alone and marked "estimated" until the State Council's arrangement for %2 is loaded: Settings → Holiday Calendar… → Load a Newer Calendar…, with the arrangement as a calendar file in PIAdesk's format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Not Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the case “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version Not Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted version %1 of the case “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Demo Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo.piadesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo Case File Not Created</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 holds %n invented case(s) to try PIAdesk out; your own case files are unchanged.</source>
        <translation>
            <numerusform>%1 holds %n invented case to try PIAdesk out; your own case files are unchanged.</numerusform><numerusform>%1 holds %n invented cases to try PIAdesk out; your own case files are unchanged.</numerusform></translation>
    </message>
    <message>
        <source>%1 (official text, cac.gov.cn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (read-only) — PIAdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case File Opened Read-Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other accounts on this computer can read %1. It holds personal information (names and phone numbers, evidence such as signed consent forms) and legal records.

Make it readable and writable by you only?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case File Readable by Others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave As It Is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case File Not Made Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now readable and writable by you only.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n most urgent are listed here, and %1 more need attention: tick Overdue only to list every case with an overdue deadline, and select a case to see all of its deadlines.</source>
        <translation>
            <numerusform>The %n most urgent are listed here, and %1 more need attention: tick Overdue only to list every case with an overdue deadline, and select a case to see all of its deadlines.</numerusform><numerusform>The %n most urgent are listed here, and %1 more need attention: tick Overdue only to list every case with an overdue deadline, and select a case to see all of its deadlines.</numerusform></translation>
    </message>
    <message>
        <source>Preparing the register of this file for this version of PIAdesk: the risk, filing and deadline columns and this list follow when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register Not Prepared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the register: %1 of %2 cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team Store Not Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team Store Opened Read-Only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::MaterialsPage</name>
    <message>
        <source>Filing with %1 (%2) hands over these materials. Most are drawn from the case and the report; attach the others here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the responsible person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the assessment report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach to the Filing Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop files here, or use Attach File.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::MeasureListModel</name>
    <message>
        <source>(not described)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Migrator</name>
    <message>
        <source>Updating the case file to schema version %1 (%2) failed: %3. The file was left at version %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::ModelJson</name>
    <message>
        <source>must be an object mapping question ids to answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a valid question id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a string, number, boolean, list or null.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a string, number or boolean of acceptable length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a finite number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object mapping material ids to states.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be the file's bytes in base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is larger than an attachment may be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a known field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1; it must lie between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a date "YYYY-MM-DD" or null, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a UTC time "YYYY-MM-DDTHH:MM:SSZ" or null.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an array, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has too many entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats an earlier entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may contain only letters, digits, '-', '_' and '.'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be deleted or anonymized.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::NewCaseDialog</name>
    <message>
        <source>New Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which rules is the new case assessed under? A case can be re-assessed under other rules later; its earlier versions keep theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft that never came into force; superseded by other rules on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft that has not come into force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a rule set — its standing</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft that never came into force; superseded by %1 on %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::OdtDocument</name>
    <message>
        <source>The working copy cannot be written: the output is not open for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document stylesheet %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The working copy cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The working copy cannot be written: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::OrganisationPage</name>
    <message>
        <source>The organisation that uses facial recognition, the person responsible for personal-information protection, and who the cyberspace administration can contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(another organisation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Packet</name>
    <message>
        <source>not a readable PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the first %1 of %2 pages are included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The packet template %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its content is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a readable image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listed only: neither a PDF nor an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is a draft: a filing must rest on a finalized version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has changed since version %1 was finalized (%2): a filing must rest on a version assessed on the current facts. Re-assess the case and file the new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked again under %1, version %2 would not be finalized today (prohibited practices, contradicted conclusions or missing items: see the report's summary). Re-assess before filing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anonymized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 A filing must rest on the rules in force: re-assess the case under them and file the new version.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::PdfDocument</name>
    <message>
        <source>The document cannot be written: the output is not open for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document stylesheet %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The font "%1" is not installed (Debian package %2); documents need it to embed Chinese text exactly.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::PreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Problems</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform><numerusform>… and %n more problems.</numerusform></translation>
    </message>
</context>
<context>
    <name>piadesk::QuestionEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justify the answer in writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach evidence or justify the answer in writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the case facts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: enter a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: enter a number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: enter a number of at least %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::QuestionList</name>
    <message>
        <source>Required: not answered yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer stored is not one this question allows: answer it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This answer needs evidence: attach a file, or write why there is none.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::ReassessDialog</name>
    <message>
        <source>&amp;Re-assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rule set names no item to review for this trigger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items to review: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assessed under %1, in force since %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::RecordChanges</name>
    <message>
        <source>case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind of place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>purposes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identification methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vendors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number of people stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minors under 14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original images stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storage location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storage period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anonymization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organisation name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unified social credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person responsible for personal-information protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day the number of people stored reached the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Report</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not concluded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report template %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measures done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measures not all done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules applied, %1, are a draft that has not come into force; check which rules are in force before relying on this assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules applied, %1, have been repealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked again under %1, this version would not be finalized today: see the summary. It stays as it was finalized; a re-assessment is a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis not shown: what would allow this practice is not stated. Until it is, it counts as the prohibited practice described.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis not shown: %1 is unanswered. Until it is answered, this counts as the prohibited practice described.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required items unanswered: %1. An unanswered item is never compliant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Re-assess the case under them: that makes a new version, and this one stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immediately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By its measures' deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::ReviewPage</name>
    <message>
        <source>What is still missing, section by section, and the sign-off. A finalized version is kept unchanged for the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red flags to address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks and measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1: %2% complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 was finalized on %2; its content hash is %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the confirmation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is finalized and will be kept until %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance of the residual risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usually the person responsible for personal-information protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the remaining risk is accepted (printed in the report)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: basis not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prohibited practices: they must stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusions the answers contradict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The residual risk is %1, above the acceptable level (%2) of the rule set: it stays only if someone accepts it. Residual risk counts only measures that are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The residual risk is within the acceptable level; this acceptance is kept but no longer needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was finalized under %1 %2; under today's rules (%3) it would not be: see below. It stays unchanged; a re-assessment is a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earlier rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <extracomment>a prohibited practice (its articles), then ": basis not shown" when that is why it stands</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the assessment was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Methods used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the assessors are and how they are independent of the department whose processing is assessed (printed in the report)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to finalize: tick the confirmation below and choose Finalize Version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalization is refused until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted b&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Independence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a missing item (or press Enter on it) to go where it is filled in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::RiskListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::RiskMap</name>
    <message>
        <source>Likelihood →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the measures (target)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n risk(s)</source>
        <translation>
            <numerusform>%1: %n risk</numerusform><numerusform>%1: %n risks</numerusform></translation>
    </message>
    <message>
        <source>%1 — %2, %3 × %4: %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::RisksPage</name>
    <message>
        <source>(no particular risk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 before measures, %2 residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 residual, target %2 when measures are done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cause or weakness found, and its evidence (inspection, test report, interview, incidents in the sector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 residual: no measure planned against it yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk Not Removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::RuleSetLibrary</name>
    <message>
        <source>The rule set %1 is version %2, older than the version %3 PIAdesk already has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk's rule set %1 is missing or invalid in %2. Reinstall PIAdesk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::RuleSetLoader</name>
    <message>
        <source>needs a text in both Chinese (zh) and English (en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must cite at least one article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an article reference like "frt:15" or a source id like "spp".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid id: lower-case letters, digits and '_', in parts joined by '.'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is used twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id must begin with "%1.".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ids ending in ".conclusion" or beginning with "flag." are reserved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a case fact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a question that shows a case fact takes its type from the fact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an answer type (yes_no, yes_no_na, choice, multi_choice, number, date, text).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a choice needs at least two options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only choice and multi_choice questions have options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false, and only on questions that are asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only number questions have bounds, and a bound is a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min is larger than max.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "answered" or a non-empty list of answer values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be attachment, justification or either.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a case fact cannot require evidence here; ask a question instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a value %2 can take (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a source with articles needs a citation with "{n}" or "{cn}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list exactly %1, in this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list exactly %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the matrix needs a row for impact "%1" with one level for each of the %2 likelihoods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not one of the risk levels (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must raise (positive) or lower (negative) the impact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be more_than or at_least.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be prefecture, province or national.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list the filing materials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>materials must be numbered 1, 2, 3 … in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not something a material can be filled from (%2, section:ID).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a PIAdesk rule set (format "piadesk-ruleset").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this rule set was written for a newer PIAdesk (format %1; this one reads format %2). Update PIAdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may contain only lower-case letters, digits and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a version number like 1.2.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be draft, in_force or repealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a conclusion needs at least two possible values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a rule set needs at least one section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is reserved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sections must be numbered 1, 2, 3 … in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a section needs at least one question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be prohibited or condition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a section of this rule set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a case fact (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator "%1" does not apply to fact "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fact "%1" is true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fact "%1" is a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to question "%1", which does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question "%1" shows the case fact "%2"; test the fact instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refers to question "%1", which comes later; a question can only depend on earlier ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cites a source the rule set does not declare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cites an article that source "%2" does not list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question id "%1" is used twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the rule set %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rule set %1 is larger than 16 MB; it is not a rule set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rule set %1 was refused:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a case fact cannot be an adverse finding; use a red flag instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a section of the rule set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id must begin with a section's id and a dot ("%1."), and not with "screen." or "risk.".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be the two digits that begin a division code (GB/T 2260), like "33".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list how an address names the province.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be start_of_use or threshold_reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be before reachedBefore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uploads must be numbered 1, 2, 3 … in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must name a document template: lower-case letters and hyphens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list at least two entries, each key once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a field of the data map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list the activity's name ("name").</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::ScreeningPage</name>
    <message>
        <source>Facts that decide what the provisions allow. Red flags appear on the right as you answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition — addressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition — say how it is met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No red flag for the facts and answers so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the selected red flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note on this prohibited practice, kept in the report. It does not clear the flag: only stopping the practice (changing the fact or answer that raised it) does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the condition is met (kept in the report).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prohibited unless shown — basis not shown; blocks finalization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prohibited — the practice must stop; blocks finalization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 (%3)
%4</source>
        <extracomment>state, then the flag's title (its articles), then what it means</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed under %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::SectionPage</name>
    <message>
        <source>Art. 15 item %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not concluded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trigger of this re-assessment calls for this item to be reviewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIAdesk case files (*.piadesk);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::TemplateEngine</name>
    <message>
        <source>The document template is invalid: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::VersionDiff</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — impact %2, likelihood %3; after measures %4, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, due %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform><numerusform>%n evidence files</numerusform></translation>
    </message>
    <message>
        <source>Case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minors under 14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original images kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red flag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head count reached the threshold on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data map: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data map: %1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::WorkCalendar</name>
    <message>
        <source>New Year's Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform><numerusform>%n holidays</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) (%1)</source>
        <translation>
            <numerusform>%n holiday (%1)</numerusform><numerusform>%n holidays (%1)</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed over %1 and %2; counted %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>%n weekend day</numerusform><numerusform>%n weekend days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n make-up working day</numerusform><numerusform>%n make-up working days</numerusform></translation>
    </message>
</context>
<context>
    <name>piadesk::Workbook</name>
    <message>
        <source>The workbook cannot be written: the output is not open for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook cannot be written: no temporary directory (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAC filing workbook: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person responsible for PI protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People whose facial information is stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content hash of the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(draft: not finalized)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook cannot be written: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As recorded when version %1 was finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case as it stands (draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed in the case since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. A filing must rest on a version assessed on the current facts: re-assess first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact after measures (target)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood after measures (target)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual level (measures done only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description of the risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number stored reached the filing threshold on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready to file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploads to the filing system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft, not finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No filing is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing reference number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All measures done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact \ likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptable level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A residual level above the acceptable level needs a recorded acceptance: who accepts it, when and why.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The impacts in the register include the rule set's adjustments for this case (%n step(s)).</source>
        <translation>
            <numerusform>The impacts in the register include the rule set's adjustments for this case (%n step).</numerusform><numerusform>The impacts in the register include the rule set's adjustments for this case (%n steps).</numerusform></translation>
    </message>
    <message>
        <source>Risk no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause and evidence of the likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This version records no data map.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>piadesk::Workflow</name>
    <message>
        <source>Case %1 is assessed under the rule set "%2", which this PIAdesk does not have. Load it with --rules FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no assessment version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De-registered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filing required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not scheduled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no rule set "%1". PIAdesk has: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessing the case under another rule set is a change of its legal basis: give the trigger "legal_basis_changed".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is already assessed under %1: name the rule set it moves to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assessed under %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe what changed or happened: the report and the filing change cite it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the date of the change or incident: deadlines are counted from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 (estimated)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>