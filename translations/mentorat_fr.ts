<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>SessionCommands</name>
    <message>
        <source>This session (or its pair) was changed or deleted since: it can no longer be undone or redone from here. Nothing was saved.</source>
        <translation>Cette rencontre (ou son binôme) a été modifiée ou supprimée depuis&#xa0;: on ne peut plus l’annuler ni la rétablir d’ici. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>log the session of {date} ({pair})</source>
        <translation>l’enregistrement de la rencontre du {date} ({pair})</translation>
    </message>
    <message>
        <source>change the session of {date} ({pair})</source>
        <translation>la modification de la rencontre du {date} ({pair})</translation>
    </message>
</context>
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
    <message>
        <source>{mentor} and {mentee} ({status})</source>
        <translation>{mentor} et {mentee} ({status})</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in progress would keep an archived member:</source>
        <translation>
            <numerusform>%n binôme en cours garderait un membre archivé&#xa0;:</numerusform>
            <numerusform>Ces %n binômes en cours garderaient un membre archivé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them on hold (proposals are withdrawn) and archive? An archived member can be restored later; the pairs can then be resumed from the Pairs view.</source>
        <translation>Les mettre en pause (les propositions sont retirées), puis archiver&#x202f;? Un membre archivé peut être rétabli plus tard&#x202f;; les binômes reprennent alors depuis la vue Binômes.</translation>
    </message>
    <message>
        <source>&amp;Hold the pairs and archive</source>
        <translation>&amp;Mettre les binômes en pause et archiver</translation>
    </message>
    <message>
        <source>Archive &amp;only</source>
        <translation>Archiver &amp;seulement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hold the pairs and archive</source>
        <translation>Mettre les binômes en pause et archiver</translation>
    </message>
    <message>
        <source>Archive only</source>
        <translation>Archiver seulement</translation>
    </message>
    <message>
        <source>A member was archived.</source>
        <translation>Un membre a été archivé.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) archived.</source>
        <translation>
            <numerusform>%n membre archivé.</numerusform>
            <numerusform>%n membres archivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs put on hold: {paused}; proposals withdrawn: {withdrawn}.</source>
        <translation>Binômes mis en pause&#xa0;: {paused}&#x202f;; propositions retirées&#xa0;: {withdrawn}.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) archived (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%n membre archivé (Ctrl+Z pour annuler).</numerusform>
            <numerusform>%n membres archivés (Ctrl+Z pour annuler).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their pairs were left as they were (%n running).</source>
        <comment>one member</comment>
        <translation>
            <numerusform>Ses binômes restent tels quels (%n en cours).</numerusform>
            <numerusform>Ses binômes restent tels quels (%n en cours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their pairs were left as they were (%n running).</source>
        <translation>
            <numerusform>Leurs binômes restent tels quels (%n en cours).</numerusform>
            <numerusform>Leurs binômes restent tels quels (%n en cours).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationPage</name>
    <message>
        <source>Your association</source>
        <translation>Votre association</translation>
    </message>
    <message>
        <source>A few words to set Mentorat up: the charters print them. Every answer can be changed later in Preferences, and “Skip” leaves this for now.</source>
        <translation>Quelques mots pour préparer Mentorat&#xa0;: les chartes les impriment. Chaque réponse se modifie ensuite dans les Préférences, et «&#xa0;Passer&#xa0;» remet tout cela à plus tard.</translation>
    </message>
    <message>
        <source>e.g. Entre Générations</source>
        <translation>par exemple Entre Générations</translation>
    </message>
    <message>
        <source>Association&apos;s name</source>
        <translation>Nom de l’association</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>AssociationTab</name>
    <message>
        <source>Association</source>
        <translation>Nom de l’association</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
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
        <source>The charters print the association, its logo and whom to contact.</source>
        <translation>Les chartes impriment l’association, son logo et qui contacter.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The automatic backup could not be written: {reason}</source>
        <translation>La sauvegarde automatique n’a pas pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>(the copy to the second place failed: is it connected?)</source>
        <translation>(la copie vers le second emplacement a échoué&#xa0;: est-il branché&#x202f;?)</translation>
    </message>
    <message>
        <source>(and copied to the second place)</source>
        <translation>(et copiée vers le second emplacement)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>ChangePairStatus</name>
    <message>
        <source>The pair has changed since: this change can no longer be undone from here.</source>
        <translation>Le binôme a changé depuis&#xa0;: ce changement ne peut plus être annulé d’ici.</translation>
    </message>
</context>
<context>
    <name>CharterBatchDialog</name>
    <message>
        <source>Print charters</source>
        <translation>Imprimer des chartes</translation>
    </message>
    <message>
        <source>All proposed and active pairs</source>
        <translation>Tous les binômes proposés et actifs</translation>
    </message>
    <message>
        <source>The pairs of a cohort:</source>
        <translation>Les binômes d’une cohorte :</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected pair(s)</source>
        <translation>
            <numerusform>%n binôme sélectionné</numerusform>
            <numerusform>Les %n binômes sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Two copies of each charter (one for each person)</source>
        <translation>Deux exemplaires de chaque charte (un pour chacun)</translation>
    </message>
    <message>
        <source>Two copies of each charter</source>
        <translation>Deux exemplaires de chaque charte</translation>
    </message>
    <message>
        <source>Each charter starts on a new page.</source>
        <translation>Chaque charte commence sur une nouvelle page.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CharterTab</name>
    <message>
        <source>&amp;Restore the default text</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Restore the default text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Our mutual commitments, as the charter prints them:</source>
        <translation>Nos engagements réciproques, tels que la charte les imprime&#xa0;:</translation>
    </message>
    <message>
        <source>Commitments printed on the charter</source>
        <translation>Engagements imprimés sur la charte</translation>
    </message>
    <message>
        <source>Each line prints as written. Left as the default text, the charter prints the default wording in its own language.</source>
        <translation>Chaque ligne s’imprime telle qu’elle est écrite. Si le texte par défaut est laissé, la charte imprime le texte par défaut dans sa propre langue.</translation>
    </message>
</context>
<context>
    <name>Charters</name>
    <message>
        <source>Save the charters</source>
        <translation>Enregistrer les chartes</translation>
    </message>
    <message>
        <source>Drawing the charters…</source>
        <translation>Préparation des chartes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drawing the charters</source>
        <translation>Préparation des chartes</translation>
    </message>
    <message>
        <source>Cancel the drawing</source>
        <translation>Annuler la préparation des chartes</translation>
    </message>
    <message numerus="yes">
        <source>Charters of %n pair(s)</source>
        <translation>
            <numerusform>Charte de %n binôme</numerusform>
            <numerusform>Chartes de %n binômes</numerusform>
        </translation>
    </message>
    <message>
        <source>Charter of {mentor} and {mentee}</source>
        <translation>Charte de {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>Your mentoring charter</source>
        <translation>Votre charte de mentorat</translation>
    </message>
    <message>
        <source>[Attach the file: {path} — then delete this line.]

Hello {mentor} and {mentee},

Here is the charter of your pair: what you agreed on, how often you meet and how to reach me. Read it through before we sign it together; tell me if something should change.

See you soon,
{signature}</source>
        <translation>[Joindre le fichier&#xa0;: {path} — puis supprimer cette ligne.]

Bonjour {mentor} et {mentee},

Voici la charte de votre binôme&#xa0;: ce que vous avez convenu, le rythme de vos rencontres et comment me joindre. Lisez-la avant que nous la signions ensemble&#xa0;; dites-moi si quelque chose doit changer.

À bientôt,
{signature}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n session(s) still belong to it.</source>
        <translation>
            <numerusform>Le binôme {id} n’existe plus, mais %n rencontre lui est encore rattachée.</numerusform>
            <numerusform>Le binôme {id} n’existe plus, mais %n rencontres lui sont encore rattachées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n objective(s) still belong to it.</source>
        <translation>
            <numerusform>Le binôme {id} n’existe plus, mais %n objectif lui est encore rattaché.</numerusform>
            <numerusform>Le binôme {id} n’existe plus, mais %n objectifs lui sont encore rattachés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n step(s) of its history remain.</source>
        <translation>
            <numerusform>Le binôme {id} n’existe plus, mais %n étape de son historique subsiste.</numerusform>
            <numerusform>Le binôme {id} n’existe plus, mais %n étapes de son historique subsistent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n follow-up note(s) still belong to it.</source>
        <translation>
            <numerusform>Le binôme {id} n’existe plus, mais %n note de suivi lui est encore rattachée.</numerusform>
            <numerusform>Le binôme {id} n’existe plus, mais %n notes de suivi lui sont encore rattachées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member {id} no longer exists, yet %n skill(s) remain recorded for them.</source>
        <translation>
            <numerusform>Le membre {id} n’existe plus, mais %n compétence reste enregistrée à son nom.</numerusform>
            <numerusform>Le membre {id} n’existe plus, mais %n compétences restent enregistrées à son nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skill {id} is no longer in the catalogue, yet %n member record(s) still list it.</source>
        <translation>
            <numerusform>La compétence {id} n’est plus au catalogue, mais %n fiche de membre la mentionne encore.</numerusform>
            <numerusform>La compétence {id} n’est plus au catalogue, mais %n fiches de membres la mentionnent encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member {id} no longer exists, yet %n refused pair(s) still mention them.</source>
        <translation>
            <numerusform>Le membre {id} n’existe plus, mais %n binôme refusé le mentionne encore.</numerusform>
            <numerusform>Le membre {id} n’existe plus, mais %n binômes refusés le mentionnent encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) include member {id}, who no longer exists: {rows}.</source>
        <translation>
            <numerusform>%n binôme comprend le membre {id}, qui n’existe plus&#xa0;: {rows}.</numerusform>
            <numerusform>%n binômes comprennent le membre {id}, qui n’existe plus&#xa0;: {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort {id} no longer exists, yet %n pair(s) still belong to it.</source>
        <translation>
            <numerusform>La cohorte {id} n’existe plus, mais %n binôme y est encore rattaché.</numerusform>
            <numerusform>La cohorte {id} n’existe plus, mais %n binômes y sont encore rattachés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort {id} no longer exists, yet %n program objective(s) still belong to it.</source>
        <translation>
            <numerusform>La cohorte {id} n’existe plus, mais %n objectif de programme lui est encore rattaché.</numerusform>
            <numerusform>La cohorte {id} n’existe plus, mais %n objectifs de programme lui sont encore rattachés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table {table} refer to row {id} of table {parent}, which no longer exists.</source>
        <translation>
            <numerusform>%n ligne de la table {table} renvoie à la ligne {id} de la table {parent}, qui n’existe plus.</numerusform>
            <numerusform>%n lignes de la table {table} renvoient à la ligne {id} de la table {parent}, qui n’existe plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database file is damaged (%n fault(s) found, the first: {detail}). Restore a backup.</source>
        <translation>
            <numerusform>Le fichier de la base de données est endommagé (%n anomalie détectée&#xa0;: {detail}). Restaurez une sauvegarde.</numerusform>
            <numerusform>Le fichier de la base de données est endommagé (%n anomalies détectées, la première&#xa0;: {detail}). Restaurez une sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read as a database ({detail}).</source>
        <translation>Le fichier ne peut pas être lu comme une base de données ({detail}).</translation>
    </message>
    <message>
        <source>This file is a database, but not a Mentorat one.</source>
        <translation>Ce fichier est bien une base de données, mais pas une base Mentorat.</translation>
    </message>
    <message numerus="yes">
        <source>Member {member} is in %n proposed, active or paused pair(s) ({pairs}), more than the limit agreed ({capacity}), and no reason to go beyond was recorded.</source>
        <translation>
            <numerusform>Le membre {member} fait partie de %n binôme proposé, actif ou en pause ({pairs}), au-delà de la limite convenue ({capacity}), sans motif de dépassement noté.</numerusform>
            <numerusform>Le membre {member} fait partie de %n binômes proposés, actifs ou en pause ({pairs}), au-delà de la limite convenue ({capacity}), sans motif de dépassement noté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair {pair}: the session of {date} is outside the time the pair was active.</source>
        <translation>Binôme {pair}&#xa0;: la rencontre du {date} tombe en dehors de la période où le binôme était actif.</translation>
    </message>
    <message numerus="yes">
        <source>Pairs {pairs} join the same two members ({first} and {second}) and none has ended. The repair keeps pair {kept} and ends %n unused proposal(s): {ended}.</source>
        <translation>
            <numerusform>Les binômes {pairs} réunissent les deux mêmes membres ({first} et {second}) et aucun n’est clos. La réparation garde le binôme {kept} et clôt %n proposition inutilisée&#xa0;: {ended}.</numerusform>
            <numerusform>Les binômes {pairs} réunissent les deux mêmes membres ({first} et {second}) et aucun n’est clos. La réparation garde le binôme {kept} et clôt %n propositions inutilisées&#xa0;: {ended}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs {pairs} join the same two members ({first} and {second}) and none has ended: close the extra ones.</source>
        <translation>Les binômes {pairs} réunissent les deux mêmes membres ({first} et {second}) et aucun n’est clos&#xa0;: clôturez ceux en trop.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de données est saine.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} (can be repaired automatically)</source>
        <translation>{problem} (réparation automatique possible)</translation>
    </message>
    <message>
        <source>Nothing was repaired.</source>
        <translation>Rien n’a été réparé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n problème réparé.</numerusform>
            <numerusform>%n problèmes réparés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended by the database check: the same two members already form another pair in progress.</source>
        <translation>Clos par la vérification de la base&#xa0;: les deux mêmes membres forment déjà un autre binôme en cours.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>The check reads the whole database: the file itself, the links between its records and the rules of the program. It changes nothing. The repair, when one is possible, backs the database up first.</source>
        <translation>La vérification lit toute la base de données&#xa0;: le fichier lui-même, les liens entre ses fiches et les règles du programme. Elle ne modifie rien. La réparation, quand elle est possible, sauvegarde d’abord la base.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparer…</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Réparer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This database is open read-only, because another copy of Mentorat is using it: it cannot be repaired here.</source>
        <translation>Cette base de données est ouverte en lecture seule, car un autre exemplaire de Mentorat l’utilise&#xa0;: elle ne peut pas être réparée ici.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>Repair the database</source>
        <translation>Réparer la base de données</translation>
    </message>
    <message numerus="yes">
        <source>Repair %n problem(s)? The database is backed up first, so the repair can be undone by restoring that backup.</source>
        <translation>
            <numerusform>Réparer %n problème&#x202f;? La base de données est d’abord sauvegardée&#xa0;: la réparation pourra être annulée en restaurant cette sauvegarde.</numerusform>
            <numerusform>Réparer %n problèmes&#x202f;? La base de données est d’abord sauvegardée&#xa0;: la réparation pourra être annulée en restaurant cette sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up, then repairing…</source>
        <translation>Sauvegarde, puis réparation…</translation>
    </message>
    <message>
        <source>The state before the repair was backed up to “{path}”.</source>
        <translation>L’état d’avant la réparation a été sauvegardé dans «&#xa0;{path}&#xa0;».</translation>
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
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n rencontre ajoutée.</numerusform>
            <numerusform>%n rencontres ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a month: write it as YYYY-MM.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un mois : écrivez-le sous la forme AAAA-MM.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n pair(s) have already met their commitment: the month is not over.</source>
        <translation>
            <numerusform>{met} binôme sur %n a déjà tenu son engagement&#xa0;: le mois n’est pas fini.</numerusform>
            <numerusform>{met} binômes sur %n ont déjà tenu leur engagement&#xa0;: le mois n’est pas fini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n pair(s) met their commitment.</source>
        <translation>
            <numerusform>{met} binôme sur %n a tenu son engagement.</numerusform>
            <numerusform>{met} binômes sur %n ont tenu leur engagement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) without a commitment that month (—): paused or not running.</source>
        <translation>
            <numerusform>%n binôme sans engagement ce mois-là (—)&#xa0;: en pause ou pas en cours.</numerusform>
            <numerusform>%n binômes sans engagement ce mois-là (—)&#xa0;: en pause ou pas en cours.</numerusform>
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
        <source>No pair to propose.</source>
        <translation>Aucun binôme à proposer.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) created as proposed.</source>
        <translation>
            <numerusform>%n binôme créé au statut «&#xa0;proposé&#xa0;».</numerusform>
            <numerusform>%n binômes créés au statut «&#xa0;proposé&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No active member is “{who}” (give an e-mail or “First Last”).</source>
        <translation>Aucun membre actif ne correspond à «&#xa0;{who}&#xa0;» (indiquez une adresse e-mail ou «&#xa0;Prénom Nom&#xa0;»).</translation>
    </message>
    <message>
        <source>Pair {id} proposed: {mentor} (mentor) and {mentee} (mentee).</source>
        <translation>Binôme {id} proposé : {mentor} (personne mentor) et {mentee} (personne mentorée).</translation>
    </message>
    <message>
        <source>Pair {id} active: {mentor} (mentor) and {mentee} (mentee).</source>
        <translation>Binôme {id} actif : {mentor} (personne mentor) et {mentee} (personne mentorée).</translation>
    </message>
    <message>
        <source>There is no such pair. Nothing was written.</source>
        <translation>Ce binôme n’existe pas. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n charter(s) written to “{path}”</source>
        <translation>
            <numerusform>%n charte enregistrée dans «&#xa0;{path}&#xa0;»</numerusform>
            <numerusform>%n chartes enregistrées dans «&#xa0;{path}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)).</source>
        <translation>
            <numerusform> (%n page).</numerusform>
            <numerusform> (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>No pair to print. Nothing was written.</source>
        <translation>Aucun binôme à imprimer. Rien n’a été écrit.</translation>
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
    <message>
        <source>Interrupted. What was not finished was not saved.</source>
        <translation>Interrompu. Ce qui n’était pas terminé n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What was not finished was not saved. Run the check command to make sure the database is sound.</source>
        <translation>Un problème inattendu est survenu. Ce qui n’était pas terminé n’a pas été enregistré. Lancez la commande check pour vous assurer que la base de données est saine.</translation>
    </message>
    <message>
        <source>“{address}” is a database on a server: a backup file can only be restored into a database file. The server&apos;s own backups are restored by its administrator (with pg_restore, for instance). Nothing was changed.</source>
        <translation>«&#xa0;{address}&#xa0;» est une base de données sur un serveur&#xa0;: une sauvegarde ne peut être restaurée que dans un fichier de base de données. Les sauvegardes du serveur lui-même sont restaurées par la personne qui l’administre (avec pg_restore, par exemple). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{address}” is a database on a server: Mentorat makes and lists backups of a database file only. The server&apos;s backups are made by its administrator (with pg_dump, for instance). Nothing was written.</source>
        <translation>«&#xa0;{address}&#xa0;» est une base de données sur un serveur&#xa0;: Mentorat ne fait et ne liste que les sauvegardes d’un fichier de base de données. Celles du serveur sont faites par la personne qui l’administre (avec pg_dump, par exemple). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The copy to the second place could not be written: {reason}</source>
        <translation>La copie vers le second emplacement n’a pas pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No backup yet in “{folder}”.</source>
        <translation>Aucune sauvegarde pour l’instant dans «&#xa0;{folder}&#xa0;».</translation>
    </message>
    <message>
        <source>Backups in “{folder}”, newest first:</source>
        <translation>Sauvegardes dans «&#xa0;{folder}&#xa0;», de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>The state before the restore was backed up to “{path}”.</source>
        <translation>L’état d’avant la restauration a été sauvegardé dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {contents}.</source>
        <translation>Sauvegarde du {time} restaurée&#xa0;: {contents}.</translation>
    </message>
    <message>
        <source>No member is “{who}” (give an e-mail address or a member number).</source>
        <translation>Aucun membre ne correspond à «&#xa0;{who}&#xa0;» (indiquez une adresse e-mail ou un numéro de membre).</translation>
    </message>
    <message>
        <source>Everything kept about member {number} was written to “{path}”.</source>
        <translation>Tout ce qui est conservé sur le membre {number} a été écrit dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm. (Backups made before keep the data until they age out.) Nothing was done.</source>
        <translation>Un effacement est définitif&#xa0;: ajoutez --yes pour confirmer. (Les sauvegardes faites avant gardent les données jusqu’à leur expiration.) Rien n’a été fait.</translation>
    </message>
    <message>
        <source>Member {number} erased: their personal data is gone; the hours and counts of their pairs stay, without a name.</source>
        <translation>Membre {number} effacé&#xa0;: ses données personnelles ont disparu&#x202f;; les heures et les décomptes de ses binômes restent, sans nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) still running ended with the erasure (no longer available).</source>
        <translation>
            <numerusform>%n binôme en cours a pris fin avec l’effacement (plus disponible).</numerusform>
            <numerusform>%n binômes en cours ont pris fin avec l’effacement (plus disponible).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server keeps the old values in its files until its routine clean-up (VACUUM), and in its own backups until they age out: ask its administrator if they must go sooner.</source>
        <translation>Le serveur garde les anciennes valeurs dans ses fichiers jusqu’à son nettoyage courant (VACUUM), et dans ses propres sauvegardes jusqu’à ce qu’elles expirent&#xa0;: demandez à la personne qui l’administre s’il faut qu’elles disparaissent plus tôt.</translation>
    </message>
    <message>
        <source>The backups made before the erasure, the one just made included, still hold this person&apos;s data until they age out (one year at most); delete them by hand to erase it now.</source>
        <translation>Les sauvegardes faites avant l’effacement, y compris celle qui vient d’être faite, gardent les données de cette personne jusqu’à leur expiration (un an au plus)&#x202f;; supprimez-les à la main pour les effacer tout de suite.</translation>
    </message>
    <message numerus="yes">
        <source>Record of processing written to “{path}” (%n page(s)).</source>
        <translation>
            <numerusform>Registre des activités de traitement écrit dans «&#xa0;{path}&#xa0;» (%n page).</numerusform>
            <numerusform>Registre des activités de traitement écrit dans «&#xa0;{path}&#xa0;» (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2026-01-31 or 31/01/2026. Nothing was written.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;: écrivez-la 31/01/2026 ou 2026-01-31. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The period starts after it ends ({start} is after {end}): give --from the earlier date. Nothing was written.</source>
        <translation>La période commence après sa fin ({start} vient après {end})&#xa0;: donnez à --from la date la plus ancienne. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No cohort is called “{name}”; the cohorts are: {names}. Nothing was written.</source>
        <translation>Aucune cohorte ne s’appelle «&#xa0;{name}&#xa0;». Les cohortes sont&#xa0;: {names}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No cohort is called “{name}”: there is no cohort yet. Nothing was written.</source>
        <translation>Aucune cohorte ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;: il n’y a encore aucune cohorte. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The period is not valid. Nothing was written.</source>
        <translation>La période n’est pas valable. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Activity report written to “{path}” (%n page(s)).</source>
        <translation>
            <numerusform>Rapport d’activité écrit dans «&#xa0;{path}&#xa0;» (%n page).</numerusform>
            <numerusform>Rapport d’activité écrit dans «&#xa0;{path}&#xa0;» (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs active</source>
        <translation>Binômes actifs</translation>
    </message>
    <message>
        <source>Pairs formed</source>
        <translation>Binômes formés</translation>
    </message>
    <message>
        <source>Pairs ended</source>
        <translation>Binômes terminés</translation>
    </message>
    <message>
        <source>Months with the commitment kept</source>
        <translation>Mois où l’engagement a été tenu</translation>
    </message>
    <message>
        <source>Objectives reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Satisfaction of the mentors</source>
        <translation>Satisfaction des mentors</translation>
    </message>
    <message>
        <source>Satisfaction of the mentees</source>
        <translation>Satisfaction des personnes mentorées</translation>
    </message>
    <message>
        <source>People in a pair</source>
        <translation>Personnes engagées dans un binôme</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas l’une des valeurs possibles&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>“{path}” is not a picture that can be printed (use a PNG or JPEG file).</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas une image imprimable (utilisez un fichier PNG ou JPEG).</translation>
    </message>
    <message>
        <source>“{value}” is not KEY=VALUE (for example country=CA).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas de la forme CLÉ=VALEUR (par exemple country=CA).</translation>
    </message>
    <message>
        <source>“{key}” is not a setting; the settings are: {keys}.</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un réglage&#x202f;; les réglages sont&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Québec (Canada)</source>
        <translation>Québec (Canada)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>français (France)</translation>
    </message>
    <message>
        <source>French (Québec)</source>
        <translation>français (Québec)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>{paper} (follows the country)</source>
        <translation>{paper} (selon le pays)</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Monthly commitment</source>
        <translation>Engagement mensuel</translation>
    </message>
    <message>
        <source>{hours} a month</source>
        <translation>{hours} par mois</translation>
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
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Charter&apos;s commitments</source>
        <translation>Engagements de la charte</translation>
    </message>
    <message>
        <source>(the charter&apos;s own text)</source>
        <translation>(le texte de la charte)</translation>
    </message>
    <message>
        <source>Call a pair silent for</source>
        <translation>Binôme à appeler après un silence de</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Warn before a pair&apos;s end</source>
        <translation>Prévenir avant la fin d’un binôme</translation>
    </message>
    <message>
        <source>Keep members&apos; data</source>
        <translation>Conserver les données des membres</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups always kept</source>
        <translation>Sauvegardes toujours gardées</translation>
    </message>
    <message>
        <source>{label} ({key}): {value}</source>
        <translation>{label} ({key})&#xa0;: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohorte</numerusform>
            <numerusform>%n cohortes</numerusform>
        </translation>
    </message>
    <message>
        <source>No local group is called “{name}”; the groups are: {names}.</source>
        <translation>Aucun groupe local ne s’appelle «&#xa0;{name}&#xa0;»&#x202f;; les groupes sont&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No local group is called “{name}”: there is no group yet.</source>
        <translation>Aucun groupe local ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;: il n’existe encore aucun groupe.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Rien n’a été fait.</translation>
    </message>
    <message>
        <source>This local group no longer exists.</source>
        <translation>Ce groupe local n’existe plus.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>le nom du groupe</translation>
    </message>
    <message>
        <source>Local group “{name}” created.</source>
        <translation>Groupe local «&#xa0;{name}&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Local group “{old}” renamed “{new}”.</source>
        <translation>Le groupe local «&#xa0;{old}&#xa0;» s’appelle désormais «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>Local group “{name}” deleted; its members, cohorts and pairs are kept, in no group now.</source>
        <translation>Groupe local «&#xa0;{name}&#xa0;» supprimé&#x202f;; ses membres, cohortes et binômes sont conservés, sans groupe désormais.</translation>
    </message>
    <message>
        <source>There is no pair number {id}.</source>
        <translation>Aucun binôme ne porte le numéro {id}.</translation>
    </message>
    <message>
        <source>Say what goes into the group: --members, --cohort or --pairs.</source>
        <translation>Indiquez ce qui entre dans le groupe&#xa0;: --members, --cohort ou --pairs.</translation>
    </message>
    <message>
        <source>the cohort “{name}”</source>
        <translation>la cohorte «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>In the local group “{name}”: {what}.</source>
        <translation>Dans le groupe local «&#xa0;{name}&#xa0;»&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>No local group: everyone is in the one association (group add NAME).</source>
        <translation>Aucun groupe local&#xa0;: tout le monde fait partie de la même association (group add NOM).</translation>
    </message>
    <message>
        <source>In no group: {counts}</source>
        <translation>Sans groupe&#xa0;: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n réglage enregistré.</numerusform>
            <numerusform>%n réglages enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cohort is called “{name}”; the cohorts are: {names}.</source>
        <translation>Aucune cohorte ne s’appelle «&#xa0;{name}&#xa0;»&#x202f;; les cohortes sont&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No cohort is called “{name}”: there is no cohort yet.</source>
        <translation>Aucune cohorte ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;: il n’y a encore aucune cohorte.</translation>
    </message>
    <message>
        <source>The cohort “{name}” is closed: it takes no new pair (cohort reopen opens it again).</source>
        <translation>La cohorte «&#xa0;{name}&#xa0;» est fermée&#xa0;: elle ne reçoit plus de nouveau binôme (cohort reopen la rouvre).</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu’au {end}</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <source>Cohort “{name}” created ({period}).</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» créée ({period}).</translation>
    </message>
    <message numerus="yes">
        <source>Objective added to the cohort “{name}” (%n objective(s) now).</source>
        <translation>
            <numerusform>Objectif ajouté à la cohorte «&#xa0;{name}&#xa0;» (%n objectif désormais).</numerusform>
            <numerusform>Objectif ajouté à la cohorte «&#xa0;{name}&#xa0;» (%n objectifs désormais).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort “{name}” created from “{source}” ({period}), with its %n objective(s).</source>
        <translation>
            <numerusform>Cohorte «&#xa0;{name}&#xa0;» créée à partir de «&#xa0;{source}&#xa0;» ({period}), avec %n objectif.</numerusform>
            <numerusform>Cohorte «&#xa0;{name}&#xa0;» créée à partir de «&#xa0;{source}&#xa0;» ({period}), avec %n objectifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort “{name}” closed on {date}: its %n pair(s) stay in it; it takes no new pair.</source>
        <translation>
            <numerusform>Cohorte «&#xa0;{name}&#xa0;» fermée le {date}&#xa0;: %n binôme y reste&#x202f;; elle ne reçoit plus de nouveau binôme.</numerusform>
            <numerusform>Cohorte «&#xa0;{name}&#xa0;» fermée le {date}&#xa0;: %n binômes y restent&#x202f;; elle ne reçoit plus de nouveau binôme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort “{name}” is open again.</source>
        <translation>La cohorte «&#xa0;{name}&#xa0;» est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>No cohort yet: cohort add --name NAME creates one.</source>
        <translation>Aucune cohorte pour l’instant&#xa0;: cohort add --name NOM en crée une.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message>
        <source>closed on {date}</source>
        <translation>fermée le {date}</translation>
    </message>
    <message>
        <source>indicator: {text}</source>
        <translation>indicateur&#xa0;: {text}</translation>
    </message>
    <message>
        <source>target: {text}</source>
        <translation>cible&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The number of rounds must be between 1 and {max}. Nothing was written.</source>
        <translation>Le nombre de tours doit être compris entre 1 et {max}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read the list of members “{path}”. Nothing was written.</source>
        <translation>Impossible de lire la liste des membres «&#xa0;{path}&#xa0;». Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No member is named in “{value}”. Nothing was written.</source>
        <translation>Aucun membre n’est nommé dans «&#xa0;{value}&#xa0;». Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nobody in the register is called “{name}”.</source>
        <translation>Personne ne s’appelle «&#xa0;{name}&#xa0;» dans le registre.</translation>
    </message>
    <message>
        <source>Several members are called “{name}”: give their e-mail instead.</source>
        <translation>Plusieurs membres s’appellent «&#xa0;{name}&#xa0;»&#xa0;: indiquez plutôt leur adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) not found. Correct the list (or add the missing members) and run the command again. Nothing was written.</source>
        <translation>
            <numerusform>%n nom introuvable. Corrigez la liste (ou ajoutez les membres manquants) et relancez la commande. Rien n’a été écrit.</numerusform>
            <numerusform>%n noms introuvables. Corrigez la liste (ou ajoutez les membres manquants) et relancez la commande. Rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody can be seated: at least one older member (mentee) and one younger member (mentor) must be present. Nothing was written.</source>
        <translation>Aucune place ne peut être attribuée&#xa0;: il faut au moins une personne plus âgée (mentorée) et une personne plus jeune (mentor) présentes. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Rota of %n round(s) written to “{path}”</source>
        <translation>
            <numerusform>Tableau de %n tour écrit dans «&#xa0;{path}&#xa0;»</numerusform>
            <numerusform>Tableau de %n tours écrit dans «&#xa0;{path}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n round(s) everyone has met everyone in the other group: the rota stops there.</source>
        <translation>
            <numerusform>Après %n tour, chaque personne a rencontré toutes celles de l’autre groupe&#xa0;: le tableau s’arrête là.</numerusform>
            <numerusform>Après %n tours, chaque personne a rencontré toutes celles de l’autre groupe&#xa0;: le tableau s’arrête là.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no training session {id}.</source>
        <translation>Il n’y a pas de séance de formation {id}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“{title}”, {date}, {duration}</source>
        <translation>«&#xa0;{title}&#xa0;», {date}, {duration}</translation>
    </message>
    <message>
        <source>Training session {id} planned: {what}.</source>
        <translation>Séance de formation {id} prévue&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>No training session yet.</source>
        <translation>Aucune séance de formation pour l’instant.</translation>
    </message>
    <message>
        <source>{id}. {what}: {attended} present of {listed} on the list</source>
        <translation>{id}. {what}&#xa0;: {attended} présences sur {listed} inscriptions</translation>
    </message>
    <message>
        <source>“{who}” is not clear enough.</source>
        <translation>«&#xa0;{who}&#xa0;» ne suffit pas à reconnaître un membre.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) recorded as present at training session {id} ({date}).</source>
        <translation>
            <numerusform>%n présence notée à la séance de formation {id} ({date}).</numerusform>
            <numerusform>%n présences notées à la séance de formation {id} ({date}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training date now {date} for %n member(s).</source>
        <translation>
            <numerusform>Date de formation désormais au {date} pour %n membre.</numerusform>
            <numerusform>Date de formation désormais au {date} pour %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is recorded as present at this session yet: record the attendance first (training attend).</source>
        <translation>Aucune présence n’est encore notée pour cette séance&#xa0;: notez d’abord les présences (training attend).</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) written to “{path}”.</source>
        <translation>
            <numerusform>%n attestation écrite dans «&#xa0;{path}&#xa0;».</numerusform>
            <numerusform>%n attestations écrites dans «&#xa0;{path}&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet written to “{path}” (%n page(s)).</source>
        <translation>
            <numerusform>Feuille d’émargement écrite dans «&#xa0;{path}&#xa0;» (%n page).</numerusform>
            <numerusform>Feuille d’émargement écrite dans «&#xa0;{path}&#xa0;» (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the database file, or a PostgreSQL server&apos;s address (postgresql://...)</source>
        <translation>le fichier de la base de données, ou l’adresse d’un serveur PostgreSQL (postgresql://...)</translation>
    </message>
    <message>
        <source>show what would be done, write nothing</source>
        <translation>montrer ce qui serait fait, sans rien écrire</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>écrire du JSON plutôt que du texte</translation>
    </message>
    <message>
        <source>the first day of the period, e.g. 2026-01-01</source>
        <translation>le premier jour de la période, par exemple 01/01/2026</translation>
    </message>
    <message>
        <source>the last day of the period, e.g. 2026-12-31</source>
        <translation>le dernier jour de la période, par exemple 31/12/2026</translation>
    </message>
    <message>
        <source>only the pairs of this cohort (its name)</source>
        <translation>seulement les binômes de cette cohorte (son nom)</translation>
    </message>
    <message>
        <source>only the pairs of this local group (its name)</source>
        <translation>seulement les binômes de ce groupe local (son nom)</translation>
    </message>
    <message>
        <source>the cohort&apos;s name</source>
        <translation>le nom de la cohorte</translation>
    </message>
    <message>
        <source>the local group&apos;s name</source>
        <translation>le nom du groupe local</translation>
    </message>
    <message>
        <source>only the members and pairs of this local group (its name)</source>
        <translation>seulement les membres et les binômes de ce groupe local (son nom)</translation>
    </message>
    <message>
        <source>the training session&apos;s number (see training list)</source>
        <translation>le numéro de la séance de formation (voir training list)</translation>
    </message>
    <message>
        <source>Write a demo association (fictional members) to a new file.</source>
        <translation>Écrire une association de démonstration (membres fictifs) dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>the new file</source>
        <translation>le nouveau fichier</translation>
    </message>
    <message>
        <source>how many members (1 to 100000)</source>
        <translation>combien de membres (de 1 à 100000)</translation>
    </message>
    <message>
        <source>another number gives other people</source>
        <translation>un autre nombre donne d’autres personnes</translation>
    </message>
    <message>
        <source>Add the members of a CSV or XLSX file (one transaction).</source>
        <translation>Ajouter les membres d’un fichier CSV ou XLSX (en une seule transaction).</translation>
    </message>
    <message>
        <source>the CSV or XLSX file</source>
        <translation>le fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>Write the members to a CSV file that Excel opens.</source>
        <translation>Écrire les membres dans un fichier CSV qu’Excel sait ouvrir.</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>Draw a view of the application into a PNG image.</source>
        <translation>Dessiner une vue de l’application dans une image PNG.</translation>
    </message>
    <message>
        <source>which view</source>
        <translation>quelle vue</translation>
    </message>
    <message>
        <source>the image&apos;s size, WIDTHxHEIGHT</source>
        <translation>la taille de l’image, LARGEURxHAUTEUR</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>le fichier PNG à écrire</translation>
    </message>
    <message>
        <source>Propose pairs for the whole pool, with their reasons.</source>
        <translation>Proposer des binômes pour l’ensemble des membres, avec leurs raisons.</translation>
    </message>
    <message>
        <source>record the proposed pairs (all or none; a backup is made first)</source>
        <translation>enregistrer les binômes proposés (tous ou aucun&#x202f;; une sauvegarde est faite d’abord)</translation>
    </message>
    <message>
        <source>Form a pair: proposed, or active from a start date.</source>
        <translation>Former un binôme&#xa0;: proposé, ou actif à partir d’une date de début.</translation>
    </message>
    <message>
        <source>the mentor: an e-mail address or “First Last”</source>
        <translation>la personne mentor (la plus jeune)&#xa0;: une adresse e-mail ou «&#xa0;Prénom Nom&#xa0;»</translation>
    </message>
    <message>
        <source>the mentee: an e-mail address or “First Last”</source>
        <translation>la personne mentorée (la plus expérimentée)&#xa0;: une adresse e-mail ou «&#xa0;Prénom Nom&#xa0;»</translation>
    </message>
    <message>
        <source>the start date, YYYY-MM-DD (the pair is then active)</source>
        <translation>la date de début, AAAA-MM-JJ (le binôme est alors actif)</translation>
    </message>
    <message>
        <source>the cohort the pair belongs to (its name)</source>
        <translation>la cohorte du binôme (son nom)</translation>
    </message>
    <message>
        <source>Write the charter of one pair, ready to print and sign.</source>
        <translation>Écrire la charte d’un binôme, prête à imprimer et à signer.</translation>
    </message>
    <message>
        <source>the pair&apos;s number</source>
        <translation>le numéro du binôme</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>Write the charters of several pairs into one PDF.</source>
        <translation>Écrire les chartes de plusieurs binômes dans un seul PDF.</translation>
    </message>
    <message>
        <source>only the pairs in this state (default: proposed and active)</source>
        <translation>seulement les binômes dans cet état (par défaut&#xa0;: proposés et actifs)</translation>
    </message>
    <message>
        <source>2 prints each charter twice, one for each member</source>
        <translation>2 imprime chaque charte deux fois, une pour chaque membre</translation>
    </message>
    <message>
        <source>Show the settings, or change them with --set (all or none).</source>
        <translation>Afficher les réglages, ou les modifier avec --set (tous ou aucun).</translation>
    </message>
    <message>
        <source>change one setting, KEY=VALUE (repeat it for several); keys: association_name, association_address (its lines as in the example), coordinator_name, coordinator_email, coordinator_phone, country (FR or CA), language (fr_FR, fr_CA or en), monthly_commitment_hours, paper_size (A4, Letter or auto), logo_path (a PNG or JPEG file), charter_commitments, silent_days, end_soon_days, retention_months, backup_keep_last; an empty VALUE clears a text</source>
        <translation>modifier un réglage, CLÉ=VALEUR (à répéter pour plusieurs)&#x202f;; clés&#xa0;: association_name, association_address (ses lignes comme dans l’exemple), coordinator_name, coordinator_email, coordinator_phone, country (FR ou CA), language (fr_FR, fr_CA ou en), monthly_commitment_hours, paper_size (A4, Letter ou auto), logo_path (un fichier PNG ou JPEG), charter_commitments, silent_days, end_soon_days, retention_months, backup_keep_last&#x202f;; une VALEUR vide efface un texte</translation>
    </message>
    <message>
        <source>List the cohorts: dates, number of pairs, objectives, closed or open.</source>
        <translation>Lister les cohortes&#xa0;: dates, nombre de binômes, objectifs, fermées ou ouvertes.</translation>
    </message>
    <message>
        <source>Create a cohort, give it objectives, duplicate it for next year, close it.</source>
        <translation>Créer une cohorte, lui donner des objectifs, la dupliquer pour l’année suivante, la fermer.</translation>
    </message>
    <message>
        <source>Create a cohort.</source>
        <translation>Créer une cohorte.</translation>
    </message>
    <message>
        <source>its first day, e.g. 2026-03-01</source>
        <translation>son premier jour, p. ex. 2026-03-01</translation>
    </message>
    <message>
        <source>its last day, e.g. 2026-12-15</source>
        <translation>son dernier jour, p. ex. 2026-12-15</translation>
    </message>
    <message>
        <source>a few words about it</source>
        <translation>quelques mots pour la décrire</translation>
    </message>
    <message>
        <source>Give a cohort an objective, with its success indicator.</source>
        <translation>Donner un objectif à une cohorte, avec son indicateur de réussite.</translation>
    </message>
    <message>
        <source>the objective</source>
        <translation>l’objectif</translation>
    </message>
    <message>
        <source>how its success is seen</source>
        <translation>à quoi se voit sa réussite</translation>
    </message>
    <message>
        <source>the value aimed at, e.g. 12 pairs</source>
        <translation>la valeur visée, p. ex. 12 binômes</translation>
    </message>
    <message>
        <source>Copy a cohort for next year: the same objectives, its dates a year on.</source>
        <translation>Copier une cohorte pour l’année suivante&#xa0;: les mêmes objectifs, ses dates un an plus tard.</translation>
    </message>
    <message>
        <source>the new cohort&apos;s name</source>
        <translation>le nom de la nouvelle cohorte</translation>
    </message>
    <message>
        <source>Close a cohort: its pairs stay, new pairs can no longer join it.</source>
        <translation>Fermer une cohorte&#xa0;: ses binômes y restent, aucun nouveau binôme ne peut la rejoindre.</translation>
    </message>
    <message>
        <source>the day it closes (default: today)</source>
        <translation>le jour de sa fermeture (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>Open a closed cohort again.</source>
        <translation>Rouvrir une cohorte fermée.</translation>
    </message>
    <message>
        <source>Local groups of a network: create, rename or delete one, list them, put members, cohorts and pairs in one.</source>
        <translation>Les groupes locaux d’un réseau&#xa0;: en créer, renommer ou supprimer un, les lister, y placer des membres, des cohortes et des binômes.</translation>
    </message>
    <message>
        <source>Create a local group.</source>
        <translation>Créer un groupe local.</translation>
    </message>
    <message>
        <source>List the local groups with their members, cohorts and pairs.</source>
        <translation>Lister les groupes locaux avec leurs membres, cohortes et binômes.</translation>
    </message>
    <message>
        <source>Give a local group another name.</source>
        <translation>Donner un autre nom à un groupe local.</translation>
    </message>
    <message>
        <source>the group&apos;s new name</source>
        <translation>le nouveau nom du groupe</translation>
    </message>
    <message>
        <source>Delete a local group: its members, cohorts and pairs stay, in no group.</source>
        <translation>Supprimer un groupe local&#xa0;: ses membres, cohortes et binômes restent, sans groupe.</translation>
    </message>
    <message>
        <source>Put members, a cohort or pairs in a local group (a member&apos;s pairs as mentee follow them).</source>
        <translation>Placer des membres, une cohorte ou des binômes dans un groupe local (les binômes où le membre est la personne mentorée le suivent).</translation>
    </message>
    <message>
        <source>the local group (its name)</source>
        <translation>le groupe local (son nom)</translation>
    </message>
    <message>
        <source>the members: e-mail addresses or “First Last”, one or more</source>
        <translation>les membres&#xa0;: adresses e-mail ou «&#xa0;Prénom Nom&#xa0;», un ou plusieurs</translation>
    </message>
    <message>
        <source>a cohort (its name)</source>
        <translation>une cohorte (son nom)</translation>
    </message>
    <message>
        <source>pairs by their numbers</source>
        <translation>des binômes, par leur numéro</translation>
    </message>
    <message>
        <source>Plan mentor training sessions, record who attended, print the sign-in sheet and the attestations.</source>
        <translation>Prévoir les séances de formation des mentors, noter les présences, imprimer la feuille d’émargement et les attestations.</translation>
    </message>
    <message>
        <source>Plan a training session.</source>
        <translation>Prévoir une séance de formation.</translation>
    </message>
    <message>
        <source>what the session is called</source>
        <translation>l’intitulé de la séance</translation>
    </message>
    <message>
        <source>the day it is held, e.g. 2026-03-14</source>
        <translation>le jour de la séance, ex. 2026-03-14</translation>
    </message>
    <message>
        <source>how long it lasts, e.g. 3, 2h30 (default: 3 hours)</source>
        <translation>sa durée, ex. 3, 2h30 (par défaut&#xa0;: 3 heures)</translation>
    </message>
    <message>
        <source>who runs it</source>
        <translation>qui l’anime</translation>
    </message>
    <message>
        <source>where it is held</source>
        <translation>où elle a lieu</translation>
    </message>
    <message>
        <source>what it covers</source>
        <translation>son contenu</translation>
    </message>
    <message>
        <source>List the training sessions, the latest first, with attendance.</source>
        <translation>Lister les séances de formation, la plus récente d’abord, avec les présences.</translation>
    </message>
    <message>
        <source>Record members as present at a session: their training date becomes its date.</source>
        <translation>Noter des membres présents à une séance&#xa0;: sa date devient leur date de formation.</translation>
    </message>
    <message>
        <source>a member present (e-mail or “First Last”); repeat it</source>
        <translation>un membre présent (e-mail ou «&#xa0;Prénom Nom&#xa0;»)&#x202f;; à répéter</translation>
    </message>
    <message>
        <source>Print a session&apos;s sign-in sheet to PDF.</source>
        <translation>Imprimer en PDF la feuille d’émargement d’une séance.</translation>
    </message>
    <message>
        <source>Print an attestation for each member present at a session (PDF).</source>
        <translation>Imprimer une attestation pour chaque membre présent à une séance (PDF).</translation>
    </message>
    <message>
        <source>Add the sessions of a CSV or XLSX file (one transaction).</source>
        <translation>Ajouter les rencontres d’un fichier CSV ou XLSX (en une seule transaction).</translation>
    </message>
    <message>
        <source>Hours of each pair in a month, against its commitment.</source>
        <translation>Les heures de chaque binôme sur un mois, au regard de son engagement.</translation>
    </message>
    <message>
        <source>the month, YYYY-MM</source>
        <translation>le mois, AAAA-MM</translation>
    </message>
    <message>
        <source>Write the activity report of a period (for the board and funders) to PDF.</source>
        <translation>Écrire en PDF le rapport d’activité d’une période (pour le conseil d’administration et les financeurs).</translation>
    </message>
    <message>
        <source>name who said what they learned (left out by default)</source>
        <translation>nommer qui a dit ce qu’il ou elle a appris (sans les noms par défaut)</translation>
    </message>
    <message>
        <source>The figures of a period: pairs, hours, commitment, objectives, satisfaction.</source>
        <translation>Les chiffres d’une période&#xa0;: binômes, heures, engagement, objectifs, satisfaction.</translation>
    </message>
    <message>
        <source>Write a checked backup now and print where it is.</source>
        <translation>Écrire tout de suite une sauvegarde vérifiée et indiquer où elle se trouve.</translation>
    </message>
    <message>
        <source>write it to this new file instead of the backups folder</source>
        <translation>l’écrire dans ce nouveau fichier plutôt que dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>List the backups: when, why, what each holds.</source>
        <translation>Lister les sauvegardes&#xa0;: quand, pourquoi, ce que chacune contient.</translation>
    </message>
    <message>
        <source>Put a backup back in place (the current state is backed up first).</source>
        <translation>Remettre une sauvegarde en place (l’état actuel est d’abord sauvegardé).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Check the database (exit status 0: sound, 1: problems, 2: cannot open).</source>
        <translation>Vérifier la base de données (code de sortie 0&#xa0;: saine, 1&#xa0;: problèmes, 2&#xa0;: impossible à ouvrir).</translation>
    </message>
    <message>
        <source>repair what can be repaired safely (a backup is made first)</source>
        <translation>réparer ce qui peut l’être sans risque (une sauvegarde est faite d’abord)</translation>
    </message>
    <message>
        <source>Write everything kept about one person to a JSON file (access request).</source>
        <translation>Écrire tout ce qui est conservé sur une personne dans un fichier JSON (demande d’accès).</translation>
    </message>
    <message>
        <source>an e-mail address or a member number</source>
        <translation>une adresse e-mail ou un numéro de membre</translation>
    </message>
    <message>
        <source>the JSON file to write</source>
        <translation>le fichier JSON à écrire</translation>
    </message>
    <message>
        <source>Print the record of processing: what is kept about members, why, how long.</source>
        <translation>Imprimer le registre des activités de traitement&#xa0;: ce qui est conservé sur les membres, pourquoi, combien de temps.</translation>
    </message>
    <message>
        <source>Erase one person&apos;s personal data; their pairs&apos; hours stay, unnamed.</source>
        <translation>Effacer les données personnelles d’une personne&#x202f;; les heures de ses binômes restent, sans nom.</translation>
    </message>
    <message>
        <source>confirm: erasing cannot be undone</source>
        <translation>confirmer&#xa0;: un effacement est définitif</translation>
    </message>
    <message>
        <source>Seat the members present for speed-meeting rounds and print the rota to PDF.</source>
        <translation>Placer les membres présents pour les tours de speed-meeting et imprimer le tableau des rencontres en PDF.</translation>
    </message>
    <message>
        <source>who is present: a text file with one name or e-mail a line, or names separated by commas</source>
        <translation>les personnes présentes&#xa0;: un fichier texte avec un nom ou une adresse e-mail par ligne, ou des noms séparés par des virgules</translation>
    </message>
    <message>
        <source>how many rounds (1 to 99)</source>
        <translation>nombre de tours (de 1 à 99)</translation>
    </message>
    <message>
        <source>also print each round&apos;s meetings as JSON (member numbers and table)</source>
        <translation>afficher aussi les rencontres de chaque tour en JSON (numéros des membres et table)</translation>
    </message>
    <message>
        <source>Copy the laptop&apos;s database into an empty database on a server (all or none).</source>
        <translation>Copier la base de l’ordinateur dans une base vide sur un serveur (tout ou rien).</translation>
    </message>
    <message>
        <source>the server database&apos;s address (postgresql://...), empty or just created</source>
        <translation>l’adresse de la base sur le serveur (postgresql://...), vide ou tout juste créée</translation>
    </message>
    <message>
        <source>Copy the server&apos;s database into a new file, for an event with no network.</source>
        <translation>Copier la base du serveur dans un nouveau fichier, pour un événement sans réseau.</translation>
    </message>
    <message>
        <source>the new file to write</source>
        <translation>le nouveau fichier à écrire</translation>
    </message>
    <message>
        <source>Carry what was changed in an exported file back into the server; list conflicts.</source>
        <translation>Reporter sur le serveur ce qui a été modifié dans un fichier exporté&#x202f;; lister les conflits.</translation>
    </message>
    <message>
        <source>the file written by export, used at the event</source>
        <translation>le fichier écrit par export, utilisé pendant l’événement</translation>
    </message>
    <message>
        <source>also write the conflicts to this CSV file</source>
        <translation>écrire aussi les conflits dans ce fichier CSV</translation>
    </message>
    <message>
        <source>language of the messages: fr_FR, fr_CA or en</source>
        <translation>langue des messages&#xa0;: fr_FR, fr_CA ou en</translation>
    </message>
    <message>
        <source>the name recorded on what this command changes (by default the MENTORAT_COORDINATOR variable, else your login name)</source>
        <translation>le nom inscrit sur ce que cette commande modifie (par défaut la variable MENTORAT_COORDINATOR, sinon votre nom de session)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Mentorat: run a reverse-mentoring program from a laptop, offline.</source>
        <translation>Mentorat&#xa0;: animer un programme de mentorat inversé depuis un ordinateur portable, sans connexion.</translation>
    </message>
    <message>
        <source>Commands (add --help after one for its options and an example):</source>
        <translation>Commandes (ajoutez --help après l’une d’elles pour ses options et un exemple)&#xa0;:</translation>
    </message>
    <message>
        <source>open the demo association (a file of its own)</source>
        <translation>ouvrir l’association de démonstration (dans un fichier à part)</translation>
    </message>
    <message>
        <source>print the version of Mentorat, then stop</source>
        <translation>afficher la version de Mentorat, puis quitter</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Spring 2026</source>
        <translation>p. ex. Printemps 2026</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>What the cohort is about, who it gathers, where it meets…</source>
        <translation>Ce que vise la cohorte, qui elle réunit, où elle se retrouve…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CohortObjectiveDialog</name>
    <message>
        <source>Objective of the cohort</source>
        <translation>Objectif de la cohorte</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>e.g. Every senior makes a video call on their own</source>
        <translation>p. ex. Chaque personne mentorée passe seule un appel vidéo</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>How will the program know it is reached?</source>
        <translation>Comment le programme saura-t-il qu’il est atteint&#x202f;?</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>e.g. 8 pairs out of 10</source>
        <translation>p. ex. 8 binômes sur 10</translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Clôturée le {date}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CohortsWindow</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Cohorts table</source>
        <translation>Tableau des cohortes</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the cohort</source>
        <translation>Modifier la cohorte</translation>
    </message>
    <message>
        <source>Clo&amp;se the cohort</source>
        <translation>&amp;Clôturer la cohorte</translation>
    </message>
    <message>
        <source>Close the cohort</source>
        <translation>Clôturer la cohorte</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year…</source>
        <translation>&amp;Dupliquer pour l’an prochain…</translation>
    </message>
    <message>
        <source>Duplicate for next year</source>
        <translation>Dupliquer pour l’an prochain</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Delete the cohort</source>
        <translation>Supprimer la cohorte</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Description of the cohort</source>
        <translation>Description de la cohorte</translation>
    </message>
    <message>
        <source>Objectives of the cohort</source>
        <translation>Objectifs de la cohorte</translation>
    </message>
    <message>
        <source>&amp;Add an objective…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Change the objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Re&amp;open the cohort</source>
        <translation>&amp;Rouvrir la cohorte</translation>
    </message>
    <message>
        <source>Reopen the cohort</source>
        <translation>Rouvrir la cohorte</translation>
    </message>
    <message>
        <source>No cohort yet. “New…” creates the first one: a name (e.g. Spring 2026), its dates, then the program’s objectives with their success indicators.</source>
        <translation>Aucune cohorte pour l’instant. «&#xa0;Nouvelle…&#xa0;» crée la première&#xa0;: un nom (p. ex. Printemps 2026), ses dates, puis les objectifs du programme avec leurs indicateurs de réussite.</translation>
    </message>
    <message>
        <source>Objectives of “{name}”</source>
        <translation>Objectifs de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>No objective yet: “Add an objective…” gives the program its first one, with the indicator that tells it is reached.</source>
        <translation>Aucun objectif pour l’instant&#xa0;: «&#xa0;Ajouter un objectif…&#xa0;» donne au programme son premier objectif, avec l’indicateur qui dira qu’il est atteint.</translation>
    </message>
    <message>
        <source>Success indicator: {text}</source>
        <translation>Indicateur de réussite&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Target: {text}</source>
        <translation>Cible&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Cohort “{name}” created.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Cohort “{name}” saved.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Cohort “{name}” closed: it is no longer offered for new pairs; its pairs go on.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» clôturée&#xa0;: elle n’est plus proposée aux nouveaux binômes&#x202f;; ses binômes continuent.</translation>
    </message>
    <message>
        <source>Cohort “{name}” reopened.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» rouverte.</translation>
    </message>
    <message>
        <source>“{name}” starts on {date}: it cannot be closed before it starts. If it will not take place, delete it instead.</source>
        <translation>La cohorte «&#xa0;{name}&#xa0;» commence le {date}&#xa0;: elle ne peut pas être clôturée avant de commencer. Si elle n’a finalement pas lieu, supprimez-la plutôt.</translation>
    </message>
    <message numerus="yes">
        <source>Cohort “{name}” duplicated as “{new}”, with %n objective(s).</source>
        <translation>
            <numerusform>Cohorte «&#xa0;{name}&#xa0;» dupliquée en «&#xa0;{new}&#xa0;», avec %n objectif.</numerusform>
            <numerusform>Cohorte «&#xa0;{name}&#xa0;» dupliquée en «&#xa0;{new}&#xa0;», avec %n objectifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n pair(s), so it cannot be deleted. Move them to another cohort first (the pair’s Means…), or close the cohort instead: it then is no longer offered for new pairs.</source>
        <translation>
            <numerusform>La cohorte «&#xa0;{name}&#xa0;» compte %n binôme&#xa0;: elle ne peut donc pas être supprimée. Déplacez-le d’abord vers une autre cohorte (Modalités… du binôme), ou clôturez plutôt la cohorte&#xa0;: elle ne sera alors plus proposée aux nouveaux binômes.</numerusform>
            <numerusform>La cohorte «&#xa0;{name}&#xa0;» compte %n binômes&#xa0;: elle ne peut donc pas être supprimée. Déplacez-les d’abord vers une autre cohorte (Modalités… de chaque binôme), ou clôturez plutôt la cohorte&#xa0;: elle ne sera alors plus proposée aux nouveaux binômes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort “{name}” and its %n objective(s)?</source>
        <translation>
            <numerusform>Supprimer la cohorte «&#xa0;{name}&#xa0;» (%n objectif)&#x202f;?</numerusform>
            <numerusform>Supprimer la cohorte «&#xa0;{name}&#xa0;» et ses %n objectifs&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort “{name}” deleted.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Objective added to “{name}”.</source>
        <translation>Objectif ajouté à «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Objective of “{name}” changed.</source>
        <translation>Objectif de «&#xa0;{name}&#xa0;» modifié.</translation>
    </message>
    <message>
        <source>Remove “{text}” from the objectives of “{name}”?</source>
        <translation>Retirer «&#xa0;{text}&#xa0;» des objectifs de «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Objective removed from “{name}”.</source>
        <translation>Objectif retiré de «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <source>The program&apos;s commitment</source>
        <translation>L’engagement du programme</translation>
    </message>
    <message>
        <source>How long each pair commits to meet every month. Three hours is usual; write it as you would say it: 3, 2,5 or 2h30.</source>
        <translation>Le temps que chaque binôme s’engage à passer ensemble chaque mois. Trois heures, c’est l’usage&#xa0;; écrivez-le comme vous le diriez&#xa0;: 3, 2,5 ou 2h30.</translation>
    </message>
    <message>
        <source>Commitment as read</source>
        <translation>Engagement tel que compris</translation>
    </message>
    <message>
        <source>Hours per month for each pair</source>
        <translation>Heures par mois pour chaque binôme</translation>
    </message>
    <message>
        <source>Read as {hours} a month.</source>
        <translation>Compris&#xa0;: {hours} par mois.</translation>
    </message>
    <message>
        <source>Write between {min} and {max} hours a month.</source>
        <translation>Écrivez entre {min} et {max} par mois.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: write it like 3, 2,5 or 2h30.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre d’heures&#xa0;: écrivez par exemple 3, 2,5 ou 2h30.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Success indicator</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifiée par une autre personne</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Sa modification</translation>
    </message>
    <message>
        <source>Reload with their change</source>
        <translation>Recharger avec sa modification</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation>Sa modification&#xa0;:</translation>
    </message>
    <message>
        <source>Their change is now in the form; what you changed in other fields is kept. Save again to record your change.</source>
        <translation>Sa modification figure maintenant dans le formulaire&#x202f;; ce que vous avez changé dans les autres champs est conservé. Enregistrez de nouveau pour garder votre modification.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The coordinator</source>
        <translation>La coordination</translation>
    </message>
    <message>
        <source>The person the pairs turn to when something goes wrong: the charters give this name and how to reach them.</source>
        <translation>La personne vers qui les binômes se tournent en cas de difficulté&#xa0;: les chartes donnent son nom et comment la contacter.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Personne à la coordination</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>E-mail de la coordination</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Téléphone de la coordination</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Québec (Canada)</source>
        <translation>Québec (Canada)</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country and language</source>
        <translation>Pays et langue</translation>
    </message>
    <message>
        <source>The country sets the language, how dates are written and the paper the charters print on. English remains possible.</source>
        <translation>Le pays fixe la langue, l’écriture des dates et le papier des chartes. L’anglais reste possible.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>What the country changes</source>
        <translation>Ce que change le pays</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Dates will read {date}; charters print on {paper} paper.</source>
        <translation>Les dates s’écriront {date}&#xa0;; les chartes s’impriment sur papier {paper}.</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <source>Pairs started</source>
        <translation>Binômes démarrés</translation>
    </message>
    <message>
        <source>Pairs active</source>
        <translation>Binômes actifs</translation>
    </message>
    <message>
        <source>Pairs paused</source>
        <translation>Binômes en pause</translation>
    </message>
    <message>
        <source>Pairs ended</source>
        <translation>Binômes terminés</translation>
    </message>
    <message>
        <source>Pairs ended before their planned end</source>
        <translation>Binômes terminés avant la fin prévue</translation>
    </message>
    <message>
        <source>Hours of sessions</source>
        <translation>Heures de rencontre</translation>
    </message>
    <message>
        <source>Hours per active pair</source>
        <translation>Heures par binôme actif</translation>
    </message>
    <message>
        <source>Months of pairs that met the commitment (%)</source>
        <translation>Mois-binômes ayant tenu l’engagement (%)</translation>
    </message>
    <message>
        <source>Months of pairs that met it</source>
        <translation>Mois-binômes l’ayant tenu</translation>
    </message>
    <message>
        <source>Months of pairs judged</source>
        <translation>Mois-binômes évalués</translation>
    </message>
    <message>
        <source>Pairs that met it every month judged</source>
        <translation>Binômes l’ayant tenu chaque mois évalué</translation>
    </message>
    <message>
        <source>Objectives reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Objectives (all)</source>
        <translation>Objectifs (tous)</translation>
    </message>
    <message>
        <source>Mentors&apos; satisfaction (out of 5)</source>
        <translation>Satisfaction des mentors (sur 5)</translation>
    </message>
    <message>
        <source>Mentors&apos; answers</source>
        <translation>Réponses des mentors</translation>
    </message>
    <message>
        <source>Mentees&apos; satisfaction (out of 5)</source>
        <translation>Satisfaction des personnes mentorées (sur 5)</translation>
    </message>
    <message>
        <source>Mentees&apos; answers</source>
        <translation>Réponses des personnes mentorées</translation>
    </message>
    <message>
        <source>Mentors trained in the period</source>
        <translation>Mentors formés sur la période</translation>
    </message>
    <message>
        <source>Mentors trained by its end</source>
        <translation>Mentors formés à la fin de la période</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Hours by month</source>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Pairs that met the commitment</source>
        <translation>Binômes ayant tenu l’engagement</translation>
    </message>
    <message>
        <source>Pairs judged</source>
        <translation>Binômes évalués</translation>
    </message>
    <message>
        <source>Members by generation</source>
        <translation>Membres par génération</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Personnes mentorées</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Pairs ended, and why</source>
        <translation>Binômes terminés, et pourquoi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exporter vers E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Print the &amp;report…</source>
        <translation>Imprimer &amp;le rapport…</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Figures shown</source>
        <translation>Chiffres affichés</translation>
    </message>
    <message>
        <source>Nothing to count yet</source>
        <translation>Rien à compter pour l’instant</translation>
    </message>
    <message>
        <source>The figures fill in as the program runs: members registered, pairs formed and started, sessions logged. Begin in the Members tab: add the members or import your spreadsheet, then suggest pairs.</source>
        <translation>Les chiffres se remplissent au fil du programme&#xa0;: membres inscrits, binômes formés et démarrés, rencontres notées. Commencez par l’onglet Membres&#xa0;: ajoutez les membres ou importez votre tableur, puis suggérez des binômes.</translation>
    </message>
    <message>
        <source>pairs active in the period</source>
        <translation>binômes actifs sur la période</translation>
    </message>
    <message>
        <source>of sessions</source>
        <translation>de rencontres</translation>
    </message>
    <message>
        <source>of the months of pairs met the commitment</source>
        <translation>des mois-binômes ont tenu l’engagement</translation>
    </message>
    <message>
        <source>mentors&apos; satisfaction (out of 5)</source>
        <translation>satisfaction des mentors (sur 5)</translation>
    </message>
    <message>
        <source>mentees&apos; satisfaction (out of 5)</source>
        <translation>satisfaction des personnes mentorées (sur 5)</translation>
    </message>
    <message>
        <source>Pairs in the period</source>
        <translation>Binômes sur la période</translation>
    </message>
    <message>
        <source>Pairs ended, and why</source>
        <translation>Binômes terminés, et pourquoi</translation>
    </message>
    <message>
        <source>From {start} to {end}, {who}.</source>
        <translation>Du {start} au {end}, {who}.</translation>
    </message>
    <message>
        <source>cohort “{name}”</source>
        <translation>cohorte «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>tous les binômes</translation>
    </message>
    <message>
        <source>of which {started}, {paused}, {ended}</source>
        <translation>dont {started}, {paused}, {ended}</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n démarré</numerusform>
            <numerusform>%n démarrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} per active pair</source>
        <translation>{hours} par binôme actif</translation>
    </message>
    <message>
        <source>{met} of {counted}</source>
        <translation>{met} sur {counted}</translation>
    </message>
    <message numerus="yes">
        <source>(%n still in progress)</source>
        <translation>
            <numerusform>(%n encore en cours)</numerusform>
            <numerusform>(%n encore en cours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrés</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>tableau-de-bord</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}. Nothing was saved.</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Export cancelled: the file could not be written.</source>
        <translation>Export annulé&#xa0;: le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export the dashboard to CSV</source>
        <translation>Exporter le tableau de bord en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The dashboard&apos;s tables are saved in “{path}”.</source>
        <translation>Les tableaux du tableau de bord sont enregistrés dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Export the dashboard to Excel</source>
        <translation>Exporter le tableau de bord vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation>rapport-activite</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Preparing the activity report…</source>
        <translation>Préparation du rapport d’activité…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Activity report cancelled.</source>
        <translation>Rapport d’activité annulé.</translation>
    </message>
    <message>
        <source>The activity report is ready.</source>
        <translation>Le rapport d’activité est prêt.</translation>
    </message>
    <message>
        <source>The cohort chosen no longer exists: choose another one.</source>
        <translation>La cohorte choisie n’existe plus&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>Le rapport n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The activity report could not be prepared.</source>
        <translation>Le rapport d’activité n’a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Save the activity report</source>
        <translation>Enregistrer le rapport d’activité</translation>
    </message>
    <message>
        <source>of the objectives reached</source>
        <translation>des objectifs atteints</translation>
    </message>
    <message>
        <source>Hours of sessions by month</source>
        <translation>Heures de rencontre par mois</translation>
    </message>
    <message>
        <source>Members by generation</source>
        <translation>Membres par génération</translation>
    </message>
    <message>
        <source>Members by role</source>
        <translation>Membres par rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n mis en pause</numerusform>
            <numerusform>%n mis en pause</numerusform>
        </translation>
    </message>
    <message>
        <source>{reached} of {total}</source>
        <translation>{reached} sur {total}</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Something unexpected stopped the work ({error}). Check the database (Data menu) before going on.</source>
        <translation>Un incident imprévu a interrompu le travail ({error}). Vérifiez la base de données (menu Données) avant de continuer.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Data</source>
        <translation>D&amp;onnées</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>Serveur&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Fichier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Check the database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <source>Open the d&amp;ata folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>Open the &amp;backups folder</source>
        <translation>&amp;Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>Ouvrir une &amp;autre base de données…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Reset the &amp;demo…</source>
        <translation>Réinitialiser la dé&amp;monstration…</translation>
    </message>
    <message>
        <source>Record of &amp;processing (PDF)…</source>
        <translation>Registre des &amp;traitements (PDF)…</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>record-of-processing.pdf</source>
        <translation>registre-des-traitements.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record of processing written to “{path}”.</source>
        <translation>Registre des activités de traitement écrit dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to “{path}”.</source>
        <translation>Sauvegarde faite dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>The backup was written to “{path}”, but its copy to the second place could not be. Check that the USB key or disk is connected and has room.</source>
        <translation>La sauvegarde a été écrite dans «&#xa0;{path}&#xa0;», mais sa copie au second emplacement n’a pas pu l’être. Vérifiez que la clé USB ou le disque est branché et qu’il y reste de la place.</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Le dossier n’a pas pu être ouvert&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Opening “{path}” in a new window…</source>
        <translation>Ouverture de «&#xa0;{path}&#xa0;» dans une nouvelle fenêtre…</translation>
    </message>
    <message>
        <source>Mentorat could not be started again on “{path}”.</source>
        <translation>Mentorat n’a pas pu être relancé sur «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <source>Mentorat databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Mentorat (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“{path}” is the database open in this window.</source>
        <translation>«&#xa0;{path}&#xa0;» est la base de données ouverte dans cette fenêtre.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>new-association.sqlite3</source>
        <translation>nouvelle-association.sqlite3</translation>
    </message>
    <message>
        <source>Mentorat databases (*.sqlite3)</source>
        <translation>Bases de données Mentorat (*.sqlite3)</translation>
    </message>
    <message>
        <source>“{path}” already exists: choose a new file name (nothing was written).</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà&#xa0;: choisissez un autre nom de fichier (rien n’a été écrit).</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Réinitialiser la démonstration</translation>
    </message>
    <message>
        <source>Start the demo again? Everything changed in it is replaced by the demo association as it first was (fictional people, dates around today). A backup of the demo as it is now is made first. Your own database is not touched.</source>
        <translation>Recommencer la démonstration&#xa0;? Tout ce qui y a été modifié est remplacé par l’association de démonstration telle qu’au départ (personnes fictives, dates proches d’aujourd’hui). Une sauvegarde de la démonstration dans son état actuel est faite d’abord. Votre propre base de données n’est pas touchée.</translation>
    </message>
    <message>
        <source>Resetting the demo…</source>
        <translation>Réinitialisation de la démonstration…</translation>
    </message>
    <message>
        <source>The demo was reset: it is as new, with dates around today.</source>
        <translation>La démonstration a été réinitialisée&#xa0;: elle est comme neuve, avec des dates proches d’aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Durée de conservation en années</translation>
    </message>
    <message>
        <source>Keep a member&apos;s data after their last activity for</source>
        <translation>Conservation des données après la dernière activité</translation>
    </message>
    <message>
        <source>None: backups stay beside the database</source>
        <translation>Aucun&#xa0;: les sauvegardes restent à côté de la base de données</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Choisir le second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>A&amp;ucun</translation>
    </message>
    <message>
        <source>No second backup folder</source>
        <translation>Aucun second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>A USB key or another disk as second folder keeps a copy of each backup there. Beyond the latest ones, backups age out: one a day for a week, one a week for a month, one a month for a year. Members past the retention period are listed in the Members menu.</source>
        <translation>Avec une clé USB ou un autre disque comme second dossier, chaque sauvegarde y est aussi copiée. Au-delà des plus récentes, les sauvegardes expirent&#xa0;: une par jour pendant une semaine, une par semaine pendant un mois, une par mois pendant un an. Les membres dont la durée de conservation est dépassée sont listés dans le menu Membres.</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n an)</numerusform>
            <numerusform>(%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>({years} and {months})</source>
        <translation>({years} et {months})</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Type a month, e.g. {example}</source>
        <translation>Saisissez un mois, par ex. {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example}</source>
        <translation>Saisissez une date, par ex. {example}</translation>
    </message>
    <message>
        <source>This month does not exist</source>
        <translation>Ce mois n’existe pas</translation>
    </message>
    <message>
        <source>This day does not exist</source>
        <translation>Ce jour n’existe pas</translation>
    </message>
    <message>
        <source>Not after today</source>
        <translation>Pas après aujourd’hui</translation>
    </message>
    <message>
        <source>At the latest: {date}</source>
        <translation>Au plus tard&#xa0;: {date}</translation>
    </message>
    <message>
        <source>At the earliest: {date}</source>
        <translation>Au plus tôt&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Not a month: type e.g. {example}</source>
        <translation>Mois non reconnu&#xa0;: tapez par ex. {example}</translation>
    </message>
    <message>
        <source>Not a date: type e.g. {example}</source>
        <translation>Date non reconnue&#xa0;: tapez par ex. {example}</translation>
    </message>
    <message>
        <source>Type the month, e.g. {example}. Up and Down: a month; Page Up and Page Down: a year.</source>
        <translation>Tapez le mois, par ex. {example}. Haut et Bas&#xa0;: un mois&#xa0;; Page préc. et Page suiv.&#xa0;: une année.</translation>
    </message>
    <message>
        <source>Type the date, e.g. {example}, or “today”, “yesterday”. Up and Down: a day; Page Up and Page Down: a month; Alt+Down: the calendar.</source>
        <translation>Tapez la date, par ex. {example}, ou «&#xa0;aujourd’hui&#xa0;», «&#xa0;hier&#xa0;». Haut et Bas&#xa0;: un jour&#xa0;; Page préc. et Page suiv.&#xa0;: un mois&#xa0;; Alt+Bas&#xa0;: le calendrier.</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <source>delete the session of {date} ({pair})</source>
        <translation>la suppression de la rencontre du {date} ({pair})</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demonstration&lt;/b&gt; — the association and its people are fictional. Try anything here: your own data is in another file.</source>
        <translation>&lt;b&gt;Démonstration&lt;/b&gt; — l’association et ses membres sont fictifs. Essayez tout ce que vous voulez&#xa0;: vos propres données sont dans un autre fichier.</translation>
    </message>
    <message>
        <source>&amp;Reset the demo…</source>
        <translation>&amp;Réinitialiser la démonstration…</translation>
    </message>
    <message>
        <source>Reset the demo…</source>
        <translation>Réinitialiser la démonstration…</translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Follow the country (Letter in Québec, A4 in France)</source>
        <translation>Selon le pays (Lettre au Québec, A4 en France)</translation>
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
        <source>The language sets the screens, the charters and how dates are written. A change of language takes effect the next time Mentorat opens.</source>
        <translation>La langue fixe les écrans, les chartes et l’écriture des dates. Le changement de langue prendra effet à la prochaine ouverture de Mentorat.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>The View menu changes it too: Ctrl++ and Ctrl+-.</source>
        <translation>Le menu Affichage la change aussi&#xa0;: Ctrl++ et Ctrl+-.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Recorded on what you change, so that the coordinators who share the database see who changed what. Left empty: the name you log in with.</source>
        <translation>Enregistré sur ce que vous modifiez, pour que les personnes qui coordonnent avec vous sur la même base voient qui a modifié quoi. Laissé vide&#xa0;: votre nom de connexion à l’ordinateur.</translation>
    </message>
</context>
<context>
    <name>DuplicateCohortDialog</name>
    <message>
        <source>Duplicate for next year</source>
        <translation>Dupliquer pour l’an prochain</translation>
    </message>
    <message>
        <source>A new cohort with the objectives of “{name}”, its dates a year later. Its pairs stay where they are.</source>
        <translation>Une nouvelle cohorte avec les objectifs de «&#xa0;{name}&#xa0;», ses dates un an plus tard. Ses binômes restent où ils sont.</translation>
    </message>
    <message>
        <source>Name of the new cohort</source>
        <translation>Nom de la nouvelle cohorte</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EditMember</name>
    <message>
        <source>edit {name}</source>
        <translation>la modification de la fiche de {name}</translation>
    </message>
    <message>
        <source>{who} changed this member since: this edit can no longer be undone from here. Nothing was saved.</source>
        <translation>{who} a modifié ce membre depuis&#xa0;: cette modification ne peut plus être annulée d’ici. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Another coordinator changed this member since: this edit can no longer be undone from here. Nothing was saved.</source>
        <translation>Une autre personne coordinatrice a modifié ce membre depuis&#xa0;: cette modification ne peut plus être annulée d’ici. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Read more in the guide</source>
        <translation>En savoir plus dans le guide</translation>
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
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>Effacer {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Person to erase</source>
        <translation>Personne à effacer</translation>
    </message>
    <message>
        <source>Their name, contact details, skills and notes are erased, and so are the texts of their pairs (session notes, objectives, follow-up comments). This cannot be undone.</source>
        <translation>Son nom, ses coordonnées, ses compétences et ses notes sont effacés, ainsi que les textes de ses binômes (notes de rencontre, objectifs, commentaires de suivi). Cette opération est définitive.</translation>
    </message>
    <message>
        <source>The hours and counts of their pairs stay, without a name, so that the figures of past years do not change.</source>
        <translation>Les heures et les décomptes de ses binômes restent, sans nom, pour que les chiffres des années passées ne changent pas.</translation>
    </message>
    <message>
        <source>The database is backed up first. That backup and the earlier ones still hold the data until they age out (within a year); delete them by hand to erase it sooner.</source>
        <translation>La base de données est d’abord sauvegardée. Cette sauvegarde et les précédentes gardent les données jusqu’à leur expiration (dans l’année)&#x202f;; supprimez-les à la main pour les effacer plus tôt.</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Ce que fait l’effacement</translation>
    </message>
    <message>
        <source>Why the erasure waits</source>
        <translation>Pourquoi l’effacement attend</translation>
    </message>
    <message>
        <source>End their current pairs today (reason: {reason}), then erase</source>
        <translation>Clôturer aujourd’hui ses binômes en cours (motif&#xa0;: {reason}), puis effacer</translation>
    </message>
    <message>
        <source>End their current pairs, then erase</source>
        <translation>Clôturer ses binômes en cours, puis effacer</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This database is open read-only, because another copy of Mentorat is using it: nobody can be erased here.</source>
        <translation>Cette base de données est ouverte en lecture seule, car une autre copie de Mentorat l’utilise&#xa0;: aucune donnée ne peut être effacée ici.</translation>
    </message>
    <message>
        <source>Backing up, then erasing…</source>
        <translation>Sauvegarde, puis effacement…</translation>
    </message>
    <message>
        <source>Erasure done</source>
        <translation>Effacement terminé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name} was erased: they now appear as member #{number}.</source>
        <translation>Les données personnelles ont été effacées&#xa0;: {name} apparaît désormais comme le membre #{number}.</translation>
    </message>
    <message numerus="yes">
        <source>%n current pair(s) ended today.</source>
        <translation>
            <numerusform>%n binôme en cours a pris fin aujourd’hui.</numerusform>
            <numerusform>%n binômes en cours ont pris fin aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept without a name: {pairs}, {sessions} ({hours}).</source>
        <translation>Restent, sans nom&#xa0;: {pairs}, {sessions} ({hours}).</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n rencontre</numerusform>
            <numerusform>%n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>The state before was backed up to “{path}”: that backup and the earlier ones still hold the data until they age out (within a year).</source>
        <translation>L’état précédent a été sauvegardé dans «&#xa0;{path}&#xa0;»&#xa0;: cette sauvegarde et les précédentes gardent les données jusqu’à leur expiration (dans l’année).</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>Another export is still running: wait for it to end.</source>
        <translation>Une autre exportation est en cours&#xa0;: attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Writing “{name}”…</source>
        <translation>Écriture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Arrêt de l’exportation…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Feedback questionnaires</source>
        <translation>Questionnaires de satisfaction</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>questionnaires</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Questionnaires of the %n pair(s) whose check-in is due: ready.</source>
        <translation>
            <numerusform>Questionnaire de %n binôme dont le point d’étape est arrivé&#xa0;: prêt.</numerusform>
            <numerusform>Questionnaires des %n binômes dont le point d’étape est arrivé&#xa0;: prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-in is due: a blank questionnaire is ready.</source>
        <translation>Aucun point d’étape n’est arrivé&#xa0;: un questionnaire vierge est prêt.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Type back a feedback questionnaire</source>
        <translation>Saisir un questionnaire de satisfaction</translation>
    </message>
    <message>
        <source>Feedback questionnaire</source>
        <translation>Questionnaire de satisfaction</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>{number} · {mentor} &amp; {mentee}</source>
        <translation>{number} · {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>Pair no.</source>
        <translation>Binôme n°</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Rempli par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Autre moment</translation>
    </message>
    <message>
        <source>After the first month</source>
        <translation>Après le premier mois</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin de parcours</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>1. Overall satisfaction</source>
        <translation>1. Satisfaction d’ensemble</translation>
    </message>
    <message>
        <source>2. Meetings as agreed</source>
        <translation>2. Rencontres comme prévu</translation>
    </message>
    <message>
        <source>3. Learning, passing on</source>
        <translation>3. Apprendre, transmettre</translation>
    </message>
    <message>
        <source>4. Listening, pace</source>
        <translation>4. Écoute, rythme</translation>
    </message>
    <message>
        <source>5. Would recommend</source>
        <translation>5. Recommanderait</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Type each score as one digit (1 to 5, 0 for no answer): it moves on.</source>
        <translation>Tapez chaque note en un chiffre (1 à 5, 0 pour sans réponse)&#xa0;: on passe à la suivante.</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Enregistrer et &amp;suivant</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Enregistrer et suivant</translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation>&amp;Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name} (mentor)</source>
        <translation>{name} (mentor)</translation>
    </message>
    <message>
        <source>{name} (mentee)</source>
        <translation>{name} (personne mentorée)</translation>
    </message>
    <message>
        <source>Answers of {name} recorded.</source>
        <translation>Réponses de {name} enregistrées.</translation>
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
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode de rencontre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formation animée par</translation>
    </message>
    <message>
        <source>Who taught</source>
        <translation>Qui a transmis</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>Called / handled</source>
        <translation>Appel fait / suivi</translation>
    </message>
    <message>
        <source>Reasons handled</source>
        <translation>Motifs traités</translation>
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
    <name>FollowUp</name>
    <message numerus="yes">
        <source>No session for %n day(s).</source>
        <translation>
            <numerusform>Aucune rencontre depuis %n jour.</numerusform>
            <numerusform>Aucune rencontre depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>To check again since {date}.</source>
        <translation>À revoir depuis le {date}.</translation>
    </message>
    <message>
        <source>Planned end passed on {date}: close the pair or extend it.</source>
        <translation>Fin prévue dépassée depuis le {date} : clôturer le binôme ou le prolonger.</translation>
    </message>
    <message>
        <source>Planned end on {date}: prepare the closing conversation.</source>
        <translation>Fin prévue le {date} : préparer l’entretien de clôture.</translation>
    </message>
    <message>
        <source>Last month: {hours} of the {commitment} agreed.</source>
        <translation>Le mois dernier : {hours} sur les {commitment} convenues.</translation>
    </message>
    <message>
        <source>Proposed pair: {mentor} has not had the mentor training yet.</source>
        <translation>Binôme proposé&#xa0;: {mentor} n’a pas encore suivi la formation des mentors.</translation>
    </message>
    <message>
        <source>Check-in after the first month, planned on {date}.</source>
        <translation>Point d’étape après le premier mois, prévu le {date}.</translation>
    </message>
    <message>
        <source>Mid-term check-in, planned on {date}.</source>
        <translation>Point d’étape à mi-parcours, prévu le {date}.</translation>
    </message>
    <message>
        <source>End check-in, planned on {date}.</source>
        <translation>Point d’étape de fin de parcours, prévu le {date}.</translation>
    </message>
    <message>
        <source>Are you still meeting? Is something in the way?</source>
        <translation>Vous voyez-vous toujours&#xa0;? Quelque chose vous en empêche-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Does the rhythm still suit you both? Can we help find a time?</source>
        <translation>Le rythme vous convient-il toujours&#xa0;? Pouvons-nous aider à trouver un moment&#xa0;?</translation>
    </message>
    <message>
        <source>Can you come to the next training session before the pair starts?</source>
        <translation>Pouvez-vous venir à la prochaine séance de formation avant le début du binôme&#x202f;?</translation>
    </message>
    <message>
        <source>How satisfied are you, out of 5? (Or hand them the questionnaire.)</source>
        <translation>Quelle est votre satisfaction, sur 5&#x202f;? (Ou remettez-leur le questionnaire.)</translation>
    </message>
    <message>
        <source>Were the objectives reached? Would you like to go on?</source>
        <translation>Les objectifs sont-ils atteints&#xa0;? Souhaitez-vous continuer&#xa0;?</translation>
    </message>
    <message>
        <source>How are things going since we last spoke?</source>
        <translation>Comment cela se passe-t-il depuis notre dernier échange&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of {pair}</source>
        <translation>Suivi de {pair}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>La coordination</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>La personne mentor</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>La personne mentorée</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Qui s’est exprimé</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>1 — not at all satisfied</source>
        <translation>1 — pas du tout satisfait</translation>
    </message>
    <message>
        <source>2 — not very satisfied</source>
        <translation>2 — peu satisfait</translation>
    </message>
    <message>
        <source>3 — fairly satisfied</source>
        <translation>3 — assez satisfait</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — satisfait</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — très satisfait</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>e.g. a meeting of the three of us</source>
        <translation>par ex. une rencontre à trois</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action menée</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>À revoir</translation>
    </message>
</context>
<context>
    <name>FollowUpGridModel</name>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>commitment met</source>
        <translation>engagement tenu</translation>
    </message>
    <message>
        <source>below the commitment</source>
        <translation>en dessous de l’engagement</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune rencontre</translation>
    </message>
    <message>
        <source>paused this month</source>
        <translation>en pause ce mois-ci</translation>
    </message>
    <message>
        <source>not running this month</source>
        <translation>pas en cours ce mois-ci</translation>
    </message>
    <message>
        <source>{hours} so far of {commitment}: the month is not over, it is judged once it ends (not pro rata: a pair may meet once, late in the month).</source>
        <translation>{hours} à ce jour sur {commitment}&#xa0;: le mois n’est pas fini, il sera jugé à sa fin (pas au prorata&#xa0;: un binôme peut se voir une seule fois, en fin de mois).</translation>
    </message>
    <message>
        <source>{hours} of {commitment}: {state}</source>
        <translation>{hours} sur {commitment} : {state}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>✔ {share} %</source>
        <translation>✔ {share}&#xa0;%</translation>
    </message>
    <message>
        <source>{hours} so far; {share} % of the pairs have already met this month&apos;s commitment.</source>
        <translation>{hours} jusqu’ici&#xa0;; {share}&#xa0;% des binômes ont déjà tenu l’engagement de ce mois.</translation>
    </message>
    <message>
        <source>{hours} in all; {share} % of the pairs met their commitment this month.</source>
        <translation>{hours} en tout&#xa0;; {share}&#xa0;% des binômes ont tenu leur engagement ce mois-là.</translation>
    </message>
    <message>
        <source>This month is not over: its hours are counted up to today and it is judged once it ends (✔ as soon as the commitment is reached, … until then).</source>
        <translation>Ce mois n’est pas fini&#xa0;: ses heures sont comptées jusqu’à aujourd’hui et il sera jugé à sa fin (✔ dès que l’engagement est atteint, … d’ici là).</translation>
    </message>
    <message>
        <source>{month}
(so far)</source>
        <translation>{month}
(en cours)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Follow-up note of {pair} saved.</source>
        <translation>Note de suivi de {pair} enregistrée.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Months shown</source>
        <translation>Mois affichés</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Up to the month of</source>
        <translation>Jusqu’au mois de</translation>
    </message>
    <message>
        <source>Add a follow-up &amp;note…</source>
        <translation>Ajouter une note de s&amp;uivi…</translation>
    </message>
    <message>
        <source>&amp;Mark as called…</source>
        <translation>Mar&amp;quer comme appelé…</translation>
    </message>
    <message>
        <source>Print the &amp;call sheet…</source>
        <translation>Imprimer la &amp;liste d’appels…</translation>
    </message>
    <message>
        <source>&amp;Write an e-mail…</source>
        <translation>É&amp;crire un e-mail…</translation>
    </message>
    <message>
        <source>Type back &amp;answers…</source>
        <translation>Saisir des ré&amp;ponses…</translation>
    </message>
    <message>
        <source>Print the &amp;questionnaires…</source>
        <translation>Imprimer les &amp;questionnaires…</translation>
    </message>
    <message>
        <source>Hours by month</source>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <source>Pairs to follow up</source>
        <translation>Binômes à suivre</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>Follow-up notes of the pair</source>
        <translation>Notes de suivi du binôme</translation>
    </message>
    <message>
        <source>Notes on the selected pair</source>
        <translation>Notes sur le binôme choisi</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>up to:</source>
        <translation>jusqu’à :</translation>
    </message>
    <message>
        <source>✔ commitment met   ▼ below it   ✖ no session   ‖ paused   … month not over, not judged yet</source>
        <translation>✔ engagement tenu   ▼ en dessous   ✖ aucune rencontre   ‖ en pause   … mois en cours, pas encore jugé</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>No pair to follow up yet</source>
        <translation>Aucun binôme à suivre pour l’instant</translation>
    </message>
    <message>
        <source>Here you will see, month by month, the hours of each pair that has started against its monthly commitment, and the pairs to call. A pair starts once its charter is signed: in the Pairs tab, “Life of the pair” → “Charter signed: start the pair…”.</source>
        <translation>Vous verrez ici, mois par mois, les heures de chaque binôme démarré au regard de son engagement mensuel, et les binômes à appeler. Un binôme démarre une fois sa charte signée&#xa0;: dans l’onglet Binômes, «&#xa0;Vie du binôme&#xa0;» → «&#xa0;Charte signée&#xa0;: démarrer le binôme…&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>To follow up: %n pair(s)</source>
        <translation>
            <numerusform>À suivre : %n binôme</numerusform>
            <numerusform>À suivre : %n binômes</numerusform>
        </translation>
    </message>
    <message>
        <source>Called on {date}</source>
        <translation>Appel le {date}</translation>
    </message>
    <message>
        <source>satisfaction {n}/5</source>
        <translation>satisfaction {n}/5</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Action : {action}</translation>
    </message>
    <message>
        <source>Check again on {date}</source>
        <translation>À revoir le {date}</translation>
    </message>
    <message>
        <source>{pair}: marked as called on {date}.</source>
        <translation>{pair}&#xa0;: marqué comme appelé le {date}.</translation>
    </message>
    <message>
        <source>How is your pair going?</source>
        <translation>Comment se passe votre binôme&#xa0;?</translation>
    </message>
    <message>
        <source>Hello {mentor} and {mentee},

I am getting news of the pairs. How are your sessions going? If something is in the way, tell me: we can look for a solution together.

See you soon,</source>
        <translation>Bonjour {mentor} et {mentee},

Je prends des nouvelles des binômes. Comment se passent vos rencontres&#xa0;? Si quelque chose vous gêne, dites-le-moi : nous chercherons une solution ensemble.

À bientôt,</translation>
    </message>
    <message>
        <source>Save the call sheet</source>
        <translation>Enregistrer la liste d’appels</translation>
    </message>
    <message>
        <source>Call sheet saved in “{path}”.</source>
        <translation>Liste d’appels enregistrée dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>call-sheet.pdf</source>
        <translation>liste-appels.pdf</translation>
    </message>
    <message>
        <source>Pairs to call</source>
        <translation>Binômes à appeler</translation>
    </message>
    <message>
        <source>{association} — {date}</source>
        <translation>{association} — {date}</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Que demander</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No pair to follow up today.</source>
        <translation>Aucun binôme à suivre aujourd’hui.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <source>Local group</source>
        <translation>Groupe local</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Local group:</source>
        <translation>Groupe local&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <source>Local group shown</source>
        <translation>Groupe local affiché</translation>
    </message>
    <message>
        <source>Which local group the lists, the follow-up and the figures show</source>
        <translation>Le groupe local dont les listes, le suivi et les chiffres sont affichés</translation>
    </message>
    <message>
        <source>My group: {name}</source>
        <translation>Mon groupe&#xa0;: {name}</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>{name} (this computer&apos;s group)</source>
        <translation>{name} (groupe de cet ordinateur)</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Groupe local</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
</context>
<context>
    <name>GroupsWindow</name>
    <message>
        <source>Local groups</source>
        <translation>Groupes locaux</translation>
    </message>
    <message>
        <source>In a network of associations, each member, cohort and pair belongs to a local group. A new pair joins its mentee&apos;s group.</source>
        <translation>Dans un réseau d’associations, chaque membre, cohorte et binôme fait partie d’un groupe local. Un nouveau binôme rejoint le groupe de sa personne mentorée.</translation>
    </message>
    <message>
        <source>Local groups table</source>
        <translation>Tableau des groupes locaux</translation>
    </message>
    <message>
        <source>Records in no group</source>
        <translation>Fiches sans groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Name of a new group, or new name</source>
        <translation>Nom d’un nouveau groupe, ou nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create the group</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s group</source>
        <translation>Groupe de cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Make it this computer&apos;s group</source>
        <translation>En faire le groupe de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer may show &amp;every group at once</source>
        <translation>Cet ordinateur peut afficher &amp;tous les groupes ensemble</translation>
    </message>
    <message>
        <source>May show every group</source>
        <translation>Peut afficher tous les groupes</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>In no group: {members}, {cohorts}, {pairs}.</source>
        <translation>Sans groupe&#xa0;: {members}, {cohorts}, {pairs}.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohorte</numerusform>
            <numerusform>%n cohortes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Ce groupe n’existe plus.</translation>
    </message>
    <message>
        <source>Local group “{name}” created.</source>
        <translation>Groupe local «&#xa0;{name}&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Local group “{old}” renamed “{new}”.</source>
        <translation>Le groupe local «&#xa0;{old}&#xa0;» s’appelle désormais «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>Delete the local group “{name}”? Its members, cohorts and pairs are kept, in no group.</source>
        <translation>Supprimer le groupe local «&#xa0;{name}&#xa0;»&#x202f;? Ses membres, cohortes et binômes sont conservés, sans groupe.</translation>
    </message>
    <message>
        <source>Local group “{name}” deleted.</source>
        <translation>Groupe local «&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>“{name}” is now this computer&apos;s group: it is shown first.</source>
        <translation>«&#xa0;{name}&#xa0;» est désormais le groupe de cet ordinateur&#xa0;: il s’affiche en premier.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Mentorat: user guide</source>
        <translation>Mentorat&#xa0;: guide d’utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Rechercher dans le guide…</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets du guide</translation>
    </message>
    <message>
        <source>No page holds all these words.</source>
        <translation>Aucune page ne contient tous ces mots.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{path}” needs a column for the mentor and one for the mentee (or one for the pair), a date and a duration. Nothing was imported.</source>
        <translation>«&#xa0;{path}&#xa0;» doit avoir une colonne pour la personne mentor et une pour la personne mentorée (ou une pour le binôme), une date et une durée. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>No column gives the names in “{path}”: add columns titled “First name” and “Last name” (or “Prénom” and “Nom”). Nothing was imported.</source>
        <translation>Aucune colonne de «&#xa0;{path}&#xa0;» ne donne les noms : ajoutez des colonnes intitulées «&#xa0;Prénom&#xa0;» et «&#xa0;Nom&#xa0;» (ou «&#xa0;First name&#xa0;» et «&#xa0;Last name&#xa0;»). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{path}” holds more than {limit} rows, the most Mentorat imports from one file. Split it into several files and import them one after the other. Nothing was imported.</source>
        <translation>«&#xa0;{path}&#xa0;» compte plus de {limit}&#xa0;lignes, le maximum que Mentorat importe d’un seul fichier. Découpez-le en plusieurs fichiers et importez-les l’un après l’autre. Rien n’a été importé.</translation>
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
        <source>“{path}” does not exist.</source>
        <translation>«&#xa0;{path}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>“{path}” cannot be opened: access is refused, or it is open in another program.</source>
        <translation>«&#xa0;{path}&#xa0;» ne peut pas être ouvert&#xa0;: l’accès est refusé, ou il est ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>The encoding of “{path}” is not recognised (or it is not text): save it again as “CSV UTF-8”.</source>
        <translation>L’encodage de «&#xa0;{path}&#xa0;» n’est pas reconnu (ou ce n’est pas du texte)&#xa0;: enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>“{path}” is not a spreadsheet: it is damaged, protected by a password, or another kind of file under a spreadsheet’s name.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un tableur&#xa0;: il est endommagé, protégé par un mot de passe, ou c’est un autre type de fichier sous un nom de tableur.</translation>
    </message>
    <message>
        <source>“{path}” holds a line far too long to be a row of a table.</source>
        <translation>«&#xa0;{path}&#xa0;» contient une ligne bien trop longue pour être une ligne de tableau.</translation>
    </message>
    <message>
        <source>In “{path}”, a quotation mark opened at line {line} is never closed: it takes in the rows after it. Remove or close it, then import again.</source>
        <translation>Dans «&#xa0;{path}&#xa0;», un guillemet ouvert à la ligne {line} n’est jamais refermé&#xa0;: il avale les lignes qui suivent. Supprimez-le ou refermez-le, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>The same session as line {line} of the file.</source>
        <translation>La même rencontre qu’à la ligne {line} du fichier.</translation>
    </message>
    <message>
        <source>This session is already in the log.</source>
        <translation>Cette rencontre est déjà notée.</translation>
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
    <message>
        <source>{field}: “{value}” is not yes or no.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n’est ni oui ni non.</translation>
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
    <message numerus="yes">
        <source>%n more skipped row(s) not listed.</source>
        <translation>
            <numerusform>%n autre ligne ignorée, non listée.</numerusform>
            <numerusform>%n autres lignes ignorées, non listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: refused. {reason}</source>
        <translation>Ligne {line} : refusée. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n more refused row(s) not listed.</source>
        <translation>
            <numerusform>%n autre ligne refusée, non listée.</numerusform>
            <numerusform>%n autres lignes refusées, non listées.</numerusform>
        </translation>
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
    <name>ImportDialog</name>
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
        <source>Reading “{name}”…</source>
        <translation>Lecture de «&#xa0;{name}&#xa0;»…</translation>
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
        <source>Choose in the table above the column that gives each of them: the preview follows your choices.</source>
        <translation>Choisissez dans le tableau ci-dessus la colonne de chaque élément manquant&#xa0;: l’aperçu suit vos choix.</translation>
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
        <source>Why nothing can be imported</source>
        <translation>Pourquoi rien ne peut être importé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Motif de l’exclusion</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Ce qu’elle contient</translation>
    </message>
    <message>
        <source>Field for the column “{column}”</source>
        <translation>Champ de la colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
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
        <source>… and %n more row(s), not listed here.</source>
        <translation>
            <numerusform>… et %n autre ligne, non affichée ici.</numerusform>
            <numerusform>… et %n autres lignes, non affichées ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up, then importing…</source>
        <translation>Sauvegarde, puis importation…</translation>
    </message>
    <message>
        <source>The file “{name}” changed, moved or was removed since this preview: nothing was imported. Close this window and import the file again to see what it holds now.</source>
        <translation>Le fichier «&#xa0;{name}&#xa0;» a été modifié, déplacé ou supprimé depuis cet aperçu&#xa0;: rien n’a été importé. Fermez cette fenêtre et importez de nouveau le fichier pour voir ce qu’il contient à présent.</translation>
    </message>
    <message>
        <source>The import stopped and nothing was written. Check the file and try again. ({reason})</source>
        <translation>L’importation s’est arrêtée et rien n’a été enregistré. Vérifiez le fichier, puis réessayez. ({reason})</translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
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
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Importer %n membre</numerusform>
            <numerusform>Importer %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSessionsDialog</name>
    <message>
        <source>Import sessions</source>
        <translation>Importer des rencontres</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>Import %n session(s)</source>
        <translation>
            <numerusform>Importer %n rencontre</numerusform>
            <numerusform>Importer %n rencontres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KickoffModel</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Older member (mentee)</source>
        <translation>Personne la plus âgée (mentorée)</translation>
    </message>
    <message>
        <source>Younger member (mentor)</source>
        <translation>Personne la plus jeune (mentor)</translation>
    </message>
    <message>
        <source>Charter signed</source>
        <translation>Charte signée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
</context>
<context>
    <name>KickoffWindow</name>
    <message>
        <source>Kickoff evening</source>
        <translation>Soirée de lancement</translation>
    </message>
    <message>
        <source>Cohort of the evening</source>
        <translation>Cohorte de la soirée</translation>
    </message>
    <message>
        <source>Date of the evening</source>
        <translation>Date de la soirée</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evening of:</source>
        <translation>&amp;Soirée du&#xa0;:</translation>
    </message>
    <message>
        <source>The pairs proposed, each at its table. Print their charters in table order before the evening; tick each charter signed, then make the ticked pairs active in one step.</source>
        <translation>Les binômes proposés, chacun à sa table. Imprimez leurs chartes dans l’ordre des tables avant la soirée&#x202f;; cochez chaque charte signée, puis rendez actifs les binômes cochés en une seule fois.</translation>
    </message>
    <message>
        <source>Pairs expected</source>
        <translation>Binômes attendus</translation>
    </message>
    <message>
        <source>&amp;Print the charters in table order…</source>
        <translation>&amp;Imprimer les chartes dans l’ordre des tables…</translation>
    </message>
    <message>
        <source>Print the charters in table order</source>
        <translation>Imprimer les chartes dans l’ordre des tables</translation>
    </message>
    <message>
        <source>&amp;Make the ticked pairs active</source>
        <translation>&amp;Rendre actifs les binômes cochés</translation>
    </message>
    <message>
        <source>Make the ticked pairs active</source>
        <translation>Rendre actifs les binômes cochés</translation>
    </message>
    <message>
        <source>C&amp;opy the list to call</source>
        <translation>C&amp;opier la liste à appeler</translation>
    </message>
    <message>
        <source>Copy the list to call</source>
        <translation>Copier la liste à appeler</translation>
    </message>
    <message>
        <source>Not signed: to call</source>
        <translation>Non signées&#xa0;: à appeler</translation>
    </message>
    <message>
        <source>Pairs to call</source>
        <translation>Binômes à appeler</translation>
    </message>
    <message>
        <source>How many charters are signed</source>
        <translation>Nombre de chartes signées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>All the pairs proposed</source>
        <translation>Tous les binômes proposés</translation>
    </message>
    <message numerus="yes">
        <source>Charters signed: {signed} of %n pair(s) expected.</source>
        <translation>
            <numerusform>Chartes signées&#xa0;: {signed} sur %n binôme attendu.</numerusform>
            <numerusform>Chartes signées&#xa0;: {signed} sur %n binômes attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>no phone or e-mail recorded</source>
        <translation>ni téléphone ni adresse e-mail notés</translation>
    </message>
    <message>
        <source>Table {table} · {older} ({older_reach}) and {younger} ({younger_reach})</source>
        <translation>Table {table} · {older} ({older_reach}) et {younger} ({younger_reach})</translation>
    </message>
    <message>
        <source>kickoff-charters.pdf</source>
        <translation>chartes-soiree-de-lancement.pdf</translation>
    </message>
    <message>
        <source>No pair was made active:</source>
        <translation>Aucun binôme n’a été rendu actif&#xa0;:</translation>
    </message>
    <message>
        <source>A pair no longer exists; the list has been read again. No pair was made active.</source>
        <translation>Un binôme n’existe plus&#x202f;; la liste a été relue. Aucun binôme n’a été rendu actif.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) active since {date}.</source>
        <translation>
            <numerusform>%n binôme actif depuis le {date}.</numerusform>
            <numerusform>%n binômes actifs depuis le {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) still to call.</source>
        <translation>
            <numerusform>%n binôme reste à appeler.</numerusform>
            <numerusform>%n binômes restent à appeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of pairs to call was copied.</source>
        <translation>La liste des binômes à appeler a été copiée.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Sign up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Sign-up kiosk</source>
        <translation>Borne d’inscription</translation>
    </message>
    <message>
        <source>Show the form in French</source>
        <translation>Afficher le formulaire en français</translation>
    </message>
    <message>
        <source>Show the form in English</source>
        <translation>Afficher le formulaire en anglais</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Leave the kiosk (coordinator&apos;s PIN)</source>
        <translation>Quitter la borne (code de la coordination)</translation>
    </message>
    <message>
        <source>Join our reverse-mentoring program</source>
        <translation>Rejoignez notre programme de mentorat inversé</translation>
    </message>
    <message>
        <source>A younger person and an older one meet about three hours a month: one shares the digital tools, the other the know-how of a working life. Fill in this form; the coordinator will call you back.</source>
        <translation>Une personne plus jeune et une personne plus âgée se rencontrent environ trois heures par mois&#xa0;: l’une partage les outils numériques, l’autre le savoir-faire d’une vie professionnelle. Remplissez ce formulaire&#x202f;; la coordination vous rappellera.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;I would like to</source>
        <translation>&amp;J’aimerais</translation>
    </message>
    <message>
        <source>I would like to</source>
        <translation>J’aimerais</translation>
    </message>
    <message>
        <source>What I can pass &amp;on</source>
        <translation>Ce que je peux &amp;transmettre</translation>
    </message>
    <message>
        <source>What I can pass on</source>
        <translation>Ce que je peux transmettre</translation>
    </message>
    <message>
        <source>What I want to lea&amp;rn</source>
        <translation>Ce que je veux app&amp;rendre</translation>
    </message>
    <message>
        <source>What I want to learn</source>
        <translation>Ce que je veux apprendre</translation>
    </message>
    <message>
        <source>When I am &amp;free</source>
        <translation>Quand je suis &amp;libre</translation>
    </message>
    <message>
        <source>When I am free</source>
        <translation>Quand je suis libre</translation>
    </message>
    <message>
        <source>How I prefer to &amp;meet</source>
        <translation>Comment je préfère me &amp;rencontrer</translation>
    </message>
    <message>
        <source>How I prefer to meet</source>
        <translation>Comment je préfère me rencontrer</translation>
    </message>
    <message>
        <source>e.g. cooking, accounting, photos</source>
        <translation>p. ex. cuisine, comptabilité, photos</translation>
    </message>
    <message>
        <source>e.g. video calls, my smartphone</source>
        <translation>p. ex. visioconférence, mon smartphone</translation>
    </message>
    <message>
        <source>e.g. Tuesday evening</source>
        <translation>p. ex. mardi soir</translation>
    </message>
    <message>
        <source>learn from a younger person</source>
        <translation>apprendre auprès d’une personne plus jeune</translation>
    </message>
    <message>
        <source>share what I know with an older person</source>
        <translation>partager ce que je sais avec une personne plus âgée</translation>
    </message>
    <message>
        <source>either, as the coordinator sees fit</source>
        <translation>l’un ou l’autre, selon ce que la coordination jugera bon</translation>
    </message>
    <message>
        <source>any way</source>
        <translation>peu importe</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>en visioconférence</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>The association may keep what I wrote here to find me a partner. I can ask at any time to see it or to have it erased.</source>
        <translation>L’association peut garder ce que j’ai écrit ici pour me trouver un binôme. Je peux demander à tout moment à le voir ou à le faire effacer.</translation>
    </message>
    <message>
        <source>Consent to keep my data</source>
        <translation>Accord pour garder mes données</translation>
    </message>
    <message>
        <source>The association may call me or write to me about the program.</source>
        <translation>L’association peut m’appeler ou m’écrire au sujet du programme.</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Accord pour qu’on me contacte</translation>
    </message>
    <message>
        <source>My phone and e-mail may be given to the person I am paired with.</source>
        <translation>Mon téléphone et mon adresse e-mail peuvent être donnés à la personne de mon binôme.</translation>
    </message>
    <message>
        <source>Consent to share my contact details with my partner</source>
        <translation>Accord pour donner mes coordonnées à l’autre membre de mon binôme</translation>
    </message>
    <message>
        <source>&amp;Sign me up</source>
        <translation>&amp;M’inscrire</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>M’inscrire</translation>
    </message>
    <message>
        <source>Thank you! The coordinator will call you back soon.</source>
        <translation>Merci&#x202f;! La coordination vous rappellera bientôt.</translation>
    </message>
    <message>
        <source>&amp;Next person</source>
        <translation>Personne &amp;suivante</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Please tick the first box: without it we cannot keep your form.</source>
        <translation>Cochez la première case, s’il vous plaît&#xa0;: sans elle, nous ne pouvons pas garder votre formulaire.</translation>
    </message>
    <message>
        <source>Please give an e-mail or a phone number.</source>
        <translation>Indiquez une adresse e-mail ou un numéro de téléphone, s’il vous plaît.</translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation>Ce n’est pas le bon code.</translation>
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
        <translation>Personne mentorée (plus âgée)</translation>
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
        <translation>Personne mentorée</translation>
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
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Proposal withdrawn</source>
        <translation>Proposition retirée</translation>
    </message>
    <message>
        <source>Objectives reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>No longer available</source>
        <translation>Manque de disponibilité</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Incompatibilité</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>En grande partie</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The mentor passes it on</source>
        <translation>La personne mentor transmet</translation>
    </message>
    <message>
        <source>The mentee passes it on</source>
        <translation>La personne mentorée transmet</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>À commencer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
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
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>The charters print the association&apos;s name alone.</source>
        <translation>Les chartes impriment le nom de l’association seul.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>“{name}” cannot be read any more: choose it again.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut plus être lu&#xa0;: choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The association&apos;s logo</source>
        <translation>Le logo de l’association</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>“{name}” is not a PNG or JPEG image: choose another file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une image PNG ou JPEG&#xa0;: choisissez un autre fichier.</translation>
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
        <source>&amp;Pairs</source>
        <translation>&amp;Binômes</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Rencontres</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Groupe local</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>Serveur&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>(read-only: another copy has it open)</source>
        <translation>(lecture seule&#xa0;: une autre copie l’a ouverte)</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
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
        <source>&amp;Set up the association…</source>
        <translation>&amp;Configurer l’association…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Local &amp;groups…</source>
        <translation>&amp;Groupes locaux…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>&amp;Training sessions…</source>
        <translation>&amp;Formation des mentors…</translation>
    </message>
    <message>
        <source>Start the sign-up &amp;kiosk…</source>
        <translation>Lancer la &amp;borne d’inscription…</translation>
    </message>
    <message>
        <source>Kiosk sign-&amp;ups…</source>
        <translation>Inscriptions de la b&amp;orne…</translation>
    </message>
    <message>
        <source>P&amp;airs</source>
        <translation>B&amp;inômes</translation>
    </message>
    <message>
        <source>&amp;Suggest pairs…</source>
        <translation>&amp;Suggérer des binômes…</translation>
    </message>
    <message>
        <source>&amp;New pair…</source>
        <translation>&amp;Nouveau binôme…</translation>
    </message>
    <message>
        <source>Print &amp;charters…</source>
        <translation>Imprimer les &amp;chartes…</translation>
    </message>
    <message>
        <source>&amp;Refused suggestions…</source>
        <translation>Suggestions &amp;refusées…</translation>
    </message>
    <message>
        <source>C&amp;ohorts…</source>
        <translation>C&amp;ohortes…</translation>
    </message>
    <message>
        <source>Speed-meeting e&amp;vening…</source>
        <translation>Soirée de speed-&amp;meeting…</translation>
    </message>
    <message>
        <source>&amp;Kickoff evening…</source>
        <translation>Soirée de &amp;lancement…</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Re&amp;ncontres</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Noter une rencontre…</translation>
    </message>
    <message>
        <source>&amp;Import sessions…</source>
        <translation>&amp;Importer des rencontres…</translation>
    </message>
    <message>
        <source>&amp;Export sessions…</source>
        <translation>&amp;Exporter les rencontres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
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
    <message numerus="yes">
        <source>%n member(s) imported from {file}.</source>
        <translation>
            <numerusform>%n membre importé depuis {file}.</numerusform>
            <numerusform>%n membres importés depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>import of {file}</source>
        <translation>l’importation du fichier {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported from {file}.</source>
        <translation>
            <numerusform>%n rencontre importée depuis {file}.</numerusform>
            <numerusform>%n rencontres importées depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>(Ctrl+Z pour annuler)</translation>
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
        <source>Server: {address}
Its backups are made by the server&apos;s administrator.</source>
        <translation>Serveur&#xa0;: {address}
Ses sauvegardes sont faites par l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Data file: {path}
Backups: {folder}</source>
        <translation>Fichier de données&#xa0;: {path}
Sauvegardes&#xa0;: {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported.</source>
        <translation>
            <numerusform>%n membre exporté.</numerusform>
            <numerusform>%n membres exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Importer des rencontres</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Exporter les rencontres</translation>
    </message>
    <message>
        <source>sessions.csv</source>
        <translation>rencontres.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported.</source>
        <translation>
            <numerusform>%n rencontre exportée.</numerusform>
            <numerusform>%n rencontres exportées.</numerusform>
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
    <name>MarkHandledDialog</name>
    <message>
        <source>Mark {pair} as called</source>
        <translation>Marquer {pair} comme appelé</translation>
    </message>
    <message>
        <source>Mark as called</source>
        <translation>Marquer comme appelé</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Called on</source>
        <translation>Date de l’appel</translation>
    </message>
    <message>
        <source>Optional: what was agreed</source>
        <translation>Facultatif&#xa0;: ce qui a été convenu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Choose a member above to see their best partners.</source>
        <translation>Choisissez un membre ci-dessus pour voir ses meilleurs partenaires.</translation>
    </message>
    <message>
        <source>The proposal is listed here once computed.</source>
        <translation>La proposition s’affiche ici une fois calculée.</translation>
    </message>
    <message>
        <source>Suggested pairs</source>
        <translation>Binômes suggérés</translation>
    </message>
    <message>
        <source>Kind of suggestion</source>
        <translation>Type de suggestion</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Best partners for:</source>
        <translation>Meilleurs partenaires pour :</translation>
    </message>
    <message>
        <source>Best partners</source>
        <translation>Meilleurs partenaires</translation>
    </message>
    <message>
        <source>The proposal that gives the best total for everyone without a pair, within what each member agreed to hold.</source>
        <translation>Une proposition d’ensemble pour tous les membres encore sans binôme : la meilleure pour le groupe, sans dépasser le nombre de binômes que chacun a accepté.</translation>
    </message>
    <message>
        <source>&amp;Compute the proposal</source>
        <translation>&amp;Calculer la proposition</translation>
    </message>
    <message>
        <source>Compute the proposal</source>
        <translation>Calculer la proposition</translation>
    </message>
    <message>
        <source>Whole-pool proposal</source>
        <translation>Proposition pour tous les membres</translation>
    </message>
    <message>
        <source>For one member</source>
        <translation>Pour un membre</translation>
    </message>
    <message>
        <source>For the whole pool</source>
        <translation>Pour tous les membres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Pondérations…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Computing the proposal…</source>
        <translation>Calcul de la proposition…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation>Annuler la proposition</translation>
    </message>
    <message>
        <source>Reading the members who can take a pair…</source>
        <translation>Lecture des membres qui peuvent prendre un binôme…</translation>
    </message>
    <message>
        <source>Scoring every possible couple…</source>
        <translation>Calcul de la note de chaque binôme possible…</translation>
    </message>
    <message>
        <source>Finding the best total for the whole pool…</source>
        <translation>Recherche du meilleur total pour tous les membres…</translation>
    </message>
    <message>
        <source>Writing the reasons of each suggestion…</source>
        <translation>Rédaction des raisons de chaque suggestion…</translation>
    </message>
    <message>
        <source>Stopping the proposal…</source>
        <translation>Arrêt de la proposition…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) proposed for the whole pool.</source>
        <translation>
            <numerusform>%n binôme proposé pour tous les membres.</numerusform>
            <numerusform>%n binômes proposés pour tous les membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal cancelled: the list is as it was before, nothing was changed.</source>
        <translation>Proposition annulée&#xa0;: la liste est restée telle quelle, rien n’a été modifié.</translation>
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
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Data erased on {date}</source>
        <translation>Données effacées le {date}</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Retiré le {date}</translation>
    </message>
    <message>
        <source>{withdrawn} (given on {date})</source>
        <translation>{withdrawn} (donné le {date})</translation>
    </message>
    <message>
        <source>keeping their data</source>
        <translation>conservation des données</translation>
    </message>
    <message>
        <source>not keeping their data</source>
        <translation>pas de conservation des données</translation>
    </message>
    <message>
        <source>being contacted</source>
        <translation>prises de contact</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>pas de prise de contact</translation>
    </message>
    <message>
        <source>sharing their details with their pair</source>
        <translation>transmission des coordonnées à l’autre membre du binôme</translation>
    </message>
    <message>
        <source>not sharing their details</source>
        <translation>pas de transmission des coordonnées</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>{agreed}; {refused}</source>
        <translation>{agreed}&#x202f;; {refused}</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Donné le {date}</translation>
    </message>
    <message>
        <source>Given (date not recorded)</source>
        <translation>Donné (date non enregistrée)</translation>
    </message>
    <message>
        <source>{given} ({how})</source>
        <translation>{given} ({how})</translation>
    </message>
    <message>
        <source>{given}: {what}</source>
        <translation>{given}&#xa0;: {what}</translation>
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
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Choose or type how</source>
        <translation>Choisissez ou saisissez le moyen</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>A withdrawal ends every agreement above. To record a new consent later, untick the withdrawal and enter the new date.</source>
        <translation>Un retrait met fin à tous les accords ci-dessus. Pour enregistrer plus tard un nouveau consentement, décochez le retrait et indiquez la nouvelle date.</translation>
    </message>
    <message>
        <source>About a withdrawal</source>
        <translation>À propos d’un retrait</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>oralement</translation>
    </message>
    <message>
        <source>online form</source>
        <translation>formulaire en ligne</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type part of a name…</source>
        <translation>Tapez une partie d’un nom…</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>No consent to keep their data (never given, or withdrawn): record it, or erase their data (Members menu).</source>
        <translation>Pas de consentement à la conservation de ses données (jamais donné, ou retiré)&#xa0;: enregistrez-le, ou effacez ses données (menu Membres).</translation>
    </message>
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
    <message numerus="yes">
        <source>%n member(s) restored (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%n membre restauré (Ctrl+Z pour annuler).</numerusform>
            <numerusform>%n membres restaurés (Ctrl+Z pour annuler).</numerusform>
        </translation>
    </message>
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
        <source>Filter by mentor training</source>
        <translation>Filtrer selon la formation des mentors</translation>
    </message>
    <message>
        <source>Trained or not</source>
        <translation>Avec ou sans formation</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Formation suivie</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>Formation non suivie</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>A&amp;jouter un membre</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>M&amp;odifier</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;porter…</translation>
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
    <message>
        <source>{name} added to the members.</source>
        <translation>Fiche de {name} créée.</translation>
    </message>
    <message>
        <source>{name}’s record saved (Ctrl+Z to undo).</source>
        <translation>Fiche de {name} enregistrée (Ctrl+Z pour annuler).</translation>
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
        <source>A phone number has at least {digits} digits.</source>
        <translation>Un numéro de téléphone compte au moins {digits} chiffres.</translation>
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
        <translation>«&#xa0;{value}&#xa0;» n’est pas un statut (actif ou archivé).</translation>
    </message>
    <message>
        <source>A pair needs two different people.</source>
        <translation>Un binôme réunit deux personnes différentes.</translation>
    </message>
    <message>
        <source>{name} is archived: restore them before forming a pair.</source>
        <translation>La fiche de {name} est archivée : restaurez-la avant de former un binôme.</translation>
    </message>
    <message>
        <source>{name} already holds {capacity} pair(s), as many as they agreed to. Say why they may take one more pair.</source>
        <translation>{name} a déjà atteint le nombre de binômes convenu ({capacity}). Indiquez pourquoi accepter un binôme de plus.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>Ce membre n’existe plus.</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} already form a pair.</source>
        <translation>{mentor} et {mentee} forment déjà un binôme.</translation>
    </message>
    <message>
        <source>This pair has not started yet: nothing to give feedback on.</source>
        <translation>Ce binôme n’a pas encore commencé&#xa0;: pas encore d’avis à donner.</translation>
    </message>
    <message>
        <source>This date comes before the pair started ({date}).</source>
        <translation>Cette date précède le début du binôme ({date}).</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>A pair cannot go from this status to that one.</source>
        <translation>Ce binôme ne peut pas passer directement à ce statut.</translation>
    </message>
    <message>
        <source>The pair has changed since: this change can no longer be undone from here.</source>
        <translation>Le binôme a changé depuis&#xa0;: ce changement ne peut plus être annulé d’ici.</translation>
    </message>
    <message>
        <source>This date comes before the pair&apos;s last change of status.</source>
        <translation>Cette date précède le dernier changement de statut du binôme.</translation>
    </message>
    <message>
        <source>“{who}” matches {count} members: use the e-mail address instead.</source>
        <translation>«&#xa0;{who}&#xa0;» correspond à {count} membres : indiquez plutôt l’adresse e-mail.</translation>
    </message>
    <message>
        <source>This name is already used.</source>
        <translation>Ce nom est déjà utilisé.</translation>
    </message>
    <message>
        <source>A session lasts more than zero minutes.</source>
        <translation>Une rencontre dure plus de zéro minute.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A session lasts 12 hours at most: check the duration.</source>
        <translation>Une rencontre dure 12 heures au plus : vérifiez la durée.</translation>
    </message>
    <message>
        <source>“{value}” is not a duration: write it like 1h30, 1,5 or 90 min.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une durée : écrivez par exemple 1h30, 1,5 ou 90 min.</translation>
    </message>
    <message>
        <source>This pair has not started yet: sign its charter first.</source>
        <translation>Ce binôme n’a pas encore démarré : faites d’abord signer sa charte.</translation>
    </message>
    <message>
        <source>The pair only started on {date}: no session before that.</source>
        <translation>Le binôme n’a démarré que le {date}&#xa0;: pas de rencontre avant cette date.</translation>
    </message>
    <message>
        <source>The pair was paused from {first} to {last}: no session then.</source>
        <translation>Le binôme était en pause du {first} au {last}&#xa0;: pas de rencontre pendant cette période.</translation>
    </message>
    <message>
        <source>The pair was paused on {date}: no session after that.</source>
        <translation>Le binôme a été mis en pause le {date}&#xa0;: pas de rencontre après cette date.</translation>
    </message>
    <message>
        <source>The pair ended on {date}: no session after that.</source>
        <translation>Le binôme a pris fin le {date}&#xa0;: pas de rencontre après cette date.</translation>
    </message>
    <message>
        <source>The pair was paused or ended on {date}: no session after that.</source>
        <translation>Le binôme a été mis en pause ou a pris fin le {date}&#xa0;: pas de rencontre après cette date.</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} do not form a pair.</source>
        <translation>{mentor} et {mentee} ne forment pas un binôme.</translation>
    </message>
    <message>
        <source>“{value}” does not give two names (write “Zoé Côté / François Roy”).</source>
        <translation>«&#xa0;{value}&#xa0;» ne donne pas deux noms (écrivez «&#xa0;Zoé Côté / François Roy&#xa0;»).</translation>
    </message>
    <message>
        <source>“{value}” can be read as two dates: write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» peut se lire comme deux dates : écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{value}” is not a direction (mentor to mentee, mentee to mentor, both).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un sens de transmission (mentor vers mentoré, mentoré vers mentor, les deux).</translation>
    </message>
    <message>
        <source>The date to check again comes before this follow-up.</source>
        <translation>La date à laquelle revoir le binôme précède ce suivi.</translation>
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
        <source>No member is named “{who}” or has that e-mail address.</source>
        <translation>Aucun membre ne s’appelle «&#xa0;{who}&#xa0;» ni n’a cette adresse e-mail.</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>Ce binôme n’existe plus.</translation>
    </message>
    <message>
        <source>{name} changed this record on {time}, after you opened it.</source>
        <translation>{name} a modifié cette fiche le {time}, après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>{name} changed this record after you opened it.</source>
        <translation>{name} a modifié cette fiche après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>Someone else changed this record on {time}, after you opened it.</source>
        <translation>Une autre personne a modifié cette fiche le {time}, après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Une autre personne a modifié cette fiche après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload it to see their change, then make yours again.</source>
        <translation>Rien n’a été enregistré. Rechargez la fiche pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Last changed by {name} on {time}</source>
        <translation>Dernière modification par {name} le {time}</translation>
    </message>
    <message>
        <source>Last changed by {name}</source>
        <translation>Dernière modification par {name}</translation>
    </message>
    <message>
        <source>Last changed on {time}</source>
        <translation>Dernière modification le {time}</translation>
    </message>
    <message>
        <source>This cohort no longer exists.</source>
        <translation>Cette cohorte n’existe plus.</translation>
    </message>
    <message>
        <source>This local group no longer exists.</source>
        <translation>Ce groupe local n’existe plus.</translation>
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
    <message>
        <source>The server “{path}” does not answer, or has no such database. Check the address and the network, then try again.</source>
        <translation>Le serveur «&#xa0;{path}&#xa0;» ne répond pas, ou n’a pas cette base de données. Vérifiez l’adresse et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server “{path}” refused the account or its password. The password is read from the MENTORAT_DB_PASSWORD variable or from the system&apos;s keyring.</source>
        <translation>Le serveur «&#xa0;{path}&#xa0;» a refusé le compte ou son mot de passe. Le mot de passe est lu dans la variable MENTORAT_DB_PASSWORD ou dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Do not write the password in the server&apos;s address: others can read it. Put it in the MENTORAT_DB_PASSWORD variable or in the system&apos;s keyring.</source>
        <translation>N’écrivez pas le mot de passe dans l’adresse du serveur&#xa0;: d’autres peuvent la lire. Placez-le dans la variable MENTORAT_DB_PASSWORD ou dans le trousseau du système.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: its driver (psycopg) is not installed.</source>
        <translation>Cette installation ne peut pas se connecter à un serveur PostgreSQL&#xa0;: son pilote (psycopg) n’est pas installé.</translation>
    </message>
    <message>
        <source>“{path}” is neither a database file nor a PostgreSQL server&apos;s address (postgresql://user@server/database).</source>
        <translation>«&#xa0;{path}&#xa0;» n’est ni un fichier de base de données ni l’adresse d’un serveur PostgreSQL (postgresql://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{mentor} is not younger than {mentee}: in reverse mentoring, the mentor is usually the younger one.</source>
        <translation>{mentor} n’est pas plus jeune que {mentee} : en mentorat inversé, la personne mentor est en général la plus jeune des deux.</translation>
    </message>
    <message>
        <source>{mentor} has not had the mentor training yet.</source>
        <translation>{mentor} n’a pas encore suivi la formation de mentor.</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>e.g. Hold a video call with the family alone</source>
        <translation>par ex. appeler sa famille en vidéo sans aide</translation>
    </message>
    <message>
        <source>How will you both know it is reached?</source>
        <translation>À quoi verrez-vous tous deux qu’il est atteint&#x202f;?</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Who passes it on</source>
        <translation>Qui transmet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objective added: {text}</source>
        <translation>Objectif ajouté&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Objective saved: {text}</source>
        <translation>Objectif enregistré&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <source>Objective “{text}” removed.</source>
        <translation>Objectif «&#xa0;{text}&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Objectives of {mentor} and {mentee}</source>
        <translation>Objectifs de {mentor} et de {mentee}</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Indicator: {text}</source>
        <translation>Indicateur : {text}</translation>
    </message>
    <message>
        <source>Remove “{text}”?</source>
        <translation>Supprimer «&#xa0;{text}&#xa0;»&#x202f;?</translation>
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
    <name>OsError</name>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>un dossier porte ce nom</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pas pu être lu ou écrit</translation>
    </message>
</context>
<context>
    <name>PairDetail</name>
    <message>
        <source>Pair details</source>
        <translation>Fiche du binôme</translation>
    </message>
    <message>
        <source>Withdraw the proposal…</source>
        <translation>Retirer la proposition…</translation>
    </message>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Retirer la proposition</translation>
    </message>
    <message>
        <source>Select a pair to see its details.</source>
        <translation>Sélectionnez un binôme pour afficher sa fiche.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>{hours} per month</source>
        <translation>{hours} par mois</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode de rencontre</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Version de la charte</translation>
    </message>
    <message>
        <source>Why one more pair than agreed</source>
        <translation>Pourquoi un binôme de plus que convenu</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Success indicator: {text}</source>
        <translation>Indicateur de réussite : {text}</translation>
    </message>
    <message>
        <source>By {date}</source>
        <translation>D’ici le {date}</translation>
    </message>
    <message>
        <source>No objective yet: add them before printing the charter.</source>
        <translation>Aucun objectif pour l’instant : ajoutez-les avant d’imprimer la charte.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Objectives reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>The mentor learned</source>
        <translation>Ce que la personne mentor a appris</translation>
    </message>
    <message>
        <source>The mentee learned</source>
        <translation>Ce que la personne mentorée a appris</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>{date}: {status}</source>
        <translation>{date} : {status}</translation>
    </message>
    <message>
        <source>{name} (closed on {date})</source>
        <translation>{name} (clôturée le {date})</translation>
    </message>
    <message>
        <source>Objectives of the cohort “{name}”</source>
        <translation>Objectifs de la cohorte «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>This cohort has no objective yet (Pairs → Cohorts…).</source>
        <translation>Cette cohorte n’a pas encore d’objectif (Binômes → Cohortes…).</translation>
    </message>
    <message>
        <source>Target: {text}</source>
        <translation>Cible&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>New pair</source>
        <translation>Nouveau binôme</translation>
    </message>
    <message>
        <source>Means of the pair</source>
        <translation>Modalités du binôme</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Mentor (the younger)</source>
        <translation>Personne mentor (la plus jeune)</translation>
    </message>
    <message>
        <source>Mentee (the more experienced)</source>
        <translation>Personne mentorée (la plus expérimentée)</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Sans cohorte</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (clôturée)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Charter signed (the pair starts)</source>
        <translation>Charte signée (le binôme démarre)</translation>
    </message>
    <message>
        <source>Charter signed</source>
        <translation>Charte signée</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> par mois</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode de rencontre</translation>
    </message>
    <message>
        <source>e.g. every other Tuesday, 1 h 30</source>
        <translation>par ex. un mardi sur deux, 1 h 30</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Only if a member already holds as many pairs as they agreed to</source>
        <translation>Si un membre a déjà tous ses binômes</translation>
    </message>
    <message>
        <source>Why accept one more pair than agreed</source>
        <translation>Pourquoi accepter un binôme de plus que convenu</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
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
        <source>The means of {mentor} and {mentee} are saved.</source>
        <translation>Modalités de {mentor} et {mentee} enregistrées.</translation>
    </message>
    <message>
        <source>Their charter is now version {version}.</source>
        <translation>Leur charte passe à la version {version}.</translation>
    </message>
    <message>
        <source>Pair {mentor} and {mentee} formed, active since its charter.</source>
        <translation>Binôme {mentor} et {mentee} formé, actif depuis la signature de sa charte.</translation>
    </message>
    <message>
        <source>Pair {mentor} and {mentee} proposed.</source>
        <translation>Binôme {mentor} et {mentee} proposé.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Search by name or cohort…</source>
        <translation>Chercher par nom ou cohorte…</translation>
    </message>
    <message>
        <source>Search pairs</source>
        <translation>Rechercher des binômes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Current pairs</source>
        <translation>Binômes en cours</translation>
    </message>
    <message>
        <source>All, ended included</source>
        <translation>Tous, terminés compris</translation>
    </message>
    <message>
        <source>Filter by cohort</source>
        <translation>Filtrer par cohorte</translation>
    </message>
    <message>
        <source>&amp;Suggest pairs…</source>
        <translation>Su&amp;ggérer des binômes…</translation>
    </message>
    <message>
        <source>&amp;New pair…</source>
        <translation>No&amp;uveau binôme…</translation>
    </message>
    <message>
        <source>Print c&amp;harters…</source>
        <translation>Im&amp;primer les chartes…</translation>
    </message>
    <message>
        <source>Pairs table</source>
        <translation>Tableau des binômes</translation>
    </message>
    <message>
        <source>&amp;Means…</source>
        <translation>Moda&amp;lités…</translation>
    </message>
    <message>
        <source>&amp;Objectives…</source>
        <translation>Ob&amp;jectifs…</translation>
    </message>
    <message>
        <source>&amp;Life of the pair</source>
        <translation>&amp;Vie du binôme</translation>
    </message>
    <message>
        <source>Life of the pair</source>
        <translation>Vie du binôme</translation>
    </message>
    <message>
        <source>Charter signed: start the pair…</source>
        <translation>Charte signée : démarrer le binôme…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Mettre en pause…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>End the pair…</source>
        <translation>Terminer le binôme…</translation>
    </message>
    <message>
        <source>Withdraw the proposal…</source>
        <translation>Retirer la proposition…</translation>
    </message>
    <message>
        <source>Print the &amp;charter…</source>
        <translation>Imprimer la &amp;charte…</translation>
    </message>
    <message>
        <source>Number of pairs shown</source>
        <translation>Nombre de binômes affichés</translation>
    </message>
    <message>
        <source>No pairs yet</source>
        <translation>Aucun binôme pour l’instant</translation>
    </message>
    <message>
        <source>Pairs are formed from the members: add or import them first in the Members tab. Then “Suggest pairs…” (Ctrl+M) shows who fits with whom, and why; “New pair…” forms one yourself. A pair stays proposed until its charter is signed.</source>
        <translation>Les binômes se forment à partir des membres&#xa0;: ajoutez-les ou importez-les d’abord dans l’onglet Membres. Ensuite, «&#xa0;Suggérer des binômes…&#xa0;» (Ctrl+M) montre qui va avec qui, et pourquoi&#x202f;; «&#xa0;Nouveau binôme…&#xa0;» vous laisse en former un vous-même. Un binôme reste proposé jusqu’à la signature de sa charte.</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Toutes les cohortes</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) shown</source>
        <translation>
            <numerusform>%n binôme affiché</numerusform>
            <numerusform>%n binômes affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>charter-{mentor}-{mentee}.pdf</source>
        <translation>charte-{mentor}-{mentee}.pdf</translation>
    </message>
    <message>
        <source>charters.pdf</source>
        <translation>chartes.pdf</translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>&amp;Cohorte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Export this person’s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>member-{number}-data</source>
        <translation>donnees-membre-{number}</translation>
    </message>
    <message>
        <source>JSON and CSV files (*.json *.csv);;All files (*)</source>
        <translation>Fichiers JSON et CSV (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A JSON file and a CSV file are written side by side. “{name}” already exists there: replace it?</source>
        <translation>Un fichier JSON et un fichier CSV sont écrits côte à côte. «&#xa0;{name}&#xa0;» existe déjà à cet endroit&#xa0;: le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Everything kept about {name} was written to “{json}” and “{csv}”. Read them before handing them over: notes may speak of the other member of a pair.</source>
        <translation>Tout ce qui est conservé sur {name} a été écrit dans «&#xa0;{json}&#xa0;» et «&#xa0;{csv}&#xa0;». Relisez ces fichiers avant de les remettre&#xa0;: des notes peuvent parler de l’autre membre d’un binôme.</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>Les fichiers n’ont pas pu être écrits&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Code de la borne</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code, une seconde fois</translation>
    </message>
    <message>
        <source>Choose a PIN of at least {n} characters. It is asked for to leave the kiosk, and forgotten when the kiosk closes.</source>
        <translation>Choisissez un code d’au moins {n} caractères. Il est demandé pour quitter la borne, et oublié quand la borne se ferme.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s PIN, to leave the kiosk:</source>
        <translation>Le code de la coordination, pour quitter la borne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Code, une &amp;seconde fois&#xa0;:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The PIN is too short.</source>
        <translation>Le code est trop court.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Parts of the preferences</source>
        <translation>Parties des préférences</translation>
    </message>
    <message>
        <source>&amp;Association</source>
        <translation>&amp;Association</translation>
    </message>
    <message>
        <source>&amp;Program and follow-up</source>
        <translation>&amp;Programme et suivi</translation>
    </message>
    <message>
        <source>C&amp;harter</source>
        <translation>C&amp;harte</translation>
    </message>
    <message>
        <source>&amp;Data and backups</source>
        <translation>&amp;Données et sauvegardes</translation>
    </message>
    <message>
        <source>Displa&amp;y</source>
        <translation>A&amp;ffichage</translation>
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
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
</context>
<context>
    <name>PrintOutDialog</name>
    <message>
        <source>Print or save</source>
        <translation>Imprimer ou enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>“{title}”: %n page(s), ready.</source>
        <translation>
            <numerusform>«&#xa0;{title}&#xa0;»&#xa0;: %n page, prête.</numerusform>
            <numerusform>«&#xa0;{title}&#xa0;»&#xa0;: %n pages, prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Once the PDF is saved: the folder that holds it.</source>
        <translation>Une fois le PDF enregistré&#xa0;: le dossier qui le contient.</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Envoyer par e-&amp;mail…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved in “{path}”.</source>
        <translation>Enregistré dans «&#xa0;{path}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print “{title}”</source>
        <translation>Imprimer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Sending “{title}” to the printer…</source>
        <translation>Envoi de «&#xa0;{title}&#xa0;» à l’imprimante…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of “{title}” sent to “{where}”.</source>
        <translation>
            <numerusform>%n page de «&#xa0;{title}&#xa0;» envoyée vers «&#xa0;{where}&#xa0;».</numerusform>
            <numerusform>%n pages de «&#xa0;{title}&#xa0;» envoyées vers «&#xa0;{where}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>The document could not be printed. Check that the printer is connected and switched on, or save it as a PDF and print it from another program.</source>
        <translation>Le document n’a pas pu être imprimé. Vérifiez que l’imprimante est branchée et allumée, ou enregistrez-le en PDF pour l’imprimer depuis un autre programme.</translation>
    </message>
    <message>
        <source>No program for PDF files</source>
        <translation>Aucun programme pour les fichiers PDF</translation>
    </message>
    <message>
        <source>The file is saved in “{path}”, but no program to open PDF files was found on this computer. Open its folder to copy it, or install a PDF reader.</source>
        <translation>Le fichier est enregistré dans «&#xa0;{path}&#xa0;», mais aucun programme pour ouvrir les fichiers PDF n’a été trouvé sur cet ordinateur. Ouvrez son dossier pour le copier, ou installez un lecteur de PDF.</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No program to show folders was found. The file is in “{folder}”.</source>
        <translation>Aucun programme pour afficher les dossiers n’a été trouvé. Le fichier est dans «&#xa0;{folder}&#xa0;».</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}

</source>
        <translation>À&#xa0;: {to}
Objet&#xa0;: {subject}

</translation>
    </message>
    <message>
        <source>No e-mail program was found on this computer. The message (addresses, subject and text) has been copied: paste it into a new message of your webmail.</source>
        <translation>Aucun programme de messagerie n’a été trouvé sur cet ordinateur. Le message (adresses, objet et texte) a été copié&#xa0;: collez-le dans un nouveau message de votre messagerie en ligne.</translation>
    </message>
    <message>
        <source>Attach the file “{path}” to it.</source>
        <translation>Joignez-y le fichier «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>No e-mail program</source>
        <translation>Aucun programme de messagerie</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Agrees to their data being kept</source>
        <translation>Accord pour la conservation de ses données</translation>
    </message>
    <message>
        <source>Agrees to being contacted</source>
        <translation>Accord pour les prises de contact</translation>
    </message>
    <message>
        <source>Agrees to their details being given to the other member of their pair</source>
        <translation>Accord pour transmettre ses coordonnées à l’autre membre du binôme</translation>
    </message>
    <message>
        <source>Consent collected by</source>
        <translation>Consentement recueilli par</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Consentement retiré le</translation>
    </message>
    <message>
        <source>Data erased on</source>
        <translation>Données effacées le</translation>
    </message>
    <message>
        <source>Keep a member&apos;s data after their last activity (months)</source>
        <translation>Conservation des données d’un membre après sa dernière activité (mois)</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Latest backups always kept</source>
        <translation>Dernières sauvegardes toujours conservées</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before the day it was given.</source>
        <translation>Le consentement ne peut pas être retiré avant le jour où il a été donné.</translation>
    </message>
    <message>
        <source>This member’s data was erased: the line stays, anonymous, for the figures, and cannot be edited or brought back.</source>
        <translation>Les données de ce membre ont été effacées&#xa0;: la ligne reste, anonyme, pour les chiffres, et ne peut être ni modifiée ni rétablie.</translation>
    </message>
    <message numerus="yes">
        <source>This member is still in %n current pair(s) (proposed, active or paused). End them first, after a closing conversation with the other member, or choose to end them along with the erasure.</source>
        <translation>
            <numerusform>Ce membre fait encore partie de %n binôme en cours (proposé, actif ou en pause). Clôturez-le d’abord, après un entretien de clôture avec l’autre membre, ou choisissez de le clôturer avec l’effacement.</numerusform>
            <numerusform>Ce membre fait encore partie de %n binômes en cours (proposés, actifs ou en pause). Clôturez-les d’abord, après un entretien de clôture avec l’autre membre, ou choisissez de les clôturer avec l’effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The coordination</source>
        <translation>La coordination</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>La personne mentor</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>La personne mentorée</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Change of status</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Pair not formed</source>
        <translation>Binôme écarté</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro de membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Date d’archivage</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Date d’enregistrement</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Date de dernière modification</translation>
    </message>
    <message>
        <source>Other member of the pair</source>
        <translation>Autre membre du binôme</translation>
    </message>
    <message>
        <source>Other member</source>
        <translation>Autre membre</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Local group</source>
        <translation>Groupe local</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Match score</source>
        <translation>Score d’appariement</translation>
    </message>
    <message>
        <source>Match reasons</source>
        <translation>Raisons de l’appariement</translation>
    </message>
    <message>
        <source>Reason for going beyond the capacity</source>
        <translation>Motif du dépassement de capacité</translation>
    </message>
    <message>
        <source>Objectives reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>What the mentor learned</source>
        <translation>Ce que la personne mentor a appris</translation>
    </message>
    <message>
        <source>What the mentee learned</source>
        <translation>Ce que la personne mentorée a appris</translation>
    </message>
    <message>
        <source>Closing comment</source>
        <translation>Commentaire de clôture</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Version de la charte</translation>
    </message>
    <message>
        <source>Charter changed on</source>
        <translation>Charte modifiée le</translation>
    </message>
    <message>
        <source>What the last charter version changed</source>
        <translation>Ce que la dernière version de la charte a changé</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Prise de parole</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Séance de formation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formation animée par</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Feedback questionnaire</source>
        <translation>Questionnaire de satisfaction</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Rempli par</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Rempli le</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>Satisfaction d’ensemble</translation>
    </message>
    <message>
        <source>Meetings as agreed</source>
        <translation>Rencontres comme prévu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Recommanderait le programme</translation>
    </message>
    <message>
        <source>Wish after a speed-meeting</source>
        <translation>Souhait après un speed-meeting</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Wishes to continue with</source>
        <translation>Souhaite continuer avec</translation>
    </message>
    <message>
        <source>After the first month</source>
        <translation>Après le premier mois</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin de parcours</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>E&amp;xport this person’s data…</source>
        <translation>E&amp;xporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Erase this &amp;person…</source>
        <translation>Effacer cette &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;Members past the retention period…</source>
        <translation>Membres au-delà de la &amp;durée de conservation…</translation>
    </message>
    <message>
        <source>Select one member in the members list first.</source>
        <translation>Sélectionnez d’abord un membre dans la liste des membres.</translation>
    </message>
    <message>
        <source>Member #{number} erased.</source>
        <translation>Membre #{number} effacé.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) anonymised.</source>
        <translation>
            <numerusform>%n membre anonymisé.</numerusform>
            <numerusform>%n membres anonymisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>Active and archived members without consent to keep their data (never given, or withdrawn)</source>
        <translation>Membres actifs et archivés sans consentement à la conservation de leurs données (jamais donné, ou retiré)</translation>
    </message>
</context>
<context>
    <name>ProgramTab</name>
    <message>
        <source>per pair and per month</source>
        <translation>par binôme et par mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>A pair is quiet after</source>
        <translation>Un binôme est silencieux après</translation>
    </message>
    <message>
        <source>with no session</source>
        <translation>sans rencontre</translation>
    </message>
    <message>
        <source>An end is near</source>
        <translation>Une fin est proche</translation>
    </message>
    <message>
        <source>before the planned end</source>
        <translation>avant la fin prévue</translation>
    </message>
    <message>
        <source>New pairs start with this monthly commitment. The follow-up lists the pairs to call: those quiet for this long, and those whose end is this near.</source>
        <translation>Les nouveaux binômes commencent avec cet engagement mensuel. Le suivi liste les binômes à appeler&#xa0;: ceux silencieux depuis ce temps, et ceux dont la fin est aussi proche.</translation>
    </message>
    <message>
        <source>Mid-term check-in, share of the pair</source>
        <translation>Point à mi-parcours, part du parcours</translation>
    </message>
    <message>
        <source>End check-in, days before the planned end</source>
        <translation>Point de fin, jours avant la fin prévue</translation>
    </message>
    <message>
        <source>Feedback check-ins</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <source>after the start, at</source>
        <translation>après le début, à</translation>
    </message>
    <message>
        <source>of the pair, and</source>
        <translation>du parcours, et</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>le lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>le mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>le mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>le jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>le vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>le samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>le dimanche</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>le matin</translation>
    </message>
    <message>
        <source>at midday</source>
        <translation>le midi</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>l’après-midi</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>le soir</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>{mentor} offers {skills}, which {mentee} wants to learn.</source>
        <translation>{mentor} peut transmettre ce que {mentee} souhaite apprendre : {skills}.</translation>
    </message>
    <message>
        <source>In return, {mentee} can pass on {skills}, which {mentor} wants.</source>
        <translation>En retour, {mentee} peut transmettre ce que {mentor} souhaite apprendre : {skills}.</translation>
    </message>
    <message>
        <source>Both live in {city}.</source>
        <translation>Les deux habitent à {city}.</translation>
    </message>
    <message>
        <source>Any way of meeting suits both.</source>
        <translation>Tous les modes de rencontre leur conviennent.</translation>
    </message>
    <message>
        <source>Both prefer to meet: {mode}.</source>
        <translation>Mode de rencontre qui convient aux deux : {mode}.</translation>
    </message>
    <message>
        <source>Both are free: {slots}.</source>
        <translation>Disponibles aux mêmes moments : {slots}.</translation>
    </message>
    <message>
        <source>Their free times overlap: “{mentor_times}” for {mentor}, “{mentee_times}” for {mentee}.</source>
        <translation>Leurs disponibilités se recoupent&#xa0;: «&#xa0;{mentor_times}&#xa0;» pour {mentor}, «&#xa0;{mentee_times}&#xa0;» pour {mentee}.</translation>
    </message>
    <message>
        <source>They share a language: {language}.</source>
        <translation>Une langue en commun : {language}.</translation>
    </message>
    <message>
        <source>{years} years apart: a real exchange between generations.</source>
        <translation>{years} ans d’écart : un vrai échange entre générations.</translation>
    </message>
    <message>
        <source>Met at the speed-meeting of {date}; both wish to continue.</source>
        <translation>Rencontre au speed-meeting du {date}&#xa0;: les deux souhaitent continuer.</translation>
    </message>
    <message>
        <source>Met at the speed-meeting of {date}; {who} wishes to continue.</source>
        <translation>Rencontre au speed-meeting du {date}&#xa0;: {who} souhaite continuer.</translation>
    </message>
    <message>
        <source>{mentor} has not had the mentor training yet.</source>
        <translation>{mentor} n’a pas encore suivi la formation de mentor.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n year(s) apart: hardly an exchange between generations.</source>
        <translation>
            <numerusform>Seulement %n an d’écart&#xa0;: ce n’est guère un échange entre générations.</numerusform>
            <numerusform>Seulement %n ans d’écart&#xa0;: ce n’est guère un échange entre générations.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mentor} and {mentee} already formed a pair, which has ended.</source>
        <translation>{mentor} et {mentee} ont déjà formé un binôme, qui a pris fin.</translation>
    </message>
    <message numerus="yes">
        <source>{mentor} and {mentee} live %n hour(s) apart: “{mentor_times}” and “{mentee_times}” are not the same moment, so their free times do not count.</source>
        <translation>
            <numerusform>{mentor} et {mentee} vivent à %n heure d’écart&#xa0;: «&#xa0;{mentor_times}&#xa0;» et «&#xa0;{mentee_times}&#xa0;» ne sont pas le même moment, leurs disponibilités ne comptent donc pas.</numerusform>
            <numerusform>{mentor} et {mentee} vivent à %n heures d’écart&#xa0;: «&#xa0;{mentor_times}&#xa0;» et «&#xa0;{mentee_times}&#xa0;» ne sont pas le même moment, leurs disponibilités ne comptent donc pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mentor_city} and {mentee_city} are in different countries: too far to meet in person.</source>
        <translation>{mentor_city} et {mentee_city} sont dans deux pays différents&#xa0;: trop loin pour se rencontrer en personne.</translation>
    </message>
    <message numerus="yes">
        <source>{mentor_city} and {mentee_city} are about %n km apart: too far to meet in person.</source>
        <translation>
            <numerusform>{mentor_city} et {mentee_city} sont à environ %n&#xa0;km l’une de l’autre&#xa0;: trop loin pour se rencontrer en personne.</numerusform>
            <numerusform>{mentor_city} et {mentee_city} sont à environ %n&#xa0;km l’une de l’autre&#xa0;: trop loin pour se rencontrer en personne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <source>Refused suggestions</source>
        <translation>Suggestions refusées</translation>
    </message>
    <message>
        <source>The suggestions refused here are never proposed again. Forget a refusal and the suggestion may come back.</source>
        <translation>Les suggestions refusées ne sont plus jamais proposées. Oubliez un refus et la suggestion pourra revenir.</translation>
    </message>
    <message>
        <source>About refused suggestions</source>
        <translation>À propos des suggestions refusées</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>Refusée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No suggestion has been refused.</source>
        <translation>Aucune suggestion n’a été refusée.</translation>
    </message>
    <message>
        <source>No refused suggestion</source>
        <translation>Aucune suggestion refusée</translation>
    </message>
    <message>
        <source>&amp;Forget this refusal</source>
        <translation>&amp;Oublier ce refus</translation>
    </message>
    <message>
        <source>Forget this refusal</source>
        <translation>Oublier ce refus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This refusal had already been forgotten.</source>
        <translation>Ce refus avait déjà été oublié.</translation>
    </message>
    <message>
        <source>The suggestion of {mentor} and {mentee} may come back.</source>
        <translation>La suggestion de {mentor} et de {mentee} pourra revenir.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring a backup puts the data back as it was when the backup was made: what changed since then is replaced. The current state is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Restaurer une sauvegarde remet les données dans l’état où elles étaient quand elle a été faite&#xa0;: ce qui a changé depuis est remplacé. L’état actuel est d’abord sauvegardé&#xa0;: une restauration peut donc elle-même être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>Dossier des sauvegardes&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup yet in this folder.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l’instant.</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Another file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This database is open read-only, because another copy of Mentorat is using it: a backup cannot be restored here. Close the other copy, then open this window again.</source>
        <translation>Cette base de données est ouverte en lecture seule, car un autre exemplaire de Mentorat l’utilise&#xa0;: aucune sauvegarde ne peut être restaurée ici. Fermez l’autre exemplaire, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Le dossier n’a pas pu être ouvert&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Restore another backup</source>
        <translation>Restaurer une autre sauvegarde</translation>
    </message>
    <message>
        <source>Mentorat backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes Mentorat (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>C’est la base de données elle-même, pas une de ses sauvegardes. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restore the backup of {time}?</source>
        <translation>Restaurer la sauvegarde du {time}&#x202f;?</translation>
    </message>
    <message>
        <source>It holds {contents}. The data will go back to that state, and what changed since will be replaced.</source>
        <translation>Elle contient {contents}. Les données reviendront à cet état, et ce qui a changé depuis sera remplacé.</translation>
    </message>
    <message>
        <source>The current state is backed up first, so you can come back to it.</source>
        <translation>L’état actuel est d’abord sauvegardé&#xa0;: vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>Restoring the backup of {time}…</source>
        <translation>Restauration de la sauvegarde du {time}…</translation>
    </message>
    <message>
        <source>Restored the backup of {time}: {contents}.</source>
        <translation>Sauvegarde du {time} restaurée&#xa0;: {contents}.</translation>
    </message>
    <message>
        <source>The state before the restore was backed up to “{path}”.</source>
        <translation>L’état d’avant la restauration a été sauvegardé dans «&#xa0;{path}&#xa0;».</translation>
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
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Members past the retention period</source>
        <translation>Membres au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>About the retention period</source>
        <translation>À propos de la durée de conservation</translation>
    </message>
    <message>
        <source>Members to anonymise</source>
        <translation>Membres à anonymiser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservation jusqu’au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No member is past the retention period.</source>
        <translation>Aucun membre n’a dépassé la durée de conservation.</translation>
    </message>
    <message>
        <source>No member to anonymise</source>
        <translation>Aucun membre à anonymiser</translation>
    </message>
    <message>
        <source>&amp;Anonymise all…</source>
        <translation>&amp;Tout anonymiser…</translation>
    </message>
    <message>
        <source>Anonymise all</source>
        <translation>Tout anonymiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>The data of these members has been kept longer than the retention period (%n month(s) after their last activity, set in the preferences). Anonymising erases their personal data; the hours and counts of their pairs stay, without a name. Members in a current pair are never listed.</source>
        <translation>
            <numerusform>Les données de ces membres sont conservées au-delà de la durée prévue (%n mois après leur dernière activité, réglée dans les préférences). L’anonymisation efface leurs données personnelles&#x202f;; les heures et les décomptes de leurs binômes restent, sans nom. Les membres d’un binôme en cours n’apparaissent jamais ici.</numerusform>
            <numerusform>Les données de ces membres sont conservées au-delà de la durée prévue (%n mois après leur dernière activité, réglée dans les préférences). L’anonymisation efface leurs données personnelles&#x202f;; les heures et les décomptes de leurs binômes restent, sans nom. Les membres d’un binôme en cours n’apparaissent jamais ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived, inactive for over %n month(s)</source>
        <translation>
            <numerusform>Membre archivé, sans activité depuis plus de %n mois</numerusform>
            <numerusform>Membre archivé, sans activité depuis plus de %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still active, but inactive for over %n month(s)</source>
        <translation>
            <numerusform>Membre encore actif, mais sans activité depuis plus de %n mois</numerusform>
            <numerusform>Membre encore actif, mais sans activité depuis plus de %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n member(s)? Their names, contact details, skills and notes are erased; the hours and counts of their pairs stay, without a name. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser %n membre&#x202f;? Son nom, ses coordonnées, ses compétences et ses notes sont effacés&#x202f;; les heures et les décomptes de ses binômes restent, sans nom. Cette opération est définitive.</numerusform>
            <numerusform>Anonymiser %n membres&#x202f;? Leurs noms, coordonnées, compétences et notes sont effacés&#x202f;; les heures et les décomptes de leurs binômes restent, sans nom. Cette opération est définitive.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is backed up first. That backup and the earlier ones still hold the data until they age out (within a year).</source>
        <translation>La base de données est d’abord sauvegardée. Cette sauvegarde et les précédentes gardent les données jusqu’à leur expiration (dans l’année).</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Backing up, then anonymising…</source>
        <translation>Sauvegarde, puis anonymisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) anonymised.</source>
        <translation>
            <numerusform>%n membre anonymisé.</numerusform>
            <numerusform>%n membres anonymisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The state before was backed up to “{path}”.</source>
        <translation>L’état précédent a été sauvegardé dans «&#xa0;{path}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RoomTimer</name>
    <message>
        <source>Speed-meeting timer</source>
        <translation>Minuteur du speed-meeting</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Démarrer ou mettre en pause</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>Tour &amp;suivant</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Tour suivant</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the timer</source>
        <translation>Fermer le minuteur</translation>
    </message>
    <message>
        <source>Time! Thank each other, then change tables.</source>
        <translation>C’est l’heure&#x202f;! Remerciez-vous, puis changez de table.</translation>
    </message>
    <message>
        <source>Last round over. Thank you all!</source>
        <translation>Dernier tour terminé. Merci à toutes et à tous&#x202f;!</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Tour {round} sur {rounds}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
</context>
<context>
    <name>SessionLogDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Noter une rencontre</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Tapez une partie d’un nom…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. 1h30, 1,5 or 90 min</source>
        <translation>par ex. 1h30, 1,5 ou 90 min</translation>
    </message>
    <message>
        <source>Duration understood</source>
        <translation>Durée comprise</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. video calls, budgeting</source>
        <translation>par ex. appels vidéo, budget</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Who taught</source>
        <translation>Qui a transmis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Session of {date} logged: {duration} for {mentor} and {mentee} (Ctrl+Z to undo).</source>
        <translation>Rencontre du {date} enregistrée&#xa0;: {duration} pour {mentor} et {mentee} (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Session of {date} changed: {duration} for {mentor} and {mentee} (Ctrl+Z to undo).</source>
        <translation>Rencontre du {date} modifiée&#xa0;: {duration} pour {mentor} et {mentee} (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Session of {date} logged: {duration} for {mentor} and {mentee}.</source>
        <translation>Rencontre du {date} enregistrée&#xa0;: {duration} pour {mentor} et {mentee}.</translation>
    </message>
    <message>
        <source>Session of {date} changed: {duration} for {mentor} and {mentee}.</source>
        <translation>Rencontre du {date} modifiée&#xa0;: {duration} pour {mentor} et {mentee}.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Who taught</source>
        <translation>Qui a transmis</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Sessions</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Search by name, topic or place…</source>
        <translation>Chercher par nom, sujet ou lieu…</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Chercher des rencontres</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>Noter une ren&amp;contre…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Sessions table</source>
        <translation>Tableau des rencontres</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Rencontres affichées</translation>
    </message>
    <message>
        <source>No sessions logged yet</source>
        <translation>Aucune rencontre notée pour l’instant</translation>
    </message>
    <message>
        <source>Each time a pair meets, log the session: Ctrl+L from any view, or “Log a session…” here. Type the date, the duration (1h30, 90 min) and who taught. Sessions belong to pairs that have started, once their charter is signed.</source>
        <translation>À chaque rencontre d’un binôme, notez-la&#xa0;: Ctrl+L depuis n’importe quelle vue, ou «&#xa0;Noter une rencontre…&#xa0;» ici. Indiquez la date, la durée (1h30, 90 min) et qui a transmis. Les rencontres appartiennent aux binômes démarrés, une fois leur charte signée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {hours}</source>
        <translation>
            <numerusform>%n rencontre, {hours}</numerusform>
            <numerusform>%n rencontres, {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Supprimer la rencontre</translation>
    </message>
    <message>
        <source>Delete the session of {date} ({duration}) of {pair}? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer la rencontre du {date} ({duration}) de {pair}&#xa0;? Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Session of {date} of {pair} deleted (Ctrl+Z to undo).</source>
        <translation>Rencontre du {date} de {pair} supprimée (Ctrl+Z pour annuler).</translation>
    </message>
</context>
<context>
    <name>SignupsDialog</name>
    <message>
        <source>Sign-up of {name} deleted.</source>
        <translation>Inscription de {name} supprimée.</translation>
    </message>
    <message>
        <source>Kiosk sign-ups</source>
        <translation>Inscriptions de la borne</translation>
    </message>
    <message>
        <source>Sign-ups waiting</source>
        <translation>Inscriptions en attente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Role and way of meeting</source>
        <translation>Rôle et façon de se rencontrer</translation>
    </message>
    <message>
        <source>Signed up on</source>
        <translation>Inscription le</translation>
    </message>
    <message>
        <source>Already in the register?</source>
        <translation>Déjà dans le registre&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Accept as a member</source>
        <translation>&amp;Accepter comme membre</translation>
    </message>
    <message>
        <source>Accept as a member</source>
        <translation>Accepter comme membre</translation>
    </message>
    <message>
        <source>&amp;Delete the sign-up</source>
        <translation>&amp;Supprimer l’inscription</translation>
    </message>
    <message>
        <source>Delete the sign-up</source>
        <translation>Supprimer l’inscription</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Probably {name}</source>
        <translation>Sans doute {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s) waiting. Accept each one to make it a member, or delete it (someone already in the register, a test, a change of mind).</source>
        <translation>
            <numerusform>%n inscription en attente. Acceptez-la pour en faire un membre, ou supprimez-la (personne déjà dans le registre, essai, changement d’avis).</numerusform>
            <numerusform>%n inscriptions en attente. Acceptez chacune pour en faire un membre, ou supprimez-la (personne déjà dans le registre, essai, changement d’avis).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is now a member.</source>
        <translation>{name} est désormais membre.</translation>
    </message>
    <message>
        <source>Delete the sign-up of {name}? It cannot be undone.</source>
        <translation>Supprimer l’inscription de {name}&#x202f;? Ce n’est pas réversible.</translation>
    </message>
</context>
<context>
    <name>SpeedMeetingWindow</name>
    <message>
        <source>Speed-meeting evening</source>
        <translation>Soirée de speed-meeting</translation>
    </message>
    <message>
        <source>Date of the evening</source>
        <translation>Date de la soirée</translation>
    </message>
    <message>
        <source>Name of the evening</source>
        <translation>Nom de la soirée</translation>
    </message>
    <message>
        <source>Number of rounds</source>
        <translation>Nombre de tours</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minutes par tour</translation>
    </message>
    <message>
        <source>&amp;Timer for the room…</source>
        <translation>&amp;Minuteur pour la salle…</translation>
    </message>
    <message>
        <source>Timer for the room</source>
        <translation>Minuteur pour la salle</translation>
    </message>
    <message>
        <source>&amp;Evening of:</source>
        <translation>&amp;Soirée du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes per round:</source>
        <translation>Minutes par to&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Trouver un membre</translation>
    </message>
    <message>
        <source>Find a member…</source>
        <translation>Trouver un membre…</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membres présents</translation>
    </message>
    <message>
        <source>How many members are present</source>
        <translation>Nombre de membres présents</translation>
    </message>
    <message>
        <source>&amp;Print the rota…</source>
        <translation>&amp;Imprimer le tableau des rencontres…</translation>
    </message>
    <message>
        <source>Print the rota</source>
        <translation>Imprimer le tableau des rencontres</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Whose wishes</source>
        <translation>Souhaits de qui</translation>
    </message>
    <message>
        <source>Would like to continue with</source>
        <translation>Souhaite continuer avec</translation>
    </message>
    <message>
        <source>&amp;Save these wishes</source>
        <translation>&amp;Enregistrer ces souhaits</translation>
    </message>
    <message>
        <source>Save these wishes</source>
        <translation>Enregistrer ces souhaits</translation>
    </message>
    <message>
        <source>After the evening: choose a person, tick whom they would like to continue with, save. The suggestions of pairs then count these wishes.</source>
        <translation>Après la soirée&#xa0;: choisissez une personne, cochez les personnes avec qui elle souhaite continuer, enregistrez. Les suggestions de binômes tiennent alors compte de ces souhaits.</translation>
    </message>
    <message>
        <source>Wishes after the evening</source>
        <translation>Souhaits après la soirée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) present</source>
        <translation>
            <numerusform>%n membre présent</numerusform>
            <numerusform>%n membres présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n tour</numerusform>
            <numerusform>%n tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>speed-meeting-rota.pdf</source>
        <translation>tableau-speed-meeting.pdf</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Speed-meeting rota</source>
        <translation>Tableau des rencontres du speed-meeting</translation>
    </message>
    <message>
        <source>Save the rota</source>
        <translation>Enregistrer le tableau des rencontres</translation>
    </message>
    <message numerus="yes">
        <source>Wishes of {name} saved: %n person(s).</source>
        <translation>
            <numerusform>Souhaits de {name} enregistrés&#xa0;: %n personne.</numerusform>
            <numerusform>Souhaits de {name} enregistrés&#xa0;: %n personnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>A cohort gathers the pairs that start together, like “Spring 2027”.</source>
        <translation>Une cohorte réunit les binômes qui commencent ensemble, comme «&#xa0;Printemps 2027&#xa0;».</translation>
    </message>
    <message>
        <source>The first cohort (optional)</source>
        <translation>La première cohorte (facultatif)</translation>
    </message>
    <message>
        <source>Leave empty to create it later</source>
        <translation>Laisser vide pour la créer plus tard</translation>
    </message>
    <message>
        <source>Cohort&apos;s name</source>
        <translation>Nom de la cohorte</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>Cohort&apos;s start</source>
        <translation>Début de la cohorte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Cohort&apos;s end</source>
        <translation>Fin de la cohorte</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>&amp;Add the members one by one</source>
        <translation>&amp;Ajouter les membres un à un</translation>
    </message>
    <message>
        <source>Add the members one by one</source>
        <translation>Ajouter les membres un à un</translation>
    </message>
    <message>
        <source>&amp;Import the members from a spreadsheet</source>
        <translation>&amp;Importer les membres d’un tableur</translation>
    </message>
    <message>
        <source>Import the members from a spreadsheet</source>
        <translation>Importer les membres d’un tableur</translation>
    </message>
    <message>
        <source>&amp;Open the demonstration to look around first</source>
        <translation>&amp;Ouvrir d’abord la démonstration pour découvrir</translation>
    </message>
    <message>
        <source>Open the demonstration to look around first</source>
        <translation>Ouvrir d’abord la démonstration pour découvrir</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Two copies writing to one file could lose changes. You can open it read-only to look things up, or close it there first.</source>
        <translation>Deux copies qui écrivent dans un même fichier pourraient perdre des modifications. Vous pouvez l’ouvrir en lecture seule pour consulter les données, ou d’abord la fermer là-bas.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What was not finished was not saved. You can check the database from the Data menu.</source>
        <translation>Un problème inattendu est survenu. Ce qui n’était pas terminé n’a pas été enregistré. Vous pouvez vérifier la base de données depuis le menu Données.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Pause the pair</source>
        <translation>Mettre le binôme en pause</translation>
    </message>
    <message>
        <source>Resume the pair</source>
        <translation>Reprendre le binôme</translation>
    </message>
    <message>
        <source>End the pair</source>
        <translation>Terminer le binôme</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Only if a member already holds as many pairs as they agreed to</source>
        <translation>Si un membre a déjà tous ses binômes</translation>
    </message>
    <message>
        <source>Start the pair</source>
        <translation>Démarrer le binôme</translation>
    </message>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Retirer la proposition</translation>
    </message>
    <message>
        <source>The pair never started: no evaluation is asked. It leaves the current pairs and both members are free for another pair.</source>
        <translation>Le binôme n’a jamais démarré&#xa0;: aucune évaluation n’est demandée. Il quitte les binômes en cours et les deux membres sont libres pour un autre binôme.</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Why accept one more pair than agreed</source>
        <translation>Pourquoi accepter un binôme de plus que convenu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Objectives reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>What the mentor learned</source>
        <translation>Ce que la personne mentor a appris</translation>
    </message>
    <message>
        <source>What the mentee learned</source>
        <translation>Ce que la personne mentorée a appris</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choisissez un motif.</translation>
    </message>
    <message>
        <source>The pair {mentor} and {mentee} has started.</source>
        <translation>Le binôme {mentor} et {mentee} a démarré.</translation>
    </message>
    <message>
        <source>the start of the pair {mentor} and {mentee}</source>
        <translation>le démarrage du binôme {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>the pause of the pair {mentor} and {mentee}</source>
        <translation>la mise en pause du binôme {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>the resumption of the pair {mentor} and {mentee}</source>
        <translation>la reprise du binôme {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>the end of the pair {mentor} and {mentee}</source>
        <translation>la fin du binôme {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>the withdrawal of the proposal {mentor} and {mentee}</source>
        <translation>le retrait de la proposition {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>The pair {mentor} and {mentee} is paused.</source>
        <translation>Le binôme {mentor} et {mentee} est en pause.</translation>
    </message>
    <message>
        <source>The pair {mentor} and {mentee} has resumed.</source>
        <translation>Le binôme {mentor} et {mentee} a repris.</translation>
    </message>
    <message>
        <source>The pair {mentor} and {mentee} has ended.</source>
        <translation>Le binôme {mentor} et {mentee} est terminé.</translation>
    </message>
    <message>
        <source>The proposal {mentor} and {mentee} was withdrawn.</source>
        <translation>La proposition {mentor} et {mentee} a été retirée.</translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>(Ctrl+Z pour annuler)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Another copy of Mentorat is working on this database.</source>
        <translation>Une autre copie de Mentorat travaille sur cette base de données.</translation>
    </message>
    <message>
        <source>Another copy of Mentorat has this database open on this computer</source>
        <translation>Une autre copie de Mentorat a ouvert cette base de données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Mentorat has this database open on the computer “{computer}”</source>
        <translation>Mentorat a ouvert cette base de données sur l’ordinateur «&#xa0;{computer}&#xa0;»</translation>
    </message>
    <message>
        <source> since {time}</source>
        <translation> depuis le {time}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database is busy: another program (or another copy of Mentorat) is writing to it. Try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: un autre programme (ou une autre copie de Mentorat) y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Le disque est plein. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing. If it is a USB key or a network folder, check that it is still connected.</source>
        <translation>Le disque a signalé une erreur de lecture ou d’écriture. S’il s’agit d’une clé USB ou d’un dossier réseau, vérifiez qu’il est toujours branché.</translation>
    </message>
    <message>
        <source>The file or its folder can no longer be written.</source>
        <translation>Le fichier ou son dossier ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This database is open read-only, because another copy of Mentorat is using it. Nothing was saved.</source>
        <translation>Cette base de données est ouverte en lecture seule, car une autre copie de Mentorat l’utilise. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Close it there, then try again.</source>
        <translation>Fermez-la là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>There is not enough free space for the safety copy: {size} are needed. Free some space, then try again.</source>
        <translation>Il n’y a pas assez de place libre pour la copie de sécurité&#xa0;: il faut {size}. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The safety copy could not be written or did not pass its check.</source>
        <translation>La copie de sécurité n’a pas pu être écrite, ou n’a pas passé sa vérification.</translation>
    </message>
    <message>
        <source>The server stopped answering: check the network, then try again.</source>
        <translation>Le serveur ne répond plus&#xa0;: vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The database looks damaged. Check it (Data menu, or the check command), or restore a backup.</source>
        <translation>La base de données semble endommagée. Vérifiez-la (menu Données, ou la commande check), ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This backup cannot be found or read.</source>
        <translation>Cette sauvegarde est introuvable ou illisible.</translation>
    </message>
    <message>
        <source>This file is not a Mentorat backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde de Mentorat.</translation>
    </message>
    <message>
        <source>This backup is damaged: it does not pass its check.</source>
        <translation>Cette sauvegarde est endommagée&#xa0;: elle ne passe pas sa vérification.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Mentorat.</source>
        <translation>Cette sauvegarde vient d’une version plus récente de Mentorat.</translation>
    </message>
    <message>
        <source>Neither it nor the database was changed.</source>
        <translation>Ni elle ni la base de données n’ont été modifiées.</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>à l’ouverture</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>before an update of the file</source>
        <translation>avant une mise à jour du fichier</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an erasure</source>
        <translation>avant un effacement</translation>
    </message>
    <message>
        <source>before a pool proposal</source>
        <translation>avant une proposition d’ensemble</translation>
    </message>
    <message>
        <source>before a repair</source>
        <translation>avant une réparation</translation>
    </message>
    <message>
        <source>before anonymising</source>
        <translation>avant une anonymisation</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n rencontre</numerusform>
            <numerusform>%n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is in a folder that {service} synchronises. SQLite and file synchronisation do not mix: the service may copy the file in the middle of a change, or put an older copy back over it. Keep the database outside that folder; choose that folder as the second place for backups instead.</source>
        <translation>La base de données se trouve dans un dossier synchronisé par {service}. Une base SQLite et la synchronisation de fichiers ne font pas bon ménage&#xa0;: le service peut copier le fichier au milieu d’une modification, ou remettre une copie plus ancienne à sa place. Gardez la base hors de ce dossier&#x202f;; choisissez plutôt ce dossier comme second emplacement des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Undo the refusal</source>
        <translation>&amp;Annuler le refus</translation>
    </message>
    <message>
        <source>Undo the refusal</source>
        <translation>Annuler le refus</translation>
    </message>
    <message>
        <source>No suggestion: nobody fits the rules right now.</source>
        <translation>Aucune suggestion : personne ne correspond aux critères pour le moment.</translation>
    </message>
    <message>
        <source>{name} has no room left for another pair.</source>
        <translation>{name} n’a plus de place pour un autre binôme.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) created as proposed.</source>
        <translation>
            <numerusform>%n binôme créé au statut «&#xa0;proposé&#xa0;».</numerusform>
            <numerusform>%n binômes créés au statut «&#xa0;proposé&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) refused: they will not come back.</source>
        <translation>
            <numerusform>%n suggestion refusée : elle ne sera plus proposée.</numerusform>
            <numerusform>%n suggestions refusées : elles ne seront plus proposées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) taken back: suggested again.</source>
        <translation>
            <numerusform>%n refus annulé&#xa0;: la suggestion revient.</numerusform>
            <numerusform>%n refus annulés&#xa0;: les suggestions reviennent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne mentorée</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>Text size: {percent}</source>
        <translation>Taille du texte&#xa0;: {percent}</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Save the attestations</source>
        <translation>Enregistrer les attestations</translation>
    </message>
    <message>
        <source>Attestations: {title}</source>
        <translation>Attestations&#xa0;: {title}</translation>
    </message>
    <message>
        <source>attestations-{id}.pdf</source>
        <translation>attestations-{id}.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Enregistrer la feuille d’émargement</translation>
    </message>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Feuille d’émargement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>sign-in-sheet-{id}.pdf</source>
        <translation>emargement-{id}.pdf</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nobody is recorded as present at this session yet.</source>
        <translation>Aucune présence n’est encore notée pour cette séance.</translation>
    </message>
</context>
<context>
    <name>TrainingSessionDialog</name>
    <message>
        <source>New training session</source>
        <translation>Nouvelle séance de formation</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Séance de formation</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Listening and passing on a skill</source>
        <translation>ex.&#xa0;: Écouter et transmettre un savoir-faire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. 3h, 2h30 or 7h</source>
        <translation>ex.&#xa0;: 3h, 2h30 ou 7h</translation>
    </message>
    <message>
        <source>Duration understood</source>
        <translation>Durée comprise</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Full day: sign in the morning and in the afternoon</source>
        <translation>Journée entière&#xa0;: signature le matin et l’après-midi</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formation animée par</translation>
    </message>
    <message>
        <source>One topic a line</source>
        <translation>Un thème par ligne</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>TrainingTableModel</name>
    <message>
        <source>{present} of {listed}</source>
        <translation>{present} sur {listed}</translation>
    </message>
    <message>
        <source>{duration}, full day</source>
        <translation>{duration}, journée entière</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Séance de formation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présences</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>Training sessions</source>
        <translation>Formation des mentors</translation>
    </message>
    <message>
        <source>Training sessions table</source>
        <translation>Tableau des séances de formation</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nouvelle séance de formation</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the training session</source>
        <translation>Modifier la séance de formation</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the training session</source>
        <translation>Supprimer la séance de formation</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>&amp;Feuille d’émargement…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Imprimer la feuille d’émargement</translation>
    </message>
    <message>
        <source>A&amp;ttestations…</source>
        <translation>A&amp;ttestations…</translation>
    </message>
    <message>
        <source>Print the attestations</source>
        <translation>Imprimer les attestations</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher un membre</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <source>Tick each person present (Space from the keyboard): their training date becomes the session’s. Those on the list come first and are printed on the sign-in sheet.</source>
        <translation>Cochez chaque personne présente (Espace au clavier)&#xa0;: la date de la séance devient sa date de formation. Les personnes inscrites sur la liste viennent en premier et figurent sur la feuille d’émargement.</translation>
    </message>
    <message>
        <source>Members and attendance</source>
        <translation>Membres et présences</translation>
    </message>
    <message>
        <source>&amp;Put on the list</source>
        <translation>&amp;Inscrire sur la liste</translation>
    </message>
    <message>
        <source>Put the selected members on the list</source>
        <translation>Inscrire les membres choisis sur la liste</translation>
    </message>
    <message>
        <source>Take &amp;off the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Take the selected members off the list</source>
        <translation>Retirer de la liste les membres choisis</translation>
    </message>
    <message>
        <source>Attendance count</source>
        <translation>Nombre de présences</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>No training session yet. “New…” plans the first one: a title, a date, how long it lasts; then put the mentors on its list.</source>
        <translation>Aucune séance de formation pour l’instant. «&#xa0;Nouvelle…&#xa0;» prévoit la première&#xa0;: un intitulé, une date, une durée&#x202f;; inscrivez ensuite les mentors sur sa liste.</translation>
    </message>
    <message>
        <source>Attendance at “{title}”, {date}</source>
        <translation>Présences à «&#xa0;{title}&#xa0;», {date}</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>sur la liste</translation>
    </message>
    <message>
        <source>trained on {date}</source>
        <translation>formation suivie le {date}</translation>
    </message>
    <message>
        <source>not trained</source>
        <translation>formation non suivie</translation>
    </message>
    <message>
        <source>This session has not taken place yet: attendance is recorded on the day or after.</source>
        <translation>Cette séance n’a pas encore eu lieu&#xa0;: les présences se notent le jour même ou après.</translation>
    </message>
    <message>
        <source>{name}: present.</source>
        <translation>{name}&#xa0;: présence notée.</translation>
    </message>
    <message>
        <source>{name}: not present.</source>
        <translation>{name}&#xa0;: absence notée.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) put on the list.</source>
        <translation>
            <numerusform>%n membre inscrit sur la liste.</numerusform>
            <numerusform>%n membres inscrits sur la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) taken off the list.</source>
        <translation>
            <numerusform>%n membre retiré de la liste.</numerusform>
            <numerusform>%n membres retirés de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training session “{title}” planned.</source>
        <translation>Séance de formation «&#xa0;{title}&#xa0;» prévue.</translation>
    </message>
    <message>
        <source>Training session “{title}” saved.</source>
        <translation>Séance de formation «&#xa0;{title}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Delete “{title}” and its list? Those who attended get back the date of the last other session they attended, or none.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» et sa liste&#x202f;? Les personnes présentes retrouvent la date de la dernière autre séance suivie, ou aucune.</translation>
    </message>
    <message>
        <source>Training session “{title}” deleted.</source>
        <translation>Séance de formation «&#xa0;{title}&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Annulé&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rétabli&#xa0;: {what}.</translation>
    </message>
</context>
<context>
    <name>UndoableImport</name>
    <message>
        <source>The import cannot be done again: its file changed, moved or was removed since. Import the file again from the menu.</source>
        <translation>Impossible de refaire l’importation&#xa0;: son fichier a été modifié, déplacé ou supprimé entre-temps. Importez de nouveau le fichier depuis le menu.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported again.</source>
        <translation>
            <numerusform>%n membre importé de nouveau.</numerusform>
            <numerusform>%n membres importés de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported again.</source>
        <translation>
            <numerusform>%n rencontre importée de nouveau.</numerusform>
            <numerusform>%n rencontres importées de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n member(s) removed.</source>
        <translation>
            <numerusform>Import annulé&#xa0;: %n membre retiré.</numerusform>
            <numerusform>Import annulé&#xa0;: %n membres retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n session(s) removed.</source>
        <translation>
            <numerusform>Import annulé&#xa0;: %n rencontre retirée.</numerusform>
            <numerusform>Import annulé&#xa0;: %n rencontres retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import cannot be undone: some of its members are already in a pair or a training session. The backup made before it (Data menu) is the way back.</source>
        <translation>L’import ne peut plus être annulé&#xa0;: certains de ses membres sont déjà dans un binôme ou une formation. La sauvegarde faite juste avant (menu Données) permet d’y revenir.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of the suggestions</source>
        <translation>Pondérations des suggestions</translation>
    </message>
    <message>
        <source>Each skill the mentor offers and the mentee wants</source>
        <translation>Chaque compétence que la personne mentor propose et que la personne mentorée recherche</translation>
    </message>
    <message>
        <source>Each skill the mentee offers in return</source>
        <translation>Chaque compétence que la personne mentorée offre en retour</translation>
    </message>
    <message>
        <source>Free at the same moments</source>
        <translation>Disponibles aux mêmes moments</translation>
    </message>
    <message>
        <source>The same way of meeting</source>
        <translation>Le même mode de rencontre</translation>
    </message>
    <message>
        <source>The same city</source>
        <translation>La même ville</translation>
    </message>
    <message>
        <source>A language in common</source>
        <translation>Une langue en commun</translation>
    </message>
    <message>
        <source>Ten years or more between them</source>
        <translation>Dix ans d’écart ou plus</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n year(s) between them</source>
        <translation>
            <numerusform>Moins de %n an d’écart</numerusform>
            <numerusform>Moins de %n ans d’écart</numerusform>
        </translation>
    </message>
    <message>
        <source>They already formed a pair, which has ended</source>
        <translation>Un binôme déjà formé entre les deux, qui a pris fin</translation>
    </message>
    <message>
        <source>Farthest apart to meet in person (km)</source>
        <translation>Distance maximale pour se rencontrer en personne (km)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>A higher weight counts more in the score.</source>
        <translation>Plus la pondération est élevée, plus le critère compte dans le score.</translation>
    </message>
    <message>
        <source>Penalties, taken from the score</source>
        <translation>Pénalités, retranchées du score</translation>
    </message>
    <message>
        <source>A pair whose score falls to zero or below is not suggested. The warning stays visible whatever the weight.</source>
        <translation>Un binôme dont le score tombe à zéro ou en dessous n’est pas suggéré. L’avertissement reste affiché, quelle que soit la pondération.</translation>
    </message>
    <message>
        <source>The mentor agreed to mentor and the mentee to be mentored.</source>
        <translation>La personne mentor a accepté de mentorer, et la personne mentorée d’être mentorée.</translation>
    </message>
    <message>
        <source>Each still has room: proposed, active and paused pairs count against what they agreed to hold; archived members are left out.</source>
        <translation>Chacune a encore de la place&#xa0;: les binômes proposés, actifs et en pause comptent dans le nombre de binômes qu’elle a accepté&#x202f;; les membres archivés sont écartés.</translation>
    </message>
    <message>
        <source>Not in the same organisation and department.</source>
        <translation>Pas dans la même organisation et le même service.</translation>
    </message>
    <message>
        <source>Neither is the other’s manager.</source>
        <translation>Aucune des deux personnes n’est responsable hiérarchique de l’autre.</translation>
    </message>
    <message>
        <source>Not refused before, and not already in a pair together that has not ended.</source>
        <translation>Pas de refus antérieur, ni de binôme en cours entre les deux personnes.</translation>
    </message>
    <message>
        <source>The mentor is younger than the mentee (when both birth years are known).</source>
        <translation>La personne mentor est plus jeune que la personne mentorée (quand les deux années de naissance sont connues).</translation>
    </message>
    <message>
        <source>The mentor offers at least one skill the mentee wants to learn.</source>
        <translation>La personne mentor propose au moins une compétence que la personne mentorée souhaite apprendre.</translation>
    </message>
    <message>
        <source>Two people who meet in person live close enough: the same town, or within the distance set above; not in different countries when the towns are unknown.</source>
        <translation>Deux personnes qui se rencontrent en personne habitent assez près&#xa0;: la même ville, ou dans la distance fixée plus haut&#x202f;; pas dans deux pays différents quand les villes sont inconnues.</translation>
    </message>
    <message>
        <source>Rules no weight changes</source>
        <translation>Règles qu’aucune pondération ne change</translation>
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
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Set up the association</source>
        <translation>Configurer l’association</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Skip the set-up</source>
        <translation>Passer la configuration</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Passe&amp;r</translation>
    </message>
    <message>
        <source>The association&apos;s set-up is saved.</source>
        <translation>La configuration de l’association est enregistrée.</translation>
    </message>
    <message>
        <source>Cohort “{name}” created.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» créée.</translation>
    </message>
    <message>
        <source>The new language shows the next time Mentorat opens.</source>
        <translation>La nouvelle langue s’affichera à la prochaine ouverture de Mentorat.</translation>
    </message>
    <message>
        <source>Set-up skipped: File &gt; Set up the association… opens it again.</source>
        <translation>Configuration passée&#xa0;: Fichier &gt; Configurer l’association… la rouvre.</translation>
    </message>
</context>
<context>
    <name>WorkParts</name>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide, puis quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
</context>
</TS>
