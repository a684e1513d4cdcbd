<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Québec French: only the words that differ from mentorat_fr.ts, which is loaded first. -->
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>“{value}” is not a size: write it as WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une taille : écrivez-la sous la forme LARGEURxHAUTEUR, p. ex. 1280x800.</translation>
    </message>
    <message>
        <source>No active member is “{who}” (give an e-mail or “First Last”).</source>
        <translation>Aucun membre actif ne correspond à «&#xa0;{who}&#xa0;» (indiquez une adresse courriel ou «&#xa0;Prénom Nom&#xa0;»).</translation>
    </message>
</context>
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
    <name>Import</name>
    <message>
        <source>{name} is already registered with this e-mail address.</source>
        <translation>{name} figure déjà parmi les membres avec cette adresse courriel.</translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
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
    <name>MemberDialog</name>
    <message>
        <source>e.g. 1962</source>
        <translation>p. ex. 1962</translation>
    </message>
    <message>
        <source>e.g. French, English</source>
        <translation>p. ex. français, anglais</translation>
    </message>
    <message>
        <source>e.g. Tuesday evening</source>
        <translation>p. ex. le mardi soir</translation>
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
<context>
    <name>Messages</name>
    <message>
        <source>No member is named “{who}” or has that e-mail address.</source>
        <translation>Aucun membre ne s’appelle «&#xa0;{who}&#xa0;» ni n’a cette adresse courriel.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid (expected: name@example.org).</source>
        <translation>Cette adresse courriel n’est pas valide (forme attendue : nom@exemple.org).</translation>
    </message>
    <message>
        <source>{name} already has this e-mail address.</source>
        <translation>Cette adresse courriel est déjà celle de {name}.</translation>
    </message>
    <message>
        <source>“{value}” is not a mode (in person, video or phone).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un mode de rencontre reconnu (en personne, vidéo ou téléphone).</translation>
    </message>
    <message>
        <source>“{who}” matches {count} members: use the e-mail address instead.</source>
        <translation>«&#xa0;{who}&#xa0;» correspond à {count} membres : indiquez plutôt l’adresse courriel.</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>e.g. Hold a video call with the family alone</source>
        <translation>p. ex. appeler sa famille en vidéo sans aide</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>e.g. every other Tuesday, 1 h 30</source>
        <translation>p. ex. un mardi sur deux, 1 h 30</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>Courriel de la coordination</translation>
    </message>
    <message>
        <source>Follow the language (Letter in Québec, A4 elsewhere)</source>
        <translation>Selon la langue (format lettre au Québec, A4 ailleurs)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre (8 ½ × 11 po)</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>&amp;Write an e-mail…</source>
        <translation>Écrire un &amp;courriel…</translation>
    </message>
</context>
</TS>
