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
    <message numerus="yes">
        <source>%n pair(s) in progress would keep an archived member:</source>
        <translation>
            <numerusform>%n pair in progress would keep an archived member:</numerusform>
            <numerusform>%n pairs in progress would keep an archived member:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) archived.</source>
        <translation>
            <numerusform>%n member archived.</numerusform>
            <numerusform>%n members archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) archived (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%n member archived (Ctrl+Z to undo).</numerusform>
            <numerusform>%n members archived (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their pairs were left as they were (%n running).</source>
        <comment>one member</comment>
        <translation>
            <numerusform>Their pairs were left as they were (%n running).</numerusform>
            <numerusform>Their pairs were left as they were (%n running).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their pairs were left as they were (%n running).</source>
        <translation>
            <numerusform>Their pairs were left as they were (%n running).</numerusform>
            <numerusform>Their pairs were left as they were (%n running).</numerusform>
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
    <name>Charters</name>
    <message numerus="yes">
        <source>Charters of %n pair(s)</source>
        <translation>
            <numerusform>Charters of %n pair</numerusform>
            <numerusform>Charters of %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n session(s) still belong to it.</source>
        <translation>
            <numerusform>Pair {id} no longer exists, yet %n session still belong to it.</numerusform>
            <numerusform>Pair {id} no longer exists, yet %n sessions still belong to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n objective(s) still belong to it.</source>
        <translation>
            <numerusform>Pair {id} no longer exists, yet %n objective still belong to it.</numerusform>
            <numerusform>Pair {id} no longer exists, yet %n objectives still belong to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n step(s) of its history remain.</source>
        <translation>
            <numerusform>Pair {id} no longer exists, yet %n step of its history remain.</numerusform>
            <numerusform>Pair {id} no longer exists, yet %n steps of its history remain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair {id} no longer exists, yet %n follow-up note(s) still belong to it.</source>
        <translation>
            <numerusform>Pair {id} no longer exists, yet %n follow-up note still belong to it.</numerusform>
            <numerusform>Pair {id} no longer exists, yet %n follow-up notes still belong to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member {id} no longer exists, yet %n skill(s) remain recorded for them.</source>
        <translation>
            <numerusform>Member {id} no longer exists, yet %n skill remain recorded for them.</numerusform>
            <numerusform>Member {id} no longer exists, yet %n skills remain recorded for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skill {id} is no longer in the catalogue, yet %n member record(s) still list it.</source>
        <translation>
            <numerusform>Skill {id} is no longer in the catalogue, yet %n member record still list it.</numerusform>
            <numerusform>Skill {id} is no longer in the catalogue, yet %n member records still list it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member {id} no longer exists, yet %n refused pair(s) still mention them.</source>
        <translation>
            <numerusform>Member {id} no longer exists, yet %n refused pair still mention them.</numerusform>
            <numerusform>Member {id} no longer exists, yet %n refused pairs still mention them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) include member {id}, who no longer exists: {rows}.</source>
        <translation>
            <numerusform>%n pair include member {id}, who no longer exists: {rows}.</numerusform>
            <numerusform>%n pairs include member {id}, who no longer exists: {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort {id} no longer exists, yet %n pair(s) still belong to it.</source>
        <translation>
            <numerusform>Cohort {id} no longer exists, yet %n pair still belong to it.</numerusform>
            <numerusform>Cohort {id} no longer exists, yet %n pairs still belong to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort {id} no longer exists, yet %n program objective(s) still belong to it.</source>
        <translation>
            <numerusform>Cohort {id} no longer exists, yet %n program objective still belong to it.</numerusform>
            <numerusform>Cohort {id} no longer exists, yet %n program objectives still belong to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table {table} refer to row {id} of table {parent}, which no longer exists.</source>
        <translation>
            <numerusform>%n row of table {table} refer to row {id} of table {parent}, which no longer exists.</numerusform>
            <numerusform>%n rows of table {table} refer to row {id} of table {parent}, which no longer exists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database file is damaged (%n fault(s) found, the first: {detail}). Restore a backup.</source>
        <translation>
            <numerusform>The database file is damaged (%n fault found, the first: {detail}). Restore a backup.</numerusform>
            <numerusform>The database file is damaged (%n faults found, the first: {detail}). Restore a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member {member} is in %n proposed, active or paused pair(s) ({pairs}), more than the limit agreed ({capacity}), and no reason to go beyond was recorded.</source>
        <translation>
            <numerusform>Member {member} is in %n proposed, active or paused pair ({pairs}), more than the limit agreed ({capacity}), and no reason to go beyond was recorded.</numerusform>
            <numerusform>Member {member} is in %n proposed, active or paused pairs ({pairs}), more than the limit agreed ({capacity}), and no reason to go beyond was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairs {pairs} join the same two members ({first} and {second}) and none has ended. The repair keeps pair {kept} and ends %n unused proposal(s): {ended}.</source>
        <translation>
            <numerusform>Pairs {pairs} join the same two members ({first} and {second}) and none has ended. The repair keeps pair {kept} and ends %n unused proposal: {ended}.</numerusform>
            <numerusform>Pairs {pairs} join the same two members ({first} and {second}) and none has ended. The repair keeps pair {kept} and ends %n unused proposals: {ended}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n problem repaired.</numerusform>
            <numerusform>%n problems repaired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message numerus="yes">
        <source>Repair %n problem(s)? The database is backed up first, so the repair can be undone by restoring that backup.</source>
        <translation>
            <numerusform>Repair %n problem? The database is backed up first, so the repair can be undone by restoring that backup.</numerusform>
            <numerusform>Repair %n problems? The database is backed up first, so the repair can be undone by restoring that backup.</numerusform>
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
        <source>{met} of %n pair(s) have already met their commitment: the month is not over.</source>
        <translation>
            <numerusform>{met} of %n pair have already met their commitment: the month is not over.</numerusform>
            <numerusform>{met} of %n pairs have already met their commitment: the month is not over.</numerusform>
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
        <source>%n pair(s) without a commitment that month (—): paused or not running.</source>
        <translation>
            <numerusform>%n pair without a commitment that month (—): paused or not running.</numerusform>
            <numerusform>%n pairs without a commitment that month (—): paused or not running.</numerusform>
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
    <message numerus="yes">
        <source>%n pair(s) still running ended with the erasure (no longer available).</source>
        <translation>
            <numerusform>%n pair still running ended with the erasure (no longer available).</numerusform>
            <numerusform>%n pairs still running ended with the erasure (no longer available).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record of processing written to “{path}” (%n page(s)).</source>
        <translation>
            <numerusform>Record of processing written to “{path}” (%n page).</numerusform>
            <numerusform>Record of processing written to “{path}” (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity report written to “{path}” (%n page(s)).</source>
        <translation>
            <numerusform>Activity report written to “{path}” (%n page).</numerusform>
            <numerusform>Activity report written to “{path}” (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n setting saved.</numerusform>
            <numerusform>%n settings saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective added to the cohort “{name}” (%n objective(s) now).</source>
        <translation>
            <numerusform>Objective added to the cohort “{name}” (%n objective now).</numerusform>
            <numerusform>Objective added to the cohort “{name}” (%n objectives now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort “{name}” created from “{source}” ({period}), with its %n objective(s).</source>
        <translation>
            <numerusform>Cohort “{name}” created from “{source}” ({period}), with its %n objective.</numerusform>
            <numerusform>Cohort “{name}” created from “{source}” ({period}), with its %n objectives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort “{name}” closed on {date}: its %n pair(s) stay in it; it takes no new pair.</source>
        <translation>
            <numerusform>Cohort “{name}” closed on {date}: its %n pair stay in it; it takes no new pair.</numerusform>
            <numerusform>Cohort “{name}” closed on {date}: its %n pairs stay in it; it takes no new pair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform>
            <numerusform>%n cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) not found. Correct the list (or add the missing members) and run the command again. Nothing was written.</source>
        <translation>
            <numerusform>%n name not found. Correct the list (or add the missing members) and run the command again. Nothing was written.</numerusform>
            <numerusform>%n names not found. Correct the list (or add the missing members) and run the command again. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rota of %n round(s) written to “{path}”</source>
        <translation>
            <numerusform>Rota of %n round written to “{path}”</numerusform>
            <numerusform>Rota of %n rounds written to “{path}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n round(s) everyone has met everyone in the other group: the rota stops there.</source>
        <translation>
            <numerusform>After %n round everyone has met everyone in the other group: the rota stops there.</numerusform>
            <numerusform>After %n rounds everyone has met everyone in the other group: the rota stops there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) recorded as present at training session {id} ({date}).</source>
        <translation>
            <numerusform>%n member recorded as present at training session {id} ({date}).</numerusform>
            <numerusform>%n members recorded as present at training session {id} ({date}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training date now {date} for %n member(s).</source>
        <translation>
            <numerusform>Training date now {date} for %n member.</numerusform>
            <numerusform>Training date now {date} for %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) written to “{path}”.</source>
        <translation>
            <numerusform>%n attestation written to “{path}”.</numerusform>
            <numerusform>%n attestations written to “{path}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet written to “{path}” (%n page(s)).</source>
        <translation>
            <numerusform>Sign-in sheet written to “{path}” (%n page).</numerusform>
            <numerusform>Sign-in sheet written to “{path}” (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortsWindow</name>
    <message numerus="yes">
        <source>Cohort “{name}” duplicated as “{new}”, with %n objective(s).</source>
        <translation>
            <numerusform>Cohort “{name}” duplicated as “{new}”, with %n objective.</numerusform>
            <numerusform>Cohort “{name}” duplicated as “{new}”, with %n objectives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n pair(s), so it cannot be deleted. Move them to another cohort first (the pair’s Means…), or close the cohort instead: it then is no longer offered for new pairs.</source>
        <translation>
            <numerusform>“{name}” holds %n pair, so it cannot be deleted. Move them to another cohort first (the pair’s Means…), or close the cohort instead: it then is no longer offered for new pairs.</numerusform>
            <numerusform>“{name}” holds %n pairs, so it cannot be deleted. Move them to another cohort first (the pair’s Means…), or close the cohort instead: it then is no longer offered for new pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort “{name}” and its %n objective(s)?</source>
        <translation>
            <numerusform>Delete the cohort “{name}” and its %n objective?</numerusform>
            <numerusform>Delete the cohort “{name}” and its %n objectives?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n started</numerusform>
            <numerusform>%n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n ended</numerusform>
            <numerusform>%n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n still in progress)</source>
        <translation>
            <numerusform>(%n still in progress)</numerusform>
            <numerusform>(%n still in progress)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message numerus="yes">
        <source>%n current pair(s) ended today.</source>
        <translation>
            <numerusform>%n current pair ended today.</numerusform>
            <numerusform>%n current pairs ended today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <source>Questionnaires of the %n pair(s) whose check-in is due: ready.</source>
        <translation>
            <numerusform>Questionnaires of the %n pair whose check-in is due: ready.</numerusform>
            <numerusform>Questionnaires of the %n pairs whose check-in is due: ready.</numerusform>
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
    <name>GroupsWindow</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform>
            <numerusform>%n cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
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
    <message numerus="yes">
        <source>%n more skipped row(s) not listed.</source>
        <translation>
            <numerusform>%n more skipped row not listed.</numerusform>
            <numerusform>%n more skipped rows not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refused row(s) not listed.</source>
        <translation>
            <numerusform>%n more refused row not listed.</numerusform>
            <numerusform>%n more refused rows not listed.</numerusform>
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
    <message numerus="yes">
        <source>… and %n more row(s), not listed here.</source>
        <translation>
            <numerusform>… and %n more row, not listed here.</numerusform>
            <numerusform>… and %n more rows, not listed here.</numerusform>
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
    <name>KickoffWindow</name>
    <message numerus="yes">
        <source>Charters signed: {signed} of %n pair(s) expected.</source>
        <translation>
            <numerusform>Charters signed: {signed} of %n pair expected.</numerusform>
            <numerusform>Charters signed: {signed} of %n pairs expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) active since {date}.</source>
        <translation>
            <numerusform>%n pair active since {date}.</numerusform>
            <numerusform>%n pairs active since {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) still to call.</source>
        <translation>
            <numerusform>%n pair still to call.</numerusform>
            <numerusform>%n pairs still to call.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n member(s) imported from {file}.</source>
        <translation>
            <numerusform>%n member imported from {file}.</numerusform>
            <numerusform>%n members imported from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported from {file}.</source>
        <translation>
            <numerusform>%n session imported from {file}.</numerusform>
            <numerusform>%n sessions imported from {file}.</numerusform>
        </translation>
    </message>
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
    <name>MatchingDialog</name>
    <message numerus="yes">
        <source>%n pair(s) proposed for the whole pool.</source>
        <translation>
            <numerusform>%n pair proposed for the whole pool.</numerusform>
            <numerusform>%n pairs proposed for the whole pool.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message numerus="yes">
        <source>%n member(s) restored (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%n member restored (Ctrl+Z to undo).</numerusform>
            <numerusform>%n members restored (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
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
    <name>PrintOutDialog</name>
    <message numerus="yes">
        <source>“{title}”: %n page(s), ready.</source>
        <translation>
            <numerusform>“{title}”: %n page, ready.</numerusform>
            <numerusform>“{title}”: %n pages, ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%n page(s) of “{title}” sent to “{where}”.</source>
        <translation>
            <numerusform>%n page of “{title}” sent to “{where}”.</numerusform>
            <numerusform>%n pages of “{title}” sent to “{where}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <source>This member is still in %n current pair(s) (proposed, active or paused). End them first, after a closing conversation with the other member, or choose to end them along with the erasure.</source>
        <translation>
            <numerusform>This member is still in %n current pair (proposed, active or paused). End them first, after a closing conversation with the other member, or choose to end them along with the erasure.</numerusform>
            <numerusform>This member is still in %n current pairs (proposed, active or paused). End them first, after a closing conversation with the other member, or choose to end them along with the erasure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <source>%n member(s) anonymised.</source>
        <translation>
            <numerusform>%n member anonymised.</numerusform>
            <numerusform>%n members anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message numerus="yes">
        <source>Only %n year(s) apart: hardly an exchange between generations.</source>
        <translation>
            <numerusform>Only %n year apart: hardly an exchange between generations.</numerusform>
            <numerusform>Only %n years apart: hardly an exchange between generations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mentor} and {mentee} live %n hour(s) apart: “{mentor_times}” and “{mentee_times}” are not the same moment, so their free times do not count.</source>
        <translation>
            <numerusform>{mentor} and {mentee} live %n hour apart: “{mentor_times}” and “{mentee_times}” are not the same moment, so their free times do not count.</numerusform>
            <numerusform>{mentor} and {mentee} live %n hours apart: “{mentor_times}” and “{mentee_times}” are not the same moment, so their free times do not count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mentor_city} and {mentee_city} are about %n km apart: too far to meet in person.</source>
        <translation>
            <numerusform>{mentor_city} and {mentee_city} are about %n km apart: too far to meet in person.</numerusform>
            <numerusform>{mentor_city} and {mentee_city} are about %n km apart: too far to meet in person.</numerusform>
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
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>The data of these members has been kept longer than the retention period (%n month(s) after their last activity, set in the preferences). Anonymising erases their personal data; the hours and counts of their pairs stay, without a name. Members in a current pair are never listed.</source>
        <translation>
            <numerusform>The data of these members has been kept longer than the retention period (%n month after their last activity, set in the preferences). Anonymising erases their personal data; the hours and counts of their pairs stay, without a name. Members in a current pair are never listed.</numerusform>
            <numerusform>The data of these members has been kept longer than the retention period (%n months after their last activity, set in the preferences). Anonymising erases their personal data; the hours and counts of their pairs stay, without a name. Members in a current pair are never listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived, inactive for over %n month(s)</source>
        <translation>
            <numerusform>Archived, inactive for over %n month</numerusform>
            <numerusform>Archived, inactive for over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still active, but inactive for over %n month(s)</source>
        <translation>
            <numerusform>Still active, but inactive for over %n month</numerusform>
            <numerusform>Still active, but inactive for over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n member(s)? Their names, contact details, skills and notes are erased; the hours and counts of their pairs stay, without a name. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n member? Their names, contact details, skills and notes are erased; the hours and counts of their pairs stay, without a name. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n members? Their names, contact details, skills and notes are erased; the hours and counts of their pairs stay, without a name. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) anonymised.</source>
        <translation>
            <numerusform>%n member anonymised.</numerusform>
            <numerusform>%n members anonymised.</numerusform>
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
    <name>SignupsDialog</name>
    <message numerus="yes">
        <source>%n sign-up(s) waiting. Accept each one to make it a member, or delete it (someone already in the register, a test, a change of mind).</source>
        <translation>
            <numerusform>%n sign-up waiting. Accept each one to make it a member, or delete it (someone already in the register, a test, a change of mind).</numerusform>
            <numerusform>%n sign-ups waiting. Accept each one to make it a member, or delete it (someone already in the register, a test, a change of mind).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeedMeetingWindow</name>
    <message numerus="yes">
        <source>%n member(s) present</source>
        <translation>
            <numerusform>%n member present</numerusform>
            <numerusform>%n members present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wishes of {name} saved: %n person(s).</source>
        <translation>
            <numerusform>Wishes of {name} saved: %n person.</numerusform>
            <numerusform>Wishes of {name} saved: %n persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
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
    <message numerus="yes">
        <source>%n refusal(s) taken back: suggested again.</source>
        <translation>
            <numerusform>%n refusal taken back: suggested again.</numerusform>
            <numerusform>%n refusals taken back: suggested again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message numerus="yes">
        <source>%n member(s) put on the list.</source>
        <translation>
            <numerusform>%n member put on the list.</numerusform>
            <numerusform>%n members put on the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) taken off the list.</source>
        <translation>
            <numerusform>%n member taken off the list.</numerusform>
            <numerusform>%n members taken off the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoableImport</name>
    <message numerus="yes">
        <source>%n member(s) imported again.</source>
        <translation>
            <numerusform>%n member imported again.</numerusform>
            <numerusform>%n members imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported again.</source>
        <translation>
            <numerusform>%n session imported again.</numerusform>
            <numerusform>%n sessions imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n member(s) removed.</source>
        <translation>
            <numerusform>Import undone: %n member removed.</numerusform>
            <numerusform>Import undone: %n members removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n session(s) removed.</source>
        <translation>
            <numerusform>Import undone: %n session removed.</numerusform>
            <numerusform>Import undone: %n sessions removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message numerus="yes">
        <source>Fewer than %n year(s) between them</source>
        <translation>
            <numerusform>Fewer than %n year between them</numerusform>
            <numerusform>Fewer than %n years between them</numerusform>
        </translation>
    </message>
</context>
</TS>
