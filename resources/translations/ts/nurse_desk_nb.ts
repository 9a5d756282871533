<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Nurse Desk</source>
        <translation>Om Nurse Desk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Included software</source>
        <translation>Medfølgende programvare</translation>
    </message>
    <message>
        <source>A demo vault is open; it is deleted when you close Nurse Desk.</source>
        <translation>Et demohvelv er åpent; det slettes når du lukker Nurse Desk.</translation>
    </message>
    <message>
        <source>New vaults are created in: %1</source>
        <translation>Nye hvelv opprettes i: %1</translation>
    </message>
    <message>
        <source>Your vault: %1</source>
        <translation>Ditt hvelv: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>An offline, encrypted desk for school health nurses.</source>
        <translation>Et kryptert skrivebord uten nett for helsesykepleiere i skolen.</translation>
    </message>
    <message>
        <source>Nurse Desk is free software: you may use, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Nurse Desk er fri programvare: du kan bruke, dele og endre den på vilkårene i GNU General Public License, versjon 3 eller (etter ditt valg) enhver senere versjon (%1). Den leveres uten noen garanti.</translation>
    </message>
    <message>
        <source>Back the vault up from Settings → Back up…, to a disk you keep apart from this computer. Write the passphrase down and keep it safe: nobody can recover it.</source>
        <translation>Ta sikkerhetskopi av hvelvet under Innstillinger → Ta sikkerhetskopi…, til en disk du oppbevarer et annet sted enn denne datamaskinen. Skriv ned passordfrasen og oppbevar den trygt: ingen kan gjenopprette den.</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. Nurse Desk is licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lisensteksten mangler i denne installasjonen. Nurse Desk er lisensiert under GNU General Public License, versjon 3 eller senere.</translation>
    </message>
    <message>
        <source>Nurse Desk includes these programs and libraries, each under its own licence. Choose one to read its licence.</source>
        <translation>Nurse Desk inneholder disse programmene og bibliotekene, hvert under sin egen lisens. Velg ett for å lese lisensen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>This package ships no licence text; its licence is named above.</source>
        <translation>Denne pakken har ingen lisenstekst med seg; lisensen er navngitt ovenfor.</translation>
    </message>
</context>
<context>
    <name>AbsenceImportDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Lesson/period:</source>
        <translation>Ti&amp;me/økt:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Fa&amp;g:</translation>
    </message>
    <message>
        <source>Number of l&amp;essons:</source>
        <translation>&amp;Antall timer:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>Klokketimer:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>Min&amp;utter:</translation>
    </message>
    <message>
        <source>Re&amp;ported by guardian:</source>
        <translation>Meldt &amp;av foresatte:</translation>
    </message>
    <message>
        <source>E&amp;xcused (valid):</source>
        <translation>G&amp;yldig fravær:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <source>New absences: %1 · Already in the vault: %2 (updated, never counted twice)</source>
        <translation>Nytt fravær: %1 · Finnes allerede i hvelvet: %2 (oppdateres, telles aldri dobbelt)</translation>
    </message>
    <message>
        <source>Rows given twice in the file (imported once): %1</source>
        <translation>Rader som står to ganger i filen (importeres én gang): %1</translation>
    </message>
    <message>
        <source>Imported. Rows saved: %1 (new: %2, updated: %3).</source>
        <translation>Importert. Rader lagret: %1 (nye: %2, oppdatert: %3).</translation>
    </message>
    <message>
        <source>Import absence</source>
        <translation>Importer fravær</translation>
    </message>
</context>
<context>
    <name>AbsencePage</name>
    <message>
        <source>Worrying absence</source>
        <translation>Bekymringsfullt fravær</translation>
    </message>
    <message>
        <source>Count reported and excused absence</source>
        <translation>Tell med meldt og dokumentert fravær</translation>
    </message>
    <message>
        <source>The guideline says absence can be worrying even when it is reported</source>
        <translation>Retningslinjen sier at fravær kan være bekymringsfullt selv om det er meldt</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Vis kvitterte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Import absence…</source>
        <translation>&amp;Importer fravær…</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle skoler</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klasser</translation>
    </message>
    <message>
        <source>%1 of %2 pupils shown with worrying patterns (%3 absence entries looked at).</source>
        <translation>%1 av %2 elever vises med bekymringsfulle mønstre (%3 fraværsføringer gjennomgått).</translation>
    </message>
</context>
<context>
    <name>AbsenceThresholdsButton</name>
    <message>
        <source>Absence thr&amp;esholds…</source>
        <translation>Fra&amp;værsgrenser…</translation>
    </message>
    <message>
        <source>Worrying absence is flagged at %1 % of school days, %2 episodes in %3 weeks, a weekday with %4 % of the absent days, a subject %5 times its usual share.</source>
        <translation>Bekymringsfullt fravær flagges ved %1 % av skoledagene, %2 fraværsperioder på %3 uker, en ukedag med %4 % av fraværsdagene, et fag med %5 ganger vanlig andel.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>AbsenceThresholdsDialog</name>
    <message>
        <source>Worrying absence: when a pattern is flagged</source>
        <translation>Bekymringsfullt fravær: når et mønster flagges</translation>
    </message>
    <message>
        <source>The guideline names frequent, increasing, weekday-tied and subject-tied absence but sets no numbers: agree on them with the school. Reported and excused absence counts.</source>
        <translation>Retningslinjen nevner hyppig, økende, ukedagsbundet og fagbundet fravær, men setter ingen tall: bli enige med skolen. Meldt og dokumentert fravær telles med.</translation>
    </message>
    <message>
        <source>High absence:</source>
        <translation>Høyt fravær:</translation>
    </message>
    <message>
        <source>Frequent:</source>
        <translation>Hyppig:</translation>
    </message>
    <message>
        <source>Increasing:</source>
        <translation>Økende:</translation>
    </message>
    <message>
        <source>One weekday:</source>
        <translation>Én ukedag:</translation>
    </message>
    <message>
        <source>One subject:</source>
        <translation>Ett fag:</translation>
    </message>
    <message>
        <source>share of school days at least</source>
        <translation>andel av skoledagene minst</translation>
    </message>
    <message>
        <source>lessons in a school day</source>
        <translation>timer på en skoledag</translation>
    </message>
    <message>
        <source>separate episodes at least</source>
        <translation>separate fraværsperioder minst</translation>
    </message>
    <message>
        <source>in the last weeks</source>
        <translation>de siste ukene</translation>
    </message>
    <message>
        <source>times the earlier level, at least</source>
        <translation>ganger tidligere nivå, minst</translation>
    </message>
    <message>
        <source>and days absent at least</source>
        <translation>og fraværsdager minst</translation>
    </message>
    <message>
        <source>share of absent days at least</source>
        <translation>andel av fraværsdagene minst</translation>
    </message>
    <message>
        <source>episodes on it at least</source>
        <translation>fraværsperioder på den minst</translation>
    </message>
    <message>
        <source>times its usual share, at least</source>
        <translation>ganger vanlig andel, minst</translation>
    </message>
    <message>
        <source>missed lessons at least</source>
        <translation>tapte timer minst</translation>
    </message>
    <message>
        <source>Use the suggested values</source>
        <translation>Bruk de foreslåtte verdiene</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Alle elever</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>Pupil:</source>
        <translation>Elev:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact.</source>
        <translation>
            <numerusform>%n oppføring. Loggen er intakt.</numerusform>
            <numerusform>%n oppføringer. Loggen er intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the log was altered outside the app at entry %1.</source>
        <translation>Advarsel: loggen ble endret utenfor appen ved oppføring %1.</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AccessLogWords</name>
    <message>
        <source>a partner</source>
        <translation>en samarbeidspartner</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Grunn: %2</translation>
    </message>
    <message>
        <source>Absence charts</source>
        <translation>Fraværsdiagrammer</translation>
    </message>
    <message>
        <source>Absence list</source>
        <translation>Fraværsliste</translation>
    </message>
    <message>
        <source>Search in the notes</source>
        <translation>Søk i notatene</translation>
    </message>
    <message>
        <source>The list of pupils</source>
        <translation>Elevlisten</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Oversikten over oppgaver</translation>
    </message>
    <message>
        <source>The list of pupils who left school</source>
        <translation>Listen over elever som har sluttet</translation>
    </message>
    <message>
        <source>The whole record, as a PDF file</source>
        <translation>Hele journalen, som PDF-fil</translation>
    </message>
    <message>
        <source>The whole record, as PDF and open files, for the archive</source>
        <translation>Hele journalen, som PDF og åpne filer, til arkivet</translation>
    </message>
    <message>
        <source>Every record, as an unencrypted file</source>
        <translation>Alle journaler, som ukryptert fil</translation>
    </message>
    <message>
        <source>Every record, as an encrypted transfer file</source>
        <translation>Alle journaler, som kryptert overføringsfil</translation>
    </message>
    <message>
        <source>Every record, as a backup under another passphrase</source>
        <translation>Alle journaler, som sikkerhetskopi med en annen passordfrase</translation>
    </message>
    <message>
        <source>Guardians&apos; contacts</source>
        <translation>Foresattes kontaktopplysninger</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Gjenopprettet fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>A handed-over record from %1: %2 added, %3 already here</source>
        <translation>Overført journal fra %1: %2 lagt til, %3 fantes fra før</translation>
    </message>
    <message>
        <source>A handed-over record from another vault: %1 added, %2 already here</source>
        <translation>Overført journal fra et annet hvelv: %1 lagt til, %2 fantes fra før</translation>
    </message>
    <message>
        <source>%1 rows removed after the retention time; deposited in the archive %2</source>
        <translation>%1 rader slettet etter oppbevaringstiden; avlevert til arkivet %2</translation>
    </message>
    <message>
        <source>Entry %1 did not follow from the entries before it (found by %2)</source>
        <translation>Oppføring %1 hang ikke sammen med oppføringene før den (funnet av %2)</translation>
    </message>
    <message>
        <source>Entries from number %1 on were missing (found by %2)</source>
        <translation>Oppføringene fra nummer %1 manglet (funnet av %2)</translation>
    </message>
    <message>
        <source>The log no longer ended as it did at entry %1 (found by %2)</source>
        <translation>Loggen endte ikke lenger slik den gjorde ved oppføring %1 (funnet av %2)</translation>
    </message>
    <message>
        <source>Failed unlocks: %1, from %2 to %3</source>
        <translation>Mislykkede opplåsinger: %1, fra %2 til %3</translation>
    </message>
    <message>
        <source>Class list: %1 new, %2 changed, %3 unchanged, %4 left school, %5 lines skipped</source>
        <translation>Klasseliste: %1 nye, %2 endret, %3 uendret, %4 sluttet, %5 linjer hoppet over</translation>
    </message>
    <message>
        <source>New school year: %1 moved up, %2 leaving, %3 not moved</source>
        <translation>Nytt skoleår: %1 flyttet opp, %2 slutter, %3 ikke flyttet</translation>
    </message>
    <message>
        <source>New school year: %1 moved up, %2 leaving (marked as left school), %3 not moved</source>
        <translation>Nytt skoleår: %1 flyttet opp, %2 slutter (merket som sluttet), %3 ikke flyttet</translation>
    </message>
    <message>
        <source>Absence import: %1 rows saved (%2 new, %3 updated), %4 lines skipped, %5 rows of unknown pupils</source>
        <translation>Fraværsimport: %1 rader lagret (%2 nye, %3 oppdatert), %4 linjer hoppet over, %5 rader for ukjente elever</translation>
    </message>
    <message>
        <source>Measures catalogue: %1 added, %2 updated</source>
        <translation>Tiltakskatalog: %1 lagt til, %2 oppdatert</translation>
    </message>
    <message>
        <source>Home-visit sheet, with name</source>
        <translation>Ark for hjemmebesøk, med navn</translation>
    </message>
    <message>
        <source>Home-visit sheet, private</source>
        <translation>Ark for hjemmebesøk, privat</translation>
    </message>
    <message>
        <source>Home-visit sheet, private, without school</source>
        <translation>Ark for hjemmebesøk, privat, uten skole</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>skrevet ut</translation>
    </message>
    <message>
        <source>saved as a file</source>
        <translation>lagret som fil</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>fra kommandolinjen</translation>
    </message>
    <message>
        <source>as a brother or sister on the sheet</source>
        <translation>som søsken på arket</translation>
    </message>
    <message>
        <source>the log&apos;s own chain</source>
        <translation>loggens egen kjede</translation>
    </message>
    <message>
        <source>the record the vault keeps of its log</source>
        <translation>det hvelvet selv har skrevet ned om loggen</translation>
    </message>
    <message>
        <source>the record this computer keeps of the log</source>
        <translation>det denne maskinen har skrevet ned om loggen</translation>
    </message>
    <message>
        <source>(no name in Settings)</source>
        <translation>(uten navn i Innstillinger)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Referral to %1, with consent</source>
        <translation>Henvisning til %1, med samtykke</translation>
    </message>
    <message>
        <source>Conversation note</source>
        <translation>Samtalenotat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Yearly figures from %1, no pupil named</source>
        <translation>Årsstatistikk fra %1, ingen elev nevnt</translation>
    </message>
    <message>
        <source>The record handed over, as a transfer file</source>
        <translation>Journalen overført, som overføringsfil</translation>
    </message>
    <message>
        <source>Home-visit plan</source>
        <translation>Plan for hjemmebesøk</translation>
    </message>
    <message>
        <source>The whole record, as a PDF file, asked for by: %1</source>
        <translation>Hele journalen, som PDF-fil, bedt om av: %1</translation>
    </message>
    <message>
        <source>Week %1 of the agenda, as a PDF</source>
        <translation>Uke %1 av oversikten, som PDF</translation>
    </message>
    <message>
        <source>Week %1 of the agenda</source>
        <translation>Uke %1 av oversikten</translation>
    </message>
    <message>
        <source>Calendar file from %1</source>
        <translation>Kalenderfil fra %1</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge pattern</source>
        <translation>Kvitter ut mønster</translation>
    </message>
    <message>
        <source>The flag is hidden until the pattern changes (for example another absence of the same kind).</source>
        <translation>Flagget skjules til mønsteret endrer seg (for eksempel nytt fravær av samme slag).</translation>
    </message>
    <message>
        <source>&amp;Reason (short):</source>
        <translation>&amp;Begrunnelse (kort):</translation>
    </message>
    <message>
        <source>An acknowledgement of an absence pattern</source>
        <translation>En utkvittering av et fraværsmønster</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Later this week</source>
        <translation>Senere denne uken</translation>
    </message>
    <message>
        <source>Coming weeks</source>
        <translation>Kommende uker</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Utført…</translation>
    </message>
    <message>
        <source>Open the pupil&apos;s page</source>
        <translation>Åpne elevens side</translation>
    </message>
    <message>
        <source>Mark as done and note the outcome</source>
        <translation>Marker som utført og skriv resultatet</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend signed note</source>
        <translation>Tillegg til signert notat</translation>
    </message>
    <message>
        <source>An amendment</source>
        <translation>Et tillegg</translation>
    </message>
    <message>
        <source>The signed note stays as it is. Your amendment is added below it with your name, the time and the reason.</source>
        <translation>Det signerte notatet forblir som det er. Tillegget ditt legges til under det med navnet ditt, tidspunktet og begrunnelsen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Rettelse:</translation>
    </message>
    <message>
        <source>Write both the reason and the correction.</source>
        <translation>Skriv både begrunnelsen og rettelsen.</translation>
    </message>
    <message>
        <source>Add this amendment to the note? Discard throws away what you wrote.</source>
        <translation>Legge til dette tillegget i notatet? Forkast sletter det du har skrevet.</translation>
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translation>&amp;Legg til tillegget</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Ta sikkerhetskopi av hvelvet</translation>
    </message>
    <message>
        <source>Use the vault&apos;s passphrase</source>
        <translation>Bruk hvelvets passordfrase</translation>
    </message>
    <message>
        <source>Use another passphrase</source>
        <translation>Bruk en annen passordfrase</translation>
    </message>
    <message>
        <source>The backup is encrypted and checked after writing. Keep it on a drive that stays in your office, not in a cloud folder.</source>
        <translation>Sikkerhetskopien krypteres og kontrolleres etter at den er skrevet. Oppbevar den på en disk som blir på kontoret ditt, ikke i en skymappe.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Sikkerhetskopifil:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sikkerhetskopifil</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault)</source>
        <translation>Nurse Desk-hvelv (*.vault)</translation>
    </message>
</context>
<context>
    <name>CappedText</name>
    <message>
        <source>This field holds %1 characters. With the pasted text it would have %2, so nothing was pasted: shorten the text first.</source>
        <translation>Feltet har plass til %1 tegn. Med den innlimte teksten ville det fått %2, så ingenting ble limt inn: kort ned teksten først.</translation>
    </message>
    <message>
        <source>This field holds %1 characters.</source>
        <translation>Feltet har plass til %1 tegn.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Endre passordfrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nåværende passordfrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny passordfrase</translation>
    </message>
</context>
<context>
    <name>ClassListImport</name>
    <message>
        <source>National &amp;ID:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <source>&amp;Name (full):</source>
        <translation>&amp;Navn (fullt):</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>F&amp;ornavn:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Født:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sk&amp;ole:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>Fo&amp;resatt:</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;relation:</source>
        <translation>Foresattes re&amp;lasjon:</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;phone:</source>
        <translation>Foresattes &amp;telefon:</translation>
    </message>
    <message>
        <source>Guardian &amp;2:</source>
        <translation>Foresatt &amp;2:</translation>
    </message>
    <message>
        <source>Guardian 2&apos;s relation:</source>
        <translation>Foresatt 2s relasjon:</translation>
    </message>
    <message>
        <source>Guardian 2&apos;s phone:</source>
        <translation>Foresatt 2s telefon:</translation>
    </message>
    <message>
        <source>Pro&amp;tected identity:</source>
        <translation>Skjer&amp;met (sperret adresse):</translation>
    </message>
    <message>
        <source>New: %1 · changed: %2 · unchanged: %3 · not in the list: %4</source>
        <translation>Nye: %1 · endret: %2 · uendret: %3 · ikke på lista: %4</translation>
    </message>
    <message>
        <source>Imported: %1 new and %2 changed pupils; %3 marked as left school.</source>
        <translation>Importert: %1 nye og %2 endrede elever; %3 markert som sluttet.</translation>
    </message>
</context>
<context>
    <name>ClassListImportDialog</name>
    <message>
        <source>Import class list</source>
        <translation>Importer klasseliste</translation>
    </message>
    <message>
        <source>School of &amp;every pupil (if the file has none):</source>
        <translation>Skole for &amp;alle elevene (hvis fila ikke har skole):</translation>
    </message>
    <message>
        <source>The file lists the &amp;whole school (offer missing pupils as left school)</source>
        <translation>Fila gjelder &amp;hele skolen (elever som mangler, foreslås som sluttet)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
</context>
<context>
    <name>ClassListPlanModel</name>
    <message>
        <source>What happens</source>
        <translation>Hva skjer</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Protected identity: yes</source>
        <translation>Skjermet (sperret adresse): ja</translation>
    </message>
    <message>
        <source>Back at school (was marked as left)</source>
        <translation>Tilbake på skolen (var markert som sluttet)</translation>
    </message>
    <message>
        <source>Guardians added: %1</source>
        <translation>Nye foresatte: %1</translation>
    </message>
    <message>
        <source>Guardians removed: %1</source>
        <translation>Foresatte fjernet: %1</translation>
    </message>
</context>
<context>
    <name>ClassListPlanView</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Alle elever</translation>
    </message>
    <message>
        <source>%1 of %2 pupils not in the list will be marked as left school (untick to keep).</source>
        <translation>%1 av %2 elever som ikke er på lista, blir markert som sluttet (fjern haken for å beholde).</translation>
    </message>
</context>
<context>
    <name>ClassMoveTableModel</name>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Class now</source>
        <translation>Klasse nå</translation>
    </message>
    <message>
        <source>Next school year</source>
        <translation>Neste skoleår</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodDialog</name>
    <message>
        <source>School break</source>
        <translation>Skoleferie</translation>
    </message>
    <message>
        <source>e.g. Autumn break</source>
        <translation>f.eks. Høstferie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Siste dag:</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodsButton</name>
    <message>
        <source>School brea&amp;ks…</source>
        <translation>Skol&amp;eferier…</translation>
    </message>
    <message>
        <source>Autumn, Christmas, winter and Easter breaks: due dates in them are flagged</source>
        <translation>Høstferie, juleferie, vinterferie og påskeferie: frister i dem blir markert</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodsDialog</name>
    <message>
        <source>School breaks</source>
        <translation>Skoleferier</translation>
    </message>
    <message>
        <source>Follow-ups due on a weekend, a public holiday or in a break are flagged in the agenda. Enter the school&apos;s breaks here.</source>
        <translation>Oppfølginger med frist i en helg, på en helligdag eller i en ferie blir markert i dagsoversikten. Legg inn skolens ferier her.</translation>
    </message>
    <message>
        <source>&amp;Add break…</source>
        <translation>&amp;Legg til ferie…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this break?</source>
        <translation>Fjerne denne ferien?</translation>
    </message>
</context>
<context>
    <name>CompanionsTable</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Legg t&amp;il person</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Row %1 of who comes along has no name: give one, or remove the row.</source>
        <translation>Rad %1 av dem som blir med, mangler navn: skriv inn et navn, eller fjern raden.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Marker som utført</translation>
    </message>
    <message>
        <source>The outcome of a follow-up</source>
        <translation>Utfallet av en oppfølging</translation>
    </message>
    <message>
        <source>&amp;Outcome, in a sentence or two:</source>
        <translation>&amp;Resultat, i en setning eller to:</translation>
    </message>
    <message>
        <source>Write a journal &amp;note about it now (saved as a draft)</source>
        <translation>Skriv et journal&amp;notat om det nå (lagres som utkast)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>The outcome is too long: at most %1 characters.</source>
        <translation>Resultatet er for langt: høyst %1 tegn.</translation>
    </message>
    <message>
        <source>No outcome is written. Mark as done without one? The next reader will not see what came of it.</source>
        <translation>Ikke noe resultat er skrevet. Markere som utført likevel? Den som leser senere, får ikke vite hva som kom ut av det.</translation>
    </message>
    <message>
        <source>Done &amp;without outcome</source>
        <translation>Utført &amp;uten resultat</translation>
    </message>
    <message>
        <source>&amp;Write the outcome</source>
        <translation>&amp;Skriv resultatet</translation>
    </message>
    <message>
        <source>Mark as done with the outcome you wrote? Discard throws it away.</source>
        <translation>Markere som utført med resultatet du skrev? Forkast sletter det.</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent: %1</source>
        <translation>Samtykke: %1</translation>
    </message>
    <message>
        <source>A consent</source>
        <translation>Et samtykke</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Mature enough to decide alone</source>
        <translation>Moden nok til å bestemme selv</translation>
    </message>
    <message>
        <source>Not mature enough: the guardians decide</source>
        <translation>Ikke moden nok: de foresatte bestemmer</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gyldig til:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Samarbeids&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Gitt av:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>F&amp;oresatt:</translation>
    </message>
    <message>
        <source>Pupil&apos;s &amp;maturity:</source>
        <translation>&amp;Elevens modenhet:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>Given &amp;on:</source>
        <translation>Gitt &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Sweden has no fixed age: the pupil decides alone when mature enough for the question. Record your judgement; a consent from both holds either way.</source>
        <translation>Sverige har ingen fast aldersgrense: eleven bestemmer selv når hen er moden nok for spørsmålet. Før inn din vurdering; et samtykke fra begge gjelder uansett.</translation>
    </message>
    <message>
        <source>The pupil is %1: from 16 the pupil consents alone.</source>
        <translation>Eleven er %1 år: fra 16 år samtykker eleven selv.</translation>
    </message>
    <message>
        <source>The pupil is %1: below 16 the guardians consent, and the pupil is heard.</source>
        <translation>Eleven er %1 år: under 16 år samtykker de foresatte, og eleven skal høres.</translation>
    </message>
    <message>
        <source>You judged the pupil not mature enough to decide alone: the guardians decide, so the pupil&apos;s consent alone does not count.</source>
        <translation>Du har vurdert at eleven ikke er moden nok til å bestemme selv: de foresatte bestemmer, så elevens samtykke alene gjelder ikke.</translation>
    </message>
    <message>
        <source>You judged the pupil mature enough to decide alone: the guardians&apos; consent alone does not count. Record the pupil&apos;s consent, or both.</source>
        <translation>Du har vurdert at eleven er moden nok til å bestemme selv: de foresattes samtykke alene gjelder ikke. Før inn elevens samtykke, eller begges.</translation>
    </message>
    <message>
        <source>Below 16 the pupil&apos;s consent alone does not count: record the guardians&apos; consent, or both.</source>
        <translation>Under 16 år gjelder ikke elevens samtykke alene: før inn de foresattes samtykke, eller begges.</translation>
    </message>
    <message>
        <source>From 16 the guardians&apos; consent alone does not count: record the pupil&apos;s consent, or both.</source>
        <translation>Fra 16 år gjelder ikke de foresattes samtykke alene: før inn elevens samtykke, eller begges.</translation>
    </message>
    <message>
        <source>Save this consent with what you wrote? Discard throws it away.</source>
        <translation>Lagre samtykket med det du skrev? Forkast sletter det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>CountryQuestion</name>
    <message>
        <source>Change country</source>
        <translation>Bytt land</translation>
    </message>
    <message>
        <source>Change this vault&apos;s country to %1?

The country decides whose consent counts for a pupil (the guardians or the pupil), how ID numbers are checked, and which public holidays the calendar skips.</source>
        <translation>Bytte landet for dette hvelvet til %1?

Landet avgjør hvem sitt samtykke som gjelder for en elev (foresatte eller eleven), hvordan fødselsnumre kontrolleres, og hvilke helligdager kalenderen hopper over.</translation>
    </message>
    <message>
        <source>&amp;Change country</source>
        <translation>&amp;Bytt land</translation>
    </message>
    <message>
        <source>&amp;Keep the country</source>
        <translation>&amp;Behold landet</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>The earliest date this field takes is %1.</source>
        <translation>Den tidligste datoen her er %1.</translation>
    </message>
    <message>
        <source>The latest date this field takes is %1.</source>
        <translation>Den seneste datoen her er %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation>«%1» er ikke en dato. Skriv den slik: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>Document the visit: %1</source>
        <translation>Dokumenter besøket: %1</translation>
    </message>
    <message>
        <source>Saving writes a journal note of kind home visit (a draft for you to read and sign on the pupil&apos;s page), adds the agreed follow-ups, and marks the visit documented.</source>
        <translation>Når du lagrer, skrives et journalnotat av typen hjemmebesøk (et utkast du leser og signerer på elevens side), de avtalte oppfølgingene legges inn, og besøket merkes som dokumentert.</translation>
    </message>
    <message>
        <source>&amp;Observation points: tick what you saw, with a note</source>
        <translation>Observasjonspunkter: kryss &amp;av det du så, med et notat</translation>
    </message>
    <message>
        <source>A&amp;nswers to the questions</source>
        <translation>&amp;Svar på spørsmålene</translation>
    </message>
    <message>
        <source>Your &amp;summary and assessment</source>
        <translation>Din &amp;oppsummering og vurdering</translation>
    </message>
    <message>
        <source>Agreed &amp;follow-ups (date and what)</source>
        <translation>Avtalt oppfølging (&amp;dato og hva)</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>A visit documentation</source>
        <translation>En dokumentasjon av et hjemmebesøk</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Legg til oppfølging</translation>
    </message>
    <message>
        <source>Remo&amp;ve follow-up</source>
        <translation>&amp;Fjern oppfølging</translation>
    </message>
    <message>
        <source>Row %1 of the agreed follow-ups has a date but nothing under What: write what was agreed, or remove the row.</source>
        <translation>Rad %1 av de avtalte oppfølgingene har en dato, men ingenting under Hva: skriv hva dere ble enige om, eller fjern raden.</translation>
    </message>
    <message>
        <source>Save the documentation now? Saving marks the visit documented. Discard throws away what you filled in.</source>
        <translation>Lagre dokumentasjonen nå? Da blir besøket merket som dokumentert. Forkast kaster det du har fylt inn.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export everything</source>
        <translation>Eksporter alt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>&amp;Encrypted transfer file (recommended)</source>
        <translation>&amp;Kryptert overføringsfil (anbefalt)</translation>
    </message>
    <message>
        <source>P&amp;lain JSON, not encrypted</source>
        <translation>&amp;Ren JSON, ikke kryptert</translation>
    </message>
    <message>
        <source>Everything in the vault is written as open JSON (described in the file export-schema.json that comes with Nurse Desk), so the records can be read without Nurse Desk. The transfer file opens with the passphrase you give here.</source>
        <translation>Alt i hvelvet skrives som åpen JSON (beskrevet i filen export-schema.json som følger med Nurse Desk), slik at journalene kan leses uten Nurse Desk. Overføringsfilen åpnes med passfrasen du gir her.</translation>
    </message>
    <message>
        <source>Export file:</source>
        <translation>Eksportfil:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Eksportfil</translation>
    </message>
    <message>
        <source>The file will NOT be encrypted. Anyone who gets it, or a copy of it, can read every pupil&apos;s record. Write it only to an encrypted disk, and delete it when it is no longer needed. Write the plain file?</source>
        <translation>Filen blir IKKE kryptert. Alle som får tak i den, eller en kopi av den, kan lese journalen til hver elev. Skriv den bare til en kryptert disk, og slett den når den ikke lenger trengs. Skrive den ukrypterte filen?</translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <source>Export record</source>
        <translation>Eksporter journal</translation>
    </message>
    <message>
        <source>Who asks for the record?</source>
        <translation>Hvem ber om journalen?</translation>
    </message>
    <message>
        <source>The &amp;pupil</source>
        <translation>&amp;Eleven</translation>
    </message>
    <message>
        <source>A &amp;guardian</source>
        <translation>En &amp;foresatt</translation>
    </message>
    <message>
        <source>An &amp;authority</source>
        <translation>En &amp;myndighet</translation>
    </message>
    <message>
        <source>A pupil mature enough decides alone about their own health information, whatever the age. Judge the pupil&apos;s maturity: if mature enough, hand the record to a guardian only with the pupil&apos;s consent, or leave out what the pupil told you in confidence.</source>
        <translation>En elev som er moden nok, bestemmer selv over sine egne helseopplysninger, uansett alder. Vurder elevens modenhet: er eleven moden nok, gi journalen til en foresatt bare med elevens samtykke, eller utelat det eleven har fortalt deg i fortrolighet.</translation>
    </message>
    <message>
        <source>The pupil is 16 or older and decides alone about their own health information. Hand the record to a guardian only with the pupil&apos;s consent, or leave out what the pupil told you in confidence.</source>
        <translation>Eleven er 16 år eller eldre og bestemmer selv over egne helseopplysninger. Gi journalen til en foresatt bare med elevens samtykke, eller utelat det eleven har fortalt deg i fortrolighet.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Pupils seen</source>
        <translation>Elever som har hatt samtale</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Conversations by kind</source>
        <translation>Samtaler etter type</translation>
    </message>
    <message>
        <source>Conversations by topic</source>
        <translation>Samtaler etter tema</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Referrals by partner</source>
        <translation>Henvisninger etter samarbeidspartner</translation>
    </message>
    <message>
        <source>Follow-up work</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>Planlagte besøk</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Gjennomførte besøk</translation>
    </message>
    <message>
        <source>Visits documented</source>
        <translation>Dokumenterte besøk</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Gjennomført oppfølging</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Forfalt oppfølging</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Registrerte samtykker</translation>
    </message>
    <message>
        <source>Consents withdrawn</source>
        <translation>Tilbaketrukne samtykker</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Pupils with worrying absence, by pattern</source>
        <translation>Elever med bekymringsfullt fravær, etter mønster</translation>
    </message>
    <message>
        <source>The file is not a Nurse Desk export.</source>
        <translation>Filen er ikke en eksport fra Nurse Desk.</translation>
    </message>
    <message>
        <source>The export was written by a newer Nurse Desk; update Nurse Desk first.</source>
        <translation>Eksporten er skrevet av en nyere Nurse Desk; oppdater Nurse Desk først.</translation>
    </message>
    <message>
        <source>The export comes from another version of Nurse Desk; import it with that one.</source>
        <translation>Eksporten kommer fra en annen versjon av Nurse Desk; importer den med den versjonen.</translation>
    </message>
    <message>
        <source>The export was changed or is damaged; nothing was imported.</source>
        <translation>Eksporten er endret eller skadet; ingenting ble importert.</translation>
    </message>
    <message>
        <source>There is no school named %1.</source>
        <translation>Det finnes ingen skole som heter %1.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first day.</source>
        <translation>Periodens siste dag er før den første.</translation>
    </message>
    <message>
        <source>This file is not a Nurse Desk transfer file, or it is damaged. Nothing was changed.</source>
        <translation>Filen er ikke en overføringsfil fra Nurse Desk, eller den er skadet. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Yearly figures</source>
        <translation>Årsstatistikk</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle skoler</translation>
    </message>
    <message>
        <source>Show e&amp;xact counts (a small school)</source>
        <translation>Vis &amp;nøyaktige antall (liten skole)</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt; 5” so that no child can be recognised.</source>
        <translation>Antall fra 1 til 4 vises som «&lt; 5», så ingen elev kan kjennes igjen.</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Tell opp</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>“Hidden” counts are hidden so that a count from 1 to 4 cannot be worked out from a total or the counts beside it; a hidden count may be 5 or more.</source>
        <translation>Antall merket «skjult» er skjult så et antall fra 1 til 4 ikke kan regnes ut fra en sum eller tallene ved siden av; et skjult antall kan være 5 eller mer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Lagre som &amp;CSV…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skole:</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Lagre som CSV</translation>
    </message>
</context>
<context>
    <name>FlaggedPupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Patterns found</source>
        <translation>Mønstre funnet</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Skip this date</source>
        <translation>Hopp over denne datoen</translation>
    </message>
    <message>
        <source>Skip this date only? The other dates stay planned.</source>
        <translation>Hoppe over bare denne datoen? De andre datoene blir stående.</translation>
    </message>
    <message>
        <source>Cancel this follow-up and every date still to come?</source>
        <translation>Avlyse denne oppfølgingen og alle datoer som gjenstår?</translation>
    </message>
    <message>
        <source>Cancel this follow-up?</source>
        <translation>Avlyse denne oppfølgingen?</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Avlys oppfølging</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>Hvorfor (valgfritt):</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Endre oppfølging</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Planlegg oppfølging</translation>
    </message>
    <message>
        <source>A follow-up</source>
        <translation>En oppfølging</translation>
    </message>
    <message>
        <source>Type part of a name or class…</source>
        <translation>Skriv en del av et navn eller en klasse…</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>What to do, in a few words</source>
        <translation>Hva som skal gjøres, med få ord</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Hver 2. uke</translation>
    </message>
    <message>
        <source>Every 3 weeks</source>
        <translation>Hver 3. uke</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Hver 4. uke</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>until</source>
        <translation>til</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>ganger:</translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation>&amp;Elev:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Hva:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>Re&amp;sponsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Save this follow-up? Discard throws away what you wrote.</source>
        <translation>Lagre denne oppfølgingen? Forkast sletter det du har skrevet.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Velg en elev fra listen.</translation>
    </message>
    <message>
        <source>Choose the pupil: type part of a name or class.</source>
        <translation>Velg eleven: skriv en del av et navn eller en klasse.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details / outcome</source>
        <translation>Detaljer / resultat</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the pupil&apos;s page</source>
        <translation>Åpne elevens side</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Search pupil, class, details or outcome…</source>
        <translation>Søk på elev, klasse, detaljer eller resultat…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Ny oppfølging…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Utført…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Fly&amp;tt…</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Avlys…</translation>
    </message>
    <message>
        <source>Cancel the follow-up (every date still to come)</source>
        <translation>Avlys oppfølgingen (alle datoer som gjenstår)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Alle skoler</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n oppfølging</numerusform>
            <numerusform>%n oppfølginger</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Gjenåpne oppfølging</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand the record over</source>
        <translation>Overfør journalen</translation>
    </message>
    <message>
        <source>The whole record of %1 is written to an encrypted transfer file for the nurse at the pupil&apos;s new school. It needs an active consent to transfer the record. Nurse Desk makes up a one-time passphrase: give it to the receiving nurse separately, by phone or on paper, never with the file.</source>
        <translation>Hele journalen til %1 skrives til en kryptert overføringsfil til helsesykepleieren på elevens nye skole. Det krever et gyldig samtykke til å overføre journalen. Nurse Desk lager en engangspassfrase: gi den til helsesykepleieren som tar imot, for seg, på telefon eller på papir, aldri sammen med filen.</translation>
    </message>
    <message>
        <source>e.g. moved to another municipality</source>
        <translation>f.eks. flyttet til en annen kommune</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the access log):</source>
        <translation>&amp;Grunn (lagres i tilgangsloggen):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Protected identity: the guardians are named without their phone numbers, and home visits without address or directions. The receiving service gets those from the population register.</source>
        <translation>Sperret adresse: de foresatte står med navn, men uten telefonnummer, og hjemmebesøk står uten adresse og veibeskrivelse. Tjenesten som tar imot, får dette fra folkeregisteret.</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Overføringsfil</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Nurse Desk: user guide</source>
        <translation>Nurse Desk: brukerveiledning</translation>
    </message>
</context>
<context>
    <name>HomeVisitsPage</name>
    <message>
        <source>Home visits</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>&amp;New home visit…</source>
        <translation>&amp;Nytt hjemmebesøk…</translation>
    </message>
    <message>
        <source>Plan a home visit (Ctrl+Shift+N)</source>
        <translation>Planlegg et hjemmebesøk (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Å&amp;pne plan…</translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation>Merk som &amp;klar</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Merk som &amp;gjennomført</translation>
    </message>
    <message>
        <source>Doc&amp;ument…</source>
        <translation>&amp;Dokumenter…</translation>
    </message>
    <message>
        <source>Pre&amp;paration sheet…</source>
        <translation>F&amp;orberedelsesark…</translation>
    </message>
    <message>
        <source>Preview, print or save the sheet (Ctrl+P)</source>
        <translation>Forhåndsvis, skriv ut eller lagre arket (Ctrl+P)</translation>
    </message>
    <message>
        <source>De&amp;lete plan…</source>
        <translation>S&amp;lett plan…</translation>
    </message>
    <message>
        <source>Filter by pupil…</source>
        <translation>Filtrer på elev…</translation>
    </message>
    <message>
        <source>Upcoming and not documented</source>
        <translation>Kommende og ikke dokumentert</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alle besøk</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Purposes: %1</source>
        <translation>Formål: %1</translation>
    </message>
    <message>
        <source>Still missing before it can be marked ready: %1</source>
        <translation>Mangler før planen kan merkes som klar: %1</translation>
    </message>
    <message>
        <source>Journal note written; sign it on the pupil&apos;s page.</source>
        <translation>Journalnotatet er skrevet; signer det på elevens side.</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Sperret adresse</translation>
    </message>
    <message>
        <source>Show address</source>
        <translation>Vis adresse</translation>
    </message>
    <message>
        <source>(no address written)</source>
        <translation>(ingen adresse skrevet inn)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 visits</source>
        <translation>Viser %1 av %2 besøk</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Preparation sheet</source>
        <translation>Forberedelsesark</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Slett plan</translation>
    </message>
    <message>
        <source>Delete this plan for good? Visits that took place are kept.</source>
        <translation>Slette denne planen for godt? Besøk som er gjennomført, blir alltid tatt vare på.</translation>
    </message>
</context>
<context>
    <name>ImportWording</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 er tom</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not a date (use dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>«%2» er ikke en dato (bruk dd.mm.åååå eller åååå-mm-dd)</translation>
    </message>
    <message>
        <source>date &apos;%2&apos; does not exist</source>
        <translation>datoen «%2» finnes ikke</translation>
    </message>
    <message>
        <source>date &apos;%2&apos; is more than a year ahead</source>
        <translation>datoen &apos;%2&apos; er mer enn ett år fram i tid</translation>
    </message>
    <message>
        <source>date &apos;%2&apos; is more than 13 years ago</source>
        <translation>datoen &apos;%2&apos; er mer enn 13 år tilbake</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not a number</source>
        <translation>«%2» er ikke et tall</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not yes or no</source>
        <translation>«%2» er verken ja eller nei</translation>
    </message>
    <message>
        <source>national ID &apos;%2&apos; is not valid</source>
        <translation>fødselsnummeret «%2» er ikke gyldig</translation>
    </message>
    <message>
        <source>national ID &apos;%2&apos; is valid for the other country, not the one this vault is set to: check Settings → Country</source>
        <translation>fødselsnummeret &apos;%2&apos; gjelder det andre landet, ikke det hvelvet er satt til: sjekk Innstillinger → Land</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 er for lang</translation>
    </message>
    <message>
        <source>more values than the header has columns (check the delimiter)</source>
        <translation>flere verdier enn overskriften har kolonner (sjekk skilletegnet)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is out of range</source>
        <translation>%1 «%2» er utenfor gyldig område</translation>
    </message>
    <message>
        <source>the same pupil is on line %2 with another name, school or class</source>
        <translation>samme elev står på linje %2 med et annet navn, en annen skole eller klasse</translation>
    </message>
    <message>
        <source>the same pupil, day and lesson are on line %2 with other values</source>
        <translation>samme elev, dag og time står på linje %2 med andre verdier</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid</source>
        <translation>%1 «%2» er ikke gyldig</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a web address (start with http:// or https://)</source>
        <translation>%1 «%2» er ikke en nettadresse (start med http:// eller https://)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; appears earlier in the file</source>
        <translation>%1 «%2» står tidligere i filen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a phone number (digits, spaces, +, - and ())</source>
        <translation>%1 «%2» er ikke et telefonnummer (sifre, mellomrom, +, - og ())</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>Na&amp;tional ID:</source>
        <translation>Fødsels&amp;nummer:</translation>
    </message>
    <message>
        <source>Pupil&apos;s &amp;name:</source>
        <translation>&amp;Elevens navn:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Fo&amp;rnavn:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fød&amp;selsdato:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
</context>
<context>
    <name>KeptOverLock</name>
    <message>
        <source>What you typed here before the vault locked is back. Save it, or close and discard it.</source>
        <translation>Det du skrev her før hvelvet ble låst, er tilbake. Lagre det, eller lukk og forkast det.</translation>
    </message>
    <message>
        <source>%1: what you had typed is kept in the vault. Open it again for the same pupil to go on.</source>
        <translation>%1: det du hadde skrevet, er tatt vare på i hvelvet. Åpne det igjen for samme elev for å fortsette.</translation>
    </message>
    <message>
        <source>%1: what you had typed is kept in the vault. Open it again to go on.</source>
        <translation>%1: det du hadde skrevet, er tatt vare på i hvelvet. Åpne det igjen for å fortsette.</translation>
    </message>
    <message>
        <source>%1: what you had typed could not be kept. Please type it again.</source>
        <translation>%1: det du hadde skrevet, kunne ikke tas vare på. Skriv det inn på nytt.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>LateDraftsLine</name>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3 days)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3 dager)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned drafts older than %n day(s):</source>
        <translation>
            <numerusform>Usignerte utkast eldre enn %n dag:</numerusform>
            <numerusform>Usignerte utkast eldre enn %n dager:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftSchoolButton</name>
    <message>
        <source>Left sch&amp;ool…</source>
        <translation>Sluttet p&amp;å skolen…</translation>
    </message>
    <message>
        <source>Pupils who left: retention, deposit in the archive, removal</source>
        <translation>Elever som har sluttet: oppbevaring, avlevering til arkivet, sletting</translation>
    </message>
</context>
<context>
    <name>LeftSchoolDialog</name>
    <message>
        <source>Left school</source>
        <translation>Sluttet på skolen</translation>
    </message>
    <message>
        <source>&amp;Keep the records (never remove)</source>
        <translation>&amp;Behold journalene (slett aldri)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>The rule for this vault&apos;s country. Check your municipality&apos;s rule and the archive&apos;s: Nurse Desk cannot know it. A pupil is removed only after the record was deposited in the archive and the time has passed.</source>
        <translation>Regelen for landet dette hvelvet gjelder. Sjekk kommunens og arkivets regel: Nurse Desk kan ikke vite den. En elev slettes først når journalen er avlevert til arkivet og tiden har gått.</translation>
    </message>
    <message>
        <source>&amp;Deposit in the archive…</source>
        <translation>&amp;Avlever til arkivet…</translation>
    </message>
    <message>
        <source>&amp;Remove for good…</source>
        <translation>&amp;Slett for godt…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <source>Gone for</source>
        <translation>Borte i</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Avlevert</translation>
    </message>
    <message>
        <source>Removable from</source>
        <translation>Kan slettes fra</translation>
    </message>
    <message>
        <source>Keep a record for</source>
        <translation>Oppbevar en journal i</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bevares</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit in the archive</source>
        <translation>Avlever til arkivet</translation>
    </message>
    <message>
        <source>The record was written as %1 and %2. They are not encrypted: hand them to the archive the way it asks, then delete them here.</source>
        <translation>Journalen ble skrevet som %1 og %2. De er ikke kryptert: lever dem til arkivet slik arkivet ber om, og slett dem her etterpå.</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <source>Remove %1 and the whole record from this vault for good? This cannot be undone. The access log keeps one line saying the record was removed.</source>
        <translation>Slette %1 og hele journalen fra dette hvelvet for godt? Det kan ikke angres. Tilgangsloggen beholder én linje om at journalen ble slettet.</translation>
    </message>
</context>
<context>
    <name>LengthCount</name>
    <message>
        <source>%1 of %2 characters: %3 too many</source>
        <translation>%1 av %2 tegn: %3 for mange</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tegn</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 vises</translation>
    </message>
</context>
<context>
    <name>LockNotes</name>
    <message>
        <source>Typed before the lock</source>
        <translation>Skrevet før låsing</translation>
    </message>
    <message>
        <source>The vault locked while you were typing.</source>
        <translation>Hvelvet ble låst mens du skrev.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lås hvelvet nå (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Save demo as a vault…</source>
        <translation>Lagre &amp;demo som hvelv…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Søk i notater</translation>
    </message>
    <message>
        <source>Search in every note (Ctrl+F)</source>
        <translation>Søk i alle notater (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>Nurse Desk</source>
        <translation>Nurse Desk</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Hvelv: %1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ulåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>What was found has been written to the access log.</source>
        <translation>Det som ble funnet, er skrevet i tilgangsloggen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe in the vault. If it happens again, lock the vault and restart Nurse Desk.</source>
        <translation>Noe uventet gikk galt. Det du lagret tidligere, er trygt i hvelvet. Skjer det igjen, lås hvelvet og start Nurse Desk på nytt.</translation>
    </message>
    <message>
        <source>&amp;About Nurse Desk</source>
        <translation>&amp;Om Nurse Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Import from the school system</source>
        <translation>Importer fra skoleadministrasjonssystemet</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>&amp;Saved mapping:</source>
        <translation>&amp;Lagret kolonneoppsett:</translation>
    </message>
    <message>
        <source>&amp;Remember the mapping as:</source>
        <translation>&amp;Husk oppsettet som:</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Første rader</translation>
    </message>
    <message>
        <source>S&amp;kip the lines with errors and import the rest</source>
        <translation>Hopp &amp;over linjene med feil og importer resten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>(gjettet ut fra overskriftene)</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Velg eksportfilen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tabeller (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Choose the column for: %1</source>
        <translation>Velg kolonnen for: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerer radene…</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Feil (%1)</translation>
    </message>
    <message>
        <source>Unknown pupils (%1)</source>
        <translation>Ukjente elever (%1)</translation>
    </message>
    <message>
        <source>Rows ready to import: %1 · Rows about unknown pupils: %2 · Lines with errors: %3</source>
        <translation>Rader klare til import: %1 · Rader om ukjente elever: %2 · Linjer med feil: %3</translation>
    </message>
    <message>
        <source>(no name or ID on the line)</source>
        <translation>(verken navn eller fødselsnummer på linjen)</translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation>%1 (linje %2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Columns in the file</source>
        <translation>&amp;Kolonner i filen</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>%v av %m rader kontrollert</translation>
    </message>
    <message>
        <source>%v of %m rows saved</source>
        <translation>%v av %m rader lagret</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Stopper importen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation>Importen ble avbrutt. Ingenting ble lagret.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Rediger tiltak</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>A measure</source>
        <translation>Et tiltak</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Tiltak:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>Short &amp;description:</source>
        <translation>Kort &amp;beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lenke:</translation>
    </message>
    <message>
        <source>Save the measure with what you typed? Discard throws it away.</source>
        <translation>Lagre tiltaket med det du skrev? Forkast sletter det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>MeasurePickerDialog</name>
    <message>
        <source>Cite a measure</source>
        <translation>Vis til et tiltak</translation>
    </message>
    <message>
        <source>Filter measures…</source>
        <translation>Filtrer tiltak…</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kort beskrivelse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Filter by measure, target group, description…</source>
        <translation>Filtrer på tiltak, målgruppe, beskrivelse…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV…</translation>
    </message>
    <message>
        <source>Columns: measure; target group; short description; link. Separated by ; or , and saved as UTF-8 or Windows (Excel) text.</source>
        <translation>Kolonner: tiltak; målgruppe; kort beskrivelse; lenke. Skilt med ; eller , og lagret som UTF-8 eller Windows-tekst (Excel).</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Nytt tiltak…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Arkiv&amp;er…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Rediger tiltak</translation>
    </message>
    <message>
        <source>%1 is cited in notes or follow-ups, so it is archived instead of deleted. Archive it?</source>
        <translation>%1 er brukt i notater eller oppfølginger, så det arkiveres i stedet for å slettes. Vil du arkivere det?</translation>
    </message>
    <message>
        <source>Delete %1 from the catalogue?</source>
        <translation>Slette %1 fra tiltakskatalogen?</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Importer tiltak</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tabeller (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>%1 measures added, %2 updated.</source>
        <translation>%1 tiltak lagt til, %2 oppdatert.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase or not a Nurse Desk vault. Nothing was changed.</source>
        <translation>Feil passordfrase, eller filen er ikke et Nurse Desk-hvelv. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>There is no vault at this place.</source>
        <translation>Det finnes ikke noe hvelv på dette stedet.</translation>
    </message>
    <message>
        <source>A file already exists there; choose another name.</source>
        <translation>Det finnes allerede en fil der; velg et annet navn.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Nurse Desk vault.</source>
        <translation>Filen er tom: den er ikke et Nurse Desk-hvelv.</translation>
    </message>
    <message>
        <source>This is an unencrypted database, not a Nurse Desk vault; it was not opened.</source>
        <translation>Dette er en ukryptert database, ikke et Nurse Desk-hvelv; den ble ikke åpnet.</translation>
    </message>
    <message>
        <source>The vault file is cut short (truncated); restore it from a backup.</source>
        <translation>Hvelvfilen er ufullstendig (avkortet); gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>This file is not a Nurse Desk vault; it was not opened.</source>
        <translation>Denne filen er ikke et Nurse Desk-hvelv; den ble ikke åpnet.</translation>
    </message>
    <message>
        <source>This vault was written by a newer Nurse Desk. Update the app to open it.</source>
        <translation>Dette hvelvet ble skrevet av en nyere versjon av Nurse Desk. Oppdater appen for å åpne det.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Hvelvet er låst.</translation>
    </message>
    <message>
        <source>The encryption library on this computer is not safe to use.</source>
        <translation>Krypteringsbiblioteket på denne datamaskinen er ikke trygt å bruke.</translation>
    </message>
    <message>
        <source>The copy could not be verified; nothing was replaced.</source>
        <translation>Kopien kunne ikke verifiseres; ingenting ble erstattet.</translation>
    </message>
    <message>
        <source>The vault is damaged at page %1; restore it from a backup.</source>
        <translation>Hvelvet er skadet på side %1; gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The vault is damaged; restore it from a backup.</source>
        <translation>Hvelvet er skadet; gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>There is no backup at this place.</source>
        <translation>Det finnes ingen sikkerhetskopi her.</translation>
    </message>
    <message>
        <source>This file is not a Nurse Desk backup. The vault was not changed.</source>
        <translation>Denne filen er ikke en sikkerhetskopi fra Nurse Desk. Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>This backup has another passphrase, or it is not a Nurse Desk backup. The vault was not changed.</source>
        <translation>Denne sikkerhetskopien har en annen passordfrase, eller den er ikke en sikkerhetskopi fra Nurse Desk. Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>This backup is damaged; choose another one. The vault was not changed.</source>
        <translation>Denne sikkerhetskopien er skadet; velg en annen. Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space, then try again: nothing already saved was lost.</source>
        <translation>Disken er full, så dette ble ikke lagret. Frigjør litt plass og prøv igjen: ingenting som allerede var lagret, gikk tapt.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to (it is read-only, or your rights to it were taken away), so this was not saved. Nothing already saved was lost.</source>
        <translation>Det kan ikke skrives til hvelvets mappe (den er skrivebeskyttet, eller du har mistet tilgangen til den), så dette ble ikke lagret. Ingenting som allerede var lagret, gikk tapt.</translation>
    </message>
    <message>
        <source>The vault&apos;s file or folder cannot be reached (was a USB stick or network drive removed?), so this was not saved. Nothing already saved was lost.</source>
        <translation>Hvelvets fil eller mappe kan ikke nås (ble en minnepinne eller nettverksstasjon fjernet?), så dette ble ikke lagret. Ingenting som allerede var lagret, gikk tapt.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error, so this was not saved. The disk may be failing: make a backup to another disk.</source>
        <translation>Disken meldte en lese- eller skrivefeil, så dette ble ikke lagret. Disken kan være i ferd med å svikte: ta en sikkerhetskopi til en annen disk.</translation>
    </message>
    <message>
        <source>The backup could not be written: that disk is full. Free some space or choose another place. The vault was not changed.</source>
        <translation>Sikkerhetskopien kunne ikke skrives: den disken er full. Frigjør litt plass eller velg et annet sted. Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>The backup could not be written: that folder is read-only, or you have no rights to it. Choose another place. The vault was not changed.</source>
        <translation>Sikkerhetskopien kunne ikke skrives: den mappen er skrivebeskyttet, eller du har ikke tilgang til den. Velg et annet sted. Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>The backup could not be written: that folder cannot be reached (was a USB stick removed?). The vault was not changed.</source>
        <translation>Sikkerhetskopien kunne ikke skrives: den mappen kan ikke nås (ble en minnepinne fjernet?). Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>The backup could not be written: that disk reported a read or write error. Choose another disk. The vault was not changed.</source>
        <translation>Sikkerhetskopien kunne ikke skrives: den disken meldte en lese- eller skrivefeil. Velg en annen disk. Hvelvet ble ikke endret.</translation>
    </message>
    <message>
        <source>This passphrase does not open the transfer file, or the file is not a Nurse Desk transfer file. Nothing was changed.</source>
        <translation>Passordfrasen åpner ikke overføringsfilen, eller filen er ikke en overføringsfil fra Nurse Desk. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 is the open vault or one of its files; nothing was written. Choose another name.</source>
        <translation>%1 er det åpne hvelvet eller en av filene dets; ingenting ble skrevet. Velg et annet navn.</translation>
    </message>
    <message>
        <source>%1 is already there and was kept; nothing was written. Choose another name, or replace that file on purpose.</source>
        <translation>%1 finnes allerede og ble beholdt; ingenting ble skrevet. Velg et annet navn, eller erstatt den filen med vilje.</translation>
    </message>
    <message>
        <source>%1 is already there and was kept; no backup was written. Choose another name, or replace that file on purpose.</source>
        <translation>%1 finnes allerede og ble beholdt; ingen sikkerhetskopi ble skrevet. Velg et annet navn, eller erstatt den filen med vilje.</translation>
    </message>
    <message>
        <source>This vault is already open on this computer, in another Nurse Desk window or program. Use that one, or close it first.</source>
        <translation>Dette hvelvet er allerede åpent på denne datamaskinen, i et annet Nurse Desk-vindu eller program. Bruk det, eller lukk det først.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to passordfrasene er ikke like.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 12 characters, e.g. four words.</source>
        <translation>Passordfrasen er for kort: bruk minst 12 tegn, f.eks. fire ord.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess: add a word or two.</source>
        <translation>Passordfrasen er for lett å gjette: legg til et ord eller to.</translation>
    </message>
    <message>
        <source>Say briefly why pupils&apos; data is printed or exported (on the command line: --reason TEXT). Nothing was written.</source>
        <translation>Skriv kort hvorfor elevopplysninger skrives ut eller eksporteres (på kommandolinjen: --reason TEKST). Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>This note is signed and locked. Add an amendment instead.</source>
        <translation>Notatet er signert og låst. Skriv et tillegg i stedet.</translation>
    </message>
    <message>
        <source>Please give a reason (or a name).</source>
        <translation>Oppgi en begrunnelse (eller et navn).</translation>
    </message>
    <message>
        <source>Enter your name and title in Settings first: they are stamped on signing.</source>
        <translation>Skriv inn navn og tittel under Innstillinger først: de stemples på ved signering.</translation>
    </message>
    <message>
        <source>That name is already used.</source>
        <translation>Det navnet er allerede i bruk.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Filen er tom: det er ingenting å importere.</translation>
    </message>
    <message>
        <source>The file is not a table: save it from the school system as CSV (columns separated by ; , or tab) or as an Excel workbook (.xlsx).</source>
        <translation>Filen er ikke en tabell: lagre den fra skolesystemet som CSV (kolonner skilt med ; , eller tabulator) eller som Excel-arbeidsbok (.xlsx).</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: it may be damaged or password-protected.</source>
        <translation>Filen er ikke en lesbar Excel-arbeidsbok: den kan være skadet eller passordbeskyttet.</translation>
    </message>
    <message>
        <source>Which school are the pupils at? The file has no school column: choose the column that holds the school, or the school of every pupil.</source>
        <translation>Hvilken skole går elevene på? Filen har ingen skolekolonne: velg kolonnen som inneholder skolen, eller skolen for alle elevene.</translation>
    </message>
    <message>
        <source>Another pupil already has this national ID.</source>
        <translation>En annen elev har allerede dette fødselsnummeret.</translation>
    </message>
    <message>
        <source>Each threshold must be above zero, a share at most 100 %.</source>
        <translation>Hver grense må være over null, og en andel høyst 100 %.</translation>
    </message>
    <message>
        <source>There is no active consent for this. Record the consent first, or share an anonymised version.</source>
        <translation>Det finnes ikke noe gyldig samtykke for dette. Registrer samtykket først, eller del en anonymisert versjon.</translation>
    </message>
    <message>
        <source>The national ID&apos;s check digits do not add up: please check each digit.</source>
        <translation>Kontrollsifrene i fødselsnummeret stemmer ikke: sjekk hvert siffer.</translation>
    </message>
    <message>
        <source>The national ID holds a date that does not exist.</source>
        <translation>Fødselsnummeret inneholder en dato som ikke finnes.</translation>
    </message>
    <message>
        <source>A national ID has 11 digits (Norway) or 10–12 digits (Sweden).</source>
        <translation>Et fødselsnummer har 11 sifre (Norge) eller 10–12 sifre (Sverige).</translation>
    </message>
    <message>
        <source>Type the national ID with the digits 0–9 only (no ² or other digit signs).</source>
        <translation>Skriv fødselsnummeret bare med sifrene 0–9 (ikke ² eller andre siffertegn).</translation>
    </message>
    <message>
        <source>This is a valid Swedish ID number, but this vault is set to Norway. If your pupils are in Sweden, change the country under Settings → Country.</source>
        <translation>Dette er et gyldig svensk personnummer, men hvelvet er satt til Norge. Er elevene dine i Sverige, bytt land under Innstillinger → Land.</translation>
    </message>
    <message>
        <source>This is a valid Norwegian ID number, but this vault is set to Sweden. If your pupils are in Norway, change the country under Settings → Country.</source>
        <translation>Dette er et gyldig norsk fødselsnummer, men hvelvet er satt til Sverige. Er elevene dine i Norge, bytt land under Innstillinger → Land.</translation>
    </message>
    <message>
        <source>The consent ends before it starts: check the dates.</source>
        <translation>Samtykket slutter før det begynner: sjekk datoene.</translation>
    </message>
    <message>
        <source>Name the partner the consent is for.</source>
        <translation>Oppgi hvilken samarbeidspartner samtykket gjelder.</translation>
    </message>
    <message>
        <source>Record whether you judge the pupil mature enough to decide alone: in Sweden that decides whose consent holds.</source>
        <translation>Før inn om du vurderer eleven som moden nok til å bestemme selv: i Sverige avgjør det hvem sitt samtykke som gjelder.</translation>
    </message>
    <message>
        <source>The birth date is after today: check the year.</source>
        <translation>Fødselsdatoen er etter i dag: sjekk årstallet.</translation>
    </message>
    <message>
        <source>The birth date is more than %1 years ago: check the year.</source>
        <translation>Fødselsdatoen er mer enn %1 år tilbake: sjekk årstallet.</translation>
    </message>
    <message>
        <source>The conversation is dated after today: check the date. A note is signed once the conversation has taken place; the draft is kept.</source>
        <translation>Samtalen er datert etter i dag: sjekk datoen. Et notat signeres når samtalen har funnet sted; utkastet beholdes.</translation>
    </message>
    <message>
        <source>The conversation is dated before the pupil was born: check the year. The draft is kept.</source>
        <translation>Samtalen er datert før eleven ble født: sjekk årstallet. Utkastet beholdes.</translation>
    </message>
    <message>
        <source>The consent is given on a day after today: record it on the day it is given.</source>
        <translation>Samtykket er gitt på en dag etter i dag: registrer det den dagen det gis.</translation>
    </message>
    <message>
        <source>The consent is given on a day before the pupil was born: check the year.</source>
        <translation>Samtykket er gitt på en dag før eleven ble født: sjekk årstallet.</translation>
    </message>
    <message>
        <source>The consent is withdrawn on a day after today: record the withdrawal on the day it is made.</source>
        <translation>Samtykket er trukket tilbake på en dag etter i dag: registrer tilbaketrekkingen den dagen den skjer.</translation>
    </message>
    <message>
        <source>The consent is withdrawn on a day before it was given: check the date it was given.</source>
        <translation>Samtykket er trukket tilbake på en dag før det ble gitt: sjekk datoen det ble gitt.</translation>
    </message>
    <message>
        <source>The day is more than %1 years ahead: check the year.</source>
        <translation>Dagen er mer enn %1 år fram i tid: sjekk årstallet.</translation>
    </message>
    <message>
        <source>The day is more than %1 years ago: check the year.</source>
        <translation>Dagen er mer enn %1 år tilbake: sjekk årstallet.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: write one number&apos;s digits, with spaces, +, - or parentheses if you like (912 34 567, +46 70-123 45 67), and no letters.</source>
        <translation>«%1» er ikke et telefonnummer: skriv sifrene i ett nummer, gjerne med mellomrom, +, - eller parenteser (912 34 567, +46 70-123 45 67), og ingen bokstaver.</translation>
    </message>
    <message>
        <source>“%1” is not a readable Excel workbook: it may be damaged or password-protected.</source>
        <translation>«%1» er ikke en lesbar Excel-arbeidsbok: den kan være skadet eller passordbeskyttet.</translation>
    </message>
    <message>
        <source>Line %1 of the file opens a quotation mark (&quot;) that is never closed, so every line after it would be read as part of line %1. Nothing was imported: remove or close that quotation mark and import the file again.</source>
        <translation>Linje %1 i filen åpner et anførselstegn (&quot;) som aldri lukkes, så alle linjene etter den ville blitt lest som en del av linje %1. Ingenting ble importert: fjern eller lukk anførselstegnet og importer filen på nytt.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows below it: there is nothing to import. Check what was chosen when the file was exported (school, class, dates).</source>
        <translation>Filen har en overskriftslinje, men ingen rader under den: det er ingenting å importere. Sjekk hva som ble valgt da filen ble eksportert (skole, klasse, datoer).</translation>
    </message>
    <message>
        <source>There is no saved column mapping named &apos;%1&apos;.</source>
        <translation>Det finnes ikke noe lagret kolonneoppsett med navnet «%1».</translation>
    </message>
    <message>
        <source>The file has no column named &apos;%1&apos;.</source>
        <translation>Filen har ingen kolonne med navnet «%1».</translation>
    </message>
    <message>
        <source>Cannot tell which column holds: %1. Choose the columns in the import dialog.</source>
        <translation>Finner ikke ut hvilken kolonne som har: %1. Velg kolonnene i importvinduet.</translation>
    </message>
    <message>
        <source>The file has %1 lines with errors; nothing was imported.</source>
        <translation>Filen har linjer med feil (%1); ingenting ble importert.</translation>
    </message>
    <message>
        <source>The visit cannot be marked ready yet. Still missing: %1.</source>
        <translation>Besøket kan ikke merkes som klart ennå. Mangler: %1.</translation>
    </message>
    <message>
        <source>This visit has taken place; its plan is kept as it was and not changed.</source>
        <translation>Besøket er gjennomført; planen beholdes slik den var og endres ikke.</translation>
    </message>
    <message>
        <source>That step does not fit the visit&apos;s status (draft, ready, done, documented).</source>
        <translation>Det steget passer ikke med besøkets status (utkast, klar, gjennomført, dokumentert).</translation>
    </message>
    <message>
        <source>The consent to this home visit no longer holds (withdrawn or run out), so the visit is not marked done or documented, and its plan is a draft again. Record a new consent first.</source>
        <translation>Samtykket til dette hjemmebesøket gjelder ikke lenger (trukket tilbake eller utløpt), så besøket markeres ikke som gjennomført eller dokumentert, og planen er et utkast igjen. Før inn et nytt samtykke først.</translation>
    </message>
    <message>
        <source>A sibling named on the sheet has no consent to sharing with this partner. Record the sibling&apos;s consent first, or print the private sheet.</source>
        <translation>Et søsken som er nevnt på arket, har ikke samtykket til deling med denne samarbeidspartneren. Registrer søskenets samtykke først, eller skriv ut arket med personvern (initialer).</translation>
    </message>
    <message>
        <source>There is no home visit with that number.</source>
        <translation>Det finnes ikke noe hjemmebesøk med det nummeret.</translation>
    </message>
    <message>
        <source>A visit lasts from 5 minutes to 8 hours.</source>
        <translation>Et besøk varer fra 5 minutter til 8 timer.</translation>
    </message>
    <message>
        <source>The pupil cannot be their own sibling.</source>
        <translation>Eleven kan ikke være sitt eget søsken.</translation>
    </message>
    <message>
        <source>At most 60 topics, questions or observation points in one plan.</source>
        <translation>Høyst 60 temaer, spørsmål eller observasjonspunkter i én plan.</translation>
    </message>
    <message>
        <source>Each person who comes along needs a name.</source>
        <translation>Hver person som blir med, trenger et navn.</translation>
    </message>
    <message>
        <source>Each agreed follow-up needs a text.</source>
        <translation>Hver avtalte oppfølging trenger en tekst.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Gi malen et navn.</translation>
    </message>
    <message>
        <source>The access log was changed outside Nurse Desk: entry %1 does not follow from the entries before it.</source>
        <translation>Tilgangsloggen er endret utenfor Nurse Desk: oppføring %1 henger ikke sammen med oppføringene før den.</translation>
    </message>
    <message>
        <source>The access log was cut short outside Nurse Desk: entries from number %1 on are missing.</source>
        <translation>Tilgangsloggen er kortet ned utenfor Nurse Desk: oppføringene fra nummer %1 og videre mangler.</translation>
    </message>
    <message>
        <source>The access log was rewritten or replaced outside Nurse Desk: it no longer ends as it did at entry %1.</source>
        <translation>Tilgangsloggen er skrevet om eller byttet ut utenfor Nurse Desk: den slutter ikke lenger slik den gjorde ved oppføring %1.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Teksten er for lang: høyst %1 tegn.</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation>Filen kunne ikke leses eller skrives (%1).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Noe uventet gikk galt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 12 weeks or months.</source>
        <translation>Gjenta hver 1. til 12. uke eller måned.</translation>
    </message>
    <message>
        <source>A repeating follow-up needs an end: a last date or a number of times.</source>
        <translation>En gjentatt oppfølging må ha en slutt: en siste dato eller et antall ganger.</translation>
    </message>
    <message>
        <source>The last date is before the first one: check the dates.</source>
        <translation>Siste dato er før den første: sjekk datoene.</translation>
    </message>
    <message>
        <source>Repeat between 1 and 200 times.</source>
        <translation>Gjenta mellom 1 og 200 ganger.</translation>
    </message>
    <message>
        <source>This repeat rule cannot be read.</source>
        <translation>Denne gjentakelsesregelen kan ikke leses.</translation>
    </message>
    <message>
        <source>Give the break a name (at most 100 characters).</source>
        <translation>Gi ferien et navn (høyst 100 tegn).</translation>
    </message>
    <message>
        <source>The break ends before it starts: check the dates.</source>
        <translation>Ferien slutter før den begynner: sjekk datoene.</translation>
    </message>
    <message>
        <source>A break of more than four months: check the year of each date.</source>
        <translation>En ferie på mer enn fire måneder: sjekk årstallet i hver dato.</translation>
    </message>
    <message>
        <source>This follow-up is already done or cancelled; reopen it to change it.</source>
        <translation>Denne oppfølgingen er allerede utført eller avlyst; gjenåpne den for å endre den.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <source>Signed %1 by %2</source>
        <translation>Signert %1 av %2</translation>
    </message>
    <message>
        <source>Draft: not signed yet</source>
        <translation>Utkast: ikke signert ennå</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Behov for oppfølging</translation>
    </message>
    <message>
        <source>Amendment %1 by %2</source>
        <translation>Tillegg %1 av %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Mature enough to decide alone</source>
        <translation>Moden nok til å bestemme selv</translation>
    </message>
    <message>
        <source>Not mature enough: the guardians decide</source>
        <translation>Ikke moden nok: de foresatte bestemmer</translation>
    </message>
    <message>
        <source>Pupil&apos;s maturity</source>
        <translation>Elevens modenhet</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gitt den</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbake den</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Behov for oppfølging</translation>
    </message>
    <message>
        <source>&amp;Sign and lock…</source>
        <translation>&amp;Signer og lås…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Lagre som &amp;mal…</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Samtalen</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>Vurderingen</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Slett &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Når:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Start from t&amp;emplate:</source>
        <translation>Start &amp;fra mal:</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>&amp;Deltakere:</translation>
    </message>
    <message>
        <source>A&amp;greed actions</source>
        <translation>Avtalte t&amp;iltak</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>S&amp;amtale</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Vurdering</translation>
    </message>
    <message>
        <source>Save draft and &amp;close</source>
        <translation>Lagre utkast og &amp;lukk</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the draft and closes; Ctrl+S saves it and goes on.</source>
        <translation>Ctrl+Enter lagrer utkastet og lukker; Ctrl+S lagrer og lar deg skrive videre.</translation>
    </message>
    <message>
        <source>New note: saved as a draft as you type.</source>
        <translation>Nytt notat: lagres som utkast mens du skriver.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Utkast lagret %1</translation>
    </message>
    <message>
        <source>Too long to keep: %1 may hold at most %2 characters.</source>
        <translation>For langt til å lagres: %1 kan ha høyst %2 tegn.</translation>
    </message>
    <message>
        <source>Keep this note as a draft? Discard throws away what you wrote.</source>
        <translation>Beholde notatet som utkast? Forkast sletter det du har skrevet.</translation>
    </message>
    <message>
        <source>Keep your changes to this draft? Discard puts it back as it was when you opened it.</source>
        <translation>Beholde endringene i utkastet? Forkast setter det tilbake slik det var da du åpnet det.</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Lukk notat</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Nothing to sign yet: write the note first.</source>
        <translation>Ingenting å signere ennå: skriv notatet først.</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Signer notat</translation>
    </message>
    <message>
        <source>Once signed, the note is locked. Corrections are then added as amendments, and the original stays. Sign now?</source>
        <translation>Når notatet er signert, blir det låst. Rettelser legges da til som tillegg, og originalen blir stående. Signere nå?</translation>
    </message>
    <message>
        <source>Too long to sign: %1 has %2 characters, and at most %3 can be signed. The draft is kept; shorten it, then sign.</source>
        <translation>For langt til å signeres: %1 har %2 tegn, og høyst %3 kan signeres. Utkastet er tatt vare på; kort det ned, og signer så.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Slett utkast</translation>
    </message>
    <message>
        <source>Delete this draft for good?</source>
        <translation>Slette dette utkastet for godt?</translation>
    </message>
</context>
<context>
    <name>NoteFollowUp</name>
    <message>
        <source>Follow-up needed</source>
        <translation>Behov for oppfølging</translation>
    </message>
    <message>
        <source>The note says a follow-up is needed. Plan it now?</source>
        <translation>Notatet sier at det trengs oppfølging. Vil du planlegge den nå?</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Search in notes</source>
        <translation>Søk i notater</translation>
    </message>
    <message>
        <source>Words to find, e.g. søvn mobbing</source>
        <translation>Ord du vil finne, f.eks. søvn mobbing</translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits.</source>
        <translation>Skriv et ord å søke etter: bokstaver eller sifre.</translation>
    </message>
    <message numerus="yes">
        <source>%n or more notes found; the latest are shown. Add a word to narrow the search.</source>
        <translation>
            <numerusform>Fant %n eller flere notater; de siste vises. Legg til et ord for å snevre inn søket.</numerusform>
            <numerusform>Fant %n eller flere notater; de siste vises. Legg til et ord for å snevre inn søket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes found</source>
        <translation>
            <numerusform>Fant %n notat</numerusform>
            <numerusform>Fant %n notater</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Start from template</source>
        <translation>Start fra mal</translation>
    </message>
    <message>
        <source>Start from “%1”? It replaces the topics and the text written so far.</source>
        <translation>Starte fra «%1»? Malen erstatter temaene og teksten som er skrevet så langt.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <source>&amp;Keep what I wrote</source>
        <translation>&amp;Behold det jeg skrev</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Malen er lagret.</translation>
    </message>
</context>
<context>
    <name>OpenFollowUpsLabel</name>
    <message>
        <source>Open follow-ups:</source>
        <translation>Åpne oppfølginger:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Rediger samarbeidspartner</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Ny samarbeidspartner</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>En samarbeidspartner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Virksomhet:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <source>Save the partner with what you typed? Discard throws it away.</source>
        <translation>Lagre samarbeidspartneren med det du skrev? Forkast sletter det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Filter by name, kind, organisation…</source>
        <translation>Filtrer på navn, type, virksomhet…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>Add standard services</source>
        <translation>Legg til standardtjenester</translation>
    </message>
    <message>
        <source>Adds the usual services of the country chosen in Settings that are missing</source>
        <translation>Legger til de vanlige tjenestene i landet som er valgt i Innstillinger, som mangler</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Ny samarbeidspartner…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Arkiv&amp;er…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Ny samarbeidspartner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Rediger samarbeidspartner</translation>
    </message>
    <message>
        <source>%1 has referrals, so it is archived instead of deleted: hidden from new referrals, kept in the ones sent. Archive it?</source>
        <translation>%1 har henvisninger og arkiveres derfor i stedet for å slettes: skjult ved nye henvisninger, beholdt i de som er sendt. Vil du arkivere?</translation>
    </message>
    <message>
        <source>Delete %1 from the directory?</source>
        <translation>Slette %1 fra samarbeidslisten?</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samarbeidspartner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnere</translation>
    </message>
    <message>
        <source>Partners added: %1.</source>
        <translation>Samarbeidspartnere lagt til: %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrke:</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open the vault again: not you, not IT, not the makers of Nurse Desk.</source>
        <translation>Skriv ned passordfrasen og oppbevar den på et trygt sted. Hvis den går tapt, kan ingen åpne hvelvet igjen: verken du, IT-avdelingen eller utviklerne av Nurse Desk.</translation>
    </message>
    <message>
        <source>At least 12 characters. Four unrelated words are easy to remember.</source>
        <translation>Minst 12 tegn. Fire ord uten sammenheng er lette å huske.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>For kort</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters.</source>
        <translation>For kort: bruk minst 12 tegn.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another word.</source>
        <translation>For lett å gjette: legg til et ord til.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De to passordfrasene er ikke like ennå.</translation>
    </message>
    <message>
        <source>Good: the passphrases match.</source>
        <translation>Bra: passordfrasene stemmer overens.</translation>
    </message>
</context>
<context>
    <name>PassphraseShown</name>
    <message>
        <source>Record handed over</source>
        <translation>Journalen er overført</translation>
    </message>
    <message>
        <source>The record was written to %1. Give the receiving nurse this passphrase separately from the file (by phone or on paper). It is shown only now.</source>
        <translation>Journalen ble skrevet til %1. Gi helsesykepleieren som tar imot denne passfrasen for seg, ikke sammen med filen (på telefon eller på papir). Den vises bare nå.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Større</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Print on paper through the system dialog (Ctrl+P)</source>
        <translation>Skriv ut på papir via systemets utskriftsvindu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF file (Ctrl+S)</source>
        <translation>Lagre en ukryptert PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted: anyone who gets the file can read it. Save it only where it is safe, and delete it when you no longer need it. Continue?</source>
        <translation>PDF-filen blir ikke kryptert: alle som får tak i filen, kan lese den. Lagre den bare der den er trygg, og slett den når du ikke trenger den lenger. Fortsette?</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke lagres: %1</translation>
    </message>
</context>
<context>
    <name>PlanOverLock</name>
    <message>
        <source>A home-visit plan</source>
        <translation>En plan for hjemmebesøk</translation>
    </message>
    <message>
        <source>A home-visit plan: saved as it stood when the vault locked, but without the phone %1, which is not a phone number. Find it under Home visits; check it before the visit.</source>
        <translation>En plan for hjemmebesøk: lagret slik den var da hvelvet ble låst, men uten telefonen %1, som ikke er et telefonnummer. Du finner den under Hjemmebesøk; se over den før besøket.</translation>
    </message>
    <message>
        <source>A home-visit plan: saved as it stood when the vault locked. Find it under Home visits; check it before the visit.</source>
        <translation>En plan for hjemmebesøk: lagret slik den var da hvelvet ble låst. Du finner den under Hjemmebesøk; se over den før besøket.</translation>
    </message>
</context>
<context>
    <name>PrintPrivacyCheckBox</name>
    <message>
        <source>Print &amp;private versions by default</source>
        <translation>Skriv ut personvernutgaver so&amp;m standard</translation>
    </message>
    <message>
        <source>Private printouts show initials and year of birth instead of names and ID numbers, and no address: for sheets others may see. You can still choose each time you print.</source>
        <translation>Personvernutgaver viser initialer og fødselsår i stedet for navn og fødselsnummer, og ingen adresse: for ark andre kan få se. Du kan fortsatt velge hver gang du skriver ut.</translation>
    </message>
</context>
<context>
    <name>ProtectedIdentityBar</name>
    <message>
        <source>Protected identity</source>
        <translation>Sperret adresse</translation>
    </message>
    <message>
        <source>The address, the way to the home and the guardians&apos; contact details are never printed or exported, and are shown only when you ask (logged).</source>
        <translation>Adressen, veibeskrivelsen og de foresattes kontaktopplysninger skrives aldri ut eller eksporteres, og vises bare når du ber om det (logges).</translation>
    </message>
    <message>
        <source>Show con&amp;tact details</source>
        <translation>Vis kon&amp;taktopplysninger</translation>
    </message>
    <message>
        <source>Remove protection…</source>
        <translation>Fjern sperret adresse…</translation>
    </message>
    <message>
        <source>Mark protected identity…</source>
        <translation>Marker sperret adresse…</translation>
    </message>
    <message>
        <source>Mark this pupil as having protected identity? The address and the guardians&apos; contact details will never be printed or exported.</source>
        <translation>Markere at eleven har sperret adresse? Adressen og de foresattes kontaktopplysninger blir da aldri skrevet ut eller eksportert.</translation>
    </message>
    <message>
        <source>Remove the protected identity? Only do this when the registry no longer protects the pupil: addresses may then be printed again.</source>
        <translation>Fjerne sperret adresse? Gjør det bare når Folkeregisteret ikke lenger skjermer eleven: adresser kan da skrives ut igjen.</translation>
    </message>
</context>
<context>
    <name>PupilAbsenceWidget</name>
    <message>
        <source>← &amp;Absence</source>
        <translation>← &amp;Fravær</translation>
    </message>
    <message>
        <source>Back to the flagged pupils (Alt+Left)</source>
        <translation>Tilbake til de flaggede elevene (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Open pupil&apos;s &amp;page</source>
        <translation>Åpne elevens &amp;side</translation>
    </message>
    <message>
        <source>Patterns found (reported and excused absence counts)</source>
        <translation>Mønstre funnet (meldt og dokumentert fravær telles med)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>&amp;Kvitter ut…</translation>
    </message>
    <message>
        <source>Hide this flag until the pattern changes; you give a short reason</source>
        <translation>Skjul flagget til mønsteret endrer seg; du oppgir en kort begrunnelse</translation>
    </message>
    <message>
        <source>Create &amp;follow-up</source>
        <translation>Opprett &amp;oppfølging</translation>
    </message>
    <message>
        <source>A follow-up to check the absence in a week, then the pupil&apos;s page</source>
        <translation>En oppfølging for å sjekke fraværet om en uke, deretter elevens side</translation>
    </message>
    <message>
        <source>Write conversation &amp;note</source>
        <translation>Skriv &amp;samtalenotat</translation>
    </message>
    <message>
        <source>A draft note about absence with this pattern, then the pupil&apos;s page</source>
        <translation>Et utkast til notat om fravær med dette mønsteret, deretter elevens side</translation>
    </message>
    <message numerus="yes">
        <source>Absent %1 of %2 school days (%3 %) since %4, in %n episodes.</source>
        <translation>
            <numerusform>Borte %1 av %2 skoledager (%3 %) siden %4, i %n fraværsperiode.</numerusform>
            <numerusform>Borte %1 av %2 skoledager (%3 %) siden %4, i %n fraværsperioder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent days per week</source>
        <translation>Fraværsdager per uke</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Etter ukedag</translation>
    </message>
    <message>
        <source>Missed lessons by subject</source>
        <translation>Tapte timer etter fag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(kvittert ut)</translation>
    </message>
    <message>
        <source>No worrying pattern with the current thresholds.</source>
        <translation>Ingen bekymringsfulle mønstre med gjeldende grenser.</translation>
    </message>
    <message>
        <source>This pattern already has an open follow-up, due %1:
%2</source>
        <translation>Dette mønsteret har allerede en åpen oppfølging med frist %1:
%2</translation>
    </message>
    <message>
        <source>Absence pattern: %1</source>
        <translation>Fraværsmønster: %1</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>Edit pupil</source>
        <translation>Rediger elev</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Ny elev</translation>
    </message>
    <message>
        <source>A pupil&apos;s details</source>
        <translation>Opplysninger om en elev</translation>
    </message>
    <message>
        <source>A new pupil</source>
        <translation>En ny elev</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Trenger tolk</translation>
    </message>
    <message>
        <source>Has left the school on:</source>
        <translation>Har sluttet på skolen:</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Foresatt</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation>Fødsels&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Fø&amp;dt:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skole:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Merknader:</translation>
    </message>
    <message>
        <source>Row %1 of the guardians has no name: give one, or clear the row.</source>
        <translation>Rad %1 blant de foresatte mangler navn: skriv inn et navn, eller tøm raden.</translation>
    </message>
    <message>
        <source>%1 (%2) already has this national ID.</source>
        <translation>%1 (%2) har allerede dette fødselsnummeret.</translation>
    </message>
    <message>
        <source>Save the pupil with what you typed? Discard throws it away.</source>
        <translation>Lagre eleven med det du skrev? Forkast sletter det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>PupilPageWidget</name>
    <message>
        <source>← &amp;Pupils</source>
        <translation>← &amp;Elever</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Tilbake til listen (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nytt notat</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+N)</source>
        <translation>Skriv et notat (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;consent</source>
        <translation>Nytt &amp;samtykke</translation>
    </message>
    <message>
        <source>Plan a home visit for this pupil (Ctrl+Shift+N)</source>
        <translation>Planlegg et hjemmebesøk hos denne eleven (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it pupil…</source>
        <translation>Red&amp;iger elev…</translation>
    </message>
    <message>
        <source>E&amp;xport record…</source>
        <translation>E&amp;ksporter journal…</translation>
    </message>
    <message>
        <source>The whole record and its access log as a PDF, e.g. for an access request</source>
        <translation>Hele journalen med tilgangslogg som PDF, f.eks. ved krav om innsyn</translation>
    </message>
    <message>
        <source>The record in an encrypted file for the nurse at the pupil&apos;s new school</source>
        <translation>Journalen i en kryptert fil til helsesykepleieren på elevens nye skole</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>Rediger &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Skriv ti&amp;llegg…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Trekk til&amp;bake samtykke…</translation>
    </message>
    <message>
        <source>&amp;Open visit plan…</source>
        <translation>Åpne &amp;besøksplan…</translation>
    </message>
    <message>
        <source>The home visit&apos;s whole plan (Enter)</source>
        <translation>Hele planen for hjemmebesøket (Enter)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Plan follow-&amp;up…</source>
        <translation>Planlegg &amp;oppfølging…</translation>
    </message>
    <message>
        <source>Plan home &amp;visit…</source>
        <translation>&amp;Planlegg hjemmebesøk…</translation>
    </message>
    <message>
        <source>Han&amp;d over…</source>
        <translation>Ove&amp;rfør…</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Født %1</translation>
    </message>
    <message>
        <source>needs interpreter</source>
        <translation>trenger tolk</translation>
    </message>
    <message>
        <source>left school</source>
        <translation>har sluttet på skolen</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Foresatte</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Tillegg</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Eksporter journal</translation>
    </message>
    <message>
        <source>The PDF will not be encrypted. Save it only where it is safe, and delete it when it has been handed over. Continue?</source>
        <translation>PDF-filen blir ikke kryptert. Lagre den bare der den er trygg, og slett den når den er levert ut. Fortsette?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <source>Record that this consent was withdrawn today? Nothing may be shared on it from now on.</source>
        <translation>Registrere at dette samtykket ble trukket tilbake i dag? Fra nå av kan ingenting deles på grunnlag av det.</translation>
    </message>
</context>
<context>
    <name>PupilReferralsPanel</name>
    <message>
        <source>&amp;Refer…</source>
        <translation>Hen&amp;vis…</translation>
    </message>
    <message>
        <source>Send a referral to a partner (needs the pupil&apos;s consent for that partner)</source>
        <translation>Send en henvisning til en samarbeidspartner (krever samtykke for denne partneren)</translation>
    </message>
    <message>
        <source>Cite &amp;measure…</source>
        <translation>Vis til tilt&amp;ak…</translation>
    </message>
    <message>
        <source>Link a measure from the catalogue to this note</source>
        <translation>Knytt et tiltak fra katalogen til dette notatet</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>Henvisninger:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Measures in this note: %1</source>
        <translation>Tiltak i dette notatet: %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Sperret adresse</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>New &amp;pupil…</source>
        <translation>Ny &amp;elev…</translation>
    </message>
    <message>
        <source>&amp;Import class list…</source>
        <translation>&amp;Importer klasseliste…</translation>
    </message>
    <message>
        <source>New school &amp;year…</source>
        <translation>Nytt sk&amp;oleår…</translation>
    </message>
    <message>
        <source>Show pupils who have left</source>
        <translation>Vis elever som har sluttet</translation>
    </message>
    <message>
        <source>Filter by name, class, school or ID…</source>
        <translation>Filtrer på navn, klasse, skole eller ID…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 pupils</source>
        <translation>Viser %1 av %2 elever</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Vis som detaljert liste</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Vis som liste</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljert visning</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til mappen over</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Mappen over</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Why does this leave the app? The access log keeps your answer with the print or export.</source>
        <translation>Hvorfor skal dette ut av appen? Tilgangsloggen tar vare på svaret sammen med utskriften eller eksporten.</translation>
    </message>
</context>
<context>
    <name>ReasonFields</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>Med egne &amp;ord:</translation>
    </message>
    <message>
        <source>Optional, unless you chose Other</source>
        <translation>Valgfritt, unntatt når du valgte Annet</translation>
    </message>
</context>
<context>
    <name>ReceiveRecordButton</name>
    <message>
        <source>Recei&amp;ve a record…</source>
        <translation>Ta imot en &amp;journal…</translation>
    </message>
    <message>
        <source>Take in a pupil&apos;s record handed over by the nurse at the previous school</source>
        <translation>Ta inn en elevs journal overført fra helsesykepleieren på forrige skole</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Receive a record</source>
        <translation>Ta imot en journal</translation>
    </message>
    <message>
        <source>The one-time passphrase you were given:</source>
        <translation>Engangspassfrasen du fikk:</translation>
    </message>
    <message>
        <source>The school named in the file</source>
        <translation>Skolen som står i filen</translation>
    </message>
    <message>
        <source>If the pupil is new here, place them at:</source>
        <translation>Hvis eleven er ny her, legg eleven til ved:</translation>
    </message>
    <message>
        <source>another vault</source>
        <translation>et annet hvelv</translation>
    </message>
    <message>
        <source>Everything in the file from %1 was already here; nothing was added.</source>
        <translation>Alt i filen fra %1 fantes her fra før; ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>The record from %1 was received: %2 items added, %3 already here.</source>
        <translation>Journalen fra %1 er tatt imot: %2 deler lagt til, %3 fantes fra før.</translation>
    </message>
    <message>
        <source>The pupil is still at school: only the record of a pupil who left is deposited or removed.</source>
        <translation>Eleven går fortsatt på skolen: bare journalen til en elev som har sluttet, avleveres eller slettes.</translation>
    </message>
    <message>
        <source>Deposit the record in the archive first; only then can the pupil be removed.</source>
        <translation>Avlever journalen til arkivet først; først da kan eleven slettes.</translation>
    </message>
    <message>
        <source>The record has changed since it was deposited: deposit it again, so the archive holds all of it; only then can the pupil be removed.</source>
        <translation>Journalen er endret etter at den ble avlevert: avlever den på nytt, så arkivet har hele journalen; først da kan eleven fjernes.</translation>
    </message>
    <message>
        <source>The retention rule in Settings keeps these records: the pupil cannot be removed.</source>
        <translation>Oppbevaringsregelen i Innstillinger bevarer disse journalene: eleven kan ikke slettes.</translation>
    </message>
    <message>
        <source>The retention time has not passed yet: the pupil cannot be removed.</source>
        <translation>Oppbevaringstiden har ikke gått ennå: eleven kan ikke slettes.</translation>
    </message>
    <message>
        <source>There is no pupil with this number in the vault.</source>
        <translation>Det finnes ingen elev med dette nummeret i hvelvet.</translation>
    </message>
    <message>
        <source>Some of the pupil&apos;s notes are drafts. Sign them or discard them first: the nurse who receives the record could only sign them in her own name. Nothing was written.</source>
        <translation>Noen av elevens notater er kladder. Signer eller forkast dem først: helsesykepleieren som tar imot journalen, kunne bare signert dem i sitt eget navn. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Write why the record is handed over (for example, the pupil moved).</source>
        <translation>Skriv hvorfor journalen overføres (for eksempel at eleven har flyttet).</translation>
    </message>
    <message>
        <source>The file is not one pupil&apos;s handed-over record; nothing was imported.</source>
        <translation>Filen er ikke én elevs overførte journal; ingenting ble importert.</translation>
    </message>
</context>
<context>
    <name>ReferralDetails</name>
    <message>
        <source>Referral sent</source>
        <translation>Henvisning sendt</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>Henvisning besvart</translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation>Henvisning avsluttet</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Henvisning til %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Svar ventet innen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the answer is overdue</source>
        <translation>svaret er forsinket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Change its status on the Referrals page.</source>
        <translation>Endre status på siden Henvisninger.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>A referral</source>
        <translation>En henvisning</translation>
    </message>
    <message>
        <source>Save this referral? Discard throws away what you wrote.</source>
        <translation>Lagre denne henvisningen? Forkast kaster det du har skrevet.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>&amp;Elev:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Samarbeids&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sendt:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation>Svar &amp;ventet innen:</translation>
    </message>
    <message>
        <source>No active consent to contact %1 for this pupil. Record it on the pupil&apos;s page first (For: contact a named partner).</source>
        <translation>Det finnes ikke noe gyldig samtykke til å kontakte %1 om denne eleven. Registrer det på elevsiden først (Gjelder: kontakt med navngitt samarbeidspartner).</translation>
    </message>
    <message>
        <source>Consent to contact %1 given %2.</source>
        <translation>Samtykke til å kontakte %1 gitt %2.</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Velg en elev fra listen.</translation>
    </message>
</context>
<context>
    <name>ReferralEditDialog</name>
    <message>
        <source>Referral: %1 to %2</source>
        <translation>Henvisning: %1 til %2</translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation>Svar &amp;ventet innen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samarbeidspartner</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>Svar ventet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>ReferralWording</name>
    <message>
        <source>Give the partner a name.</source>
        <translation>Gi samarbeidspartneren et navn.</translation>
    </message>
    <message>
        <source>A partner&apos;s name, organisation or e-mail holds at most 200 characters, a phone 50 and an address 500: shorten it, nothing was saved.</source>
        <translation>En samarbeidspartners navn, organisasjon eller e-post kan ha høyst 200 tegn, telefon 50 og adresse 500: forkort teksten, ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Write the reason for the referral.</source>
        <translation>Skriv begrunnelsen for henvisningen.</translation>
    </message>
    <message>
        <source>The reason is too long: at most 2000 characters.</source>
        <translation>Begrunnelsen er for lang: høyst 2000 tegn.</translation>
    </message>
    <message>
        <source>This partner is archived: restore it in Partners first.</source>
        <translation>Denne samarbeidspartneren er arkivert: gjenopprett den under Samarbeidspartnere først.</translation>
    </message>
    <message>
        <source>The answer cannot be expected before the referral was sent.</source>
        <translation>Svaret kan ikke ventes før henvisningen ble sendt.</translation>
    </message>
    <message>
        <source>That date is before the referral was sent.</source>
        <translation>Den datoen er før henvisningen ble sendt.</translation>
    </message>
    <message>
        <source>A referral&apos;s status only moves forward.</source>
        <translation>Statusen til en henvisning kan bare gå fremover.</translation>
    </message>
    <message>
        <source>The referral is closed.</source>
        <translation>Henvisningen er avsluttet.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>navnet mangler</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>navnet er lengre enn 200 tegn</translation>
    </message>
    <message>
        <source>the target group is longer than 300 characters</source>
        <translation>målgruppen er lengre enn 300 tegn</translation>
    </message>
    <message>
        <source>the description is longer than 2000 characters</source>
        <translation>beskrivelsen er lengre enn 2000 tegn</translation>
    </message>
    <message>
        <source>the link is longer than 500 characters</source>
        <translation>lenken er lengre enn 500 tegn</translation>
    </message>
    <message>
        <source>the link must start with http:// or https://</source>
        <translation>lenken må begynne med http:// eller https://</translation>
    </message>
    <message>
        <source>The first line must name the columns: Tiltak (or Åtgärd, Measure), and if you like Målgruppe, Kort beskrivelse, Lenke. Nothing was imported.</source>
        <translation>Første linje må navngi kolonnene: Tiltak (eller Åtgärd, Measure), og gjerne også Målgruppe, Kort beskrivelse, Lenke. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file holds headings but no measures.</source>
        <translation>Filen har overskrifter, men ingen tiltak.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these lines and try again:</source>
        <translation>Ingenting ble importert. Rett disse linjene og prøv igjen:</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>Hen&amp;visninger</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>S&amp;amarbeidspartnere</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Tiltak</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Filter by pupil, partner, status or reason…</source>
        <translation>Filtrer på elev, samarbeidspartner, status eller begrunnelse…</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Vis avsluttede</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny henvisning…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Sett &amp;status…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Rediger henvisning</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Status for henvisning</translation>
    </message>
</context>
<context>
    <name>RepeatWords</name>
    <message>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>hver uke</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>hver %n. uke</numerusform>
            <numerusform>hver %n. uke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n gang</numerusform>
            <numerusform>%n ganger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceFile</name>
    <message>
        <source>%1 is already there. Replace it? What it holds will be lost.</source>
        <translation>%1 finnes allerede. Vil du erstatte den? Det som ligger i den, går tapt.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Gjenopprett fra en sikkerhetskopi</translation>
    </message>
    <message>
        <source>The backup replaces everything in the open vault. The backup is checked first; the current vault is kept aside until the restore has succeeded. Afterwards the vault opens with the backup&apos;s passphrase.</source>
        <translation>Sikkerhetskopien erstatter alt i det åpne hvelvet. Sikkerhetskopien kontrolleres først; det nåværende hvelvet tas vare på til gjenopprettingen er fullført. Deretter åpnes hvelvet med sikkerhetskopiens passordfrase.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Sikkerhetskopifil:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Kopiens passordfrase:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sikkerhetskopifil</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault);;All files (*)</source>
        <translation>Nurse Desk-hvelv (*.vault);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <source>New school year</source>
        <translation>Nytt skoleår</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skole:</translation>
    </message>
    <message>
        <source>&amp;Top grade (leaves after):</source>
        <translation>Øverste &amp;trinn (slutter etter):</translation>
    </message>
    <message>
        <source>Mark pupils leaving the top grade as left school</source>
        <translation>Marker elevene på øverste trinn som sluttet</translation>
    </message>
    <message>
        <source>&amp;Move classes up</source>
        <translation>&amp;Flytt klassene opp</translation>
    </message>
    <message>
        <source>Move up a grade: %1 · Leave school: %2 · Not moved: %3</source>
        <translation>Flyttes opp ett trinn: %1 · Slutter: %2 · Flyttes ikke: %3</translation>
    </message>
    <message>
        <source>The classes at this school were already moved up on %1.</source>
        <translation>Klassene på denne skolen ble allerede flyttet opp %1.</translation>
    </message>
    <message>
        <source>Move every class at %1 up a grade now? This cannot be undone in one step.</source>
        <translation>Flytte alle klassene på %1 opp ett trinn nå? Dette kan ikke angres i ett steg.</translation>
    </message>
</context>
<context>
    <name>SchoolsDialog</name>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Skoleåret starter</translation>
    </message>
    <message>
        <source>&amp;Add school</source>
        <translation>&amp;Legg til skole</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Treff</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Lås etter &amp;inaktivitet:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Your &amp;name (signs notes):</source>
        <translation>Ditt &amp;navn (signerer notater):</translation>
    </message>
    <message>
        <source>Your &amp;title:</source>
        <translation>&amp;Din tittel:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Show unsigned &amp;drafts on Today after:</source>
        <translation>Vis usignerte &amp;utkast på I dag etter:</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Access lo&amp;g…</source>
        <translation>Tilgangsl&amp;ogg…</translation>
    </message>
    <message>
        <source>&amp;Schools…</source>
        <translation>Sko&amp;ler…</translation>
    </message>
    <message>
        <source>&amp;Yearly figures…</source>
        <translation>Års&amp;statistikk…</translation>
    </message>
    <message>
        <source>Ch&amp;ange passphrase…</source>
        <translation>Endre &amp;passordfrase…</translation>
    </message>
    <message>
        <source>Restore from back&amp;up…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;ksporter alt…</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dager</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole vault as open JSON, so your records are never locked in</source>
        <translation>Hele hvelvet som åpen JSON, så journalene dine aldri er låst inne</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Hvelvet</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Ta sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Back up regularly to an encrypted file on a drive you keep safe. Use full-disk encryption on this computer too: printouts saved as PDF are not encrypted.</source>
        <translation>Ta sikkerhetskopi jevnlig til en kryptert fil på en disk du oppbevarer trygt. Bruk også full diskkryptering på denne datamaskinen: utskrifter lagret som PDF er ikke kryptert.</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Preparation sheet</source>
        <translation>Forberedelsesark</translation>
    </message>
    <message>
        <source>&amp;Private: initials and year of birth, no ID number or address</source>
        <translation>&amp;Personvern: initialer og fødselsår, uten fødselsnummer og adresse</translation>
    </message>
    <message>
        <source>Leave out &amp;school and class as well</source>
        <translation>Utelat også &amp;skole og klasse</translation>
    </message>
    <message>
        <source>In a small place initials with a school and a class can point to a family</source>
        <translation>På et lite sted kan initialer sammen med skole og klasse peke ut en familie</translation>
    </message>
    <message>
        <source>For use &amp;outside the health service</source>
        <translation>Til bruk &amp;utenfor helsetjenesten</translation>
    </message>
    <message>
        <source>&amp;Given to:</source>
        <translation>&amp;Gis til:</translation>
    </message>
    <message>
        <source>A named sheet for someone outside the health service needs the family&apos;s consent to share with them. The private version does not.</source>
        <translation>Et ark med navn til noen utenfor helsetjenesten krever samtykke til å dele med dem. Personvernutgaven gjør ikke det.</translation>
    </message>
    <message>
        <source>Every print and saved copy is written to the access log.</source>
        <translation>Hver utskrift og lagret kopi føres i tilgangsloggen.</translation>
    </message>
</context>
<context>
    <name>SkipReasonCheckBox</name>
    <message>
        <source>Don&apos;t ask for a &amp;reason when I print my own visit sheet</source>
        <translation>Ikke spør om &amp;begrunnelse når jeg skriver ut mitt eget besøksark</translation>
    </message>
    <message>
        <source>Printing is logged either way. A sheet for someone outside the health service, the agenda and every export still ask why.</source>
        <translation>Utskriften logges uansett. Et ark til noen utenfor helsetjenesten, ukeplanen og alle eksporter spør fortsatt hvorfor.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Move to another day</source>
        <translation>Flytt til en annen dag</translation>
    </message>
    <message>
        <source>Next school day</source>
        <translation>Neste skoledag</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Om en uke</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytt</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Referral status</source>
        <translation>Status for henvisning</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Dato:</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Long-term absence</source>
        <translation>Langvarig fravær</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Kronisk sykdom</translation>
    </message>
    <message>
        <source>Newly arrived family</source>
        <translation>Nyankommet familie</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Amendment to note of %1</source>
        <translation>Tillegg til notat fra %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Ny oppfølging…</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>&amp;Skriv ut uken…</translation>
    </message>
    <message>
        <source>This week&apos;s agenda on paper or as PDF</source>
        <translation>Ukens oppfølging på papir eller som PDF</translation>
    </message>
    <message>
        <source>Initials and year of birth only…</source>
        <translation>Bare initialer og fødselsår…</translation>
    </message>
    <message>
        <source>With full names and details…</source>
        <translation>Med fulle navn og detaljer…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;ksporter kalender…</translation>
    </message>
    <message>
        <source>An .ics file for a calendar: initials and the kind of task only</source>
        <translation>En .ics-fil til en kalender: bare initialer og hva slags oppgave</translation>
    </message>
    <message>
        <source>&amp;Open pupil</source>
        <translation>Å&amp;pne elev</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Utført…</translation>
    </message>
    <message>
        <source>Mark as done and note the outcome (Ctrl+D)</source>
        <translation>Marker som utført og skriv resultatet (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Fly&amp;tt…</translation>
    </message>
    <message>
        <source>S&amp;kip this date</source>
        <translation>&amp;Hopp over denne datoen</translation>
    </message>
    <message>
        <source>Nothing planned. Follow-ups you plan from a note, a pupil&apos;s page or the Follow-ups section appear here, with what is overdue at the top.</source>
        <translation>Ingenting planlagt. Oppfølginger du planlegger fra et notat, en elevside eller Oppfølging-delen vises her, med det som er forfalt øverst.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message>
        <source>No school today: %1</source>
        <translation>Ingen skole i dag: %1</translation>
    </message>
    <message>
        <source>Agenda, week %1</source>
        <translation>Oppfølging uke %1</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>Hvelvet er låst</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Hvelv: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is “demo”.</source>
        <translation>Demohvelv: passordfrasen er «demo».</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Åpne et annet hvelv…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Opprett et nytt hvelv…</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Åpne et hvelv</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault);;All files (*)</source>
        <translation>Nurse Desk-hvelv (*.vault);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Nurse Desk</source>
        <translation>Nurse Desk</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Passordfrasen er endret.</translation>
    </message>
    <message>
        <source>Replace the existing backup file %1?</source>
        <translation>Erstatte den eksisterende sikkerhetskopifilen %1?</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sikkerhetskopi skrevet og verifisert: %1</translation>
    </message>
    <message>
        <source>Replace everything in this vault by the backup %1?</source>
        <translation>Erstatte alt i dette hvelvet med sikkerhetskopien %1?</translation>
    </message>
    <message>
        <source>The vault has been restored from the backup.</source>
        <translation>Hvelvet er gjenopprettet fra sikkerhetskopien.</translation>
    </message>
    <message>
        <source>The demo vault will be thrown away when you close Nurse Desk. Close now?</source>
        <translation>Demohvelvet slettes når du lukker Nurse Desk. Vil du lukke nå?</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Home visit: %1</source>
        <translation>Hjemmebesøk: %1</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Nytt hjemmebesøk</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>&amp;Elev:</translation>
    </message>
    <message>
        <source>Start from &amp;template:</source>
        <translation>Start fra &amp;mal:</translation>
    </message>
    <message>
        <source>Type part of a name or class…</source>
        <translation>Skriv en del av et navn eller en klasse…</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Velg en mal…</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>F&amp;yll inn</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Lagre som ma&amp;l…</translation>
    </message>
    <message>
        <source>Protected identity: this family&apos;s address is secret. Think twice before visiting the home (meeting at school or elsewhere may be safer), tell no one where you go beyond those who must know, and write the address on nothing that leaves the app: the sheet will leave it out.</source>
        <translation>Sperret adresse: familiens adresse er hemmelig. Tenk deg om før du drar hjem til dem (et møte på skolen eller et annet sted kan være tryggere), fortell ingen hvor du drar utover dem som må vite det, og skriv ikke adressen på noe som forlater appen: arket utelater den.</translation>
    </message>
    <message>
        <source>This visit has taken place (status: %1): its plan is shown as it was, and can no longer be changed.</source>
        <translation>Dette besøket er gjennomført (status: %1): planen vises slik den var, og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Choose the pupil first.</source>
        <translation>Velg eleven først.</translation>
    </message>
    <message>
        <source>Not ready yet. Still missing: %1.</source>
        <translation>Ikke klar ennå. Mangler: %1.</translation>
    </message>
    <message>
        <source>Notice, consent and purpose are in place: the plan can be marked ready.</source>
        <translation>Varsel, samtykke og formål er på plass: planen kan merkes som klar.</translation>
    </message>
    <message>
        <source>Choose the time of the visit.</source>
        <translation>Velg klokkeslett for besøket.</translation>
    </message>
    <message>
        <source>No valid consent to a home visit on the day. The guardians consent, or the pupil alone once you have judged her or him mature enough to decide.</source>
        <translation>Ingen gyldig samtykke til hjemmebesøk på dagen. De foresatte samtykker, eller eleven alene når du har vurdert at eleven er moden nok til å bestemme selv.</translation>
    </message>
    <message>
        <source>No valid consent to a home visit on the day. Below 16 a guardian consents; from 16 the pupil.</source>
        <translation>Ingen gyldig samtykke til hjemmebesøk på dagen. Under 16 år samtykker en foresatt; fra 16 år eleven selv.</translation>
    </message>
    <message>
        <source>Consent given %1 by %2, %3.</source>
        <translation>Samtykke gitt %1 av %2, %3.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Navn på malen:</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Velg en elev fra listen.</translation>
    </message>
    <message>
        <source>This pupil has protected identity. Plan a visit to the home all the same?</source>
        <translation>Eleven har sperret adresse. Vil du likevel planlegge besøk i hjemmet?</translation>
    </message>
    <message>
        <source>Save this plan? Discard throws away what you filled in.</source>
        <translation>Lagre denne planen? Forkast sletter det du har fylt inn.</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Lagre planen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Home and notice</source>
        <translation>&amp;Hjemmet og varsel</translation>
    </message>
    <message>
        <source>Pe&amp;ople and safety</source>
        <translation>&amp;Deltakere og sikkerhet</translation>
    </message>
    <message>
        <source>&amp;Conversation and observation</source>
        <translation>&amp;Samtale og observasjon</translation>
    </message>
    <message>
        <source>Siblings seen too (tick):</source>
        <translation>Søsken som også treffes (kryss av):</translation>
    </message>
    <message>
        <source>&amp;Date, time, minutes:</source>
        <translation>D&amp;ato, klokkeslett, minutter:</translation>
    </message>
    <message>
        <source>&amp;Initiated by:</source>
        <translation>&amp;Initiativ fra:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Bakgrunn:</translation>
    </message>
    <message>
        <source>Other reason:</source>
        <translation>Annen bakgrunn:</translation>
    </message>
    <message>
        <source>Other purpose:</source>
        <translation>Annet formål:</translation>
    </message>
    <message>
        <source>Home of (&amp;guardian):</source>
        <translation>Hjemme hos (&amp;foresatt):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>How to get &amp;there:</source>
        <translation>Veibes&amp;krivelse:</translation>
    </message>
    <message>
        <source>Purpo&amp;ses:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>Notice gi&amp;ven to:</source>
        <translation>Varslet &amp;til:</translation>
    </message>
    <message>
        <source>&amp;What they were told:</source>
        <translation>Hva de ble f&amp;ortalt:</translation>
    </message>
    <message>
        <source>Who &amp;to call:</source>
        <translation>Hvem som skal &amp;ringes:</translation>
    </message>
    <message>
        <source>Who comes along (professionals, interpreter):</source>
        <translation>Hvem som blir med (fagpersoner, tolk):</translation>
    </message>
    <message>
        <source>Conversation &amp;topics (one a line):</source>
        <translation>Samtale&amp;temaer (ett per linje):</translation>
    </message>
    <message>
        <source>&amp;Questions to ask (one a line):</source>
        <translation>Spørsmål å stille (&amp;ett per linje):</translation>
    </message>
    <message>
        <source>O&amp;bservation points (one a line):</source>
        <translation>O&amp;bservasjonspunkter (ett per linje):</translation>
    </message>
    <message>
        <source>Children in the same home: a guardian with the same phone number, or a home visit at the same address. Tick those who belong to this visit.</source>
        <translation>Barn i samme hjem: en foresatt med samme telefonnummer, eller et hjemmebesøk på samme adresse. Kryss av for dem som hører med til dette besøket.</translation>
    </message>
    <message>
        <source>No brother or sister found with the same guardian phone or address.</source>
        <translation>Fant ingen søsken med samme telefonnummer til en foresatt eller samme adresse.</translation>
    </message>
    <message>
        <source>Who, e.g. the class teacher</source>
        <translation>Hvem, f.eks. kontaktlærer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Notice to the family</source>
        <translation>Varsel til familien</translation>
    </message>
    <message>
        <source>&amp;Notice given on</source>
        <translation>&amp;Varslet den</translation>
    </message>
    <message>
        <source>The conversation, the questions, what you will look at</source>
        <translation>Samtalen, spørsmålene, hva du vil se på</translation>
    </message>
    <message>
        <source>Consent to the visit</source>
        <translation>Samtykke til besøket</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Registrer sa&amp;mtykke…</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <source>T&amp;wo of us go together</source>
        <translation>Vi er &amp;to som drar sammen</translation>
    </message>
    <message>
        <source>Who knows where you are, and their phone</source>
        <translation>Hvem som vet hvor du er, og telefonnummeret</translation>
    </message>
    <message>
        <source>E&amp;xpected back by</source>
        <translation>&amp;Ventet tilbake kl.</translation>
    </message>
    <message>
        <source>Add the &amp;standard observation points</source>
        <translation>Legg til standard &amp;observasjonspunkter</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Mangler</translation>
    </message>
</context>
<context>
    <name>VisitWording</name>
    <message>
        <source>The child&apos;s room and sleep conditions</source>
        <translation>Barnets rom og soveforhold</translation>
    </message>
    <message>
        <source>Play and activity</source>
        <translation>Lek og aktivitet</translation>
    </message>
    <message>
        <source>Interaction between child and parents</source>
        <translation>Samspill mellom barn og foreldre</translation>
    </message>
    <message>
        <source>Needs for aids or adaptations</source>
        <translation>Behov for hjelpemidler eller tilrettelegging</translation>
    </message>
    <message>
        <source>Safety in the home</source>
        <translation>Sikkerhet i hjemmet</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>Open visit plan… (or Enter on the timeline) shows the whole plan.</source>
        <translation>Åpne besøksplan… (eller Enter i tidslinjen) viser hele planen.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Nurse Desk</source>
        <translation>Velkommen til Nurse Desk</translation>
    </message>
    <message>
        <source>Everything you record about pupils is kept in one encrypted vault on this computer. Nothing is sent anywhere; it leaves the computer only when you print or export.</source>
        <translation>Alt du registrerer om elever, lagres i ett kryptert hvelv på denne datamaskinen. Ingenting sendes noe sted; det forlater datamaskinen bare når du skriver ut eller eksporterer.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Opprett et nytt hvelv</translation>
    </message>
    <message>
        <source>The vault will be stored here:</source>
        <translation>Hvelvet lagres her:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Co&amp;untry (ID numbers, holidays):</source>
        <translation>La&amp;nd (fødselsnummer, helligdager):</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Opprett hvelv</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Prøv først</translation>
    </message>
    <message>
        <source>Open a demo vault with fictional pupils to look around. It is thrown away when you close the app, unless you save it.</source>
        <translation>Åpne et demohvelv med fiktive elever for å se deg rundt. Det slettes når du lukker appen, med mindre du lagrer det.</translation>
    </message>
    <message>
        <source>Open a &amp;demo vault</source>
        <translation>Åpne et &amp;demohvelv</translation>
    </message>
    <message>
        <source>This folder looks like a cloud-synced folder. Keep the vault on this computer only; back it up with Settings → Back up.</source>
        <translation>Denne mappen ser ut til å synkroniseres til en skytjeneste. Ha hvelvet bare på denne datamaskinen; ta sikkerhetskopi under Innstillinger → Ta sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Hvor hvelvet skal lagres</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault)</source>
        <translation>Nurse Desk-hvelv (*.vault)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>DEMO: fictional pupils only. This vault is thrown away when you close the app.</source>
        <translation>DEMO: bare fiktive elever. Dette hvelvet slettes når du lukker appen.</translation>
    </message>
</context>
</TS>
