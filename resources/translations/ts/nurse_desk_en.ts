<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessLogDialog</name>
    <message numerus="yes">
        <source>%n entries. The log is intact.</source>
        <translation>
            <numerusform>%n entry. The log is intact.</numerusform>
            <numerusform>%n entries. The log is intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateDraftsLine</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned drafts older than %n day(s):</source>
        <translation>
            <numerusform>Unsigned drafts older than %n day:</numerusform>
            <numerusform>Unsigned drafts older than %n days:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftSchoolDialog</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message numerus="yes">
        <source>%n or more notes found; the latest are shown. Add a word to narrow the search.</source>
        <translation>
            <numerusform>%n or more notes found; the latest is shown. Add a word to narrow the search.</numerusform>
            <numerusform>%n or more notes found; the latest are shown. Add a word to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PupilAbsenceWidget</name>
    <message numerus="yes">
        <source>Absent %1 of %2 school days (%3 %) since %4, in %n episodes.</source>
        <translation>
            <numerusform>Absent %1 of %2 school days (%3 %) since %4, in %n episode.</numerusform>
            <numerusform>Absent %1 of %2 school days (%3 %) since %4, in %n episodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatWords</name>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
</TS>
