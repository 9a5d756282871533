"""A Swedish demo is written for a Swedish school: its follow-ups, notes, referrals, home visits
and nurse use Swedish words and Swedish partners, and no text of the Norwegian demo turns up in
it. The Norwegian demo keeps its texts."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from nurse_desk.domain.directory_seeds import STANDARD_PARTNERS
from nurse_desk.services.demo import create_demo_vault

# What a nurse reads of the demo, by part; names of people and pupils are left out (a name such
# as "Sara Ali" may be given in either country).
_PARTS = {
    "follow-ups": "SELECT description, responsible, outcome FROM follow_up",
    "notes": "SELECT participants, conversation, assessment, actions, signed_by, signed_title"
    " FROM note",
    "amendments": "SELECT author, author_title, reason, text FROM amendment",
    "note templates": "SELECT name, conversation, actions FROM note_template",
    "referrals": "SELECT r.reason, p.name FROM referral r JOIN partner p ON p.id = r.partner_id",
    "partners": "SELECT name, organisation, address, notes FROM partner",
    "consents": "SELECT partner FROM consent",
    "visits": "SELECT address, directions, notice_told, call_whom, summary FROM home_visit",
    "visit items": "SELECT text, note FROM home_visit_item",
    "companions": "SELECT organisation FROM home_visit_companion",
    "breaks": "SELECT name FROM school_closed_period",
    "nurse": "SELECT value FROM vault_setting WHERE key IN ('author_name', 'author_title')",
}
# Words the same in Norwegian and Swedish.
_SHARED = {"BUP", "Eleven"}


def _texts(vault) -> dict[str, set[str]]:
    with vault.session() as session:
        return {
            part: {
                value
                for row in session.execute(text(sql))
                for value in row
                if isinstance(value, str) and value.strip()
            }
            for part, sql in _PARTS.items()
        }


@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo_country")
    made = {c: create_demo_vault(folder / f"{c}.vault", country=c) for c in ("no", "se")}
    texts = {country: _texts(vault) for country, vault in made.items()}
    for vault in made.values():
        vault.lock()
    return texts


def test_every_part_of_both_demos_has_text(demos):
    for country, parts in demos.items():
        assert all(parts.values()), (country, [p for p, found in parts.items() if not found])


def test_no_text_of_the_norwegian_demo_turns_up_in_the_swedish_one(demos):
    swedish = "\n".join(value for found in demos["se"].values() for value in found)
    norwegian = {value for found in demos["no"].values() for value in found} - _SHARED
    assert sorted(value for value in norwegian if value in swedish) == []
    assert "ø" not in swedish.casefold() and "æ" not in swedish.casefold()


def test_the_swedish_demo_refers_to_swedish_partners_and_has_a_school_nurse(demos):
    for country in ("no", "se"):
        standard = {partner.name for partner in STANDARD_PARTNERS[country]}
        referred = {name for name in demos[country]["referrals"] if name in standard}
        assert len(referred) >= 4, (country, referred)
    swedish = demos["se"]
    assert {"Elevhälsoteamet", "Vårdcentralen"} <= swedish["referrals"]
    assert swedish["nurse"] == {"Demo Skolsköterska", "skolsköterska"}
    assert "Uppföljning efter samtalet" in swedish["follow-ups"]
    assert "Ringa vårdnadshavarna" in swedish["follow-ups"]
    assert {"Höstlov", "Jullov", "Sportlov", "Påsklov"} == swedish["breaks"]


def test_the_norwegian_demo_keeps_its_texts(demos):
    norwegian = demos["no"]
    assert norwegian["nurse"] == {"Demo Helsesykepleier", "helsesykepleier"}
    assert {"Ringe foresatte", "Oppfølging etter samtalen"} <= norwegian["follow-ups"]
    assert "Ukentlig samtale etter avtale" in norwegian["follow-ups"]
    assert {"PPT", "Fastlege"} <= norwegian["referrals"]
    assert "Parker ved butikken, gå opp bakken." in norwegian["visits"]
    assert "Helsesamtale 8. trinn" in norwegian["note templates"]
    assert {"Høstferie", "Juleferie", "Vinterferie", "Påskeferie"} == norwegian["breaks"]
