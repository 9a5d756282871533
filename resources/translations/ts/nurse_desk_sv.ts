<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <translation>Licens</translation>
    </message>
    <message>
        <source>Included software</source>
        <translation>Medföljande programvara</translation>
    </message>
    <message>
        <source>A demo vault is open; it is deleted when you close Nurse Desk.</source>
        <translation>Ett demovalv är öppet; det raderas när du stänger Nurse Desk.</translation>
    </message>
    <message>
        <source>New vaults are created in: %1</source>
        <translation>Nya valv skapas i: %1</translation>
    </message>
    <message>
        <source>Your vault: %1</source>
        <translation>Ditt valv: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>An offline, encrypted desk for school health nurses.</source>
        <translation>Ett krypterat skrivbord utan nät för skolsköterskor.</translation>
    </message>
    <message>
        <source>Nurse Desk is free software: you may use, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Nurse Desk är fri programvara: du får använda, dela och ändra den enligt villkoren i GNU General Public License, version 3 eller (om du vill) någon senare version (%1). Den levereras utan någon garanti.</translation>
    </message>
    <message>
        <source>Back the vault up from Settings → Back up…, to a disk you keep apart from this computer. Write the passphrase down and keep it safe: nobody can recover it.</source>
        <translation>Säkerhetskopiera valvet under Inställningar → Säkerhetskopiera…, till en disk som du förvarar någon annanstans än den här datorn. Skriv ner lösenfrasen och förvara den säkert: ingen kan återskapa den.</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. Nurse Desk is licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licenstexten saknas i den här installationen. Nurse Desk är licensierad under GNU General Public License, version 3 eller senare.</translation>
    </message>
    <message>
        <source>Nurse Desk includes these programs and libraries, each under its own licence. Choose one to read its licence.</source>
        <translation>Nurse Desk innehåller dessa program och bibliotek, vart och ett under sin egen licens. Välj ett för att läsa dess licens.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>This package ships no licence text; its licence is named above.</source>
        <translation>Det här paketet har ingen licenstext med sig; licensen anges ovan.</translation>
    </message>
</context>
<context>
    <name>AbsenceImportDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Lesson/period:</source>
        <translation>Lekti&amp;on/pass:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>Number of l&amp;essons:</source>
        <translation>&amp;Antal lektioner:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>Ti&amp;mmar:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>Min&amp;uter:</translation>
    </message>
    <message>
        <source>Re&amp;ported by guardian:</source>
        <translation>Anmäld av v&amp;årdnadshavare:</translation>
    </message>
    <message>
        <source>E&amp;xcused (valid):</source>
        <translation>&amp;Giltig frånvaro:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>New absences: %1 · Already in the vault: %2 (updated, never counted twice)</source>
        <translation>Ny frånvaro: %1 · Finns redan i valvet: %2 (uppdateras, räknas aldrig dubbelt)</translation>
    </message>
    <message>
        <source>Rows given twice in the file (imported once): %1</source>
        <translation>Rader som finns två gånger i filen (importeras en gång): %1</translation>
    </message>
    <message>
        <source>Imported. Rows saved: %1 (new: %2, updated: %3).</source>
        <translation>Importerat. Sparade rader: %1 (nya: %2, uppdaterade: %3).</translation>
    </message>
    <message>
        <source>Import absence</source>
        <translation>Importera frånvaro</translation>
    </message>
</context>
<context>
    <name>AbsencePage</name>
    <message>
        <source>Worrying absence</source>
        <translation>Oroande frånvaro</translation>
    </message>
    <message>
        <source>Count reported and excused absence</source>
        <translation>Räkna med anmäld och giltig frånvaro</translation>
    </message>
    <message>
        <source>The guideline says absence can be worrying even when it is reported</source>
        <translation>Frånvaro kan vara oroande även när den är anmäld</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Visa kvitterade</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Import absence…</source>
        <translation>&amp;Importera frånvaro…</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alla klasser</translation>
    </message>
    <message>
        <source>%1 of %2 pupils shown with worrying patterns (%3 absence entries looked at).</source>
        <translation>%1 av %2 elever visas med oroande mönster (%3 frånvaroposter genomgångna).</translation>
    </message>
</context>
<context>
    <name>AbsenceThresholdsButton</name>
    <message>
        <source>Absence thr&amp;esholds…</source>
        <translation>&amp;Frånvarogränser…</translation>
    </message>
    <message>
        <source>Worrying absence is flagged at %1 % of school days, %2 episodes in %3 weeks, a weekday with %4 % of the absent days, a subject %5 times its usual share.</source>
        <translation>Oroande frånvaro flaggas vid %1 % av skoldagarna, %2 tillfällen på %3 veckor, en veckodag med %4 % av frånvarodagarna, ett ämne med %5 gånger sin vanliga andel.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>AbsenceThresholdsDialog</name>
    <message>
        <source>Worrying absence: when a pattern is flagged</source>
        <translation>Oroande frånvaro: när ett mönster flaggas</translation>
    </message>
    <message>
        <source>The guideline names frequent, increasing, weekday-tied and subject-tied absence but sets no numbers: agree on them with the school. Reported and excused absence counts.</source>
        <translation>Riktlinjen nämner upprepad, ökande, veckodagsbunden och ämnesbunden frånvaro men anger inga siffror: kom överens med skolan. Anmäld och giltig frånvaro räknas.</translation>
    </message>
    <message>
        <source>High absence:</source>
        <translation>Hög frånvaro:</translation>
    </message>
    <message>
        <source>Frequent:</source>
        <translation>Upprepad:</translation>
    </message>
    <message>
        <source>Increasing:</source>
        <translation>Ökande:</translation>
    </message>
    <message>
        <source>One weekday:</source>
        <translation>En veckodag:</translation>
    </message>
    <message>
        <source>One subject:</source>
        <translation>Ett ämne:</translation>
    </message>
    <message>
        <source>share of school days at least</source>
        <translation>andel av skoldagarna minst</translation>
    </message>
    <message>
        <source>lessons in a school day</source>
        <translation>lektioner på en skoldag</translation>
    </message>
    <message>
        <source>separate episodes at least</source>
        <translation>separata frånvarotillfällen minst</translation>
    </message>
    <message>
        <source>in the last weeks</source>
        <translation>de senaste veckorna</translation>
    </message>
    <message>
        <source>times the earlier level, at least</source>
        <translation>gånger tidigare nivå, minst</translation>
    </message>
    <message>
        <source>and days absent at least</source>
        <translation>och frånvarodagar minst</translation>
    </message>
    <message>
        <source>share of absent days at least</source>
        <translation>andel av frånvarodagarna minst</translation>
    </message>
    <message>
        <source>episodes on it at least</source>
        <translation>tillfällen på den minst</translation>
    </message>
    <message>
        <source>times its usual share, at least</source>
        <translation>gånger vanlig andel, minst</translation>
    </message>
    <message>
        <source>missed lessons at least</source>
        <translation>missade lektioner minst</translation>
    </message>
    <message>
        <source>Use the suggested values</source>
        <translation>Använd de föreslagna värdena</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Alla elever</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Pupil:</source>
        <translation>Elev:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Händelse:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact.</source>
        <translation>
            <numerusform>%n post. Loggen är intakt.</numerusform>
            <numerusform>%n poster. Loggen är intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the log was altered outside the app at entry %1.</source>
        <translation>Varning: loggen har ändrats utanför appen vid post %1.</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
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
        <translation>en samverkanspart</translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation>%1. Skäl: %2</translation>
    </message>
    <message>
        <source>Absence charts</source>
        <translation>Frånvarodiagram</translation>
    </message>
    <message>
        <source>Absence list</source>
        <translation>Frånvarolista</translation>
    </message>
    <message>
        <source>Search in the notes</source>
        <translation>Sökning i anteckningarna</translation>
    </message>
    <message>
        <source>The list of pupils</source>
        <translation>Elevlistan</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Översikten över uppgifter</translation>
    </message>
    <message>
        <source>The list of pupils who left school</source>
        <translation>Listan över elever som har slutat</translation>
    </message>
    <message>
        <source>The whole record, as a PDF file</source>
        <translation>Hela journalen, som PDF-fil</translation>
    </message>
    <message>
        <source>The whole record, as PDF and open files, for the archive</source>
        <translation>Hela journalen, som PDF och öppna filer, till arkivet</translation>
    </message>
    <message>
        <source>Every record, as an unencrypted file</source>
        <translation>Alla journaler, som okrypterad fil</translation>
    </message>
    <message>
        <source>Every record, as an encrypted transfer file</source>
        <translation>Alla journaler, som krypterad överföringsfil</translation>
    </message>
    <message>
        <source>Every record, as a backup under another passphrase</source>
        <translation>Alla journaler, som säkerhetskopia med en annan lösenfras</translation>
    </message>
    <message>
        <source>Guardians&apos; contacts</source>
        <translation>Vårdnadshavares kontaktuppgifter</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <source>A handed-over record from %1: %2 added, %3 already here</source>
        <translation>Överlämnad journal från %1: %2 tillagda, %3 fanns redan</translation>
    </message>
    <message>
        <source>A handed-over record from another vault: %1 added, %2 already here</source>
        <translation>Överlämnad journal från ett annat valv: %1 tillagda, %2 fanns redan</translation>
    </message>
    <message>
        <source>%1 rows removed after the retention time; deposited in the archive %2</source>
        <translation>%1 rader gallrade efter bevarandetiden; levererad till arkivet %2</translation>
    </message>
    <message>
        <source>Entry %1 did not follow from the entries before it (found by %2)</source>
        <translation>Post %1 hängde inte ihop med posterna före den (upptäckt av %2)</translation>
    </message>
    <message>
        <source>Entries from number %1 on were missing (found by %2)</source>
        <translation>Posterna från nummer %1 saknades (upptäckt av %2)</translation>
    </message>
    <message>
        <source>The log no longer ended as it did at entry %1 (found by %2)</source>
        <translation>Loggen slutade inte längre som den gjorde vid post %1 (upptäckt av %2)</translation>
    </message>
    <message>
        <source>Failed unlocks: %1, from %2 to %3</source>
        <translation>Misslyckade upplåsningar: %1, från %2 till %3</translation>
    </message>
    <message>
        <source>Class list: %1 new, %2 changed, %3 unchanged, %4 left school, %5 lines skipped</source>
        <translation>Klasslista: %1 nya, %2 ändrade, %3 oförändrade, %4 slutat, %5 rader överhoppade</translation>
    </message>
    <message>
        <source>New school year: %1 moved up, %2 leaving, %3 not moved</source>
        <translation>Nytt läsår: %1 flyttade upp, %2 slutar, %3 inte flyttade</translation>
    </message>
    <message>
        <source>New school year: %1 moved up, %2 leaving (marked as left school), %3 not moved</source>
        <translation>Nytt läsår: %1 flyttade upp, %2 slutar (markerade som slutat), %3 inte flyttade</translation>
    </message>
    <message>
        <source>Absence import: %1 rows saved (%2 new, %3 updated), %4 lines skipped, %5 rows of unknown pupils</source>
        <translation>Frånvaroimport: %1 rader sparade (%2 nya, %3 uppdaterade), %4 rader överhoppade, %5 rader för okända elever</translation>
    </message>
    <message>
        <source>Measures catalogue: %1 added, %2 updated</source>
        <translation>Insatskatalog: %1 tillagda, %2 uppdaterade</translation>
    </message>
    <message>
        <source>Home-visit sheet, with name</source>
        <translation>Blad för hembesök, med namn</translation>
    </message>
    <message>
        <source>Home-visit sheet, private</source>
        <translation>Blad för hembesök, privat</translation>
    </message>
    <message>
        <source>Home-visit sheet, private, without school</source>
        <translation>Blad för hembesök, privat, utan skola</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>utskrivet</translation>
    </message>
    <message>
        <source>saved as a file</source>
        <translation>sparat som fil</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>från kommandoraden</translation>
    </message>
    <message>
        <source>as a brother or sister on the sheet</source>
        <translation>som syskon på bladet</translation>
    </message>
    <message>
        <source>the log&apos;s own chain</source>
        <translation>loggens egen kedja</translation>
    </message>
    <message>
        <source>the record the vault keeps of its log</source>
        <translation>det valvet självt har antecknat om loggen</translation>
    </message>
    <message>
        <source>the record this computer keeps of the log</source>
        <translation>det den här datorn har antecknat om loggen</translation>
    </message>
    <message>
        <source>(no name in Settings)</source>
        <translation>(utan namn i Inställningar)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Referral to %1, with consent</source>
        <translation>Remiss till %1, med samtycke</translation>
    </message>
    <message>
        <source>Conversation note</source>
        <translation>Samtalsanteckning</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Yearly figures from %1, no pupil named</source>
        <translation>Årsstatistik från %1, ingen elev nämnd</translation>
    </message>
    <message>
        <source>The record handed over, as a transfer file</source>
        <translation>Journalen överlämnad, som överföringsfil</translation>
    </message>
    <message>
        <source>Home-visit plan</source>
        <translation>Plan för hembesök</translation>
    </message>
    <message>
        <source>The whole record, as a PDF file, asked for by: %1</source>
        <translation>Hela journalen, som PDF-fil, begärd av: %1</translation>
    </message>
    <message>
        <source>Week %1 of the agenda, as a PDF</source>
        <translation>Vecka %1 av översikten, som PDF</translation>
    </message>
    <message>
        <source>Week %1 of the agenda</source>
        <translation>Vecka %1 av översikten</translation>
    </message>
    <message>
        <source>Calendar file from %1</source>
        <translation>Kalenderfil från %1</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge pattern</source>
        <translation>Kvittera mönster</translation>
    </message>
    <message>
        <source>The flag is hidden until the pattern changes (for example another absence of the same kind).</source>
        <translation>Flaggan döljs tills mönstret ändras (till exempel ny frånvaro av samma slag).</translation>
    </message>
    <message>
        <source>&amp;Reason (short):</source>
        <translation>&amp;Motivering (kort):</translation>
    </message>
    <message>
        <source>An acknowledgement of an absence pattern</source>
        <translation>En kvittering av ett frånvaromönster</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Later this week</source>
        <translation>Senare denna vecka</translation>
    </message>
    <message>
        <source>Coming weeks</source>
        <translation>Kommande veckor</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Klar…</translation>
    </message>
    <message>
        <source>Open the pupil&apos;s page</source>
        <translation>Öppna elevens sida</translation>
    </message>
    <message>
        <source>Mark as done and note the outcome</source>
        <translation>Markera som klar och skriv resultatet</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend signed note</source>
        <translation>Tillägg till signerad anteckning</translation>
    </message>
    <message>
        <source>An amendment</source>
        <translation>Ett tillägg</translation>
    </message>
    <message>
        <source>The signed note stays as it is. Your amendment is added below it with your name, the time and the reason.</source>
        <translation>Den signerade anteckningen förblir som den är. Ditt tillägg läggs till under den med ditt namn, tidpunkten och skälet.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Rättelse:</translation>
    </message>
    <message>
        <source>Write both the reason and the correction.</source>
        <translation>Skriv både skälet och rättelsen.</translation>
    </message>
    <message>
        <source>Add this amendment to the note? Discard throws away what you wrote.</source>
        <translation>Lägga till det här tillägget i anteckningen? Kasta tar bort det du har skrivit.</translation>
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translation>&amp;Lägg till tillägget</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
        <source>Use the vault&apos;s passphrase</source>
        <translation>Använd valvets lösenfras</translation>
    </message>
    <message>
        <source>Use another passphrase</source>
        <translation>Använd en annan lösenfras</translation>
    </message>
    <message>
        <source>The backup is encrypted and checked after writing. Keep it on a drive that stays in your office, not in a cloud folder.</source>
        <translation>Säkerhetskopian krypteras och kontrolleras när den har skrivits. Förvara den på en enhet som stannar på ditt kontor, inte i en molnmapp.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Säkerhetskopia:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault)</source>
        <translation>Nurse Desk-valv (*.vault)</translation>
    </message>
</context>
<context>
    <name>CappedText</name>
    <message>
        <source>This field holds %1 characters. With the pasted text it would have %2, so nothing was pasted: shorten the text first.</source>
        <translation>Fältet rymmer %1 tecken. Med den inklistrade texten skulle det ha %2, så inget klistrades in: korta texten först.</translation>
    </message>
    <message>
        <source>This field holds %1 characters.</source>
        <translation>Fältet rymmer %1 tecken.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
</context>
<context>
    <name>ClassListImport</name>
    <message>
        <source>National &amp;ID:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>&amp;Name (full):</source>
        <translation>&amp;Namn (fullständigt):</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>F&amp;ödd:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klass:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sk&amp;ola:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>&amp;Vårdnadshavare:</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;relation:</source>
        <translation>Vårdnadshavarens re&amp;lation:</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;phone:</source>
        <translation>Vårdnadshavarens &amp;telefon:</translation>
    </message>
    <message>
        <source>Guardian &amp;2:</source>
        <translation>Vårdnadshavare &amp;2:</translation>
    </message>
    <message>
        <source>Guardian 2&apos;s relation:</source>
        <translation>Vårdnadshavare 2:s relation:</translation>
    </message>
    <message>
        <source>Guardian 2&apos;s phone:</source>
        <translation>Vårdnadshavare 2:s telefon:</translation>
    </message>
    <message>
        <source>Pro&amp;tected identity:</source>
        <translation>Sk&amp;yddad identitet:</translation>
    </message>
    <message>
        <source>New: %1 · changed: %2 · unchanged: %3 · not in the list: %4</source>
        <translation>Nya: %1 · ändrade: %2 · oförändrade: %3 · inte i listan: %4</translation>
    </message>
    <message>
        <source>Imported: %1 new and %2 changed pupils; %3 marked as left school.</source>
        <translation>Importerat: %1 nya och %2 ändrade elever; %3 markerade som slutat.</translation>
    </message>
</context>
<context>
    <name>ClassListImportDialog</name>
    <message>
        <source>Import class list</source>
        <translation>Importera klasslista</translation>
    </message>
    <message>
        <source>School of &amp;every pupil (if the file has none):</source>
        <translation>Skola för &amp;alla elever (om filen saknar skola):</translation>
    </message>
    <message>
        <source>The file lists the &amp;whole school (offer missing pupils as left school)</source>
        <translation>Filen gäller &amp;hela skolan (elever som saknas föreslås som slutat)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>ClassListPlanModel</name>
    <message>
        <source>What happens</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Protected identity: yes</source>
        <translation>Skyddad identitet: ja</translation>
    </message>
    <message>
        <source>Back at school (was marked as left)</source>
        <translation>Tillbaka i skolan (var markerad som slutat)</translation>
    </message>
    <message>
        <source>Guardians added: %1</source>
        <translation>Nya vårdnadshavare: %1</translation>
    </message>
    <message>
        <source>Guardians removed: %1</source>
        <translation>Vårdnadshavare borttagna: %1</translation>
    </message>
</context>
<context>
    <name>ClassListPlanView</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Alla elever</translation>
    </message>
    <message>
        <source>%1 of %2 pupils not in the list will be marked as left school (untick to keep).</source>
        <translation>%1 av %2 elever som inte finns i listan markeras som slutat (avmarkera för att behålla).</translation>
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
        <translation>Klass nu</translation>
    </message>
    <message>
        <source>Next school year</source>
        <translation>Nästa läsår</translation>
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
        <translation>Skollov</translation>
    </message>
    <message>
        <source>e.g. Autumn break</source>
        <translation>t.ex. Höstlov</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sista dag:</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodsButton</name>
    <message>
        <source>School brea&amp;ks…</source>
        <translation>Skollo&amp;v…</translation>
    </message>
    <message>
        <source>Autumn, Christmas, winter and Easter breaks: due dates in them are flagged</source>
        <translation>Höstlov, jullov, sportlov och påsklov: datum som infaller då markeras</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodsDialog</name>
    <message>
        <source>School breaks</source>
        <translation>Skollov</translation>
    </message>
    <message>
        <source>Follow-ups due on a weekend, a public holiday or in a break are flagged in the agenda. Enter the school&apos;s breaks here.</source>
        <translation>Uppföljningar som infaller en helg, en helgdag eller under ett lov markeras i dagsöversikten. Lägg in skolans lov här.</translation>
    </message>
    <message>
        <source>&amp;Add break…</source>
        <translation>&amp;Lägg till lov…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this break?</source>
        <translation>Ta bort det här lovet?</translation>
    </message>
</context>
<context>
    <name>CompanionsTable</name>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Lägg till person</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Row %1 of who comes along has no name: give one, or remove the row.</source>
        <translation>Rad %1 av dem som följer med saknar namn: skriv in ett namn, eller ta bort raden.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>The outcome of a follow-up</source>
        <translation>Utfallet av en uppföljning</translation>
    </message>
    <message>
        <source>&amp;Outcome, in a sentence or two:</source>
        <translation>&amp;Resultat, i en mening eller två:</translation>
    </message>
    <message>
        <source>Write a journal &amp;note about it now (saved as a draft)</source>
        <translation>Skriv en journal&amp;anteckning om det nu (sparas som utkast)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>The outcome is too long: at most %1 characters.</source>
        <translation>Resultatet är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <source>No outcome is written. Mark as done without one? The next reader will not see what came of it.</source>
        <translation>Inget resultat är skrivet. Markera som klar ändå? Den som läser senare får inte veta vad det ledde till.</translation>
    </message>
    <message>
        <source>Done &amp;without outcome</source>
        <translation>Klar &amp;utan resultat</translation>
    </message>
    <message>
        <source>&amp;Write the outcome</source>
        <translation>&amp;Skriv resultatet</translation>
    </message>
    <message>
        <source>Mark as done with the outcome you wrote? Discard throws it away.</source>
        <translation>Markera som klar med resultatet du skrev? Kasta tar bort det.</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Kasta</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent: %1</source>
        <translation>Samtycke: %1</translation>
    </message>
    <message>
        <source>A consent</source>
        <translation>Ett samtycke</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>Mature enough to decide alone</source>
        <translation>Tillräckligt mogen för att bestämma själv</translation>
    </message>
    <message>
        <source>Not mature enough: the guardians decide</source>
        <translation>Inte tillräckligt mogen: vårdnadshavarna bestämmer</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Giltigt till:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Samarbets&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Lämnat av:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>&amp;Vårdnadshavare:</translation>
    </message>
    <message>
        <source>Pupil&apos;s &amp;maturity:</source>
        <translation>Elevens &amp;mognad:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>Given &amp;on:</source>
        <translation>Lämnat &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Sweden has no fixed age: the pupil decides alone when mature enough for the question. Record your judgement; a consent from both holds either way.</source>
        <translation>Sverige har ingen fast åldersgräns: eleven bestämmer själv när hen är tillräckligt mogen för frågan. Skriv in din bedömning; ett samtycke från båda gäller oavsett.</translation>
    </message>
    <message>
        <source>The pupil is %1: from 16 the pupil consents alone.</source>
        <translation>Eleven är %1 år: från 16 år samtycker eleven själv.</translation>
    </message>
    <message>
        <source>The pupil is %1: below 16 the guardians consent, and the pupil is heard.</source>
        <translation>Eleven är %1 år: under 16 år samtycker vårdnadshavarna, och eleven ska höras.</translation>
    </message>
    <message>
        <source>You judged the pupil not mature enough to decide alone: the guardians decide, so the pupil&apos;s consent alone does not count.</source>
        <translation>Du har bedömt att eleven inte är tillräckligt mogen för att bestämma själv: vårdnadshavarna bestämmer, så elevens samtycke ensamt gäller inte.</translation>
    </message>
    <message>
        <source>You judged the pupil mature enough to decide alone: the guardians&apos; consent alone does not count. Record the pupil&apos;s consent, or both.</source>
        <translation>Du har bedömt att eleven är tillräckligt mogen för att bestämma själv: vårdnadshavarnas samtycke ensamt gäller inte. Skriv in elevens samtycke, eller bådas.</translation>
    </message>
    <message>
        <source>Below 16 the pupil&apos;s consent alone does not count: record the guardians&apos; consent, or both.</source>
        <translation>Under 16 år gäller inte elevens samtycke ensamt: skriv in vårdnadshavarnas samtycke, eller bådas.</translation>
    </message>
    <message>
        <source>From 16 the guardians&apos; consent alone does not count: record the pupil&apos;s consent, or both.</source>
        <translation>Från 16 år gäller inte vårdnadshavarnas samtycke ensamt: skriv in elevens samtycke, eller bådas.</translation>
    </message>
    <message>
        <source>Save this consent with what you wrote? Discard throws it away.</source>
        <translation>Spara samtycket med det du skrev? Kasta tar bort det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Kasta</translation>
    </message>
</context>
<context>
    <name>CountryQuestion</name>
    <message>
        <source>Change country</source>
        <translation>Byt land</translation>
    </message>
    <message>
        <source>Change this vault&apos;s country to %1?

The country decides whose consent counts for a pupil (the guardians or the pupil), how ID numbers are checked, and which public holidays the calendar skips.</source>
        <translation>Byta land för det här valvet till %1?

Landet avgör vems samtycke som gäller för en elev (vårdnadshavarna eller eleven), hur personnummer kontrolleras och vilka helgdagar kalendern hoppar över.</translation>
    </message>
    <message>
        <source>&amp;Change country</source>
        <translation>&amp;Byt land</translation>
    </message>
    <message>
        <source>&amp;Keep the country</source>
        <translation>&amp;Behåll landet</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>The earliest date this field takes is %1.</source>
        <translation>Det tidigaste datumet här är %1.</translation>
    </message>
    <message>
        <source>The latest date this field takes is %1.</source>
        <translation>Det senaste datumet här är %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation>”%1” är inget datum. Skriv det så här: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>Document the visit: %1</source>
        <translation>Dokumentera besöket: %1</translation>
    </message>
    <message>
        <source>Saving writes a journal note of kind home visit (a draft for you to read and sign on the pupil&apos;s page), adds the agreed follow-ups, and marks the visit documented.</source>
        <translation>När du sparar skrivs en journalanteckning av typen hembesök (ett utkast som du läser och signerar på elevens sida), de överenskomna uppföljningarna läggs in och besöket markeras som dokumenterat.</translation>
    </message>
    <message>
        <source>&amp;Observation points: tick what you saw, with a note</source>
        <translation>&amp;Observationspunkter: kryssa för det du såg, med en anteckning</translation>
    </message>
    <message>
        <source>A&amp;nswers to the questions</source>
        <translation>&amp;Svar på frågorna</translation>
    </message>
    <message>
        <source>Your &amp;summary and assessment</source>
        <translation>Din samman&amp;fattning och bedömning</translation>
    </message>
    <message>
        <source>Agreed &amp;follow-ups (date and what)</source>
        <translation>Överenskommen &amp;uppföljning (datum och vad)</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>A visit documentation</source>
        <translation>En dokumentation av ett hembesök</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Lägg till uppföljning</translation>
    </message>
    <message>
        <source>Remo&amp;ve follow-up</source>
        <translation>Ta &amp;bort uppföljning</translation>
    </message>
    <message>
        <source>Row %1 of the agreed follow-ups has a date but nothing under What: write what was agreed, or remove the row.</source>
        <translation>Rad %1 av de överenskomna uppföljningarna har ett datum men inget under Vad: skriv vad ni kom överens om, eller ta bort raden.</translation>
    </message>
    <message>
        <source>Save the documentation now? Saving marks the visit documented. Discard throws away what you filled in.</source>
        <translation>Spara dokumentationen nu? Då markeras besöket som dokumenterat. Kasta slänger det du har fyllt i.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export everything</source>
        <translation>Exportera allt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Encrypted transfer file (recommended)</source>
        <translation>&amp;Krypterad överföringsfil (rekommenderas)</translation>
    </message>
    <message>
        <source>P&amp;lain JSON, not encrypted</source>
        <translation>&amp;Ren JSON, inte krypterad</translation>
    </message>
    <message>
        <source>Everything in the vault is written as open JSON (described in the file export-schema.json that comes with Nurse Desk), so the records can be read without Nurse Desk. The transfer file opens with the passphrase you give here.</source>
        <translation>Allt i valvet skrivs som öppen JSON (beskriven i filen export-schema.json som följer med Nurse Desk), så att journalerna kan läsas utan Nurse Desk. Överföringsfilen öppnas med lösenfrasen du anger här.</translation>
    </message>
    <message>
        <source>Export file:</source>
        <translation>Exportfil:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportfil</translation>
    </message>
    <message>
        <source>The file will NOT be encrypted. Anyone who gets it, or a copy of it, can read every pupil&apos;s record. Write it only to an encrypted disk, and delete it when it is no longer needed. Write the plain file?</source>
        <translation>Filen blir INTE krypterad. Alla som får tag i den, eller en kopia av den, kan läsa varje elevs journal. Skriv den bara till en krypterad disk och radera den när den inte längre behövs. Skriva den okrypterade filen?</translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <source>Export record</source>
        <translation>Exportera journal</translation>
    </message>
    <message>
        <source>Who asks for the record?</source>
        <translation>Vem begär journalen?</translation>
    </message>
    <message>
        <source>The &amp;pupil</source>
        <translation>&amp;Eleven</translation>
    </message>
    <message>
        <source>A &amp;guardian</source>
        <translation>En &amp;vårdnadshavare</translation>
    </message>
    <message>
        <source>An &amp;authority</source>
        <translation>En &amp;myndighet</translation>
    </message>
    <message>
        <source>A pupil mature enough decides alone about their own health information, whatever the age. Judge the pupil&apos;s maturity: if mature enough, hand the record to a guardian only with the pupil&apos;s consent, or leave out what the pupil told you in confidence.</source>
        <translation>En elev som är tillräckligt mogen bestämmer själv över sina egna hälsouppgifter, oavsett ålder. Bedöm elevens mognad: är eleven tillräckligt mogen, lämna journalen till en vårdnadshavare bara med elevens samtycke, eller utelämna det eleven har berättat för dig i förtroende.</translation>
    </message>
    <message>
        <source>The pupil is 16 or older and decides alone about their own health information. Hand the record to a guardian only with the pupil&apos;s consent, or leave out what the pupil told you in confidence.</source>
        <translation>Eleven är 16 år eller äldre och har i regel själv rätt att bestämma över sina hälsouppgifter. Lämna ut journalen till en vårdnadshavare bara med elevens samtycke, eller utelämna det eleven har berättat för dig i förtroende.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Pupils seen</source>
        <translation>Elever som haft samtal</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Conversations by kind</source>
        <translation>Samtal efter typ</translation>
    </message>
    <message>
        <source>Conversations by topic</source>
        <translation>Samtal efter ämne</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Referrals by partner</source>
        <translation>Remisser efter samverkanspart</translation>
    </message>
    <message>
        <source>Follow-up work</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>Planerade besök</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Genomförda besök</translation>
    </message>
    <message>
        <source>Visits documented</source>
        <translation>Dokumenterade besök</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Genomförda uppföljningar</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Försenade uppföljningar</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Registrerade samtycken</translation>
    </message>
    <message>
        <source>Consents withdrawn</source>
        <translation>Återkallade samtycken</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Pupils with worrying absence, by pattern</source>
        <translation>Elever med oroande frånvaro, efter mönster</translation>
    </message>
    <message>
        <source>The file is not a Nurse Desk export.</source>
        <translation>Filen är inte en export från Nurse Desk.</translation>
    </message>
    <message>
        <source>The export was written by a newer Nurse Desk; update Nurse Desk first.</source>
        <translation>Exporten är skriven av en nyare Nurse Desk; uppdatera Nurse Desk först.</translation>
    </message>
    <message>
        <source>The export comes from another version of Nurse Desk; import it with that one.</source>
        <translation>Exporten kommer från en annan version av Nurse Desk; importera den med den versionen.</translation>
    </message>
    <message>
        <source>The export was changed or is damaged; nothing was imported.</source>
        <translation>Exporten är ändrad eller skadad; ingenting importerades.</translation>
    </message>
    <message>
        <source>There is no school named %1.</source>
        <translation>Det finns ingen skola som heter %1.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first day.</source>
        <translation>Periodens sista dag är före den första.</translation>
    </message>
    <message>
        <source>This file is not a Nurse Desk transfer file, or it is damaged. Nothing was changed.</source>
        <translation>Filen är inte en överföringsfil från Nurse Desk, eller så är den skadad. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Yearly figures</source>
        <translation>Årsstatistik</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>Show e&amp;xact counts (a small school)</source>
        <translation>Visa &amp;exakta antal (liten skola)</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt; 5” so that no child can be recognised.</source>
        <translation>Antal från 1 till 4 visas som ”&lt; 5” så att ingen elev kan kännas igen.</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Räkna</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>“Hidden” counts are hidden so that a count from 1 to 4 cannot be worked out from a total or the counts beside it; a hidden count may be 5 or more.</source>
        <translation>Antal markerade ”dolt” döljs så att ett antal från 1 till 4 inte kan räknas ut från en summa eller talen bredvid; ett dolt antal kan vara 5 eller fler.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skola:</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dolt</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Spara som CSV</translation>
    </message>
</context>
<context>
    <name>FlaggedPupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>Patterns found</source>
        <translation>Mönster som hittats</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Skip this date</source>
        <translation>Hoppa över detta datum</translation>
    </message>
    <message>
        <source>Skip this date only? The other dates stay planned.</source>
        <translation>Hoppa över bara detta datum? De andra datumen ligger kvar.</translation>
    </message>
    <message>
        <source>Cancel this follow-up and every date still to come?</source>
        <translation>Avbryta den här uppföljningen och alla datum som återstår?</translation>
    </message>
    <message>
        <source>Cancel this follow-up?</source>
        <translation>Avbryta den här uppföljningen?</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Avbryt uppföljning</translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation>Varför (valfritt):</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Ändra uppföljning</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Planera uppföljning</translation>
    </message>
    <message>
        <source>A follow-up</source>
        <translation>En uppföljning</translation>
    </message>
    <message>
        <source>Type part of a name or class…</source>
        <translation>Skriv en del av ett namn eller en klass…</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>What to do, in a few words</source>
        <translation>Vad som ska göras, med några ord</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>En gång</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Varannan vecka</translation>
    </message>
    <message>
        <source>Every 3 weeks</source>
        <translation>Var tredje vecka</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Var fjärde vecka</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>until</source>
        <translation>till</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>gånger:</translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation>&amp;Elev:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>De&amp;taljer:</translation>
    </message>
    <message>
        <source>Re&amp;sponsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Save this follow-up? Discard throws away what you wrote.</source>
        <translation>Spara den här uppföljningen? Kasta tar bort det du har skrivit.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Välj en elev i listan.</translation>
    </message>
    <message>
        <source>Choose the pupil: type part of a name or class.</source>
        <translation>Välj eleven: skriv en del av ett namn eller en klass.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details / outcome</source>
        <translation>Detaljer / resultat</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Upprepas</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the pupil&apos;s page</source>
        <translation>Öppna elevens sida</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Search pupil, class, details or outcome…</source>
        <translation>Sök på elev, klass, detaljer eller resultat…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Ny uppföljning…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Klar…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Flytta…</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>Avb&amp;ryt…</translation>
    </message>
    <message>
        <source>Cancel the follow-up (every date still to come)</source>
        <translation>Avbryt uppföljningen (alla datum som återstår)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Öppna uppföljningen igen</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand the record over</source>
        <translation>För över journalen</translation>
    </message>
    <message>
        <source>The whole record of %1 is written to an encrypted transfer file for the nurse at the pupil&apos;s new school. It needs an active consent to transfer the record. Nurse Desk makes up a one-time passphrase: give it to the receiving nurse separately, by phone or on paper, never with the file.</source>
        <translation>Hela journalen för %1 skrivs till en krypterad överföringsfil till skolsköterskan på elevens nya skola. Det kräver ett giltigt samtycke till att föra över journalen. Nurse Desk skapar en engångslösenfras: ge den till skolsköterskan som tar emot separat, per telefon eller på papper, aldrig tillsammans med filen.</translation>
    </message>
    <message>
        <source>e.g. moved to another municipality</source>
        <translation>t.ex. flyttat till en annan kommun</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the access log):</source>
        <translation>&amp;Skäl (sparas i åtkomstloggen):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Protected identity: the guardians are named without their phone numbers, and home visits without address or directions. The receiving service gets those from the population register.</source>
        <translation>Skyddade personuppgifter: vårdnadshavarna står med namn men utan telefonnummer, och hembesök står utan adress och vägbeskrivning. Den mottagande verksamheten får dem från folkbokföringen.</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Överföringsfil</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Nurse Desk: user guide</source>
        <translation>Nurse Desk: användarhandledning</translation>
    </message>
</context>
<context>
    <name>HomeVisitsPage</name>
    <message>
        <source>Home visits</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>&amp;New home visit…</source>
        <translation>&amp;Nytt hembesök…</translation>
    </message>
    <message>
        <source>Plan a home visit (Ctrl+Shift+N)</source>
        <translation>Planera ett hembesök (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Ö&amp;ppna plan…</translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;genomförd</translation>
    </message>
    <message>
        <source>Doc&amp;ument…</source>
        <translation>&amp;Dokumentera…</translation>
    </message>
    <message>
        <source>Pre&amp;paration sheet…</source>
        <translation>&amp;Förberedelseblad…</translation>
    </message>
    <message>
        <source>Preview, print or save the sheet (Ctrl+P)</source>
        <translation>Förhandsgranska, skriv ut eller spara bladet (Ctrl+P)</translation>
    </message>
    <message>
        <source>De&amp;lete plan…</source>
        <translation>Ta bort p&amp;lan…</translation>
    </message>
    <message>
        <source>Filter by pupil…</source>
        <translation>Filtrera på elev…</translation>
    </message>
    <message>
        <source>Upcoming and not documented</source>
        <translation>Kommande och ej dokumenterade</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alla besök</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Purposes: %1</source>
        <translation>Syften: %1</translation>
    </message>
    <message>
        <source>Still missing before it can be marked ready: %1</source>
        <translation>Saknas innan planen kan markeras som klar: %1</translation>
    </message>
    <message>
        <source>Journal note written; sign it on the pupil&apos;s page.</source>
        <translation>Journalanteckningen är skriven; signera den på elevens sida.</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Show address</source>
        <translation>Visa adress</translation>
    </message>
    <message>
        <source>(no address written)</source>
        <translation>(ingen adress ifylld)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 visits</source>
        <translation>Visar %1 av %2 besök</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Preparation sheet</source>
        <translation>Förberedelseblad</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Ta bort plan</translation>
    </message>
    <message>
        <source>Delete this plan for good? Visits that took place are kept.</source>
        <translation>Ta bort planen för gott? Besök som har genomförts sparas alltid.</translation>
    </message>
</context>
<context>
    <name>ImportWording</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 är tom</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not a date (use dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>&apos;%2&apos; är inte ett datum (använd åååå-mm-dd eller dd.mm.åååå)</translation>
    </message>
    <message>
        <source>date &apos;%2&apos; does not exist</source>
        <translation>datumet &apos;%2&apos; finns inte</translation>
    </message>
    <message>
        <source>date &apos;%2&apos; is more than a year ahead</source>
        <translation>datumet &apos;%2&apos; ligger mer än ett år fram i tiden</translation>
    </message>
    <message>
        <source>date &apos;%2&apos; is more than 13 years ago</source>
        <translation>datumet &apos;%2&apos; ligger mer än 13 år tillbaka</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not a number</source>
        <translation>&apos;%2&apos; är inte ett tal</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not yes or no</source>
        <translation>&apos;%2&apos; är varken ja eller nej</translation>
    </message>
    <message>
        <source>national ID &apos;%2&apos; is not valid</source>
        <translation>personnumret &apos;%2&apos; är inte giltigt</translation>
    </message>
    <message>
        <source>national ID &apos;%2&apos; is valid for the other country, not the one this vault is set to: check Settings → Country</source>
        <translation>personnumret &apos;%2&apos; gäller det andra landet, inte det valvet är inställt på: kontrollera Inställningar → Land</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 är för lång</translation>
    </message>
    <message>
        <source>more values than the header has columns (check the delimiter)</source>
        <translation>fler värden än rubrikraden har kolumner (kontrollera avgränsaren)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is out of range</source>
        <translation>%1 &apos;%2&apos; ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <source>the same pupil is on line %2 with another name, school or class</source>
        <translation>samma elev finns på rad %2 med ett annat namn, en annan skola eller klass</translation>
    </message>
    <message>
        <source>the same pupil, day and lesson are on line %2 with other values</source>
        <translation>samma elev, dag och lektion finns på rad %2 med andra värden</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid</source>
        <translation>%1 &apos;%2&apos; är inte giltig</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a web address (start with http:// or https://)</source>
        <translation>%1 &apos;%2&apos; är inte en webbadress (börja med http:// eller https://)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; appears earlier in the file</source>
        <translation>%1 &apos;%2&apos; finns tidigare i filen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a phone number (digits, spaces, +, - and ())</source>
        <translation>%1 &apos;%2&apos; är inte ett telefonnummer (siffror, mellanslag, +, - och ())</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Na&amp;tional ID:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>Pupil&apos;s &amp;name:</source>
        <translation>&amp;Elevens namn:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>För&amp;namn:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Födel&amp;sedatum:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klass:</translation>
    </message>
</context>
<context>
    <name>KeptOverLock</name>
    <message>
        <source>What you typed here before the vault locked is back. Save it, or close and discard it.</source>
        <translation>Det du skrev här innan valvet låstes är tillbaka. Spara det, eller stäng och kasta det.</translation>
    </message>
    <message>
        <source>%1: what you had typed is kept in the vault. Open it again for the same pupil to go on.</source>
        <translation>%1: det du hade skrivit finns kvar i valvet. Öppna det igen för samma elev för att fortsätta.</translation>
    </message>
    <message>
        <source>%1: what you had typed is kept in the vault. Open it again to go on.</source>
        <translation>%1: det du hade skrivit finns kvar i valvet. Öppna det igen för att fortsätta.</translation>
    </message>
    <message>
        <source>%1: what you had typed could not be kept. Please type it again.</source>
        <translation>%1: det du hade skrivit kunde inte sparas. Skriv in det igen.</translation>
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
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3 dagar)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned drafts older than %n day(s):</source>
        <translation>
            <numerusform>Osignerade utkast äldre än %n dag:</numerusform>
            <numerusform>Osignerade utkast äldre än %n dagar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftSchoolButton</name>
    <message>
        <source>Left sch&amp;ool…</source>
        <translation>Har slutat s&amp;kolan…</translation>
    </message>
    <message>
        <source>Pupils who left: retention, deposit in the archive, removal</source>
        <translation>Elever som har slutat: bevarande, leverans till arkivet, gallring</translation>
    </message>
</context>
<context>
    <name>LeftSchoolDialog</name>
    <message>
        <source>Left school</source>
        <translation>Har slutat skolan</translation>
    </message>
    <message>
        <source>&amp;Keep the records (never remove)</source>
        <translation>&amp;Behåll journalerna (gallra aldrig)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>The rule for this vault&apos;s country. Check your municipality&apos;s rule and the archive&apos;s: Nurse Desk cannot know it. A pupil is removed only after the record was deposited in the archive and the time has passed.</source>
        <translation>Regeln för det land valvet gäller. Kontrollera kommunens och arkivets regel: Nurse Desk kan inte veta den. En elev gallras först när journalen har levererats till arkivet och tiden har gått.</translation>
    </message>
    <message>
        <source>&amp;Deposit in the archive…</source>
        <translation>&amp;Leverera till arkivet…</translation>
    </message>
    <message>
        <source>&amp;Remove for good…</source>
        <translation>&amp;Gallra för gott…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Gone for</source>
        <translation>Borta i</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Removable from</source>
        <translation>Kan gallras från</translation>
    </message>
    <message>
        <source>Keep a record for</source>
        <translation>Bevara en journal i</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bevaras</translation>
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
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit in the archive</source>
        <translation>Leverera till arkivet</translation>
    </message>
    <message>
        <source>The record was written as %1 and %2. They are not encrypted: hand them to the archive the way it asks, then delete them here.</source>
        <translation>Journalen skrevs som %1 och %2. De är inte krypterade: lämna dem till arkivet på det sätt arkivet begär och radera dem här efteråt.</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Gallra för gott</translation>
    </message>
    <message>
        <source>Remove %1 and the whole record from this vault for good? This cannot be undone. The access log keeps one line saying the record was removed.</source>
        <translation>Gallra %1 och hela journalen ur valvet för gott? Det går inte att ångra. Åtkomstloggen behåller en rad om att journalen gallrades.</translation>
    </message>
</context>
<context>
    <name>LengthCount</name>
    <message>
        <source>%1 of %2 characters: %3 too many</source>
        <translation>%1 av %2 tecken: %3 för många</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>LockNotes</name>
    <message>
        <source>Typed before the lock</source>
        <translation>Skrivet före låsningen</translation>
    </message>
    <message>
        <source>The vault locked while you were typing.</source>
        <translation>Valvet låstes medan du skrev.</translation>
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
        <translation>Lås valvet nu (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Save demo as a vault…</source>
        <translation>Spara &amp;demo som valv…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Sök i anteckningar</translation>
    </message>
    <message>
        <source>Search in every note (Ctrl+F)</source>
        <translation>Sök i alla anteckningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
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
        <translation>Valv: %1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Olåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>What was found has been written to the access log.</source>
        <translation>Det som hittades har skrivits i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe in the vault. If it happens again, lock the vault and restart Nurse Desk.</source>
        <translation>Något oväntat gick fel. Det du sparade tidigare är säkert i valvet. Om det händer igen, lås valvet och starta om Nurse Desk.</translation>
    </message>
    <message>
        <source>&amp;About Nurse Desk</source>
        <translation>&amp;Om Nurse Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Import from the school system</source>
        <translation>Importera från skolans administrativa system</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>&amp;Saved mapping:</source>
        <translation>Spa&amp;rad kolumnkoppling:</translation>
    </message>
    <message>
        <source>&amp;Remember the mapping as:</source>
        <translation>&amp;Kom ihåg kopplingen som:</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Första raderna</translation>
    </message>
    <message>
        <source>S&amp;kip the lines with errors and import the rest</source>
        <translation>&amp;Hoppa över raderna med fel och importera resten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>(gissad utifrån rubrikerna)</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Välj exportfilen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tabeller (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Choose the column for: %1</source>
        <translation>Välj kolumnen för: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fel (%1)</translation>
    </message>
    <message>
        <source>Unknown pupils (%1)</source>
        <translation>Okända elever (%1)</translation>
    </message>
    <message>
        <source>Rows ready to import: %1 · Rows about unknown pupils: %2 · Lines with errors: %3</source>
        <translation>Rader klara att importera: %1 · Rader om okända elever: %2 · Rader med fel: %3</translation>
    </message>
    <message>
        <source>(no name or ID on the line)</source>
        <translation>(varken namn eller personnummer på raden)</translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Columns in the file</source>
        <translation>K&amp;olumner i filen</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>%v av %m rader kontrollerade</translation>
    </message>
    <message>
        <source>%v of %m rows saved</source>
        <translation>%v av %m rader sparade</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Avbryter importen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation>Importen avbröts. Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Redigera insats</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>A measure</source>
        <translation>En insats</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>Short &amp;description:</source>
        <translation>Kort &amp;beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Länk:</translation>
    </message>
    <message>
        <source>Save the measure with what you typed? Discard throws it away.</source>
        <translation>Spara insatsen med det du skrev? Kasta tar bort det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Kasta</translation>
    </message>
</context>
<context>
    <name>MeasurePickerDialog</name>
    <message>
        <source>Cite a measure</source>
        <translation>Hänvisa till en insats</translation>
    </message>
    <message>
        <source>Filter measures…</source>
        <translation>Filtrera insatser…</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kort beskrivning</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Filter by measure, target group, description…</source>
        <translation>Filtrera på insats, målgrupp, beskrivning…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importera &amp;CSV…</translation>
    </message>
    <message>
        <source>Columns: measure; target group; short description; link. Separated by ; or , and saved as UTF-8 or Windows (Excel) text.</source>
        <translation>Kolumner: insats; målgrupp; kort beskrivning; länk. Åtskilda med ; eller , och sparade som UTF-8 eller Windows-text (Excel).</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Ny insats…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Ar&amp;kivera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Redigera insats</translation>
    </message>
    <message>
        <source>%1 is cited in notes or follow-ups, so it is archived instead of deleted. Archive it?</source>
        <translation>%1 används i anteckningar eller uppföljningar och arkiveras därför i stället för att tas bort. Vill du arkivera den?</translation>
    </message>
    <message>
        <source>Delete %1 from the catalogue?</source>
        <translation>Ta bort %1 ur insatskatalogen?</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Importera insatser</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tabeller (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>%1 measures added, %2 updated.</source>
        <translation>%1 insatser tillagda, %2 uppdaterade.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase or not a Nurse Desk vault. Nothing was changed.</source>
        <translation>Fel lösenfras, eller så är filen inte ett Nurse Desk-valv. Inget ändrades.</translation>
    </message>
    <message>
        <source>There is no vault at this place.</source>
        <translation>Det finns inget valv på den här platsen.</translation>
    </message>
    <message>
        <source>A file already exists there; choose another name.</source>
        <translation>Det finns redan en fil där; välj ett annat namn.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Nurse Desk vault.</source>
        <translation>Filen är tom: den är inte ett Nurse Desk-valv.</translation>
    </message>
    <message>
        <source>This is an unencrypted database, not a Nurse Desk vault; it was not opened.</source>
        <translation>Det här är en okrypterad databas, inte ett Nurse Desk-valv; den öppnades inte.</translation>
    </message>
    <message>
        <source>The vault file is cut short (truncated); restore it from a backup.</source>
        <translation>Valvfilen är ofullständig (avkortad); återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>This file is not a Nurse Desk vault; it was not opened.</source>
        <translation>Den här filen är inte ett Nurse Desk-valv; den öppnades inte.</translation>
    </message>
    <message>
        <source>This vault was written by a newer Nurse Desk. Update the app to open it.</source>
        <translation>Det här valvet skrevs av en nyare version av Nurse Desk. Uppdatera appen för att öppna det.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <source>The encryption library on this computer is not safe to use.</source>
        <translation>Krypteringsbiblioteket på den här datorn är inte säkert att använda.</translation>
    </message>
    <message>
        <source>The copy could not be verified; nothing was replaced.</source>
        <translation>Kopian kunde inte verifieras; inget ersattes.</translation>
    </message>
    <message>
        <source>The vault is damaged at page %1; restore it from a backup.</source>
        <translation>Valvet är skadat på sida %1; återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The vault is damaged; restore it from a backup.</source>
        <translation>Valvet är skadat; återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>There is no backup at this place.</source>
        <translation>Det finns ingen säkerhetskopia här.</translation>
    </message>
    <message>
        <source>This file is not a Nurse Desk backup. The vault was not changed.</source>
        <translation>Den här filen är inte en säkerhetskopia från Nurse Desk. Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>This backup has another passphrase, or it is not a Nurse Desk backup. The vault was not changed.</source>
        <translation>Den här säkerhetskopian har en annan lösenfras, eller så är den inte en säkerhetskopia från Nurse Desk. Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>This backup is damaged; choose another one. The vault was not changed.</source>
        <translation>Den här säkerhetskopian är skadad; välj en annan. Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space, then try again: nothing already saved was lost.</source>
        <translation>Disken är full, så detta sparades inte. Frigör lite utrymme och försök igen: inget som redan var sparat gick förlorat.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to (it is read-only, or your rights to it were taken away), so this was not saved. Nothing already saved was lost.</source>
        <translation>Det går inte att skriva till valvets mapp (den är skrivskyddad, eller så har du förlorat behörigheten till den), så detta sparades inte. Inget som redan var sparat gick förlorat.</translation>
    </message>
    <message>
        <source>The vault&apos;s file or folder cannot be reached (was a USB stick or network drive removed?), so this was not saved. Nothing already saved was lost.</source>
        <translation>Valvets fil eller mapp går inte att nå (togs ett USB-minne eller en nätverksenhet bort?), så detta sparades inte. Inget som redan var sparat gick förlorat.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error, so this was not saved. The disk may be failing: make a backup to another disk.</source>
        <translation>Disken rapporterade ett läs- eller skrivfel, så detta sparades inte. Disken kan vara på väg att gå sönder: gör en säkerhetskopia till en annan disk.</translation>
    </message>
    <message>
        <source>The backup could not be written: that disk is full. Free some space or choose another place. The vault was not changed.</source>
        <translation>Säkerhetskopian kunde inte skrivas: den disken är full. Frigör lite utrymme eller välj en annan plats. Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>The backup could not be written: that folder is read-only, or you have no rights to it. Choose another place. The vault was not changed.</source>
        <translation>Säkerhetskopian kunde inte skrivas: den mappen är skrivskyddad, eller så saknar du behörighet till den. Välj en annan plats. Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>The backup could not be written: that folder cannot be reached (was a USB stick removed?). The vault was not changed.</source>
        <translation>Säkerhetskopian kunde inte skrivas: den mappen går inte att nå (togs ett USB-minne bort?). Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>The backup could not be written: that disk reported a read or write error. Choose another disk. The vault was not changed.</source>
        <translation>Säkerhetskopian kunde inte skrivas: den disken rapporterade ett läs- eller skrivfel. Välj en annan disk. Valvet ändrades inte.</translation>
    </message>
    <message>
        <source>This passphrase does not open the transfer file, or the file is not a Nurse Desk transfer file. Nothing was changed.</source>
        <translation>Lösenfrasen öppnar inte överföringsfilen, eller så är filen inte en överföringsfil från Nurse Desk. Inget ändrades.</translation>
    </message>
    <message>
        <source>%1 is the open vault or one of its files; nothing was written. Choose another name.</source>
        <translation>%1 är det öppna valvet eller en av dess filer; inget skrevs. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1 is already there and was kept; nothing was written. Choose another name, or replace that file on purpose.</source>
        <translation>%1 finns redan och behölls; inget skrevs. Välj ett annat namn, eller ersätt den filen med avsikt.</translation>
    </message>
    <message>
        <source>%1 is already there and was kept; no backup was written. Choose another name, or replace that file on purpose.</source>
        <translation>%1 finns redan och behölls; ingen säkerhetskopia skrevs. Välj ett annat namn, eller ersätt den filen med avsikt.</translation>
    </message>
    <message>
        <source>This vault is already open on this computer, in another Nurse Desk window or program. Use that one, or close it first.</source>
        <translation>Det här valvet är redan öppet på den här datorn, i ett annat Nurse Desk-fönster eller program. Använd det, eller stäng det först.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 12 characters, e.g. four words.</source>
        <translation>Lösenfrasen är för kort: använd minst 12 tecken, t.ex. fyra ord.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess: add a word or two.</source>
        <translation>Lösenfrasen är för lätt att gissa: lägg till ett eller två ord.</translation>
    </message>
    <message>
        <source>Say briefly why pupils&apos; data is printed or exported (on the command line: --reason TEXT). Nothing was written.</source>
        <translation>Skriv kort varför elevuppgifter skrivs ut eller exporteras (på kommandoraden: --reason TEXT). Inget skrevs.</translation>
    </message>
    <message>
        <source>This note is signed and locked. Add an amendment instead.</source>
        <translation>Anteckningen är signerad och låst. Skriv ett tillägg i stället.</translation>
    </message>
    <message>
        <source>Please give a reason (or a name).</source>
        <translation>Ange en motivering (eller ett namn).</translation>
    </message>
    <message>
        <source>Enter your name and title in Settings first: they are stamped on signing.</source>
        <translation>Ange namn och titel under Inställningar först: de stämplas vid signering.</translation>
    </message>
    <message>
        <source>That name is already used.</source>
        <translation>Det namnet används redan.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Filen är tom: det finns inget att importera.</translation>
    </message>
    <message>
        <source>The file is not a table: save it from the school system as CSV (columns separated by ; , or tab) or as an Excel workbook (.xlsx).</source>
        <translation>Filen är ingen tabell: spara den från skolsystemet som CSV (kolumner åtskilda med ; , eller tabb) eller som Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: it may be damaged or password-protected.</source>
        <translation>Filen är inte en läsbar Excel-arbetsbok: den kan vara skadad eller lösenordsskyddad.</translation>
    </message>
    <message>
        <source>Which school are the pupils at? The file has no school column: choose the column that holds the school, or the school of every pupil.</source>
        <translation>Vilken skola går eleverna på? Filen har ingen skolkolumn: välj kolumnen som innehåller skolan, eller skolan för alla elever.</translation>
    </message>
    <message>
        <source>Another pupil already has this national ID.</source>
        <translation>En annan elev har redan det här personnumret.</translation>
    </message>
    <message>
        <source>Each threshold must be above zero, a share at most 100 %.</source>
        <translation>Varje gräns måste vara över noll och en andel högst 100 %.</translation>
    </message>
    <message>
        <source>There is no active consent for this. Record the consent first, or share an anonymised version.</source>
        <translation>Det finns inget giltigt samtycke för detta. Registrera samtycket först, eller dela en anonymiserad version.</translation>
    </message>
    <message>
        <source>The national ID&apos;s check digits do not add up: please check each digit.</source>
        <translation>Kontrollsiffran i personnumret stämmer inte: kontrollera varje siffra.</translation>
    </message>
    <message>
        <source>The national ID holds a date that does not exist.</source>
        <translation>Personnumret innehåller ett datum som inte finns.</translation>
    </message>
    <message>
        <source>A national ID has 11 digits (Norway) or 10–12 digits (Sweden).</source>
        <translation>Ett personnummer har 11 siffror (Norge) eller 10–12 siffror (Sverige).</translation>
    </message>
    <message>
        <source>Type the national ID with the digits 0–9 only (no ² or other digit signs).</source>
        <translation>Skriv personnumret bara med siffrorna 0–9 (inte ² eller andra siffertecken).</translation>
    </message>
    <message>
        <source>This is a valid Swedish ID number, but this vault is set to Norway. If your pupils are in Sweden, change the country under Settings → Country.</source>
        <translation>Detta är ett giltigt svenskt personnummer, men valvet är inställt på Norge. Är dina elever i Sverige, byt land under Inställningar → Land.</translation>
    </message>
    <message>
        <source>This is a valid Norwegian ID number, but this vault is set to Sweden. If your pupils are in Norway, change the country under Settings → Country.</source>
        <translation>Detta är ett giltigt norskt födelsenummer, men valvet är inställt på Sverige. Är dina elever i Norge, byt land under Inställningar → Land.</translation>
    </message>
    <message>
        <source>The consent ends before it starts: check the dates.</source>
        <translation>Samtycket slutar innan det börjar: kontrollera datumen.</translation>
    </message>
    <message>
        <source>Name the partner the consent is for.</source>
        <translation>Ange vilken samarbetspartner samtycket gäller.</translation>
    </message>
    <message>
        <source>Record whether you judge the pupil mature enough to decide alone: in Sweden that decides whose consent holds.</source>
        <translation>Skriv in om du bedömer eleven som tillräckligt mogen för att bestämma själv: i Sverige avgör det vems samtycke som gäller.</translation>
    </message>
    <message>
        <source>The birth date is after today: check the year.</source>
        <translation>Födelsedatumet är efter i dag: kontrollera årtalet.</translation>
    </message>
    <message>
        <source>The birth date is more than %1 years ago: check the year.</source>
        <translation>Födelsedatumet är mer än %1 år tillbaka: kontrollera årtalet.</translation>
    </message>
    <message>
        <source>The conversation is dated after today: check the date. A note is signed once the conversation has taken place; the draft is kept.</source>
        <translation>Samtalet är daterat efter i dag: kontrollera datumet. En anteckning signeras när samtalet har ägt rum; utkastet behålls.</translation>
    </message>
    <message>
        <source>The conversation is dated before the pupil was born: check the year. The draft is kept.</source>
        <translation>Samtalet är daterat innan eleven föddes: kontrollera årtalet. Utkastet behålls.</translation>
    </message>
    <message>
        <source>The consent is given on a day after today: record it on the day it is given.</source>
        <translation>Samtycket är givet en dag efter i dag: registrera det den dag det ges.</translation>
    </message>
    <message>
        <source>The consent is given on a day before the pupil was born: check the year.</source>
        <translation>Samtycket är givet en dag innan eleven föddes: kontrollera årtalet.</translation>
    </message>
    <message>
        <source>The consent is withdrawn on a day after today: record the withdrawal on the day it is made.</source>
        <translation>Samtycket är återkallat en dag efter i dag: registrera återkallelsen den dag den görs.</translation>
    </message>
    <message>
        <source>The consent is withdrawn on a day before it was given: check the date it was given.</source>
        <translation>Samtycket är återkallat en dag innan det gavs: kontrollera datumet då det gavs.</translation>
    </message>
    <message>
        <source>The day is more than %1 years ahead: check the year.</source>
        <translation>Dagen ligger mer än %1 år fram i tiden: kontrollera årtalet.</translation>
    </message>
    <message>
        <source>The day is more than %1 years ago: check the year.</source>
        <translation>Dagen ligger mer än %1 år tillbaka: kontrollera årtalet.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: write one number&apos;s digits, with spaces, +, - or parentheses if you like (912 34 567, +46 70-123 45 67), and no letters.</source>
        <translation>”%1” är inte ett telefonnummer: skriv siffrorna i ett nummer, gärna med mellanslag, +, - eller parenteser (912 34 567, +46 70-123 45 67), och inga bokstäver.</translation>
    </message>
    <message>
        <source>“%1” is not a readable Excel workbook: it may be damaged or password-protected.</source>
        <translation>”%1” är inte en läsbar Excel-arbetsbok: den kan vara skadad eller lösenordsskyddad.</translation>
    </message>
    <message>
        <source>Line %1 of the file opens a quotation mark (&quot;) that is never closed, so every line after it would be read as part of line %1. Nothing was imported: remove or close that quotation mark and import the file again.</source>
        <translation>Rad %1 i filen öppnar ett citattecken (&quot;) som aldrig stängs, så alla rader efter den skulle läsas som en del av rad %1. Inget importerades: ta bort eller stäng citattecknet och importera filen igen.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows below it: there is nothing to import. Check what was chosen when the file was exported (school, class, dates).</source>
        <translation>Filen har en rubrikrad men inga rader under den: det finns inget att importera. Kontrollera vad som valdes när filen exporterades (skola, klass, datum).</translation>
    </message>
    <message>
        <source>There is no saved column mapping named &apos;%1&apos;.</source>
        <translation>Det finns ingen sparad kolumnkoppling med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The file has no column named &apos;%1&apos;.</source>
        <translation>Filen har ingen kolumn med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds: %1. Choose the columns in the import dialog.</source>
        <translation>Kan inte avgöra vilken kolumn som innehåller: %1. Välj kolumnerna i importfönstret.</translation>
    </message>
    <message>
        <source>The file has %1 lines with errors; nothing was imported.</source>
        <translation>Filen har rader med fel (%1); ingenting importerades.</translation>
    </message>
    <message>
        <source>The visit cannot be marked ready yet. Still missing: %1.</source>
        <translation>Besöket kan inte markeras som klart ännu. Saknas: %1.</translation>
    </message>
    <message>
        <source>This visit has taken place; its plan is kept as it was and not changed.</source>
        <translation>Besöket är genomfört; planen sparas som den var och ändras inte.</translation>
    </message>
    <message>
        <source>That step does not fit the visit&apos;s status (draft, ready, done, documented).</source>
        <translation>Det steget passar inte besökets status (utkast, klar, genomförd, dokumenterad).</translation>
    </message>
    <message>
        <source>The consent to this home visit no longer holds (withdrawn or run out), so the visit is not marked done or documented, and its plan is a draft again. Record a new consent first.</source>
        <translation>Samtycket till detta hembesök gäller inte längre (återkallat eller utgånget), så besöket markeras inte som genomfört eller dokumenterat, och planen är ett utkast igen. Skriv in ett nytt samtycke först.</translation>
    </message>
    <message>
        <source>A sibling named on the sheet has no consent to sharing with this partner. Record the sibling&apos;s consent first, or print the private sheet.</source>
        <translation>Ett syskon som nämns på bladet har inte samtyckt till delning med denna samarbetspartner. Registrera syskonets samtycke först, eller skriv ut bladet med integritetsskydd (initialer).</translation>
    </message>
    <message>
        <source>There is no home visit with that number.</source>
        <translation>Det finns inget hembesök med det numret.</translation>
    </message>
    <message>
        <source>A visit lasts from 5 minutes to 8 hours.</source>
        <translation>Ett besök varar från 5 minuter till 8 timmar.</translation>
    </message>
    <message>
        <source>The pupil cannot be their own sibling.</source>
        <translation>Eleven kan inte vara sitt eget syskon.</translation>
    </message>
    <message>
        <source>At most 60 topics, questions or observation points in one plan.</source>
        <translation>Högst 60 ämnen, frågor eller observationspunkter i en plan.</translation>
    </message>
    <message>
        <source>Each person who comes along needs a name.</source>
        <translation>Varje person som följer med behöver ett namn.</translation>
    </message>
    <message>
        <source>Each agreed follow-up needs a text.</source>
        <translation>Varje överenskommen uppföljning behöver en text.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Ge mallen ett namn.</translation>
    </message>
    <message>
        <source>The access log was changed outside Nurse Desk: entry %1 does not follow from the entries before it.</source>
        <translation>Åtkomstloggen har ändrats utanför Nurse Desk: post %1 hänger inte ihop med posterna före den.</translation>
    </message>
    <message>
        <source>The access log was cut short outside Nurse Desk: entries from number %1 on are missing.</source>
        <translation>Åtkomstloggen har kortats utanför Nurse Desk: posterna från nummer %1 och framåt saknas.</translation>
    </message>
    <message>
        <source>The access log was rewritten or replaced outside Nurse Desk: it no longer ends as it did at entry %1.</source>
        <translation>Åtkomstloggen har skrivits om eller bytts ut utanför Nurse Desk: den slutar inte längre som den gjorde vid post %1.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Texten är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation>Filen kunde inte läsas eller skrivas (%1).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Något oväntat gick fel; inget ändrades.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 12 weeks or months.</source>
        <translation>Upprepa var 1:a till 12:e vecka eller månad.</translation>
    </message>
    <message>
        <source>A repeating follow-up needs an end: a last date or a number of times.</source>
        <translation>En återkommande uppföljning måste ha ett slut: ett sista datum eller ett antal gånger.</translation>
    </message>
    <message>
        <source>The last date is before the first one: check the dates.</source>
        <translation>Sista datumet är före det första: kontrollera datumen.</translation>
    </message>
    <message>
        <source>Repeat between 1 and 200 times.</source>
        <translation>Upprepa mellan 1 och 200 gånger.</translation>
    </message>
    <message>
        <source>This repeat rule cannot be read.</source>
        <translation>Den här upprepningsregeln kan inte läsas.</translation>
    </message>
    <message>
        <source>Give the break a name (at most 100 characters).</source>
        <translation>Ge lovet ett namn (högst 100 tecken).</translation>
    </message>
    <message>
        <source>The break ends before it starts: check the dates.</source>
        <translation>Lovet slutar innan det börjar: kontrollera datumen.</translation>
    </message>
    <message>
        <source>A break of more than four months: check the year of each date.</source>
        <translation>Ett lov på mer än fyra månader: kontrollera årtalet i varje datum.</translation>
    </message>
    <message>
        <source>This follow-up is already done or cancelled; reopen it to change it.</source>
        <translation>Den här uppföljningen är redan klar eller avbruten; öppna den igen för att ändra den.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <source>Signed %1 by %2</source>
        <translation>Signerad %1 av %2</translation>
    </message>
    <message>
        <source>Draft: not signed yet</source>
        <translation>Utkast: inte signerad än</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Behov av uppföljning</translation>
    </message>
    <message>
        <source>Amendment %1 by %2</source>
        <translation>Tillägg %1 av %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Mature enough to decide alone</source>
        <translation>Tillräckligt mogen för att bestämma själv</translation>
    </message>
    <message>
        <source>Not mature enough: the guardians decide</source>
        <translation>Inte tillräckligt mogen: vårdnadshavarna bestämmer</translation>
    </message>
    <message>
        <source>Pupil&apos;s maturity</source>
        <translation>Elevens mognad</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Behov av uppföljning</translation>
    </message>
    <message>
        <source>&amp;Sign and lock…</source>
        <translation>&amp;Signera och lås…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Spara som &amp;mall…</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Samtalet</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>Bedömningen</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Radera utkast</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Start from t&amp;emplate:</source>
        <translation>&amp;Utgå från mall:</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>A&amp;greed actions</source>
        <translation>Överenskomna &amp;åtgärder</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>S&amp;amtal</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Bedömning</translation>
    </message>
    <message>
        <source>Save draft and &amp;close</source>
        <translation>Spara utkast och stän&amp;g</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the draft and closes; Ctrl+S saves it and goes on.</source>
        <translation>Ctrl+Enter sparar utkastet och stänger; Ctrl+S sparar och låter dig skriva vidare.</translation>
    </message>
    <message>
        <source>New note: saved as a draft as you type.</source>
        <translation>Ny anteckning: sparas som utkast medan du skriver.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Utkast sparat %1</translation>
    </message>
    <message>
        <source>Too long to keep: %1 may hold at most %2 characters.</source>
        <translation>För långt för att sparas: %1 får ha högst %2 tecken.</translation>
    </message>
    <message>
        <source>Keep this note as a draft? Discard throws away what you wrote.</source>
        <translation>Behålla anteckningen som utkast? Kasta tar bort det du har skrivit.</translation>
    </message>
    <message>
        <source>Keep your changes to this draft? Discard puts it back as it was when you opened it.</source>
        <translation>Behålla ändringarna i utkastet? Kasta återställer det som det var när du öppnade det.</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Stäng anteckning</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>Nothing to sign yet: write the note first.</source>
        <translation>Inget att signera ännu: skriv anteckningen först.</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Signera anteckning</translation>
    </message>
    <message>
        <source>Once signed, the note is locked. Corrections are then added as amendments, and the original stays. Sign now?</source>
        <translation>När anteckningen har signerats låses den. Rättelser läggs då till som tillägg, och originalet finns kvar. Signera nu?</translation>
    </message>
    <message>
        <source>Too long to sign: %1 has %2 characters, and at most %3 can be signed. The draft is kept; shorten it, then sign.</source>
        <translation>För långt för att signeras: %1 har %2 tecken, och högst %3 kan signeras. Utkastet finns kvar; korta ner det och signera sedan.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Radera utkast</translation>
    </message>
    <message>
        <source>Delete this draft for good?</source>
        <translation>Radera det här utkastet permanent?</translation>
    </message>
</context>
<context>
    <name>NoteFollowUp</name>
    <message>
        <source>Follow-up needed</source>
        <translation>Behov av uppföljning</translation>
    </message>
    <message>
        <source>The note says a follow-up is needed. Plan it now?</source>
        <translation>Anteckningen säger att uppföljning behövs. Vill du planera den nu?</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Search in notes</source>
        <translation>Sök i anteckningar</translation>
    </message>
    <message>
        <source>Words to find, e.g. søvn mobbing</source>
        <translation>Ord att söka efter, t.ex. sömn mobbning</translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits.</source>
        <translation>Skriv ett ord att söka efter: bokstäver eller siffror.</translation>
    </message>
    <message numerus="yes">
        <source>%n or more notes found; the latest are shown. Add a word to narrow the search.</source>
        <translation>
            <numerusform>%n eller fler anteckningar hittades; de senaste visas. Lägg till ett ord för att begränsa sökningen.</numerusform>
            <numerusform>%n eller fler anteckningar hittades; de senaste visas. Lägg till ett ord för att begränsa sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes found</source>
        <translation>
            <numerusform>%n anteckning hittades</numerusform>
            <numerusform>%n anteckningar hittades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Start from template</source>
        <translation>Utgå från mall</translation>
    </message>
    <message>
        <source>Start from “%1”? It replaces the topics and the text written so far.</source>
        <translation>Utgå från ”%1”? Mallen ersätter ämnena och texten som skrivits hittills.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <source>&amp;Keep what I wrote</source>
        <translation>&amp;Behåll det jag skrev</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Mallen har sparats.</translation>
    </message>
</context>
<context>
    <name>OpenFollowUpsLabel</name>
    <message>
        <source>Open follow-ups:</source>
        <translation>Öppna uppföljningar:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Redigera samverkanspart</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Ny samverkanspart</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>En samverkanspart</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Verksamhet:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>Save the partner with what you typed? Discard throws it away.</source>
        <translation>Spara samverkansparten med det du skrev? Kasta tar bort det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Kasta</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Verksamhet</translation>
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
        <translation>Remisser</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Filter by name, kind, organisation…</source>
        <translation>Filtrera på namn, typ, verksamhet…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>Add standard services</source>
        <translation>Lägg till standardverksamheter</translation>
    </message>
    <message>
        <source>Adds the usual services of the country chosen in Settings that are missing</source>
        <translation>Lägger till de vanliga verksamheterna i landet som valts i Inställningar, som saknas</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Ny samverkanspart…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Ar&amp;kivera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Ny samverkanspart</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Redigera samverkanspart</translation>
    </message>
    <message>
        <source>%1 has referrals, so it is archived instead of deleted: hidden from new referrals, kept in the ones sent. Archive it?</source>
        <translation>%1 har remisser och arkiveras därför i stället för att tas bort: dold vid nya remisser, kvar i de skickade. Vill du arkivera?</translation>
    </message>
    <message>
        <source>Delete %1 from the directory?</source>
        <translation>Ta bort %1 ur samverkanslistan?</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samverkanspart</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samverkansparter</translation>
    </message>
    <message>
        <source>Partners added: %1.</source>
        <translation>Samverkansparter tillagda: %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open the vault again: not you, not IT, not the makers of Nurse Desk.</source>
        <translation>Skriv ner lösenfrasen och förvara den på ett säkert ställe. Om den går förlorad kan ingen öppna valvet igen: varken du, IT-avdelningen eller utvecklarna av Nurse Desk.</translation>
    </message>
    <message>
        <source>At least 12 characters. Four unrelated words are easy to remember.</source>
        <translation>Minst 12 tecken. Fyra ord utan samband är lätta att komma ihåg.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>För kort</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters.</source>
        <translation>För kort: använd minst 12 tecken.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another word.</source>
        <translation>För lätt att gissa: lägg till ett ord till.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De två lösenfraserna stämmer inte överens än.</translation>
    </message>
    <message>
        <source>Good: the passphrases match.</source>
        <translation>Bra: lösenfraserna stämmer överens.</translation>
    </message>
</context>
<context>
    <name>PassphraseShown</name>
    <message>
        <source>Record handed over</source>
        <translation>Journalen är överförd</translation>
    </message>
    <message>
        <source>The record was written to %1. Give the receiving nurse this passphrase separately from the file (by phone or on paper). It is shown only now.</source>
        <translation>Journalen skrevs till %1. Ge skolsköterskan som tar emot den här lösenfrasen separat från filen (per telefon eller på papper). Den visas bara nu.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Större</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Print on paper through the system dialog (Ctrl+P)</source>
        <translation>Skriv ut på papper via systemets utskriftsdialog (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF file (Ctrl+S)</source>
        <translation>Spara en okrypterad PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted: anyone who gets the file can read it. Save it only where it is safe, and delete it when you no longer need it. Continue?</source>
        <translation>PDF-filen krypteras inte: den som får tag i filen kan läsa den. Spara den bara där den är säker, och radera den när du inte behöver den längre. Fortsätta?</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>PlanOverLock</name>
    <message>
        <source>A home-visit plan</source>
        <translation>En plan för hembesök</translation>
    </message>
    <message>
        <source>A home-visit plan: saved as it stood when the vault locked, but without the phone %1, which is not a phone number. Find it under Home visits; check it before the visit.</source>
        <translation>En plan för hembesök: sparad som den var när valvet låstes, men utan telefonen %1, som inte är ett telefonnummer. Du hittar den under Hembesök; gå igenom den före besöket.</translation>
    </message>
    <message>
        <source>A home-visit plan: saved as it stood when the vault locked. Find it under Home visits; check it before the visit.</source>
        <translation>En plan för hembesök: sparad som den var när valvet låstes. Du hittar den under Hembesök; gå igenom den före besöket.</translation>
    </message>
</context>
<context>
    <name>PrintPrivacyCheckBox</name>
    <message>
        <source>Print &amp;private versions by default</source>
        <translation>Skriv ut &amp;integritetsversioner som standard</translation>
    </message>
    <message>
        <source>Private printouts show initials and year of birth instead of names and ID numbers, and no address: for sheets others may see. You can still choose each time you print.</source>
        <translation>Integritetsversioner visar initialer och födelseår i stället för namn och personnummer, och ingen adress: för blad som andra kan se. Du kan fortfarande välja varje gång du skriver ut.</translation>
    </message>
</context>
<context>
    <name>ProtectedIdentityBar</name>
    <message>
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>The address, the way to the home and the guardians&apos; contact details are never printed or exported, and are shown only when you ask (logged).</source>
        <translation>Adressen, vägbeskrivningen och vårdnadshavarnas kontaktuppgifter skrivs aldrig ut eller exporteras, och visas bara när du ber om det (loggas).</translation>
    </message>
    <message>
        <source>Show con&amp;tact details</source>
        <translation>Visa &amp;kontaktuppgifter</translation>
    </message>
    <message>
        <source>Remove protection…</source>
        <translation>Ta bort skyddet…</translation>
    </message>
    <message>
        <source>Mark protected identity…</source>
        <translation>Markera skyddade personuppgifter…</translation>
    </message>
    <message>
        <source>Mark this pupil as having protected identity? The address and the guardians&apos; contact details will never be printed or exported.</source>
        <translation>Markera att eleven har skyddade personuppgifter? Adressen och vårdnadshavarnas kontaktuppgifter skrivs då aldrig ut eller exporteras.</translation>
    </message>
    <message>
        <source>Remove the protected identity? Only do this when the registry no longer protects the pupil: addresses may then be printed again.</source>
        <translation>Ta bort de skyddade personuppgifterna? Gör det bara när Skatteverket inte längre skyddar eleven: adresser kan då skrivas ut igen.</translation>
    </message>
</context>
<context>
    <name>PupilAbsenceWidget</name>
    <message>
        <source>← &amp;Absence</source>
        <translation>← &amp;Frånvaro</translation>
    </message>
    <message>
        <source>Back to the flagged pupils (Alt+Left)</source>
        <translation>Tillbaka till de flaggade eleverna (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Open pupil&apos;s &amp;page</source>
        <translation>Öppna elevens &amp;sida</translation>
    </message>
    <message>
        <source>Patterns found (reported and excused absence counts)</source>
        <translation>Mönster som hittats (anmäld och giltig frånvaro räknas)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>&amp;Kvittera…</translation>
    </message>
    <message>
        <source>Hide this flag until the pattern changes; you give a short reason</source>
        <translation>Dölj flaggan tills mönstret ändras; du anger en kort motivering</translation>
    </message>
    <message>
        <source>Create &amp;follow-up</source>
        <translation>Skapa &amp;uppföljning</translation>
    </message>
    <message>
        <source>A follow-up to check the absence in a week, then the pupil&apos;s page</source>
        <translation>En uppföljning för att kontrollera frånvaron om en vecka, sedan elevens sida</translation>
    </message>
    <message>
        <source>Write conversation &amp;note</source>
        <translation>Skriv &amp;samtalsanteckning</translation>
    </message>
    <message>
        <source>A draft note about absence with this pattern, then the pupil&apos;s page</source>
        <translation>Ett utkast till anteckning om frånvaro med detta mönster, sedan elevens sida</translation>
    </message>
    <message numerus="yes">
        <source>Absent %1 of %2 school days (%3 %) since %4, in %n episodes.</source>
        <translation>
            <numerusform>Frånvarande %1 av %2 skoldagar (%3 %) sedan %4, vid %n tillfälle.</numerusform>
            <numerusform>Frånvarande %1 av %2 skoldagar (%3 %) sedan %4, vid %n tillfällen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent days per week</source>
        <translation>Frånvarodagar per vecka</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Per veckodag</translation>
    </message>
    <message>
        <source>Missed lessons by subject</source>
        <translation>Missade lektioner per ämne</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lektioner</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(kvitterad)</translation>
    </message>
    <message>
        <source>No worrying pattern with the current thresholds.</source>
        <translation>Inga oroande mönster med nuvarande gränser.</translation>
    </message>
    <message>
        <source>This pattern already has an open follow-up, due %1:
%2</source>
        <translation>Det här mönstret har redan en öppen uppföljning med datum %1:
%2</translation>
    </message>
    <message>
        <source>Absence pattern: %1</source>
        <translation>Frånvaromönster: %1</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Frånvaro</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>Edit pupil</source>
        <translation>Redigera elev</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Ny elev</translation>
    </message>
    <message>
        <source>A pupil&apos;s details</source>
        <translation>Uppgifter om en elev</translation>
    </message>
    <message>
        <source>A new pupil</source>
        <translation>En ny elev</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Has left the school on:</source>
        <translation>Har slutat på skolan:</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>F&amp;ödd:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skola:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klass:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Row %1 of the guardians has no name: give one, or clear the row.</source>
        <translation>Rad %1 bland vårdnadshavarna saknar namn: skriv in ett namn, eller töm raden.</translation>
    </message>
    <message>
        <source>%1 (%2) already has this national ID.</source>
        <translation>%1 (%2) har redan det här personnumret.</translation>
    </message>
    <message>
        <source>Save the pupil with what you typed? Discard throws it away.</source>
        <translation>Spara eleven med det du skrev? Kasta tar bort det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Kasta</translation>
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
        <translation>Tillbaka till listan (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+N)</source>
        <translation>Skriv en anteckning (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;consent</source>
        <translation>Nytt &amp;samtycke</translation>
    </message>
    <message>
        <source>Plan a home visit for this pupil (Ctrl+Shift+N)</source>
        <translation>Planera ett hembesök hos den här eleven (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it pupil…</source>
        <translation>Red&amp;igera elev…</translation>
    </message>
    <message>
        <source>E&amp;xport record…</source>
        <translation>E&amp;xportera journal…</translation>
    </message>
    <message>
        <source>The whole record and its access log as a PDF, e.g. for an access request</source>
        <translation>Hela journalen med åtkomstlogg som PDF, t.ex. vid begäran om insyn</translation>
    </message>
    <message>
        <source>The record in an encrypted file for the nurse at the pupil&apos;s new school</source>
        <translation>Journalen i en krypterad fil till skolsköterskan på elevens nya skola</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>Re&amp;digera utkast</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Skriv &amp;tillägg…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Återkalla samtycke…</translation>
    </message>
    <message>
        <source>&amp;Open visit plan…</source>
        <translation>Öppna &amp;besöksplan…</translation>
    </message>
    <message>
        <source>The home visit&apos;s whole plan (Enter)</source>
        <translation>Hela planen för hembesöket (Enter)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Plan follow-&amp;up…</source>
        <translation>Planera &amp;uppföljning…</translation>
    </message>
    <message>
        <source>Plan home &amp;visit…</source>
        <translation>&amp;Planera hembesök…</translation>
    </message>
    <message>
        <source>Han&amp;d over…</source>
        <translation>&amp;För över…</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Född %1</translation>
    </message>
    <message>
        <source>needs interpreter</source>
        <translation>behöver tolk</translation>
    </message>
    <message>
        <source>left school</source>
        <translation>har slutat skolan</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Exportera journal</translation>
    </message>
    <message>
        <source>The PDF will not be encrypted. Save it only where it is safe, and delete it when it has been handed over. Continue?</source>
        <translation>PDF-filen krypteras inte. Spara den bara där den är säker, och radera den när den har lämnats ut. Fortsätta?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Record that this consent was withdrawn today? Nothing may be shared on it from now on.</source>
        <translation>Registrera att det här samtycket återkallades i dag? Från och med nu får inget delas med stöd av det.</translation>
    </message>
</context>
<context>
    <name>PupilReferralsPanel</name>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Remittera…</translation>
    </message>
    <message>
        <source>Send a referral to a partner (needs the pupil&apos;s consent for that partner)</source>
        <translation>Skicka en remiss till en samverkanspart (kräver samtycke för just den parten)</translation>
    </message>
    <message>
        <source>Cite &amp;measure…</source>
        <translation>Hän&amp;visa till insats…</translation>
    </message>
    <message>
        <source>Link a measure from the catalogue to this note</source>
        <translation>Koppla en insats från katalogen till den här anteckningen</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>Remisser:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Measures in this note: %1</source>
        <translation>Insatser i anteckningen: %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
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
        <translation>&amp;Importera klasslista…</translation>
    </message>
    <message>
        <source>New school &amp;year…</source>
        <translation>Nytt &amp;läsår…</translation>
    </message>
    <message>
        <source>Show pupils who have left</source>
        <translation>Visa elever som har slutat</translation>
    </message>
    <message>
        <source>Filter by name, class, school or ID…</source>
        <translation>Filtrera på namn, klass, skola eller ID…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 pupils</source>
        <translation>Visar %1 av %2 elever</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen hittades inte.
Kontrollera att mappnamnet är rätt.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen hittades inte.
Kontrollera att filnamnet är rätt.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” är skrivskyddad.
Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort ”%1”?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Visa som detaljerad lista</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunde inte ta bort mappen.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljerad vy</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;typ:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Hitta mapp</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå bakåt</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till mappen ovanför</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Mappen ovanför</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min dator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer …</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Why does this leave the app? The access log keeps your answer with the print or export.</source>
        <translation>Varför ska detta lämna appen? Åtkomstloggen sparar ditt svar tillsammans med utskriften eller exporten.</translation>
    </message>
</context>
<context>
    <name>ReasonFields</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>Med egna &amp;ord:</translation>
    </message>
    <message>
        <source>Optional, unless you chose Other</source>
        <translation>Frivilligt, utom när du valde Annat</translation>
    </message>
</context>
<context>
    <name>ReceiveRecordButton</name>
    <message>
        <source>Recei&amp;ve a record…</source>
        <translation>Ta emot en &amp;journal…</translation>
    </message>
    <message>
        <source>Take in a pupil&apos;s record handed over by the nurse at the previous school</source>
        <translation>Ta in en elevs journal som skolsköterskan på förra skolan fört över</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Receive a record</source>
        <translation>Ta emot en journal</translation>
    </message>
    <message>
        <source>The one-time passphrase you were given:</source>
        <translation>Engångslösenfrasen du fick:</translation>
    </message>
    <message>
        <source>The school named in the file</source>
        <translation>Skolan som står i filen</translation>
    </message>
    <message>
        <source>If the pupil is new here, place them at:</source>
        <translation>Om eleven är ny här, lägg till eleven vid:</translation>
    </message>
    <message>
        <source>another vault</source>
        <translation>ett annat valv</translation>
    </message>
    <message>
        <source>Everything in the file from %1 was already here; nothing was added.</source>
        <translation>Allt i filen från %1 fanns redan här; inget lades till.</translation>
    </message>
    <message>
        <source>The record from %1 was received: %2 items added, %3 already here.</source>
        <translation>Journalen från %1 är mottagen: %2 delar tillagda, %3 fanns redan.</translation>
    </message>
    <message>
        <source>The pupil is still at school: only the record of a pupil who left is deposited or removed.</source>
        <translation>Eleven går fortfarande på skolan: bara journalen för en elev som har slutat levereras eller gallras.</translation>
    </message>
    <message>
        <source>Deposit the record in the archive first; only then can the pupil be removed.</source>
        <translation>Leverera journalen till arkivet först; först då kan eleven gallras.</translation>
    </message>
    <message>
        <source>The record has changed since it was deposited: deposit it again, so the archive holds all of it; only then can the pupil be removed.</source>
        <translation>Journalen har ändrats sedan den lämnades till arkivet: lämna den igen, så att arkivet har hela journalen; först då kan eleven tas bort.</translation>
    </message>
    <message>
        <source>The retention rule in Settings keeps these records: the pupil cannot be removed.</source>
        <translation>Bevaranderegeln i Inställningar behåller dessa journaler: eleven kan inte gallras.</translation>
    </message>
    <message>
        <source>The retention time has not passed yet: the pupil cannot be removed.</source>
        <translation>Bevarandetiden har inte gått ännu: eleven kan inte gallras.</translation>
    </message>
    <message>
        <source>There is no pupil with this number in the vault.</source>
        <translation>Det finns ingen elev med det numret i valvet.</translation>
    </message>
    <message>
        <source>Some of the pupil&apos;s notes are drafts. Sign them or discard them first: the nurse who receives the record could only sign them in her own name. Nothing was written.</source>
        <translation>Några av elevens anteckningar är utkast. Signera eller kasta dem först: skolsköterskan som tar emot journalen skulle bara kunna signera dem i sitt eget namn. Inget skrevs.</translation>
    </message>
    <message>
        <source>Write why the record is handed over (for example, the pupil moved).</source>
        <translation>Skriv varför journalen förs över (till exempel att eleven har flyttat).</translation>
    </message>
    <message>
        <source>The file is not one pupil&apos;s handed-over record; nothing was imported.</source>
        <translation>Filen är inte en enskild elevs överförda journal; inget importerades.</translation>
    </message>
</context>
<context>
    <name>ReferralDetails</name>
    <message>
        <source>Referral sent</source>
        <translation>Remiss skickad</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>Remiss besvarad</translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation>Remiss avslutad</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Remiss till %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Svar väntas senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the answer is overdue</source>
        <translation>svaret är försenat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Change its status on the Referrals page.</source>
        <translation>Ändra status på sidan Remisser.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>A referral</source>
        <translation>En remiss</translation>
    </message>
    <message>
        <source>Save this referral? Discard throws away what you wrote.</source>
        <translation>Spara den här remissen? Kasta slänger det du har skrivit.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>&amp;Elev:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Samarbets&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>S&amp;kickad:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation>Svar &amp;väntas senast:</translation>
    </message>
    <message>
        <source>No active consent to contact %1 for this pupil. Record it on the pupil&apos;s page first (For: contact a named partner).</source>
        <translation>Det finns inget giltigt samtycke att kontakta %1 om den här eleven. Registrera det på elevsidan först (Gäller: kontakt med namngiven samverkanspart).</translation>
    </message>
    <message>
        <source>Consent to contact %1 given %2.</source>
        <translation>Samtycke att kontakta %1 lämnat %2.</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Välj en elev i listan.</translation>
    </message>
</context>
<context>
    <name>ReferralEditDialog</name>
    <message>
        <source>Referral: %1 to %2</source>
        <translation>Remiss: %1 till %2</translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation>Svar &amp;väntas senast:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
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
        <translation>Samverkanspart</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>Svar väntas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
</context>
<context>
    <name>ReferralWording</name>
    <message>
        <source>Give the partner a name.</source>
        <translation>Ge samverkansparten ett namn.</translation>
    </message>
    <message>
        <source>A partner&apos;s name, organisation or e-mail holds at most 200 characters, a phone 50 and an address 500: shorten it, nothing was saved.</source>
        <translation>En samarbetspartners namn, organisation eller e-post får ha högst 200 tecken, telefon 50 och adress 500: korta texten, inget sparades.</translation>
    </message>
    <message>
        <source>Write the reason for the referral.</source>
        <translation>Skriv skälet till remissen.</translation>
    </message>
    <message>
        <source>The reason is too long: at most 2000 characters.</source>
        <translation>Skälet är för långt: högst 2000 tecken.</translation>
    </message>
    <message>
        <source>This partner is archived: restore it in Partners first.</source>
        <translation>Den här samverkansparten är arkiverad: återställ den under Samverkansparter först.</translation>
    </message>
    <message>
        <source>The answer cannot be expected before the referral was sent.</source>
        <translation>Svaret kan inte väntas innan remissen skickades.</translation>
    </message>
    <message>
        <source>That date is before the referral was sent.</source>
        <translation>Det datumet är före att remissen skickades.</translation>
    </message>
    <message>
        <source>A referral&apos;s status only moves forward.</source>
        <translation>En remiss status kan bara flyttas framåt.</translation>
    </message>
    <message>
        <source>The referral is closed.</source>
        <translation>Remissen är avslutad.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>namnet saknas</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>namnet är längre än 200 tecken</translation>
    </message>
    <message>
        <source>the target group is longer than 300 characters</source>
        <translation>målgruppen är längre än 300 tecken</translation>
    </message>
    <message>
        <source>the description is longer than 2000 characters</source>
        <translation>beskrivningen är längre än 2000 tecken</translation>
    </message>
    <message>
        <source>the link is longer than 500 characters</source>
        <translation>länken är längre än 500 tecken</translation>
    </message>
    <message>
        <source>the link must start with http:// or https://</source>
        <translation>länken måste börja med http:// eller https://</translation>
    </message>
    <message>
        <source>The first line must name the columns: Tiltak (or Åtgärd, Measure), and if you like Målgruppe, Kort beskrivelse, Lenke. Nothing was imported.</source>
        <translation>Första raden måste namnge kolumnerna: Åtgärd (eller Tiltak, Measure), och gärna även Målgrupp, Kort beskrivning, Länk. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file holds headings but no measures.</source>
        <translation>Filen har rubriker men inga insatser.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these lines and try again:</source>
        <translation>Inget importerades. Rätta de här raderna och försök igen:</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>Re&amp;misser</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Sam&amp;verkansparter</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Insatser</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Filter by pupil, partner, status or reason…</source>
        <translation>Filtrera på elev, samverkanspart, status eller skäl…</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Visa avslutade</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny remiss…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Ange &amp;status…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Redigera remiss</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Remissens status</translation>
    </message>
</context>
<context>
    <name>RepeatWords</name>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>varje vecka</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>var %n:e vecka</numerusform>
            <numerusform>var %n:e vecka</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n gång</numerusform>
            <numerusform>%n gånger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceFile</name>
    <message>
        <source>%1 is already there. Replace it? What it holds will be lost.</source>
        <translation>%1 finns redan. Vill du ersätta den? Det som finns i den går förlorat.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup replaces everything in the open vault. The backup is checked first; the current vault is kept aside until the restore has succeeded. Afterwards the vault opens with the backup&apos;s passphrase.</source>
        <translation>Säkerhetskopian ersätter allt i det öppna valvet. Säkerhetskopian kontrolleras först; det nuvarande valvet sparas undan tills återställningen har lyckats. Därefter öppnas valvet med säkerhetskopians lösenfras.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Säkerhetskopia:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Kopians lösenfras:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault);;All files (*)</source>
        <translation>Nurse Desk-valv (*.vault);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <source>New school year</source>
        <translation>Nytt läsår</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skola:</translation>
    </message>
    <message>
        <source>&amp;Top grade (leaves after):</source>
        <translation>Högsta års&amp;kurs (slutar efter):</translation>
    </message>
    <message>
        <source>Mark pupils leaving the top grade as left school</source>
        <translation>Markera eleverna i högsta årskursen som slutat</translation>
    </message>
    <message>
        <source>&amp;Move classes up</source>
        <translation>&amp;Flytta upp klasserna</translation>
    </message>
    <message>
        <source>Move up a grade: %1 · Leave school: %2 · Not moved: %3</source>
        <translation>Flyttas upp en årskurs: %1 · Slutar: %2 · Flyttas inte: %3</translation>
    </message>
    <message>
        <source>The classes at this school were already moved up on %1.</source>
        <translation>Klasserna på den här skolan flyttades redan upp %1.</translation>
    </message>
    <message>
        <source>Move every class at %1 up a grade now? This cannot be undone in one step.</source>
        <translation>Flytta upp alla klasser på %1 en årskurs nu? Det går inte att ångra i ett steg.</translation>
    </message>
</context>
<context>
    <name>SchoolsDialog</name>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Läsåret börjar</translation>
    </message>
    <message>
        <source>&amp;Add school</source>
        <translation>&amp;Lägg till skola</translation>
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
        <translation>När</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Träff</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Lås &amp;efter inaktivitet:</translation>
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
        <translation>Ditt &amp;namn (signerar anteckningar):</translation>
    </message>
    <message>
        <source>Your &amp;title:</source>
        <translation>Din &amp;titel:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>Show unsigned &amp;drafts on Today after:</source>
        <translation>Visa osignerade &amp;utkast på I dag efter:</translation>
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
        <translation>Åtkomstl&amp;ogg…</translation>
    </message>
    <message>
        <source>&amp;Schools…</source>
        <translation>Sko&amp;lor…</translation>
    </message>
    <message>
        <source>&amp;Yearly figures…</source>
        <translation>Års&amp;statistik…</translation>
    </message>
    <message>
        <source>Ch&amp;ange passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Restore from back&amp;up…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportera allt…</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole vault as open JSON, so your records are never locked in</source>
        <translation>Hela valvet som öppen JSON, så att dina journaler aldrig är inlåsta</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Valvet</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Säkerhetsko&amp;piera…</translation>
    </message>
    <message>
        <source>Back up regularly to an encrypted file on a drive you keep safe. Use full-disk encryption on this computer too: printouts saved as PDF are not encrypted.</source>
        <translation>Säkerhetskopiera regelbundet till en krypterad fil på en enhet som du förvarar säkert. Använd även fullständig diskkryptering på den här datorn: utskrifter som sparas som PDF är inte krypterade.</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>Preparation sheet</source>
        <translation>Förberedelseblad</translation>
    </message>
    <message>
        <source>&amp;Private: initials and year of birth, no ID number or address</source>
        <translation>&amp;Integritet: initialer och födelseår, utan personnummer och adress</translation>
    </message>
    <message>
        <source>Leave out &amp;school and class as well</source>
        <translation>Utelämna även &amp;skola och klass</translation>
    </message>
    <message>
        <source>In a small place initials with a school and a class can point to a family</source>
        <translation>På en liten ort kan initialer tillsammans med skola och klass peka ut en familj</translation>
    </message>
    <message>
        <source>For use &amp;outside the health service</source>
        <translation>För användning &amp;utanför elevhälsan</translation>
    </message>
    <message>
        <source>&amp;Given to:</source>
        <translation>&amp;Lämnas till:</translation>
    </message>
    <message>
        <source>A named sheet for someone outside the health service needs the family&apos;s consent to share with them. The private version does not.</source>
        <translation>Ett blad med namn till någon utanför elevhälsan kräver samtycke till att dela med dem. Integritetsversionen gör det inte.</translation>
    </message>
    <message>
        <source>Every print and saved copy is written to the access log.</source>
        <translation>Varje utskrift och sparad kopia förs in i åtkomstloggen.</translation>
    </message>
</context>
<context>
    <name>SkipReasonCheckBox</name>
    <message>
        <source>Don&apos;t ask for a &amp;reason when I print my own visit sheet</source>
        <translation>Fråga inte efter skäl när jag skriver ut &amp;mitt eget besöksblad</translation>
    </message>
    <message>
        <source>Printing is logged either way. A sheet for someone outside the health service, the agenda and every export still ask why.</source>
        <translation>Utskriften loggas ändå. Ett blad till någon utanför hälso- och sjukvården, veckoplanen och alla exporter frågar fortfarande varför.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Move to another day</source>
        <translation>Flytta till en annan dag</translation>
    </message>
    <message>
        <source>Next school day</source>
        <translation>Nästa skoldag</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Om en vecka</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Referral status</source>
        <translation>Remissens status</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Long-term absence</source>
        <translation>Långvarig frånvaro</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Kronisk sjukdom</translation>
    </message>
    <message>
        <source>Newly arrived family</source>
        <translation>Nyanländ familj</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Amendment to note of %1</source>
        <translation>Tillägg till anteckning från %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
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
        <translation>&amp;Ny uppföljning…</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>&amp;Skriv ut veckan…</translation>
    </message>
    <message>
        <source>This week&apos;s agenda on paper or as PDF</source>
        <translation>Veckans uppföljning på papper eller som PDF</translation>
    </message>
    <message>
        <source>Initials and year of birth only…</source>
        <translation>Endast initialer och födelseår…</translation>
    </message>
    <message>
        <source>With full names and details…</source>
        <translation>Med fullständiga namn och detaljer…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportera kalender…</translation>
    </message>
    <message>
        <source>An .ics file for a calendar: initials and the kind of task only</source>
        <translation>En .ics-fil till en kalender: endast initialer och typ av uppgift</translation>
    </message>
    <message>
        <source>&amp;Open pupil</source>
        <translation>Ö&amp;ppna elev</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Klar…</translation>
    </message>
    <message>
        <source>Mark as done and note the outcome (Ctrl+D)</source>
        <translation>Markera som klar och skriv resultatet (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Flytta…</translation>
    </message>
    <message>
        <source>S&amp;kip this date</source>
        <translation>&amp;Hoppa över detta datum</translation>
    </message>
    <message>
        <source>Nothing planned. Follow-ups you plan from a note, a pupil&apos;s page or the Follow-ups section appear here, with what is overdue at the top.</source>
        <translation>Inget planerat. Uppföljningar du planerar från en anteckning, en elevsida eller avsnittet Uppföljningar visas här, med det som är försenat överst.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>vecka %1</translation>
    </message>
    <message>
        <source>No school today: %1</source>
        <translation>Ingen skola i dag: %1</translation>
    </message>
    <message>
        <source>Agenda, week %1</source>
        <translation>Uppföljning vecka %1</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportera kalender</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>Valvet är låst</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Valv: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is “demo”.</source>
        <translation>Demovalv: lösenfrasen är ”demo”.</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Öppna ett annat valv…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Skapa ett nytt valv…</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Öppna ett valv</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault);;All files (*)</source>
        <translation>Nurse Desk-valv (*.vault);;Alla filer (*)</translation>
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
        <translation>Lösenfrasen har ändrats.</translation>
    </message>
    <message>
        <source>Replace the existing backup file %1?</source>
        <translation>Ersätta den befintliga säkerhetskopian %1?</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Säkerhetskopian har skrivits och verifierats: %1</translation>
    </message>
    <message>
        <source>Replace everything in this vault by the backup %1?</source>
        <translation>Ersätta allt i det här valvet med säkerhetskopian %1?</translation>
    </message>
    <message>
        <source>The vault has been restored from the backup.</source>
        <translation>Valvet har återställts från säkerhetskopian.</translation>
    </message>
    <message>
        <source>The demo vault will be thrown away when you close Nurse Desk. Close now?</source>
        <translation>Demovalvet raderas när du stänger Nurse Desk. Vill du stänga nu?</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Home visit: %1</source>
        <translation>Hembesök: %1</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Nytt hembesök</translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation>&amp;Elev:</translation>
    </message>
    <message>
        <source>Start from &amp;template:</source>
        <translation>Utgå från &amp;mall:</translation>
    </message>
    <message>
        <source>Type part of a name or class…</source>
        <translation>Skriv en del av ett namn eller en klass…</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Välj en mall…</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>&amp;Fyll i</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Spara s&amp;om mall…</translation>
    </message>
    <message>
        <source>Protected identity: this family&apos;s address is secret. Think twice before visiting the home (meeting at school or elsewhere may be safer), tell no one where you go beyond those who must know, and write the address on nothing that leaves the app: the sheet will leave it out.</source>
        <translation>Skyddade personuppgifter: familjens adress är hemlig. Tänk efter innan du gör hembesök (ett möte i skolan eller någon annanstans kan vara säkrare), berätta inte för någon vart du åker utöver dem som måste veta, och skriv inte adressen på något som lämnar appen: bladet utelämnar den.</translation>
    </message>
    <message>
        <source>This visit has taken place (status: %1): its plan is shown as it was, and can no longer be changed.</source>
        <translation>Det här besöket har ägt rum (status: %1): planen visas som den var och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Choose the pupil first.</source>
        <translation>Välj eleven först.</translation>
    </message>
    <message>
        <source>Not ready yet. Still missing: %1.</source>
        <translation>Inte klar ännu. Saknas: %1.</translation>
    </message>
    <message>
        <source>Notice, consent and purpose are in place: the plan can be marked ready.</source>
        <translation>Avisering, samtycke och syfte finns: planen kan markeras som klar.</translation>
    </message>
    <message>
        <source>Choose the time of the visit.</source>
        <translation>Välj tid för besöket.</translation>
    </message>
    <message>
        <source>No valid consent to a home visit on the day. The guardians consent, or the pupil alone once you have judged her or him mature enough to decide.</source>
        <translation>Inget giltigt samtycke till hembesök den dagen. Vårdnadshavarna samtycker, eller eleven själv när du har bedömt att eleven är mogen nog att bestämma själv.</translation>
    </message>
    <message>
        <source>No valid consent to a home visit on the day. Below 16 a guardian consents; from 16 the pupil.</source>
        <translation>Inget giltigt samtycke till hembesök på dagen. Under 16 år samtycker en vårdnadshavare; från 16 år eleven själv.</translation>
    </message>
    <message>
        <source>Consent given %1 by %2, %3.</source>
        <translation>Samtycke lämnat %1 av %2, %3.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Mallens namn:</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Välj en elev i listan.</translation>
    </message>
    <message>
        <source>This pupil has protected identity. Plan a visit to the home all the same?</source>
        <translation>Eleven har skyddade personuppgifter. Vill du ändå planera ett besök i hemmet?</translation>
    </message>
    <message>
        <source>Save this plan? Discard throws away what you filled in.</source>
        <translation>Spara den här planen? Kasta tar bort det du har fyllt i.</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Spara planen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
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
        <translation>&amp;Hemmet och avisering</translation>
    </message>
    <message>
        <source>Pe&amp;ople and safety</source>
        <translation>&amp;Deltagare och säkerhet</translation>
    </message>
    <message>
        <source>&amp;Conversation and observation</source>
        <translation>&amp;Samtal och observation</translation>
    </message>
    <message>
        <source>Siblings seen too (tick):</source>
        <translation>Syskon som också träffas (kryssa för):</translation>
    </message>
    <message>
        <source>&amp;Date, time, minutes:</source>
        <translation>D&amp;atum, klockslag, minuter:</translation>
    </message>
    <message>
        <source>&amp;Initiated by:</source>
        <translation>&amp;Initiativ från:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>Other reason:</source>
        <translation>Annan bakgrund:</translation>
    </message>
    <message>
        <source>Other purpose:</source>
        <translation>Annat syfte:</translation>
    </message>
    <message>
        <source>Home of (&amp;guardian):</source>
        <translation>Hemma hos (vård&amp;nadshavare):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>How to get &amp;there:</source>
        <translation>&amp;Vägbeskrivning:</translation>
    </message>
    <message>
        <source>Purpo&amp;ses:</source>
        <translation>S&amp;yften:</translation>
    </message>
    <message>
        <source>Notice gi&amp;ven to:</source>
        <translation>Aviserat &amp;till:</translation>
    </message>
    <message>
        <source>&amp;What they were told:</source>
        <translation>Vad de &amp;fick veta:</translation>
    </message>
    <message>
        <source>Who &amp;to call:</source>
        <translation>Vem som ska &amp;ringas:</translation>
    </message>
    <message>
        <source>Who comes along (professionals, interpreter):</source>
        <translation>Vem som följer med (yrkespersoner, tolk):</translation>
    </message>
    <message>
        <source>Conversation &amp;topics (one a line):</source>
        <translation>Samtals&amp;ämnen (ett per rad):</translation>
    </message>
    <message>
        <source>&amp;Questions to ask (one a line):</source>
        <translation>&amp;Frågor att ställa (en per rad):</translation>
    </message>
    <message>
        <source>O&amp;bservation points (one a line):</source>
        <translation>O&amp;bservationspunkter (en per rad):</translation>
    </message>
    <message>
        <source>Children in the same home: a guardian with the same phone number, or a home visit at the same address. Tick those who belong to this visit.</source>
        <translation>Barn i samma hem: en vårdnadshavare med samma telefonnummer, eller ett hembesök på samma adress. Kryssa för dem som hör till det här besöket.</translation>
    </message>
    <message>
        <source>No brother or sister found with the same guardian phone or address.</source>
        <translation>Hittade inga syskon med samma telefonnummer till en vårdnadshavare eller samma adress.</translation>
    </message>
    <message>
        <source>Who, e.g. the class teacher</source>
        <translation>Vem, t.ex. mentor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Notice to the family</source>
        <translation>Avisering till familjen</translation>
    </message>
    <message>
        <source>&amp;Notice given on</source>
        <translation>Av&amp;iserat den</translation>
    </message>
    <message>
        <source>The conversation, the questions, what you will look at</source>
        <translation>Samtalet, frågorna, vad du kommer att titta på</translation>
    </message>
    <message>
        <source>Consent to the visit</source>
        <translation>Samtycke till besöket</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Registrera sa&amp;mtycke…</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>T&amp;wo of us go together</source>
        <translation>Vi är &amp;två som åker tillsammans</translation>
    </message>
    <message>
        <source>Who knows where you are, and their phone</source>
        <translation>Vem som vet var du är, och telefonnumret</translation>
    </message>
    <message>
        <source>E&amp;xpected back by</source>
        <translation>&amp;Väntas tillbaka kl.</translation>
    </message>
    <message>
        <source>Add the &amp;standard observation points</source>
        <translation>&amp;Lägg till standardpunkter för observation</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
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
        <translation>Saknas</translation>
    </message>
</context>
<context>
    <name>VisitWording</name>
    <message>
        <source>The child&apos;s room and sleep conditions</source>
        <translation>Barnets rum och sovförhållanden</translation>
    </message>
    <message>
        <source>Play and activity</source>
        <translation>Lek och aktivitet</translation>
    </message>
    <message>
        <source>Interaction between child and parents</source>
        <translation>Samspel mellan barn och föräldrar</translation>
    </message>
    <message>
        <source>Needs for aids or adaptations</source>
        <translation>Behov av hjälpmedel eller anpassning</translation>
    </message>
    <message>
        <source>Safety in the home</source>
        <translation>Säkerhet i hemmet</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <source>Open visit plan… (or Enter on the timeline) shows the whole plan.</source>
        <translation>Öppna besöksplan… (eller Enter i tidslinjen) visar hela planen.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Nurse Desk</source>
        <translation>Välkommen till Nurse Desk</translation>
    </message>
    <message>
        <source>Everything you record about pupils is kept in one encrypted vault on this computer. Nothing is sent anywhere; it leaves the computer only when you print or export.</source>
        <translation>Allt du dokumenterar om elever sparas i ett krypterat valv på den här datorn. Inget skickas någonstans; det lämnar datorn bara när du skriver ut eller exporterar.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Skapa ett nytt valv</translation>
    </message>
    <message>
        <source>The vault will be stored here:</source>
        <translation>Valvet sparas här:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Co&amp;untry (ID numbers, holidays):</source>
        <translation>La&amp;nd (personnummer, helgdagar):</translation>
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
        <translation>S&amp;kapa valv</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Prova först</translation>
    </message>
    <message>
        <source>Open a demo vault with fictional pupils to look around. It is thrown away when you close the app, unless you save it.</source>
        <translation>Öppna ett demovalv med fiktiva elever och titta runt. Det raderas när du stänger appen, om du inte sparar det.</translation>
    </message>
    <message>
        <source>Open a &amp;demo vault</source>
        <translation>Öppna ett &amp;demovalv</translation>
    </message>
    <message>
        <source>This folder looks like a cloud-synced folder. Keep the vault on this computer only; back it up with Settings → Back up.</source>
        <translation>Den här mappen verkar synkroniseras till en molntjänst. Ha valvet endast på den här datorn; säkerhetskopiera under Inställningar → Säkerhetskopiera.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Var valvet ska sparas</translation>
    </message>
    <message>
        <source>Nurse Desk vault (*.vault)</source>
        <translation>Nurse Desk-valv (*.vault)</translation>
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
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>DEMO: fictional pupils only. This vault is thrown away when you close the app.</source>
        <translation>DEMO: endast fiktiva elever. Valvet raderas när du stänger appen.</translation>
    </message>
</context>
</TS>
