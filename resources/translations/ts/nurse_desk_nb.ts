<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
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
        <source>The file could not be read or written (%1).</source>
        <translation>Filen kunne ikke leses eller skrives (%1).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Noe uventet gikk galt; ingenting ble endret.</translation>
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
        <source>Follow-ups, referrals and the measures catalogue will appear here.</source>
        <translation>Her kommer oppfølging, henvisninger og tiltakskatalogen.</translation>
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
        <source>Filter by name, class, school or ID…</source>
        <translation>Filtrer på navn, klasse, skole eller ID…</translation>
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
        <translation>&amp;Språk:</translation>
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
