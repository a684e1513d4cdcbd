<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Québec French: only the words that differ from mentorat_fr.ts, which is loaded first. -->
<TS version="2.1" language="fr_CA" sourcelanguage="en">
    <context>
        <name>Cli</name>
        <message>
            <source>Local group “{name}” deleted; its members, cohorts and pairs are kept, in no group now.</source>
            <translation>Groupe local «&#xa0;{name}&#xa0;» supprimé; ses membres, cohortes et binômes sont conservés, sans groupe désormais.</translation>
        </message>
        <message>
            <source>No local group is called “{name}”; the groups are: {names}.</source>
            <translation>Aucun groupe local ne s’appelle «&#xa0;{name}&#xa0;»; les groupes sont&#xa0;: {names}.</translation>
        </message>
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
        <message numerus="yes">
            <source>Activity report written to “{path}” (%n page(s)).</source>
            <translation>
                <numerusform>Rapport d’activités écrit dans « {path} » (%n page).</numerusform>
                <numerusform>Rapport d’activités écrit dans « {path} » (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Organisme</translation>
        </message>
        <message numerus="yes">
            <source>Cohort “{name}” closed on {date}: its %n pair(s) stay in it; it takes no new pair.</source>
            <translation>
                <numerusform>Cohorte « {name} » fermée le {date} : %n binôme y reste; elle ne reçoit plus de nouveau binôme.</numerusform>
                <numerusform>Cohorte « {name} » fermée le {date} : %n binômes y restent; elle ne reçoit plus de nouveau binôme.</numerusform>
            </translation>
        </message>
        <message>
            <source>Coordinator's e-mail</source>
            <translation>Courriel de la coordination</translation>
        </message>
        <message>
            <source>No cohort is called “{name}”; the cohorts are: {names}.</source>
            <translation>Aucune cohorte ne s’appelle « {name} »; les cohortes sont : {names}.</translation>
        </message>
        <message>
            <source>“{key}” is not a setting; the settings are: {keys}.</source>
            <translation>« {key} » n’est pas un réglage; les réglages sont : {keys}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date: write it as 2026-01-31 or 31/01/2026. Nothing was written.</source>
            <translation>« {value} » n’est pas une date : écrivez-la 2026-01-31 ou 31/01/2026. Rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Several members are called “{name}”: give their e-mail instead.</source>
            <translation>Plusieurs membres s’appellent « {name} » : indiquez plutôt leur adresse courriel.</translation>
        </message>
        <message numerus="yes">
            <source>Sign-in sheet written to “{path}” (%n page(s)).</source>
            <translation>
                <numerusform>Feuille de présence écrite dans « {path} » (%n page).</numerusform>
                <numerusform>Feuille de présence écrite dans « {path} » (%n pages).</numerusform>
            </translation>
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
        <name>FollowUpView</name>
        <message>
            <source>&amp;Write an e-mail…</source>
            <translation>Écrire un &amp;courriel…</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>Carry what was changed in an exported file back into the server; list conflicts.</source>
            <translation>Reporter sur le serveur ce qui a été modifié dans un fichier exporté; lister les conflits.</translation>
        </message>
        <message>
            <source>the members: e-mail addresses or “First Last”, one or more</source>
            <translation>les membres&#xa0;: adresses courriel ou «&#xa0;Prénom Nom&#xa0;», un ou plusieurs</translation>
        </message>
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
            <translation>la personne mentor (la plus jeune) : une adresse courriel ou « Prénom Nom »</translation>
        </message>
        <message>
            <source>Write the activity report of a period (for the board and funders) to PDF.</source>
            <translation>Écrire en PDF le rapport d’activités d’une période (pour le conseil d’administration et les bailleurs de fonds).</translation>
        </message>
        <message>
            <source>change one setting, KEY=VALUE (repeat it for several); keys: association_name, association_address (its lines as in the example), coordinator_name, coordinator_email, coordinator_phone, country (FR or CA), language (fr_FR, fr_CA or en), monthly_commitment_hours, paper_size (A4, Letter or auto), logo_path (a PNG or JPEG file), charter_commitments, silent_days, end_soon_days, retention_months, backup_keep_last; an empty VALUE clears a text</source>
            <translation>modifier un réglage, CLÉ=VALEUR (à répéter pour plusieurs); clés : association_name, association_address (ses lignes comme dans l’exemple), coordinator_name, coordinator_email, coordinator_phone, country (FR ou CA), language (fr_FR, fr_CA ou en), monthly_commitment_hours, paper_size (A4, Letter ou auto), logo_path (un fichier PNG ou JPEG), charter_commitments, silent_days, end_soon_days, retention_months, backup_keep_last; une VALEUR vide efface un texte</translation>
        </message>
        <message>
            <source>the first day of the period, e.g. 2026-01-01</source>
            <translation>le premier jour de la période, par exemple 2026-01-01</translation>
        </message>
        <message>
            <source>the last day of the period, e.g. 2026-12-31</source>
            <translation>le dernier jour de la période, par exemple 2026-12-31</translation>
        </message>
        <message>
            <source>Plan mentor training sessions, record who attended, print the sign-in sheet and the attestations.</source>
            <translation>Prévoir les séances de formation des mentors, noter les présences, imprimer la feuille de présence et les attestations.</translation>
        </message>
        <message>
            <source>Print a session's sign-in sheet to PDF.</source>
            <translation>Imprimer en PDF la feuille de présence d’une séance.</translation>
        </message>
        <message>
            <source>a member present (e-mail or “First Last”); repeat it</source>
            <translation>un membre présent (courriel ou « Prénom Nom »); à répéter</translation>
        </message>
        <message>
            <source>who is present: a text file with one name or e-mail a line, or names separated by commas</source>
            <translation>les personnes présentes : un fichier texte avec un nom ou une adresse courriel par ligne, ou des noms séparés par des virgules</translation>
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
        <message>
            <source>Start the demo again? Everything changed in it is replaced by the demo association as it first was (fictional people, dates around today). A backup of the demo as it is now is made first. Your own database is not touched.</source>
            <translation>Recommencer la démonstration? Tout ce qui y a été modifié est remplacé par l’association de démonstration telle qu’au départ (personnes fictives, dates proches d’aujourd’hui). Une sauvegarde de la démonstration dans son état actuel est faite d’abord. Votre propre base de données n’est pas touchée.</translation>
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
    <context>
        <name>ArchiveMembers</name>
        <message>
            <source>Pairs put on hold: {paused}; proposals withdrawn: {withdrawn}.</source>
            <translation>Binômes mis en pause : {paused}; propositions retirées : {withdrawn}.</translation>
        </message>
        <message>
            <source>Put them on hold (proposals are withdrawn) and archive? An archived member can be restored later; the pairs can then be resumed from the Pairs view.</source>
            <translation>Les mettre en pause (les propositions sont retirées), puis archiver? Un membre archivé peut être rétabli plus tard; les binômes reprennent alors depuis la vue Binômes.</translation>
        </message>
    </context>
    <context>
        <name>AssociationTab</name>
        <message>
            <source>Coordinator's e-mail</source>
            <translation>Courriel de la coordination</translation>
        </message>
        <message>
            <source>The charters print the association, its logo and whom to contact.</source>
            <translation>Les chartes impriment l’association, son logo et qui joindre.</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message numerus="yes">
            <source>Repair %n problem(s)? The database is backed up first, so the repair can be undone by restoring that backup.</source>
            <translation>
                <numerusform>Réparer %n problème? La base de données est d’abord sauvegardée : la réparation pourra être annulée en restaurant cette sauvegarde.</numerusform>
                <numerusform>Réparer %n problèmes? La base de données est d’abord sauvegardée : la réparation pourra être annulée en restaurant cette sauvegarde.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CohortObjectiveDialog</name>
        <message>
            <source>How will the program know it is reached?</source>
            <translation>Comment le programme saura-t-il qu’il est atteint?</translation>
        </message>
    </context>
    <context>
        <name>CohortsWindow</name>
        <message>
            <source>Cohort “{name}” closed: it is no longer offered for new pairs; its pairs go on.</source>
            <translation>Cohorte « {name} » clôturée : elle n’est plus proposée aux nouveaux binômes; ses binômes continuent.</translation>
        </message>
        <message numerus="yes">
            <source>Delete the cohort “{name}” and its %n objective(s)?</source>
            <translation>
                <numerusform>Supprimer la cohorte « {name} » (%n objectif)?</numerusform>
                <numerusform>Supprimer la cohorte « {name} » et ses %n objectifs?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove “{text}” from the objectives of “{name}”?</source>
            <translation>Retirer « {text} » des objectifs de « {name} »?</translation>
        </message>
    </context>
    <context>
        <name>CommitmentPage</name>
        <message>
            <source>How long each pair commits to meet every month. Three hours is usual; write it as you would say it: 3, 2,5 or 2h30.</source>
            <translation>Le temps que chaque binôme s’engage à passer ensemble chaque mois. Trois heures, c’est l’usage; écrivez-le comme vous le diriez : 3, 2,5 ou 2h30.</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <source>Coordinator's e-mail</source>
            <translation>Courriel de la coordination</translation>
        </message>
        <message>
            <source>The person the pairs turn to when something goes wrong: the charters give this name and how to reach them.</source>
            <translation>La personne vers qui les binômes se tournent en cas de difficulté : les chartes donnent son nom et comment la joindre.</translation>
        </message>
    </context>
    <context>
        <name>CountryPage</name>
        <message>
            <source>Dates will read {date}; charters print on {paper} paper.</source>
            <translation>Les dates s’écriront {date}; les chartes s’impriment sur papier {paper}.</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre (8 ½ × 11 po)</translation>
        </message>
    </context>
    <context>
        <name>DataTab</name>
        <message>
            <source>Keep a member's data after their last activity for</source>
            <translation>Conservation des renseignements après la dernière activité</translation>
        </message>
    </context>
    <context>
        <name>DisplayTab</name>
        <message>
            <source>Follow the country (Letter in Québec, A4 in France)</source>
            <translation>Selon le pays (format lettre au Québec, A4 en France)</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre (8 ½ × 11 po)</translation>
        </message>
    </context>
    <context>
        <name>ProgramTab</name>
        <message>
            <source>with no session</source>
            <translation>sans rencontre</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore the backup of {time}?</source>
            <translation>Restaurer la sauvegarde du {time}?</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>Text size: {percent}</source>
            <translation>Taille du texte : {percent}</translation>
        </message>
    </context>
    <context>
        <name>PairsView</name>
        <message>
            <source>Pairs are formed from the members: add or import them first in the Members tab. Then “Suggest pairs…” (Ctrl+M) shows who fits with whom, and why; “New pair…” forms one yourself. A pair stays proposed until its charter is signed.</source>
            <translation>Les binômes se forment à partir des membres : ajoutez-les ou importez-les d’abord dans l’onglet Membres. Ensuite, « Suggérer des binômes… » (Ctrl+M) montre qui va avec qui, et pourquoi; « Nouveau binôme… » vous laisse en former un vous-même. Un binôme reste proposé jusqu’à la signature de sa charte.</translation>
        </message>
    </context>
    <context>
        <name>Charters</name>
        <message>
            <source>[Attach the file: {path} — then delete this line.]

Hello {mentor} and {mentee},

Here is the charter of your pair: what you agreed on, how often you meet and how to reach me. Read it through before we sign it together; tell me if something should change.

See you soon,
{signature}</source>
            <translation>[Joindre le fichier : {path} — puis supprimer cette ligne.]

Bonjour {mentor} et {mentee},

Voici la charte de votre binôme : ce que vous avez convenu, le rythme de vos rencontres et comment me joindre. Lisez-la avant que nous la signions ensemble; dites-moi si quelque chose doit changer.

À bientôt,
{signature}</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Another export is still running: wait for it to end.</source>
            <translation>Une autre exportation est en cours: attendez qu’elle se termine.</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Exportation annulée: aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>Le fichier n’a pas pu être enregistré: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Can you come to the next training session before the pair starts?</source>
            <translation>Pouvez-vous venir à la prochaine séance de formation avant le début du binôme?</translation>
        </message>
        <message>
            <source>How satisfied are you, out of 5? (Or hand them the questionnaire.)</source>
            <translation>Quelle est votre satisfaction, sur 5? (Ou remettez-leur le questionnaire.)</translation>
        </message>
    </context>
    <context>
        <name>KickoffWindow</name>
        <message>
            <source>A pair no longer exists; the list has been read again. No pair was made active.</source>
            <translation>Un binôme n’existe plus; la liste a été relue. Aucun binôme n’a été rendu actif.</translation>
        </message>
        <message>
            <source>The pairs proposed, each at its table. Print their charters in table order before the evening; tick each charter signed, then make the ticked pairs active in one step.</source>
            <translation>Les binômes proposés, chacun à sa table. Imprimez leurs chartes dans l’ordre des tables avant la soirée; cochez chaque charte signée, puis rendez actifs les binômes cochés en une seule fois.</translation>
        </message>
        <message>
            <source>no phone or e-mail recorded</source>
            <translation>ni téléphone ni adresse courriel notés</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>A younger person and an older one meet about three hours a month: one shares the digital tools, the other the know-how of a working life. Fill in this form; the coordinator will call you back.</source>
            <translation>Une personne plus jeune et une personne plus âgée se rencontrent environ trois heures par mois : l’une partage les outils numériques, l’autre le savoir-faire d’une vie professionnelle. Remplissez ce formulaire; la coordination vous rappellera.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>My phone and e-mail may be given to the person I am paired with.</source>
            <translation>Mon téléphone et mon courriel peuvent être donnés à la personne de mon binôme.</translation>
        </message>
        <message>
            <source>Please give an e-mail or a phone number.</source>
            <translation>Indiquez un courriel ou un numéro de téléphone, s’il vous plaît.</translation>
        </message>
        <message>
            <source>Thank you! The coordinator will call you back soon.</source>
            <translation>Merci! La coordination vous rappellera bientôt.</translation>
        </message>
        <message>
            <source>e.g. video calls, my smartphone</source>
            <translation>p. ex. visioconférence, mon téléphone intelligent</translation>
        </message>
    </context>
    <context>
        <name>MatchingDialog</name>
        <message>
            <source>Proposal cancelled: the list is as it was before, nothing was changed.</source>
            <translation>Proposition annulée: la liste est restée telle quelle, rien n’a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>PrintOutDialog</name>
        <message>
            <source>Send by &amp;e-mail…</source>
            <translation>Envoyer par &amp;courriel…</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>Envoyer par courriel…</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>No e-mail program</source>
            <translation>Aucun logiciel de courriel</translation>
        </message>
        <message>
            <source>No e-mail program was found on this computer. The message (addresses, subject and text) has been copied: paste it into a new message of your webmail.</source>
            <translation>Aucun logiciel de courriel n’a été trouvé sur cet ordinateur. Le message (adresses, objet et texte) a été copié : collez-le dans un nouveau courriel de votre messagerie Web.</translation>
        </message>
    </context>
    <context>
        <name>RoomTimer</name>
        <message>
            <source>Last round over. Thank you all!</source>
            <translation>Dernier tour terminé. Merci à toutes et à tous!</translation>
        </message>
        <message>
            <source>Time! Thank each other, then change tables.</source>
            <translation>C’est l’heure! Remerciez-vous, puis changez de table.</translation>
        </message>
    </context>
    <context>
        <name>SignupsDialog</name>
        <message>
            <source>Already in the register?</source>
            <translation>Déjà dans le registre?</translation>
        </message>
        <message>
            <source>Delete the sign-up of {name}? It cannot be undone.</source>
            <translation>Supprimer l’inscription de {name}? Ce n’est pas réversible.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Save the sign-in sheet</source>
            <translation>Enregistrer la feuille de présence</translation>
        </message>
        <message>
            <source>Sign-in sheet: {title}</source>
            <translation>Feuille de présence : {title}</translation>
        </message>
        <message>
            <source>sign-in-sheet-{id}.pdf</source>
            <translation>presence-{id}.pdf</translation>
        </message>
    </context>
    <context>
        <name>TrainingWindow</name>
        <message>
            <source>Delete “{title}” and its list? Those who attended get back the date of the last other session they attended, or none.</source>
            <translation>Supprimer « {title} » et sa liste? Les personnes présentes retrouvent la date de la dernière autre séance suivie, ou aucune.</translation>
        </message>
        <message>
            <source>No training session yet. “New…” plans the first one: a title, a date, how long it lasts; then put the mentors on its list.</source>
            <translation>Aucune séance de formation pour l’instant. « Nouvelle… » prévoit la première : un intitulé, une date, une durée; inscrivez ensuite les mentors sur sa liste.</translation>
        </message>
        <message>
            <source>Print the sign-in sheet</source>
            <translation>Imprimer la feuille de présence</translation>
        </message>
        <message>
            <source>Search by name or e-mail</source>
            <translation>Rechercher par nom ou courriel</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>&amp;Feuille de présence…</translation>
        </message>
        <message>
            <source>Tick each person present (Space from the keyboard): their training date becomes the session’s. Those on the list come first and are printed on the sign-in sheet.</source>
            <translation>Cochez chaque personne présente (Espace au clavier) : la date de la séance devient sa date de formation. Les personnes inscrites sur la liste viennent en premier et figurent sur la feuille de présence.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Activity report</source>
            <translation>Rapport d’activités</translation>
        </message>
        <message>
            <source>Activity report cancelled.</source>
            <translation>Rapport d’activités annulé.</translation>
        </message>
        <message>
            <source>Preparing the activity report…</source>
            <translation>Préparation du rapport d’activités…</translation>
        </message>
        <message>
            <source>Save the activity report</source>
            <translation>Enregistrer le rapport d’activités</translation>
        </message>
        <message>
            <source>The activity report could not be prepared.</source>
            <translation>Le rapport d’activités n’a pas pu être préparé.</translation>
        </message>
        <message>
            <source>The activity report is ready.</source>
            <translation>Le rapport d’activités est prêt.</translation>
        </message>
        <message>
            <source>activity-report</source>
            <translation>rapport-activites</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Pair no.</source>
            <translation>Binôme no</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Their change is now in the form; what you changed in other fields is kept. Save again to record your change.</source>
            <translation>Sa modification figure maintenant dans le formulaire; ce que vous avez changé dans les autres champs est conservé. Enregistrez de nouveau pour garder votre modification.</translation>
        </message>
    </context>
    <context>
        <name>GroupsWindow</name>
        <message>
            <source>Delete the local group “{name}”? Its members, cohorts and pairs are kept, in no group.</source>
            <translation>Supprimer le groupe local «&#xa0;{name}&#xa0;»? Ses membres, cohortes et binômes sont conservés, sans groupe.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>The file “{name}” changed, moved or was removed since this preview: nothing was imported. Close this window and import the file again to see what it holds now.</source>
            <translation>Le fichier «&#xa0;{name}&#xa0;» a été modifié, déplacé ou supprimé depuis cet aperçu&#xa0;: rien n’a été importé. Fermez cette fenêtre et importez le fichier de nouveau pour voir ce qu’il contient maintenant.</translation>
        </message>
    </context>
    <context>
        <name>UndoableImport</name>
        <message>
            <source>The import cannot be done again: its file changed, moved or was removed since. Import the file again from the menu.</source>
            <translation>Impossible de refaire l’importation&#xa0;: son fichier a été modifié, déplacé ou supprimé entre-temps. Importez le fichier de nouveau à partir du menu.</translation>
        </message>
    </context>
</TS>
