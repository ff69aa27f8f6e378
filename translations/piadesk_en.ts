<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>PIAdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PIAdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::Application</name>
    <message>
        <source>Facial-recognition impact assessments and CAC filings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIAdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::AuditChain</name>
    <message>
        <source>Audit event %1 is missing: the log jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 does not follow from event %2: an event was removed or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::CaseExchange</name>
    <message>
        <source>is not a known field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the id &quot;%1&quot; used elsewhere in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to assessment &quot;%1&quot;, which is not in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says %1 bytes but the data has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the data: the attachment is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats version number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a risk id of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a measure id of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to risk &quot;%1&quot;, which is not in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to attachment &quot;%1&quot;, which is not in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;initial&quot; for the first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be &quot;initial&quot; only for the first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than the previous version&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but lacks finalizedAt, retainUntil, contentHash or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the version&apos;s content: the finalized version was altered after it was finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1 but carries finalization data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than one version that is not finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than one finalized version; earlier ones must be superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; a case document may have at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1, at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not a PIAdesk case document (its top level is not an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;piadesk-case&quot;: this is not a PIAdesk case document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1: the document comes from a newer PIAdesk. This version reads format version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the case&apos;s id (a non-empty string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: the attachment&apos;s bytes must be included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; the document has %n problem(s):</source>
        <translation>
            <numerusform>Nothing was imported; the document has %n problem:</numerusform>
            <numerusform>Nothing was imported; the document has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::CaseListModel</name>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::CaseStore</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a PIAdesk case file. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PIAdesk case file (it is not an SQLite database). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short. It was left as it is; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PIAdesk case file. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PIAdesk (case file schema %2; this version reads up to %3). Update PIAdesk to open it. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left as it is; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older case file schema (%2) and must be updated before it can be read; open it for writing once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy %2 could not be written (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the file as it was is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment version is finalized and cannot be changed. Start a re-assessment to revise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finalized assessment report must be kept until its retain-until date and cannot be deleted before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved; the case file is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is busy in another program. The change was not saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is open read-only. The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is damaged (%1). The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be written (%1). The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation of case %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; cannot be deleted: the report of version %2 must be kept until %3 (Art. 15). It can be deleted from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment version %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is %2 and cannot be changed. Start a re-assessment to revise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger description %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this case is still %2. Finalize or delete it before starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first assessment of a case is the initial assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has been assessed already; a new version needs a trigger such as a change of purpose or methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-assessment needs the date of its trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 cannot be finalized yet: name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is finalized; its report must be kept until %2 (Art. 15). It can be deleted from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing %1 does not exist in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment version this attachment is for does not belong to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is finalized; evidence cannot be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; (%2) is already in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment version %1 (%2) is already in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n assessment version(s)</source>
        <translation>
            <numerusform>%1, with %n assessment version</numerusform>
            <numerusform>%1, with %n assessment versions</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty: its events were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; (id %2), version %3: the content no longer matches the hash recorded when it was finalized. It was changed outside PIAdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment&apos;s content (SHA-256 %1) was changed outside PIAdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by %2 (process %3 on %4). Close it there first, or open the file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there first, or open the file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of %2: rows were deleted outside PIAdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::Cli</name>
    <message>
        <source>Usage: piadesk-cli [--file PATH] [--user NAME] COMMAND [ARGUMENTS]

Keeps the facial-recognition impact assessments and CAC filings of a PIAdesk case file.

Commands:
  list [--json]                 List the cases in the case file.
  import CASE.json              Import the cases of an exchange document; prints their ids.
  export CASE_ID [--out FILE]   Export one case (id or uuid) as an exchange document.
  verify                        Check the file&apos;s integrity, audit log and finalized versions.

Options:
  --file PATH    The case file (default: %1).
  --user NAME    Who the audit log names for changes (default: the system user).
  --json         Print results as JSON.
  --out FILE     Write the result to FILE instead of standard output.
  --version      Print the version.
  --help         Print this help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one file: import CASE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs one case: export CASE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run piadesk-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a case document (%2 MiB; the limit is %3 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %1 has %n problem(s):</source>
        <translation>
            <numerusform>Nothing was imported; %1 has %n problem:</numerusform>
            <numerusform>Nothing was imported; %1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n event(s), newest hash %1</source>
        <translation>
            <numerusform>Audit log: %n event, newest hash %1</numerusform>
            <numerusform>Audit log: %n events, newest hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalized versions checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s).</source>
        <translation>
            <numerusform>Verification failed: %n problem.</numerusform>
            <numerusform>Verification failed: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the audit log names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piadesk-cli %1 (case file schema %2, case exchange format %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a unified social credit code: only digits and the capital letters A-Y without I, O, S, V and Z are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are the administrative division code and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the 18th) is &quot;%1&quot; but should be &quot;%2&quot;: the code has a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::Enums</name>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory or construction site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway, metro or bus station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Museum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop or shopping centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, square or other public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online service (app or website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:N identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote, frictionless identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major security incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification of filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits on self-determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discriminatory treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to reputation or mental distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to person or property</source>
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
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::FieldRules</name>
    <message numerus="yes">
        <source>has %n entries; at most 1000 are allowed.</source>
        <translation>
            <numerusform>has %n entry; at most 1000 are allowed.</numerusform>
            <numerusform>has %n entries; at most 1000 are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invalid character at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the year %1; dates from %2 to %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 2,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the start of use (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has too many answers (%n).</source>
        <translation>
            <numerusform>has too many answers (%n).</numerusform>
            <numerusform>has too many answers (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>has an invalid question id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid material id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes; an attachment may have at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::MainWindow</name>
    <message>
        <source>%1 — PIAdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1</source>
        <translation>
            <numerusform>%n case in %1</numerusform>
            <numerusform>%n cases in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About PIAdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PIAdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Personal-information protection impact assessments and CAC filings for facial recognition applications.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::Migrator</name>
    <message>
        <source>Updating the case file to schema version %1 (%2) failed: %3. The file was left at version %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::ModelJson</name>
    <message>
        <source>must be an object mapping question ids to answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid question id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, number, boolean, list or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, number or boolean of acceptable length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object mapping material ids to states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the file&apos;s bytes in base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than an attachment may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; it must lie between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date &quot;YYYY-MM-DD&quot; or null, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UTC time &quot;YYYY-MM-DDTHH:MM:SSZ&quot; or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats an earlier entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>piadesk::Problems</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
</TS>
