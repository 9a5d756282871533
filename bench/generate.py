"""Bulk volume data for benchmarks: 3,000 pupils over 4 schools and 50,000 notes.

Rows are built once in memory (seeded, so every run makes the same data) and written with
SQLAlchemy core in one transaction each: into an encrypted vault (`Vault.create`, real Argon2id;
filled from a child process, see `fill_vault`) and into a plain SQLite file whose schema is
copied from the vault's `sqlite_master` (tables, indexes, the FTS5 table and every trigger), so
the two files differ only in encryption. The FTS index is filled by the vault's own triggers.

Run alone: `python -m bench.generate [folder]`. All names and text are invented.
"""

from __future__ import annotations

import pickle
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.pool import NullPool

from nurse_desk.domain.access_log import GENESIS, AccessAction, chain_hash
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.storage import orm
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey
from nurse_desk.storage.sqlcipher import CONNECTION_PRAGMAS, WRITE_PRAGMAS
from nurse_desk.storage.vault import Vault

PASSPHRASE = "fjord tavle sykkel blåbær"
AUTHOR, AUTHOR_TITLE = "Kari Nordmann", "helsesykepleier"
PUPILS, NOTES, SEED = 3_000, 50_000, 2026
TODAY = date(2026, 3, 2)

SCHOOLS = (
    ("Solbakken skole", range(1, 8)),
    ("Granly skole", range(1, 8)),
    ("Elvebakken skole", range(1, 11)),
    ("Fjellvang ungdomsskole", range(8, 11)),
)


# The access log's key in generated vaults: fixed, so a generated log is the same every time.
LOG_KEY = bytes(range(32))


def phrases(text: str) -> tuple[str, ...]:
    """A vocabulary list written compactly: items separated by `;`."""
    return tuple(item.strip() for item in text.split(";") if item.strip())


GIVEN = phrases(
    "Emma; Nora; Olivia; Ella; Sofie; Leah; Ingrid; Astrid; Maja; Sara; Alma; Ebba; Wilma; Freja; "
    "Selma; Amina; Hedda; Frida; Linnea; Tuva; Iben; Mathilde; Vilde; Thea; Ida; Jakob; Noah; "
    "Emil; Lucas; Oliver; William; Filip; Aksel; Oskar; Isak; Henrik; Magnus; Elias; Hugo; Liam; "
    "Ali; Theo; Sander; Johannes; Viktor; Mohammed; Tobias; Kasper; Ludvig; Mats; Sebastian; "
    "Adrian; Yusuf; Even; Jonas"
)
FAMILY = phrases(
    "Hansen; Johansen; Olsen; Larsen; Andersen; Pedersen; Nilsen; Kristiansen; Jensen; Karlsen; "
    "Berg; Haugen; Hagen; Johannessen; Eriksen; Lund; Moen; Strand; Solberg; Bakken; Lindqvist; "
    "Nyström; Ahmed; Nguyen; Hussein; Kowalski; Søreide; Dahl; Fjeld; Aasen; Sæther; Holm; Lie; "
    "Ødegård; Bråten; Vik; Aas; Aasheim; Halvorsen; Jacobsen; Rasmussen; Myhre; Tveit; Berntsen; "
    "Iversen; Ali; Mikkelsen; Haaland; Nygård; Ruud"
)
MOTHERS = phrases("Anne; Kari; Ingrid; Hanne; Maria; Fatima; Linda; Camilla; Silje")
FATHERS = phrases("Per; Ole; Lars; Jon; Ahmed; Thomas; Erik; Anders; Marius")

# -- note vocabulary (bokmål, a few hundred words) ---------------------------------------------
PEOPLE = phrases("Eleven; Hun; Han; Mor; Far; Kontaktlæreren; Foreldrene; Eleven selv")
SAYS = phrases("forteller; sier; opplyser; beskriver; nevner; forklarer; bekrefter; mener")
PRONOUNS = phrases("hun; han; eleven")
WHEN = phrases(
    "i det siste; den siste måneden; etter juleferien; siden høstferien; de fleste dager; "
    "i perioder; særlig på mandager; på skolen; hjemme; i friminuttene; etter skoletid; "
    "om kvelden; i helgene; før prøver; denne våren"
)
CHANGES = phrases(
    "ingen endring; noe bedring; tydelig bedring; en liten forverring; mer uro; færre plager"
)
# Per topic: (what the pupil does or has, what the conversation was about).
BY_TOPIC = {
    Topic.SLEEP: (
        phrases(
            "sover dårlig om natten; har vansker med innsovning; våkner flere ganger om natten; "
            "legger seg etter midnatt; er trøtt i første time; bruker mobilen i sengen; "
            "har en uregelmessig døgnrytme; sovner sent på hverdager; sover lenge i helgene; "
            "har hatt søvnvansker i perioder"
        ),
        phrases(
            "søvn; søvnrytme; søvnvaner; leggetid; skjermbruk om kvelden; innsovning; "
            "søvnhygiene; trøtthet på dagtid"
        ),
    ),
    Topic.WELLBEING: (
        phrases(
            "trives i klassen; har gode venner; står ofte alene i friminuttene; "
            "gleder seg til skolen; synes det er vanskelig å finne noen å være med; "
            "har fått en ny venninne; føler seg utenfor i gruppen; liker seg på fritidsklubben"
        ),
        phrases("trivsel; vennskap; klassemiljøet; friminuttene; fritid; tilhørighet"),
    ),
    Topic.BULLYING: (
        phrases(
            "har fått stygge meldinger i klassechatten; blir ertet i garderoben etter gymmen; "
            "blir holdt utenfor av noen i klassen; har opplevd kommentarer om utseendet; "
            "er redd for å gå hjem alene; har blitt dyttet i gangen"
        ),
        phrases(
            "mobbing; klassechatten; garderoben; skolemiljøet; aktivitetsplikten; "
            "trygghet på skoleveien"
        ),
    ),
    Topic.ABSENCE: (
        phrases(
            "har vært borte flere mandager; har mye fravær i kroppsøving; "
            "kommer ofte for sent til første time; har gått hjem tidlig flere ganger; "
            "har hatt lengre sykefravær; ønsker å være hjemme når det er prøver"
        ),
        phrases("fravær; oppmøte; skolevegring; fraværsmønsteret; kroppsøvingstimene"),
    ),
    Topic.MENTAL_HEALTH: (
        phrases(
            "kjenner seg ofte nedfor; er bekymret for prøver; beskriver uro i kroppen; "
            "har vansker med å konsentrere seg; gråter lett for tiden; "
            "har mye tanker om kvelden; har hatt panikkanfall; føler press fra seg selv"
        ),
        phrases(
            "psykisk helse; stress; angst; tristhet; mestring; selvbilde; bekymringer; "
            "prestasjonspress"
        ),
    ),
    Topic.NUTRITION: (
        phrases(
            "spiser sjelden frokost; tar med matpakke, men spiser lite av den; "
            "drikker mye energidrikk; hopper over lunsjen; er opptatt av vekt og kropp; "
            "spiser mye godteri etter skolen"
        ),
        phrases("kosthold; frokost; matpakke; måltider; vekt; energidrikk; matlyst"),
    ),
    Topic.ACTIVITY: (
        phrases(
            "har sluttet på fotball; er lite aktiv etter skolen; går tur med hunden hver dag; "
            "trener håndball tre ganger i uken; sykler til skolen; sitter mye foran skjermen"
        ),
        phrases("fysisk aktivitet; trening; idrett; skjermtid; kroppsøving; bevegelse"),
    ),
    Topic.PHYSICAL_HEALTH: (
        phrases(
            "har hodepine flere ganger i uken; har vondt i magen om morgenen; "
            "har vondt i knærne etter trening; har astma og bruker medisin; "
            "har eksem som klør; har ofte vondt i ryggen; er ofte svimmel"
        ),
        phrases("hodepine; magesmerter; astma; allergi; eksem; syn; hørsel; vaksiner; vekst"),
    ),
    Topic.SUBSTANCES: (
        phrases(
            "har prøvd snus; kjenner noen som røyker; har vært på fest der det var alkohol; "
            "har fått tilbud om vape"
        ),
        phrases("snus; røyk; alkohol; rusmidler; vape"),
    ),
    Topic.SEXUAL_HEALTH: (
        phrases(
            "har spørsmål om puberteten; lurer på prevensjon; har en kjæreste; "
            "er usikker på kroppen sin"
        ),
        phrases("pubertet; prevensjon; kjæresteforhold; grenser; kroppen"),
    ),
    Topic.VIOLENCE_NEGLECT: (
        phrases(
            "er redd for krangel hjemme; har fått lite mat hjemme i perioder; "
            "har blåmerker som ikke forklares; bor tidvis hos besteforeldre"
        ),
        phrases("hjemmesituasjonen; omsorgssituasjonen; vold; krangel hjemme; trygghet hjemme"),
    ),
    Topic.OTHER: (
        phrases(
            "flytter snart til en annen kommune; har fått nytt søsken; "
            "har mistet en besteforelder; har begynt på ny skole"
        ),
        phrases("familien; flytting; sorg; endringer hjemme; skolebytte"),
    ),
}
GENERAL = phrases(
    "Samtalen foregikk på helsesykepleiers kontor.; "
    "Eleven var åpen og snakket lett om det meste.; "
    "Eleven virket sjenert i starten, men ble etter hvert tryggere.; "
    "Eleven kom selv innom på drop-in i storefri.; "
    "Kontaktlærer hadde bedt om at eleven fikk en samtale.; "
    "Det ble brukt tolk på telefon under samtalen.; "
    "Eleven ønsket ikke at foreldrene skulle informeres nå.; "
    "Vi gikk gjennom det som ble avtalt forrige gang.; "
    "Eleven har selv tatt initiativ til samtalen.; "
    "Høyde og vekt ble målt etter avtale med eleven."
)
ASSESSMENTS = phrases(
    "Ingen tegn til alvorlig bekymring nå.; Bør følges opp med ny samtale.; "
    "Foreldre bør involveres med samtykke fra eleven.; "
    "Plagene ser ut til å henge sammen med {noun}.; "
    "Vurderer at eleven har god nytte av samtalene.; "
    "Det er behov for tettere oppfølging av {noun}.; Eleven har gode ressurser rundt seg.; "
    "Situasjonen er bedre enn ved forrige samtale.; "
    "Usikkert om {noun} påvirker skolearbeidet.; "
    "Vurderer at det ikke er grunnlag for bekymringsmelding."
)
ACTIONS = phrases(
    "Ny samtale om {weeks} uker.; Avtalt at eleven tar kontakt ved behov.; "
    "Henvise til fastlege etter samtykke.; "
    "Kontakt med {partner} etter samtykke fra eleven og foreldre.; Gitt råd om {noun}.; "
    "Eleven fører dagbok over {noun} til neste gang.; "
    "Informasjonsark om {noun} gitt med hjem.; "
    "Avtalt telefonsamtale med foreldre neste uke.; "
    "Tema tas opp i tverrfaglig team, anonymt."
)
PARTNERS = phrases("PPT; BUP; fastlege; fysioterapeut; barnevernet; helsestasjon for ungdom")
PARTICIPANTS = phrases(
    "Eleven; Eleven; Eleven og mor; Eleven og far; Eleven, mor og kontaktlærer; "
    "Eleven og foreldrene; Gruppe, 5 elever"
)
TOPICS = list(BY_TOPIC)
# The common topics come up far more often than the rare ones.
TOPIC_WEIGHTS = [8, 10, 4, 5, 8, 6, 4, 4, 1, 1, 1, 2]
KINDS = list(NoteKind)
KIND_WEIGHTS = [40, 25, 15, 5, 14, 1]


@dataclass
class Dataset:
    """Rows per table, in an order the triggers and foreign keys accept."""

    tables: dict[str, list[dict]] = field(default_factory=dict)
    busy_pupil_id: int = 0  # a pupil with ~20 notes, for the pupil-page benchmark

    def count(self, table: str) -> int:
        return len(self.tables.get(table, ()))


@dataclass
class Generated:
    folder: Path
    vault: Vault  # left unlocked for the benchmark; lock() it when done
    plain_path: Path
    data: Dataset
    build_seconds: float
    vault_seconds: float
    plain_seconds: float

    @property
    def vault_path(self) -> Path:
        return self.vault.path


class TextMaker:
    """Sentences from the vocabulary above: plausible, varied, never real."""

    def __init__(self, chooser: random.Random) -> None:
        self.r = chooser

    def sentence(self, topic: Topic) -> str:
        r = self.r
        predicates, nouns = BY_TOPIC[topic]
        shape = r.randrange(8)
        if shape == 0:
            return r.choice(GENERAL)
        if shape in (1, 2):
            when = r.choice(WHEN)
            return f"{r.choice(PEOPLE)} {r.choice(SAYS)} at {r.choice(PRONOUNS)} " + (
                f"{r.choice(predicates)} {when}."
            )
        if shape == 3:
            first, second = r.sample(nouns, 2)
            return f"Vi snakket om {first} og {second}."
        if shape == 4:
            return f"Det er {r.choice(CHANGES)} når det gjelder {r.choice(nouns)}."
        if shape == 5:
            return f"{r.choice(PEOPLE)} er bekymret for {r.choice(nouns)} {r.choice(WHEN)}."
        if shape == 6:
            return f"Eleven ønsker hjelp med {r.choice(nouns)}."
        return f"{r.choice(PRONOUNS).capitalize()} {r.choice(predicates)} {r.choice(WHEN)}."

    def filled(self, pattern: str, topic: Topic) -> str:
        return pattern.format(
            noun=self.r.choice(BY_TOPIC[topic][1]),
            weeks=self.r.choice(("to", "tre", "fire", "seks")),
            partner=self.r.choice(PARTNERS),
        )

    def note_texts(self, topics: list[Topic]) -> tuple[str, str, str, str]:
        """(participants, conversation, assessment, actions), 300-1500 characters in all."""
        r = self.r
        target = r.randint(300, 1500)
        participants = r.choice(PARTICIPANTS)
        assessment = " ".join(
            self.filled(r.choice(ASSESSMENTS), r.choice(topics)) for _ in range(r.randint(1, 3))
        )
        actions = " ".join(
            self.filled(r.choice(ACTIONS), r.choice(topics)) for _ in range(r.randint(1, 2))
        )
        fixed = len(participants) + len(assessment) + len(actions)
        sentences: list[str] = []
        length = 0
        while fixed + length < target:
            sentence = self.sentence(r.choice(topics))
            if fixed + length + len(sentence) > target and fixed + length - 1 >= 300:
                break
            sentences.append(sentence)
            length += len(sentence) + 1
        return participants, " ".join(sentences), assessment, actions


def build_dataset(
    pupils: int = PUPILS, notes: int = NOTES, seed: int = SEED, today: date = TODAY
) -> Dataset:
    """Schools, pupils and guardians, three school years of notes up to `today`, consents, an
    access log and the vault settings."""
    r = random.Random(seed)
    data = Dataset()
    data.tables["school"] = [
        {"id": i, "name": name, "municipality": "Fjordvik", "school_year_start": date(2025, 8, 18)}
        for i, (name, _) in enumerate(SCHOOLS, start=1)
    ]
    start = today.year - 1 if today.month < 8 else today.year
    pupil_rows, guardian_rows = [], []
    for pupil_id in range(1, pupils + 1):
        school = r.randrange(len(SCHOOLS))
        grade = r.choice(SCHOOLS[school][1])
        family = r.choice(FAMILY)
        pupil_rows.append(
            {
                "id": pupil_id,
                "given_name": r.choice(GIVEN),
                "family_name": family,
                "birth_date": date(start - 5 - grade, r.randint(1, 12), r.randint(1, 28)),
                "national_id": None,  # none invented: no demo pupil may match a real person
                "school_id": school + 1,
                "class_name": f"{grade}{r.choice('ABCD')}",
                "active": True,
                "language": r.choice(("", "", "", "", "", "arabisk", "somali", "polsk")),
                "needs_interpreter": r.random() < 0.03,
                "protected_identity": r.random() < 0.002,
                "notes": "",
                "left_on": None,
            }
        )
        for relation, names in (("mor", MOTHERS), ("far", FATHERS)):
            if r.random() < 0.85:
                guardian_rows.append(
                    {
                        "pupil_id": pupil_id,
                        "name": f"{r.choice(names)} {family}",
                        "relation": relation,
                        "phone": f"+47 9{r.randint(0, 9_999_999):07d}",
                        "parental_responsibility": True,
                    }
                )
    data.tables["pupil"] = pupil_rows
    data.tables["guardian"] = guardian_rows

    # Some pupils see the nurse every other week, most a few times a year.
    weights = [min(r.lognormvariate(0, 0.8), 6.0) for _ in range(pupils)]
    owners = r.choices(range(1, pupils + 1), weights=weights, k=notes)
    per_pupil = Counter(owners)
    data.busy_pupil_id = min(per_pupil, key=lambda p: (abs(per_pupil[p] - 20), p))

    text = TextMaker(r)
    note_rows, topic_rows, amendment_rows = [], [], []
    first_day = datetime(today.year - 3, 8, 15, 8, 0)
    span = datetime.combine(today, datetime.min.time()) - first_day
    span_minutes = int(span.total_seconds()) // 60
    for note_id, pupil_id in enumerate(owners, start=1):
        occurred = first_day + timedelta(minutes=r.randrange(span_minutes))
        occurred = occurred.replace(hour=r.randint(8, 15), minute=r.choice((0, 15, 30, 45)))
        topics = list(
            dict.fromkeys(r.choices(TOPICS, weights=TOPIC_WEIGHTS, k=r.choice((1, 1, 2, 2, 3))))
        )
        participants, conversation, assessment, actions = text.note_texts(topics)
        signed = r.random() < 0.8
        note_rows.append(
            {
                "id": note_id,
                "pupil_id": pupil_id,
                "occurred_at": occurred,
                "kind": r.choices(KINDS, weights=KIND_WEIGHTS)[0].value,
                "participants": participants,
                "conversation": conversation,
                "assessment": assessment,
                "actions": actions,
                "follow_up_needed": r.random() < 0.3,
                "updated_at": occurred + timedelta(minutes=20),
                "signed_at": occurred + timedelta(hours=1) if signed else None,
                "signed_by": AUTHOR if signed else "",
                "signed_title": AUTHOR_TITLE if signed else "",
            }
        )
        topic_rows.extend({"note_id": note_id, "topic": t.value} for t in topics)
        if signed and r.random() < 0.03:
            amendment_rows.append(
                {
                    "note_id": note_id,
                    "written_at": occurred + timedelta(days=1),
                    "author": AUTHOR,
                    "author_title": AUTHOR_TITLE,
                    "reason": "Rettet avtalt tidspunkt",
                    "text": "Ny samtale er avtalt om tre uker, ikke to.",
                }
            )
    # Topics go in before their notes: a signed note refuses new topics (trigger), and the
    # foreign key waits for the commit (PRAGMA defer_foreign_keys).
    data.tables["note_topic"] = topic_rows
    data.tables["note"] = note_rows
    data.tables["amendment"] = amendment_rows

    consent_rows = []
    for pupil_id in range(1, pupils + 1):
        if r.random() < 0.3:
            given = today - timedelta(days=r.randint(10, 700))
            consent_rows.append(
                {
                    "pupil_id": pupil_id,
                    "given_by": r.choice(("pupil", "guardian", "both")),
                    "guardian_name": "",
                    "purpose": r.choice(("tell_school", "contact_partner", "home_visit")),
                    "partner": r.choice(PARTNERS),
                    "method": r.choice(("oral", "written")),
                    "given_on": given,
                    "valid_until": given + timedelta(days=r.choice((60, 180, 365))),
                    "withdrawn_on": given + timedelta(days=30) if r.random() < 0.1 else None,
                    "note": "",
                }
            )
    data.tables["consent"] = consent_rows

    # A log entry (signing or opening) for every other note, on a valid hash chain.
    log_rows, previous = [], GENESIS
    for note in note_rows[::2]:
        at, pupil_id = note["occurred_at"], note["pupil_id"]
        action = AccessAction.SIGN if note["signed_at"] else AccessAction.OPEN_PUPIL
        detail = f"note {note['id']}" if action is AccessAction.SIGN else ""
        previous = chain_hash(previous, at, AUTHOR, action.value, pupil_id, detail, key=LOG_KEY)
        log_rows.append(
            {
                "at": at,
                "actor": AUTHOR,
                "action": action.value,
                "pupil_id": pupil_id,
                "detail": detail,
                "hash": previous,
            }
        )
    data.tables["access_log"] = log_rows
    data.tables["vault_setting"] = [
        {"key": "author_name", "value": AUTHOR},
        {"key": "author_title", "value": AUTHOR_TITLE},
        {"key": "country", "value": "no"},
        {"key": "access_log.key", "value": LOG_KEY.hex()},
    ]
    data.tables["access_log_anchor"] = [
        {"id": 1, "entries": len(log_rows), "head": previous if log_rows else ""}
    ]
    return data


def insert_dataset(connection: Connection, data: Dataset) -> None:
    """Core executemany per table, inside the caller's transaction."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    tables = orm.Base.metadata.tables
    # A new vault holds only the log key and anchor its migration made; the data brings its own.
    connection.execute(tables["vault_setting"].delete())
    connection.execute(tables["access_log_anchor"].delete())
    for name, rows in data.tables.items():
        if rows:
            connection.execute(tables[name].insert(), rows)


def copy_schema(vault: Vault, plain_path: Path) -> None:
    """The vault's schema, statement by statement, into a new plain SQLite file."""
    with vault.engine.connect() as connection:
        entries = connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).all()
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    virtual = [name for kind, name, sql in entries if sql.upper().startswith("CREATE VIRTUAL")]
    order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
    plain = sqlite3.connect(plain_path, isolation_level=None)
    try:
        plain.execute("PRAGMA journal_mode = WAL")
        plain.execute("BEGIN")
        for kind, name, sql in sorted(entries, key=lambda e: order[e[0]]):
            shadow = kind == "table" and any(name.startswith(f"{v}_") for v in virtual)
            if name.startswith("sqlite_") or shadow:
                continue  # internal, or an FTS5 shadow table the virtual table makes itself
            plain.execute(sql)
        plain.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
        plain.execute("COMMIT")
    finally:
        plain.close()


def plain_engine(path: Path, module=sqlite3):
    """An engine on a plain file built like the vault's: same PRAGMAs bar the cipher ones."""

    def creator():
        connection = module.connect(str(path), isolation_level=None)
        for pragma in CONNECTION_PRAGMAS + WRITE_PRAGMAS:
            if "cipher" not in pragma:
                connection.execute(pragma)
        return connection

    engine = create_engine(
        "sqlite+pysqlite://",
        module=module,
        creator=creator,
        poolclass=NullPool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def bulk_engine(path: Path, passphrase: str = PASSPHRASE):
    """An engine on the vault with its key and PRAGMAs, cipher_memory_security forced OFF
    whatever the app sets: for filling a vault with generated rows, never for timing.

    With it ON SQLCipher mlocks and wipes every allocation; FTS5 indexing makes millions of
    them, and writing these ~100 MiB then takes minutes of system time. The setting is
    process-wide and cannot be turned off again once a connection has used it, so this runs in
    a fresh child process (see `fill_vault_in_child`).
    """
    key = VaultKey.from_passphrase(passphrase, raw.read_salt(path))
    sqlcipher_key = key.sqlcipher_key()
    key.wipe()

    def creator():
        connection = sqlcipher.connect(str(path), isolation_level=None)
        connection.set_key(sqlcipher_key)
        for pragma in CONNECTION_PRAGMAS + WRITE_PRAGMAS:
            connection.execute(pragma.replace("memory_security = ON", "memory_security = OFF"))
        return connection

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=NullPool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def checkpoint(engine) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def fill_vault(path: Path, data: Dataset) -> None:
    """One transaction of core inserts into the vault (see `bulk_engine`)."""
    engine = bulk_engine(path)
    with engine.begin() as connection:
        insert_dataset(connection, data)
    checkpoint(engine)
    engine.dispose()


def fill_vault_in_child(path: Path, data: Dataset) -> None:
    subprocess.run(
        [sys.executable, "-m", "bench.generate", "--fill-vault", str(path)],
        input=pickle.dumps(data),
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )


def generate(
    folder: Path, *, pupils: int = PUPILS, notes: int = NOTES, seed: int = SEED
) -> Generated:
    started = time.perf_counter()
    data = build_dataset(pupils, notes, seed)
    built = time.perf_counter()
    vault = Vault.create(folder / "volume.vault", PASSPHRASE)
    plain_path = folder / "volume.sqlite"
    copy_schema(vault, plain_path)
    fill_vault_in_child(vault.path, data)
    vault_done = time.perf_counter()
    engine = plain_engine(plain_path)
    with engine.begin() as connection:
        insert_dataset(connection, data)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    plain_done = time.perf_counter()
    return Generated(
        folder,
        vault,
        plain_path,
        data,
        build_seconds=built - started,
        vault_seconds=vault_done - built,
        plain_seconds=plain_done - vault_done,
    )


def describe(generated: Generated) -> list[str]:
    data = generated.data
    lengths = sorted(
        len(n["participants"]) + len(n["conversation"]) + len(n["assessment"]) + len(n["actions"])
        for n in data.tables["note"]
    )
    signed = sum(1 for n in data.tables["note"] if n["signed_at"])
    mib = 1024 * 1024
    return [
        f"data: {data.count('pupil'):,} pupils in {data.count('school')} schools, "
        f"{data.count('note'):,} notes ({signed / len(lengths):.0%} signed, "
        f"{lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}), "
        f"{data.count('note_topic'):,} topics, {data.count('amendment'):,} amendments, "
        f"{data.count('consent'):,} consents, {data.count('access_log'):,} log entries",
        f"building the rows in Python               {generated.build_seconds:6.1f} s",
        f"writing the encrypted vault (child proc.) {generated.vault_seconds:6.1f} s   "
        f"{generated.vault_path.stat().st_size / mib:6.1f} MiB",
        f"writing the plain SQLite copy             {generated.plain_seconds:6.1f} s   "
        f"{generated.plain_path.stat().st_size / mib:6.1f} MiB",
    ]


def main() -> None:
    if sys.argv[1:2] == ["--fill-vault"]:
        fill_vault(Path(sys.argv[2]), pickle.load(sys.stdin.buffer))
        return
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    generated = generate(folder)
    generated.vault.lock()
    print("\n".join(describe(generated)))
    print(f"files in {folder}; passphrase: {PASSPHRASE!r}")


if __name__ == "__main__":
    main()
