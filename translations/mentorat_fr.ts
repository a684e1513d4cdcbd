<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ArchiveMembers</name>
    <message>
        <source>archive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>archive %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown language “{value}”: use fr_FR, fr_CA or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” already exists: choose a new file name (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--members must be between 1 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to “{path}”: %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to “{path}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a size: write it as WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done: the command is incomplete or wrong ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyMembers</name>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by adding the first member of your program, or import the list you keep in a spreadsheet (CSV or Excel). To look around first, open the demo association: it lives in a file of its own and never mixes with your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role wished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly commitment (hours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mentor (younger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee (older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born before 1946</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby boomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mentorat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
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
        <source>M&amp;embers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mentorat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Mentorat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorat {version}

Runs a reverse-mentoring program: members, pairs, sessions and charters, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Member details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1962</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. French, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuesday evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, e-mail, skill or city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a year between {min} and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a year or a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not valid (expected: name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, +, - and parentheses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number between {min} and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has this e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, born the same year, is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a role (mentor, mentee or either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a mode (in person, video or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not accepted ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is not a Mentorat database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a database of another program, not of Mentorat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is read-only: Mentorat needs to write to it and to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” was saved by a newer version of Mentorat. Install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “{path}”: the folder does not exist or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Québec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the language (Letter in Québec, A4 elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Mentorat opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreMembers</name>
    <message>
        <source>restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>restore %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
