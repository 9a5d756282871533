"""Read-only HTML views of a note and a consent for the pupil page (all user text escaped)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.journal import NoteRecord
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import day_text, moment_text, word


def _paragraph(text: str) -> str:
    return escape(text).replace("\n", "<br>") if text else "<i>–</i>"


def _section(title: str, text: str) -> str:
    heading = f"<h4 style='margin:10px 0 2px 0'>{escape(title)}</h4>"
    return f"{heading}<p style='margin:0'>{_paragraph(text)}</p>"


def note_html(note: NoteRecord) -> str:
    if note.is_signed:
        stamp = placed(
            QCoreApplication.translate("NoteDetails", "Signed %1 by %2"),
            moment_text(note.signed_at),
            escape(" – ".join(p for p in (note.signed_by, note.signed_title) if p)),
        )
        status = f"<span style='color:#1b5e20'><b>{stamp}</b></span>"
    else:
        status = "<span style='color:#8a4b00'><b>{}</b></span>".format(
            QCoreApplication.translate("NoteDetails", "Draft: not signed yet")
        )
    topics = ", ".join(word(t) for t in sorted(note.topics)) or "–"
    topics_label = QCoreApplication.translate("NoteDetails", "Topics")
    parts = [
        f"<h3 style='margin:0'>{escape(word(note.kind))} · {moment_text(note.occurred_at)}</h3>",
        f"<p style='margin:2px 0'>{status}</p>",
        f"<p style='margin:2px 0'><b>{escape(topics_label)}:</b> {escape(topics)}</p>",
        _section(QCoreApplication.translate("NoteDetails", "Who took part"), note.participants),
        _section(QCoreApplication.translate("NoteDetails", "Conversation"), note.conversation),
        _section(QCoreApplication.translate("NoteDetails", "Assessment"), note.assessment),
        _section(QCoreApplication.translate("NoteDetails", "Agreed actions"), note.actions),
    ]
    if note.follow_up_needed:
        parts.append(
            "<p><b>{}</b></p>".format(QCoreApplication.translate("NoteDetails", "Follow-up needed"))
        )
    for amendment in note.amendments:
        heading = placed(
            QCoreApplication.translate("NoteDetails", "Amendment %1 by %2"),
            moment_text(amendment.written_at),
            escape(amendment.author),
        )
        reason = QCoreApplication.translate("NoteDetails", "Reason")
        parts.append(
            "<div style='border-left:3px solid #2b4c6f; padding-left:8px; margin-top:10px'>"
            f"<b>{heading}</b><br><i>{escape(reason)}: {escape(amendment.reason)}</i><br>"
            f"{_paragraph(amendment.text)}</div>"
        )
    return "".join(parts)


def _maturity_row(consent: ConsentRecord) -> list[tuple[str, str]]:
    """The nurse's judgement of the pupil's maturity, where one was recorded (Sweden)."""
    if consent.pupil_mature is None:
        return []
    judged = (
        QCoreApplication.translate("NoteDetails", "Mature enough to decide alone")
        if consent.pupil_mature
        else QCoreApplication.translate("NoteDetails", "Not mature enough: the guardians decide")
    )
    return [(QCoreApplication.translate("NoteDetails", "Pupil's maturity"), judged)]


def consent_html(consent: ConsentRecord, today: date) -> str:
    rows = [
        (
            QCoreApplication.translate("NoteDetails", "For"),
            word(consent.purpose) + (f" ({consent.partner})" if consent.partner else ""),
        ),
        (
            QCoreApplication.translate("NoteDetails", "Given by"),
            word(consent.given_by)
            + (f" ({consent.guardian_name})" if consent.guardian_name else ""),
        ),
        *_maturity_row(consent),
        (QCoreApplication.translate("NoteDetails", "How"), word(consent.method)),
        (QCoreApplication.translate("NoteDetails", "Given on"), day_text(consent.given_on)),
        (
            QCoreApplication.translate("NoteDetails", "Valid until"),
            day_text(consent.valid_until) if consent.valid_until else "–",
        ),
        (
            QCoreApplication.translate("NoteDetails", "Withdrawn on"),
            day_text(consent.withdrawn_on) if consent.withdrawn_on else "–",
        ),
        (QCoreApplication.translate("NoteDetails", "State"), word(consent.state(today))),
        (QCoreApplication.translate("NoteDetails", "Note"), consent.note or "–"),
    ]
    body = "".join(
        f"<tr><td><b>{escape(k)}</b>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    title = QCoreApplication.translate("NoteDetails", "Consent")
    return f"<h3 style='margin:0'>{escape(title)}</h3><table>{body}</table>"
