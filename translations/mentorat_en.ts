<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveMembers</name>
    <message numerus="yes">
        <source>archive %n member(s)</source>
        <translation>
            <numerusform>archive %n member</numerusform>
            <numerusform>archive %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterBatchDialog</name>
    <message numerus="yes">
        <source>The %n selected pair(s)</source>
        <translation>
            <numerusform>The %n selected pair</numerusform>
            <numerusform>The %n selected pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Demo database written to “{path}”: %n member(s).</source>
        <translation>
            <numerusform>Demo database written to “{path}”: %n member.</numerusform>
            <numerusform>Demo database written to “{path}”: %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added.</source>
        <translation>
            <numerusform>%n member added.</numerusform>
            <numerusform>%n members added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n session added.</numerusform>
            <numerusform>%n sessions added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n pair(s) met their commitment.</source>
        <translation>
            <numerusform>{met} of %n pair met their commitment.</numerusform>
            <numerusform>{met} of %n pairs met their commitment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to “{path}”.</source>
        <translation>
            <numerusform>%n member exported to “{path}”.</numerusform>
            <numerusform>%n members exported to “{path}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) created as proposed.</source>
        <translation>
            <numerusform>%n pair created as proposed.</numerusform>
            <numerusform>%n pairs created as proposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charter(s) written to “{path}”</source>
        <translation>
            <numerusform>%n charter written to “{path}”</numerusform>
            <numerusform>%n charters written to “{path}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)).</source>
        <translation>
            <numerusform> (%n page).</numerusform>
            <numerusform> (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposed</numerusform>
            <numerusform>%n proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) over 12 months</source>
        <translation>
            <numerusform>%n answer over 12 months</numerusform>
            <numerusform>%n answers over 12 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>No session for %n day(s).</source>
        <translation>
            <numerusform>No session for %n day.</numerusform>
            <numerusform>No session for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message numerus="yes">
        <source>To follow up: %n pair(s)</source>
        <translation>
            <numerusform>To follow up: %n pair</numerusform>
            <numerusform>To follow up: %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n row to add</numerusform>
            <numerusform>%n rows to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already present, skipped</source>
        <translation>
            <numerusform>%n row already present, skipped</numerusform>
            <numerusform>%n rows already present, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation>
            <numerusform>To add (%n)</numerusform>
            <numerusform>To add (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already present (%n)</source>
        <translation>
            <numerusform>Already present (%n)</numerusform>
            <numerusform>Already present (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Refused (%n)</numerusform>
            <numerusform>Refused (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Import %n member</numerusform>
            <numerusform>Import %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSessionsDialog</name>
    <message numerus="yes">
        <source>Import %n session(s)</source>
        <translation>
            <numerusform>Import %n session</numerusform>
            <numerusform>Import %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n member(s) exported.</source>
        <translation>
            <numerusform>%n member exported.</numerusform>
            <numerusform>%n members exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported.</source>
        <translation>
            <numerusform>%n session exported.</numerusform>
            <numerusform>%n sessions exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>%n member shown</numerusform>
            <numerusform>%n members shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message numerus="yes">
        <source>%n pair(s) shown</source>
        <translation>
            <numerusform>%n pair shown</numerusform>
            <numerusform>%n pairs shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreMembers</name>
    <message numerus="yes">
        <source>restore %n member(s)</source>
        <translation>
            <numerusform>restore %n member</numerusform>
            <numerusform>restore %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <source>%n session(s), {hours}</source>
        <translation>
            <numerusform>%n session, {hours}</numerusform>
            <numerusform>%n sessions, {hours}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message numerus="yes">
        <source>%n pair(s) created as proposed.</source>
        <translation>
            <numerusform>%n pair created as proposed.</numerusform>
            <numerusform>%n pairs created as proposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) refused: they will not come back.</source>
        <translation>
            <numerusform>%n suggestion refused: it will not come back.</numerusform>
            <numerusform>%n suggestions refused: they will not come back.</numerusform>
        </translation>
    </message>
</context>
</TS>
