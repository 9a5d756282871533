<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <source>The file could not be read or written (%1).</source>
        <translation>Filen kunde inte läsas eller skrivas (%1).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Något oväntat gick fel; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
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
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Follow-ups, referrals and the measures catalogue will appear here.</source>
        <translation>Här kommer uppföljning, remisser och åtgärdskatalogen.</translation>
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
        <source>Filter by name, class, school or ID…</source>
        <translation>Filtrera på namn, klass, skola eller ID…</translation>
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
        <translation>&amp;Språk:</translation>
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
    <name>Workspace</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
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
