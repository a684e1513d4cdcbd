<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Québec French: only the words that differ from mentorat_fr.ts, which is loaded first. -->
<TS version="2.1" language="fr_CA" sourcelanguage="en">
    <context>
        <name>Cli</name>
        <message>
            <source>“{value}” is not a size: write it as WIDTHxHEIGHT, e.g. 1280x800.</source>
            <translation>« {value} » n’est pas une taille : écrivez-la sous la forme LARGEURxHAUTEUR, p. ex. 1280x800.</translation>
        </message>
        <message>
            <source>No active member is “{who}” (give an e-mail or “First Last”).</source>
            <translation>Aucun membre actif ne correspond à « {who} » (indiquez une adresse courriel ou « Prénom Nom »).</translation>
        </message>
        <message>
            <source>Member {number} erased: their personal data is gone; the hours and counts of their pairs stay, without a name.</source>
            <translation>Membre {number} effacé : ses données personnelles ont disparu; les heures et les décomptes de ses binômes restent, sans nom.</translation>
        </message>
        <message>
            <source>No member is “{who}” (give an e-mail address or a member number).</source>
            <translation>Aucun membre ne correspond à « {who} » (indiquez une adresse courriel ou un numéro de membre).</translation>
        </message>
        <message>
            <source>The backups made before the erasure, the one just made included, still hold this person's data until they age out (one year at most); delete them by hand to erase it now.</source>
            <translation>Les sauvegardes faites avant l’effacement, y compris celle qui vient d’être faite, gardent les renseignements personnels de cette personne jusqu’à leur expiration (un an au plus); supprimez-les à la main pour les effacer tout de suite.</translation>
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
        <message>
            <source>The encoding of “{path}” is not recognised (or it is not text): save it again as “CSV UTF-8”.</source>
            <translation>L’encodage de « {path} » n’est pas reconnu (ou ce n’est pas du texte) : enregistrez-le de nouveau en format « CSV UTF-8 ».</translation>
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
        <message>
            <source>e-mail</source>
            <translation>par courriel</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>No consent to keep their data (never given, or withdrawn): record it, or erase their data (Members menu).</source>
            <translation>Pas de consentement à la conservation de ses renseignements personnels (jamais donné, ou retiré) : enregistrez-le, ou effacez ses renseignements (menu Membres).</translation>
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
            <translation>Aucun membre ne s’appelle « {who} » ni n’a cette adresse courriel.</translation>
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
            <translation>« {value} » n’est pas un mode de rencontre reconnu (en personne, vidéo ou téléphone).</translation>
        </message>
        <message>
            <source>“{who}” matches {count} members: use the e-mail address instead.</source>
            <translation>« {who} » correspond à {count} membres : indiquez plutôt l’adresse courriel.</translation>
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
            <source>Coordinator's e-mail</source>
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
        <message>
            <source>Keep a member's data after their last activity for</source>
            <translation>Conservation des renseignements après la dernière activité</translation>
        </message>
        <message>
            <source>Members' data and backups</source>
            <translation>Renseignements personnels et sauvegardes</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>&amp;Write an e-mail…</source>
            <translation>Écrire un &amp;courriel…</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>Erase one person's personal data; their pairs' hours stay, unnamed.</source>
            <translation>Effacer les renseignements personnels d’une personne; les heures de ses binômes restent, sans nom.</translation>
        </message>
        <message>
            <source>Print the record of processing: what is kept about members, why, how long.</source>
            <translation>Imprimer la description des renseignements personnels détenus : ce qui est conservé sur les membres, pourquoi, combien de temps.</translation>
        </message>
        <message>
            <source>an e-mail address or a member number</source>
            <translation>une adresse courriel ou un numéro de membre</translation>
        </message>
        <message>
            <source>record the proposed pairs (all or none; a backup is made first)</source>
            <translation>enregistrer les binômes proposés (tous ou aucun; une sauvegarde est faite d’abord)</translation>
        </message>
        <message>
            <source>the mentee: an e-mail address or “First Last”</source>
            <translation>la personne mentorée (la plus expérimentée) : une adresse courriel ou « Prénom Nom »</translation>
        </message>
        <message>
            <source>the mentor: an e-mail address or “First Last”</source>
            <translation>la personne mentore (la plus jeune) : une adresse courriel ou « Prénom Nom »</translation>
        </message>
    </context>
    <context>
        <name>ErasePersonDialog</name>
        <message>
            <source>Erase {name}?</source>
            <translation>Effacer {name}?</translation>
        </message>
        <message>
            <source>The database is backed up first. That backup and the earlier ones still hold the data until they age out (within a year); delete them by hand to erase it sooner.</source>
            <translation>La base de données est d’abord sauvegardée. Cette sauvegarde et les précédentes gardent les renseignements personnels jusqu’à leur expiration (dans l’année); supprimez-les à la main pour les effacer plus tôt.</translation>
        </message>
        <message>
            <source>This database is open read-only, because another copy of Mentorat is using it: nobody can be erased here.</source>
            <translation>Cette base de données est ouverte en lecture seule, car une autre copie de Mentorat l’utilise : aucun renseignement ne peut être effacé ici.</translation>
        </message>
        <message>
            <source>The state before was backed up to “{path}”: that backup and the earlier ones still hold the data until they age out (within a year).</source>
            <translation>L’état précédent a été sauvegardé dans « {path} » : cette sauvegarde et les précédentes gardent les renseignements personnels jusqu’à leur expiration (dans l’année).</translation>
        </message>
        <message>
            <source>{name} was erased: they now appear as member #{number}.</source>
            <translation>Les renseignements personnels ont été effacés : {name} apparaît désormais comme le membre #{number}.</translation>
        </message>
    </context>
    <context>
        <name>MemberDetail</name>
        <message>
            <source>Data erased on {date}</source>
            <translation>Renseignements personnels effacés le {date}</translation>
        </message>
        <message>
            <source>keeping their data</source>
            <translation>conservation des renseignements personnels</translation>
        </message>
        <message>
            <source>not keeping their data</source>
            <translation>pas de conservation des renseignements personnels</translation>
        </message>
        <message>
            <source>{agreed}; {refused}</source>
            <translation>{agreed}; {refused}</translation>
        </message>
    </context>
    <context>
        <name>PersonExport</name>
        <message>
            <source>A JSON file and a CSV file are written side by side. “{name}” already exists there: replace it?</source>
            <translation>Un fichier JSON et un fichier CSV sont écrits côte à côte. « {name} » existe déjà à cet endroit : le remplacer?</translation>
        </message>
        <message>
            <source>Export this person’s data</source>
            <translation>Exporter les renseignements personnels de cette personne</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation en cours…</translation>
        </message>
        <message>
            <source>member-{number}-data</source>
            <translation>renseignements-membre-{number}</translation>
        </message>
    </context>
    <context>
        <name>PrivacyActions</name>
        <message>
            <source>Active and archived members without consent to keep their data (never given, or withdrawn)</source>
            <translation>Membres actifs et archivés sans consentement à la conservation de leurs renseignements personnels (jamais donné, ou retiré)</translation>
        </message>
        <message>
            <source>E&amp;xport this person’s data…</source>
            <translation>E&amp;xporter les renseignements personnels de cette personne…</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message numerus="yes">
            <source>Anonymise %n member(s)? Their names, contact details, skills and notes are erased; the hours and counts of their pairs stay, without a name. This cannot be undone.</source>
            <translation>
                <numerusform>Anonymiser %n membre? Son nom, ses coordonnées, ses compétences et ses notes sont effacés; les heures et les décomptes de ses binômes restent, sans nom. Cette opération est définitive.</numerusform>
                <numerusform>Anonymiser %n membres? Leurs noms, coordonnées, compétences et notes sont effacés; les heures et les décomptes de leurs binômes restent, sans nom. Cette opération est définitive.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data of these members has been kept longer than the retention period (%n month(s) after their last activity, set in the preferences). Anonymising erases their personal data; the hours and counts of their pairs stay, without a name. Members in a current pair are never listed.</source>
            <translation>
                <numerusform>Les renseignements de ces membres sont conservés au-delà de la durée prévue (%n mois après leur dernière activité, réglée dans les préférences). L’anonymisation efface leurs renseignements personnels; les heures et les décomptes de leurs binômes restent, sans nom. Les membres d’un binôme en cours n’apparaissent jamais ici.</numerusform>
                <numerusform>Les renseignements de ces membres sont conservés au-delà de la durée prévue (%n mois après leur dernière activité, réglée dans les préférences). L’anonymisation efface leurs renseignements personnels; les heures et les décomptes de leurs binômes restent, sans nom. Les membres d’un binôme en cours n’apparaissent jamais ici.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database is backed up first. That backup and the earlier ones still hold the data until they age out (within a year).</source>
            <translation>La base de données est d’abord sauvegardée. Cette sauvegarde et les précédentes gardent les renseignements personnels jusqu’à leur expiration (dans l’année).</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>(the copy to the second place failed: is it connected?)</source>
            <translation>(la copie vers le second emplacement a échoué : est-il branché?)</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The database is in a folder that {service} synchronises. SQLite and file synchronisation do not mix: the service may copy the file in the middle of a change, or put an older copy back over it. Keep the database outside that folder; choose that folder as the second place for backups instead.</source>
            <translation>La base de données se trouve dans un dossier synchronisé par {service}. Une base SQLite et la synchronisation de fichiers ne font pas bon ménage : le service peut copier le fichier au milieu d’une modification, ou remettre une copie plus ancienne à sa place. Gardez la base hors de ce dossier; choisissez plutôt ce dossier comme second emplacement des sauvegardes.</translation>
        </message>
    </context>
    <context>
        <name>DataMenu</name>
        <message>
            <source>Record of &amp;processing (PDF)…</source>
            <translation>Renseignements &amp;personnels détenus (PDF)…</translation>
        </message>
        <message>
            <source>Record of processing</source>
            <translation>Renseignements personnels détenus</translation>
        </message>
        <message>
            <source>Record of processing written to “{path}”.</source>
            <translation>Description des renseignements personnels écrite dans « {path} ».</translation>
        </message>
        <message>
            <source>record-of-processing.pdf</source>
            <translation>renseignements-personnels.pdf</translation>
        </message>
    </context>
    <context>
        <name>WeightsDialog</name>
        <message>
            <source>Each still has room: proposed, active and paused pairs count against what they agreed to hold; archived members are left out.</source>
            <translation>Chacune a encore de la place : les binômes proposés, actifs et en pause comptent dans le nombre de binômes qu’elle a accepté; les membres archivés sont écartés.</translation>
        </message>
        <message>
            <source>Two people who meet in person live close enough: the same town, or within the distance set above; not in different countries when the towns are unknown.</source>
            <translation>Deux personnes qui se rencontrent en personne habitent assez près : la même ville, ou dans la distance fixée plus haut; pas dans deux pays différents quand les villes sont inconnues.</translation>
        </message>
    </context>
</TS>
