<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
    <message>
        <source>%1 entries. The log is intact.</source>
        <translation>%1 poster. Loggen är intakt.</translation>
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
        <source>School &amp;breaks…</source>
        <translation>Skol&amp;lov…</translation>
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
    <name>CompleteDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
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
        <source>The outcome is too long: at most %1 characters.</source>
        <translation>Resultatet är för långt: högst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent: %1</source>
        <translation>Samtycke: %1</translation>
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
        <source>&amp;Guardian:</source>
        <translation>&amp;Vårdnadshavare:</translation>
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
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Choose a pupil from the list.</source>
        <translation>Välj en elev i listan.</translation>
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
    <message>
        <source>Open the pupil&apos;s page</source>
        <translation>Öppna elevens sida</translation>
    </message>
</context>
<context>
    <name>FollowUpWording</name>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Phone call to guardian</source>
        <translation>Ringa vårdnadshavare</translation>
    </message>
    <message>
        <source>Check absence</source>
        <translation>Kontrollera frånvaro</translation>
    </message>
    <message>
        <source>Await referral answer</source>
        <translation>Invänta svar på remiss</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>helg</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>helgdag</translation>
    </message>
    <message>
        <source>school closed</source>
        <translation>skolan stängd</translation>
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
        <translation>&amp;Avbryt…</translation>
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
        <source>Something unexpected went wrong. What you saved before is safe in the vault. If it happens again, lock the vault and restart Nurse Desk.</source>
        <translation>Något oväntat gick fel. Det du sparade tidigare är säkert i valvet. Om det händer igen, lås valvet och starta om Nurse Desk.</translation>
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
        <source>The consent ends before it starts: check the dates.</source>
        <translation>Samtycket slutar innan det börjar: kontrollera datumen.</translation>
    </message>
    <message>
        <source>Name the partner the consent is for.</source>
        <translation>Ange vilken samarbetspartner samtycket gäller.</translation>
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
        <translation>Skäl</translation>
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
        <source>&amp;Delete draft</source>
        <translation>&amp;Radera utkast</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Stän&amp;g</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Start from t&amp;emplate:</source>
        <translation>&amp;Utgå från mall:</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Deltagare:</translation>
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
        <source>Agreed a&amp;ctions</source>
        <translation>Överenskomna &amp;åtgärder</translation>
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
        <source>Sign note</source>
        <translation>Signera anteckning</translation>
    </message>
    <message>
        <source>Once signed, the note is locked. Corrections are then added as amendments, and the original stays. Sign now?</source>
        <translation>När anteckningen har signerats låses den. Rättelser läggs då till som tillägg, och originalet finns kvar. Signera nu?</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Radera utkast</translation>
    </message>
    <message>
        <source>Delete this draft for good?</source>
        <translation>Radera det här utkastet permanent?</translation>
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
        <source>%1 notes found</source>
        <translation>%1 anteckningar hittades</translation>
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
        <translation>Här kommer din översikt: försenade uppföljningar, det som ska göras idag och den här veckan samt kommande hembesök.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Planning home visits and printing the preparation sheet will appear here.</source>
        <translation>Här kommer planering av hembesök och utskrift av förberedelsebladet.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Follow-ups and recurring check-ins will appear here.</source>
        <translation>Uppföljningar och återkommande avstämningar kommer här.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Referrals, the partner directory and the measures catalogue will appear here.</source>
        <translation>Remisser, samverkanspartner och insatskatalogen kommer här.</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>Importing absence from the school system and the worrying-absence patterns will appear here.</source>
        <translation>Här kommer import av frånvaro från skolsystemet och mönster för oroande frånvaro.</translation>
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
        <source>&amp;Family name:</source>
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
        <source>Plan &amp;follow-up…</source>
        <translation>Planera &amp;uppföljning…</translation>
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
        <source>&amp;Edit draft</source>
        <translation>&amp;Redigera utkast</translation>
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
        <source>Amend</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Redigera elev</translation>
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
        <translation>Registrera att det här samtycket återkallades idag? Från och med nu får inget delas med stöd av det.</translation>
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
        <translation>Visa elever som har slutat</translation>
    </message>
    <message>
        <source>Filter by name, class, school or ID…</source>
        <translation>Filtrera på namn, klass, skola eller ID…</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Ny elev</translation>
    </message>
    <message>
        <source>Showing %1 of %2 pupils</source>
        <translation>Visar %1 av %2 elever</translation>
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
        <translation>Lås efter &amp;inaktivitet:</translation>
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
        <translation>L&amp;and:</translation>
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
        <translation>Åtkomstl&amp;ogg…</translation>
    </message>
    <message>
        <source>Sc&amp;hools…</source>
        <translation>Sko&amp;lor…</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Valvet</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Byt &amp;lösenfras…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Säkerhets&amp;kopiera…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Back up regularly to an encrypted file on a drive you keep safe. Use full-disk encryption on this computer too: printouts saved as PDF are not encrypted.</source>
        <translation>Säkerhetskopiera regelbundet till en krypterad fil på en enhet som du förvarar säkert. Använd även fullständig diskkryptering på den här datorn: utskrifter som sparas som PDF är inte krypterade.</translation>
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
        <translation>S&amp;kriv ut veckan…</translation>
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
        <source>&amp;Create vault</source>
        <translation>&amp;Skapa valv</translation>
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
    <name>Wording</name>
    <message>
        <source>Planned conversation</source>
        <translation>Planerat samtal</translation>
    </message>
    <message>
        <source>On request / drop-in</source>
        <translation>På begäran / drop-in</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Group conversation</source>
        <translation>Gruppsamtal</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Trivsel</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Mobbning</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk hälsa</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sömn</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Fysisk aktivitet</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Alkohol och droger</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Sexuell hälsa</translation>
    </message>
    <message>
        <source>Violence, abuse, neglect</source>
        <translation>Våld, övergrepp, försummelse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>The pupil</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>En vårdnadshavare</translation>
    </message>
    <message>
        <source>Pupil and guardian</source>
        <translation>Elev och vårdnadshavare</translation>
    </message>
    <message>
        <source>Tell the principal or teacher</source>
        <translation>Informera rektor eller lärare</translation>
    </message>
    <message>
        <source>Contact a named partner</source>
        <translation>Kontakta en namngiven samarbetspartner</translation>
    </message>
    <message>
        <source>Transfer records from child health care</source>
        <translation>Överföra journal från barnhälsovården (BVC)</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Inte giltigt än</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Opened the pupil&apos;s page</source>
        <translation>Öppnade elevens sida</translation>
    </message>
    <message>
        <source>Signed a note</source>
        <translation>Signerade en anteckning</translation>
    </message>
    <message>
        <source>Amended a note</source>
        <translation>Gjorde tillägg till en anteckning</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Registrerade ett samtycke</translation>
    </message>
    <message>
        <source>Recorded a withdrawal</source>
        <translation>Registrerade ett återkallande</translation>
    </message>
    <message>
        <source>Sharing stopped: no consent</source>
        <translation>Delning stoppad: samtycke saknas</translation>
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
        <translation>Uppföljningar</translation>
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
