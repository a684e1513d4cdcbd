<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Québec French: only the words that differ from mentorat_fr.ts, which is loaded first. -->
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>Fields</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Supérieur immédiat</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Video call</source>
        <translation>Vidéoconférence</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search by name, e-mail, skill or city…</source>
        <translation>Chercher par nom, courriel, compétence ou ville…</translation>
    </message>
</context>
</TS>
