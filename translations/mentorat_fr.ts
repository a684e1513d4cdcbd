<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ArchiveMembers</name>
    <message>
        <source>archive {name}</source>
        <translation>l’archivage de {name}</translation>
    </message>
    <message numerus="yes">
        <source>archive %n member(s)</source>
        <translation>
            <numerusform>l’archivage de %n membre</numerusform>
            <numerusform>l’archivage de %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown language “{value}”: use fr_FR, fr_CA or en.</source>
        <translation>Langue inconnue «&#xa0;{value}&#xa0;» : utilisez fr_FR, fr_CA ou en.</translation>
    </message>
    <message>
        <source>“{path}” already exists: choose a new file name (nothing was written).</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà : choisissez un autre nom de fichier (rien n’a été écrit).</translation>
    </message>
    <message>
        <source>--members must be between 1 and 100000.</source>
        <translation>--members doit être compris entre 1 et 100000.</translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to “{path}”: %n member(s).</source>
        <translation>
            <numerusform>Base de démonstration enregistrée dans «&#xa0;{path}&#xa0;» : %n membre.</numerusform>
            <numerusform>Base de démonstration enregistrée dans «&#xa0;{path}&#xa0;» : %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added.</source>
        <translation>
            <numerusform>%n membre ajouté.</numerusform>
            <numerusform>%n membres ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire dans «&#xa0;{path}&#xa0;» : {reason}. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to “{path}”.</source>
        <translation>
            <numerusform>%n membre exporté dans «&#xa0;{path}&#xa0;».</numerusform>
            <numerusform>%n membres exportés dans «&#xa0;{path}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a size: write it as WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une taille : écrivez-la sous la forme LARGEURxHAUTEUR, par exemple 1280x800.</translation>
    </message>
    <message>
        <source>Nothing was done: the command is incomplete or wrong ({detail}).</source>
        <translation>Rien n’a été fait : la commande est incomplète ou incorrecte ({detail}).</translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>«&#xa0;{path}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “{path}”.</source>
        <translation>Impossible d’écrire dans «&#xa0;{path}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EmptyMembers</name>
    <message>
        <source>No members yet</source>
        <translation>Aucun membre pour l’instant</translation>
    </message>
    <message>
        <source>Start by adding the first member of your program, or import the list you keep in a spreadsheet (CSV or Excel). To look around first, open the demo association: it lives in a file of its own and never mixes with your data.</source>
        <translation>Commencez par ajouter le premier membre de votre programme, ou importez la liste que vous tenez dans un tableur (CSV ou Excel). Pour découvrir l’application d’abord, ouvrez l’association de démonstration : elle est rangée dans un fichier à part et ne se mélange jamais à vos données.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableau…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Responsable hiérarchique</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Années d’expérience</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Role wished</source>
        <translation>Rôle souhaité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Preferred mode</source>
        <translation>Mode de rencontre</translation>
    </message>
    <message>
        <source>Pairs at once</source>
        <translation>Binômes à la fois</translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation>Formation de mentor</translation>
    </message>
    <message>
        <source>Consent to keep the data</source>
        <translation>Accord pour conserver ses données</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation>Compétences offertes</translation>
    </message>
    <message>
        <source>Skills wanted</source>
        <translation>Compétences recherchées</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Monthly commitment</source>
        <translation>Engagement mensuel</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No column gives the names in “{path}”: add columns titled “First name” and “Last name” (or “Prénom” and “Nom”). Nothing was imported.</source>
        <translation>Aucune colonne de «&#xa0;{path}&#xa0;» ne donne les noms : ajoutez des colonnes intitulées «&#xa0;Prénom&#xa0;» et «&#xa0;Nom&#xa0;» (ou «&#xa0;First name&#xa0;» et «&#xa0;Last name&#xa0;»). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read (it does not exist or is not accessible).</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;» (le fichier n’existe pas ou n’est pas accessible).</translation>
    </message>
    <message>
        <source>“{path}” is not a spreadsheet Mentorat reads: use CSV or XLSX.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un tableau que Mentorat sait lire : utilisez le format CSV ou XLSX.</translation>
    </message>
    <message>
        <source>“{path}” is empty.</source>
        <translation>«&#xa0;{path}&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“{path}” has no line of column titles.</source>
        <translation>«&#xa0;{path}&#xa0;» n’a pas de ligne de titres pour les colonnes.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read as a spreadsheet.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;» comme un tableau.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Same person as line {line} of the file.</source>
        <translation>Même personne qu’à la ligne {line} du fichier.</translation>
    </message>
    <message>
        <source>{name} is already registered with this e-mail address.</source>
        <translation>{name} figure déjà parmi les membres avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>{name}, born the same year, is already registered.</source>
        <translation>{name}, avec la même année de naissance, figure déjà parmi les membres.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n ligne à ajouter</numerusform>
            <numerusform>%n lignes à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already present, skipped</source>
        <translation>
            <numerusform>%n ligne déjà présente, ignorée</numerusform>
            <numerusform>%n lignes déjà présentes, ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: skipped. {reason}</source>
        <translation>Ligne {line} : ignorée. {reason}</translation>
    </message>
    <message>
        <source>Line {line}: refused. {reason}</source>
        <translation>Ligne {line} : refusée. {reason}</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Colonnes non utilisées : {columns}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier : {name}</translation>
    </message>
    <message>
        <source>Nothing is written until you press the import button.</source>
        <translation>Rien n’est enregistré tant que vous n’avez pas cliqué sur le bouton d’importation.</translation>
    </message>
    <message>
        <source>Columns recognised: {columns}</source>
        <translation>Colonnes reconnues : {columns}</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Colonnes non utilisées : {columns}</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l’importation</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Motif de l’exclusion</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation>
            <numerusform>À ajouter (%n)</numerusform>
            <numerusform>À ajouter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already present (%n)</source>
        <translation>
            <numerusform>Déjà présente (%n)</numerusform>
            <numerusform>Déjà présentes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Refusée (%n)</numerusform>
            <numerusform>Refusées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Importer %n membre</numerusform>
            <numerusform>Importer %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped and nothing was written. Check the file and try again. ({reason})</source>
        <translation>L’importation s’est arrêtée et rien n’a été enregistré. Vérifiez le fichier, puis réessayez. ({reason})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mentor (younger)</source>
        <translation>Mentor (plus jeune)</translation>
    </message>
    <message>
        <source>Mentee (older)</source>
        <translation>Mentoré (plus âgé)</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sans préférence</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Born before 1946</source>
        <translation>Né(e) avant 1946</translation>
    </message>
    <message>
        <source>Baby boomer</source>
        <translation>Baby-boomer</translation>
    </message>
    <message>
        <source>Generation X</source>
        <translation>Génération X</translation>
    </message>
    <message>
        <source>Generation Y</source>
        <translation>Génération Y</translation>
    </message>
    <message>
        <source>Generation Z</source>
        <translation>Génération Z</translation>
    </message>
    <message>
        <source>Generation Alpha</source>
        <translation>Génération Alpha</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mentorat</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Importer des membres…</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>&amp;Exporter les membres…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>M&amp;embres</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Edit the member</source>
        <translation>&amp;Modifier le membre</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mentorat</source>
        <translation>À &amp;propos de Mentorat</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>membres.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported.</source>
        <translation>
            <numerusform>%n membre exporté.</numerusform>
            <numerusform>%n membres exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Mentorat</source>
        <translation>À propos de Mentorat</translation>
    </message>
    <message>
        <source>Mentorat {version}

Runs a reverse-mentoring program: members, pairs, sessions and charters, on this computer only.</source>
        <translation>Mentorat {version}

Pour faire vivre un programme de mentorat inversé : membres, binômes, rencontres et chartes, uniquement sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Member details</source>
        <translation>Fiche du membre</translation>
    </message>
    <message>
        <source>Select a member to see their details.</source>
        <translation>Sélectionnez un membre pour afficher sa fiche.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier la fiche de {name}</translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation>Sections du formulaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation>Points à corriger</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>e.g. 1962</source>
        <translation>par ex. 1962</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>e.g. French, English</source>
        <translation>par ex. français, anglais</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Séparez-les par des virgules</translation>
    </message>
    <message>
        <source>e.g. Tuesday evening</source>
        <translation>par ex. le mardi soir</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Suivie le</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>Consentement et notes</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation>À transmettre</translation>
    </message>
    <message>
        <source>Skills wanted</source>
        <translation>À apprendre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Search by name, e-mail, skill or city…</source>
        <translation>Chercher par nom, e-mail, compétence ou ville…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Filter by generation</source>
        <translation>Filtrer par génération</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>Toutes les générations</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation>Membres archivés</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Actifs et archivés</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>Ajou&amp;ter un membre</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>M&amp;odifier</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Members table</source>
        <translation>Tableau des membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Number of members shown</source>
        <translation>Nombre de membres affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>%n membre affiché</numerusform>
            <numerusform>%n membres affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>{max} caractères au maximum.</translation>
    </message>
    <message>
        <source>Enter a year between {min} and {max}.</source>
        <translation>Indiquez une année entre {min} et {max}.</translation>
    </message>
    <message>
        <source>“{value}” is not a year or a date of birth.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est ni une année ni une date de naissance.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid (expected: name@example.org).</source>
        <translation>Cette adresse e-mail n’est pas valide (forme attendue : nom@exemple.org).</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, +, - and parentheses only.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, des parenthèses et les signes + et -.</translation>
    </message>
    <message>
        <source>Enter a number between {min} and {max}.</source>
        <translation>Indiquez un nombre entre {min} et {max}.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date n’est pas encore passée.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>{name} already has this e-mail address.</source>
        <translation>Cette adresse e-mail est déjà celle de {name}.</translation>
    </message>
    <message>
        <source>{name}, born the same year, is already registered.</source>
        <translation>{name}, avec la même année de naissance, figure déjà parmi les membres.</translation>
    </message>
    <message>
        <source>“{value}” is not a role (mentor, mentee or either).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un rôle reconnu (mentor, mentoré ou indifférent).</translation>
    </message>
    <message>
        <source>“{value}” is not a mode (in person, video or phone).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un mode de rencontre reconnu (en personne, visio ou téléphone).</translation>
    </message>
    <message>
        <source>“{value}” is not a status (active or archived).</source>
        <translation>« {value} » n’est pas un statut (actif ou archivé).</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choisissez l’une des valeurs proposées.</translation>
    </message>
    <message>
        <source>This value is not accepted ({code}).</source>
        <translation>Cette valeur n’est pas acceptée ({code}).</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>“{path}” is not a Mentorat database, or it is damaged.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas une base de données Mentorat, ou bien elle est endommagée.</translation>
    </message>
    <message>
        <source>“{path}” is a database of another program, not of Mentorat.</source>
        <translation>«&#xa0;{path}&#xa0;» est la base de données d’un autre logiciel, pas celle de Mentorat.</translation>
    </message>
    <message>
        <source>“{path}” is read-only: Mentorat needs to write to it and to its folder.</source>
        <translation>«&#xa0;{path}&#xa0;» est en lecture seule : Mentorat doit pouvoir modifier ce fichier et écrire dans son dossier.</translation>
    </message>
    <message>
        <source>“{path}” was saved by a newer version of Mentorat. Install that version to open it.</source>
        <translation>«&#xa0;{path}&#xa0;» a été enregistré par une version plus récente de Mentorat. Installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create “{path}”: the folder does not exist or cannot be written.</source>
        <translation>Impossible de créer «&#xa0;{path}&#xa0;» : le dossier n’existe pas ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Nom de l’association</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>E-mail de la coordination</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Téléphone de la coordination</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Français (France)</translation>
    </message>
    <message>
        <source>French (Québec)</source>
        <translation>Français (Québec)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Follow the language (Letter in Québec, A4 elsewhere)</source>
        <translation>Selon la langue (Lettre au Québec, A4 ailleurs)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Mentorat opens.</source>
        <translation>Le changement de langue prendra effet à la prochaine ouverture de Mentorat.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RestoreMembers</name>
    <message>
        <source>restore {name}</source>
        <translation>la restauration de {name}</translation>
    </message>
    <message numerus="yes">
        <source>restore %n member(s)</source>
        <translation>
            <numerusform>la restauration de %n membre</numerusform>
            <numerusform>la restauration de %n membres</numerusform>
        </translation>
    </message>
</context>
</TS>
