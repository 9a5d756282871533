<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
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
    <message>
        <source>%1 entries. The log is intact.</source>
        <translation>%1 oppføringer. Loggen er intakt.</translation>
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
        <source>School &amp;breaks…</source>
        <translation>Skole&amp;ferier…</translation>
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
    <name>CompleteDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Marker som utført</translation>
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
        <source>The outcome is too long: at most %1 characters.</source>
        <translation>Resultatet er for langt: høyst %1 tegn.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent: %1</source>
        <translation>Samtykke: %1</translation>
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
        <source>&amp;Guardian:</source>
        <translation>F&amp;oresatt:</translation>
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
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Velg en elev fra listen.</translation>
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
    <message>
        <source>Open the pupil&apos;s page</source>
        <translation>Åpne elevens side</translation>
    </message>
</context>
<context>
    <name>FollowUpWording</name>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Phone call to guardian</source>
        <translation>Ringe foresatte</translation>
    </message>
    <message>
        <source>Check absence</source>
        <translation>Sjekke fravær</translation>
    </message>
    <message>
        <source>Await referral answer</source>
        <translation>Vente på svar på henvisning</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>helg</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>helligdag</translation>
    </message>
    <message>
        <source>school closed</source>
        <translation>skolen stengt</translation>
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
        <translation>&amp;Flytt…</translation>
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
        <source>Something unexpected went wrong. What you saved before is safe in the vault. If it happens again, lock the vault and restart Nurse Desk.</source>
        <translation>Noe uventet gikk galt. Det du lagret tidligere, er trygt i hvelvet. Skjer det igjen, lås hvelvet og start Nurse Desk på nytt.</translation>
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
        <source>The consent ends before it starts: check the dates.</source>
        <translation>Samtykket slutter før det begynner: sjekk datoene.</translation>
    </message>
    <message>
        <source>Name the partner the consent is for.</source>
        <translation>Oppgi hvilken samarbeidspartner samtykket gjelder.</translation>
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
        <source>&amp;Delete draft</source>
        <translation>Slett &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
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
        <source>&amp;Who took part:</source>
        <translation>&amp;Deltakere:</translation>
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
        <source>Agreed a&amp;ctions</source>
        <translation>Avtalte t&amp;iltak</translation>
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
        <source>Sign note</source>
        <translation>Signer notat</translation>
    </message>
    <message>
        <source>Once signed, the note is locked. Corrections are then added as amendments, and the original stays. Sign now?</source>
        <translation>Når notatet er signert, blir det låst. Rettelser legges da til som tillegg, og originalen blir stående. Signere nå?</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Slett utkast</translation>
    </message>
    <message>
        <source>Delete this draft for good?</source>
        <translation>Slette dette utkastet for godt?</translation>
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
        <source>%1 notes found</source>
        <translation>Fant %1 notater</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Your agenda will appear here: overdue follow-ups, what is due today and this week, and upcoming home visits.</source>
        <translation>Her kommer oversikten din: forsinkede oppfølginger, det som skal gjøres i dag og denne uken, og kommende hjemmebesøk.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Planning home visits and printing the preparation sheet will appear here.</source>
        <translation>Her kommer planlegging av hjemmebesøk og utskrift av forberedelsesarket.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Follow-ups and recurring check-ins will appear here.</source>
        <translation>Oppfølginger og faste kontroller kommer her.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Referrals, the partner directory and the measures catalogue will appear here.</source>
        <translation>Henvisninger, samarbeidspartnere og tiltakskatalogen kommer her.</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Importing absence from the school system and the worrying-absence patterns will appear here.</source>
        <translation>Her kommer import av fravær fra skolesystemet og mønstre for bekymringsfullt fravær.</translation>
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
        <source>&amp;Family name:</source>
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
        <source>Plan &amp;follow-up…</source>
        <translation>Planlegg &amp;oppfølging…</translation>
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
        <source>&amp;Edit draft</source>
        <translation>&amp;Rediger utkast</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Skriv &amp;tillegg…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Trekk til&amp;bake samtykke…</translation>
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
        <source>Amend</source>
        <translation>Tillegg</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Rediger elev</translation>
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
        <source>Show pupils who have left</source>
        <translation>Vis elever som har sluttet</translation>
    </message>
    <message>
        <source>Filter by name, class, school or ID…</source>
        <translation>Filtrer på navn, klasse, skole eller ID…</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Ny elev</translation>
    </message>
    <message>
        <source>Showing %1 of %2 pupils</source>
        <translation>Viser %1 av %2 elever</translation>
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
        <translation>&amp;Land:</translation>
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
        <source>Access &amp;log…</source>
        <translation>Tilgangsl&amp;ogg…</translation>
    </message>
    <message>
        <source>Sc&amp;hools…</source>
        <translation>Sko&amp;ler…</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Hvelvet</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Endre &amp;passordfrase…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Ta sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Back up regularly to an encrypted file on a drive you keep safe. Use full-disk encryption on this computer too: printouts saved as PDF are not encrypted.</source>
        <translation>Ta sikkerhetskopi jevnlig til en kryptert fil på en disk du oppbevarer trygt. Bruk også full diskkryptering på denne datamaskinen: utskrifter lagret som PDF er ikke kryptert.</translation>
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
        <translation>S&amp;kriv ut uken…</translation>
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
        <translation>&amp;Flytt…</translation>
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
    <name>Wording</name>
    <message>
        <source>Planned conversation</source>
        <translation>Planlagt samtale</translation>
    </message>
    <message>
        <source>On request / drop-in</source>
        <translation>Etter ønske / drop-in</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <source>Group conversation</source>
        <translation>Gruppesamtale</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøk</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Trivsel</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Mobbing</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk helse</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>Kosthold</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Fysisk aktivitet</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Rusmidler</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Seksuell helse</translation>
    </message>
    <message>
        <source>Violence, abuse, neglect</source>
        <translation>Vold, overgrep, omsorgssvikt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>The pupil</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>En foresatt</translation>
    </message>
    <message>
        <source>Pupil and guardian</source>
        <translation>Elev og foresatt</translation>
    </message>
    <message>
        <source>Tell the principal or teacher</source>
        <translation>Informere rektor eller lærer</translation>
    </message>
    <message>
        <source>Contact a named partner</source>
        <translation>Kontakte en navngitt samarbeidspartner</translation>
    </message>
    <message>
        <source>Transfer records from child health care</source>
        <translation>Overføre journal fra helsestasjonen</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntlig</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftlig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ikke gyldig ennå</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>Opened the pupil&apos;s page</source>
        <translation>Åpnet elevens side</translation>
    </message>
    <message>
        <source>Signed a note</source>
        <translation>Signerte et notat</translation>
    </message>
    <message>
        <source>Amended a note</source>
        <translation>Skrev tillegg til et notat</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporterte</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Registrerte et samtykke</translation>
    </message>
    <message>
        <source>Recorded a withdrawal</source>
        <translation>Registrerte en tilbaketrekking</translation>
    </message>
    <message>
        <source>Sharing stopped: no consent</source>
        <translation>Deling stoppet: mangler samtykke</translation>
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
