"""The journal note a documented home visit leaves behind, written in the nurse's language."""

from __future__ import annotations

from datetime import datetime

from nurse_desk.domain.home_visits import VisitDocumentation, VisitPlan, VisitReason
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.printing.base import Words

_NOTE_WORDS = {
    "observations": ("Observasjoner", "Observationer", "Observations"),
    "answers": ("Spørsmål og svar", "Frågor och svar", "Questions and answers"),
    "not_observed": ("ikke observert", "inte observerat", "not observed"),
    "no_answer": ("(ikke besvart)", "(inte besvarat)", "(not answered)"),
    "follow_ups": ("Avtalt oppfølging", "Överenskommen uppföljning", "Agreed follow-up"),
    "nurse": ("helsesykepleier", "skolsköterska", "school nurse"),
}

# The journal's topics a visit's reasons point to, so the note turns up under those topics.
_TOPICS = {
    VisitReason.DROPOUT_RISK: Topic.ABSENCE,
    VisitReason.NOT_AT_SCHOOL: Topic.ABSENCE,
    VisitReason.MENTAL_HEALTH: Topic.MENTAL_HEALTH,
    VisitReason.BULLYING: Topic.BULLYING,
    VisitReason.DISABILITY: Topic.PHYSICAL_HEALTH,
    VisitReason.FAMILY_ILLNESS_OR_ABUSE: Topic.WELLBEING,
    VisitReason.NEXT_OF_KIN: Topic.WELLBEING,
}


def visit_note(
    plan: VisitPlan,
    documentation: VisitDocumentation,
    author: str,
    language: str,
    now: datetime,
) -> NoteDraft:
    words = Words(language, _NOTE_WORDS)
    observed = [
        f"[{'x' if o.observed else ' '}] {o.point}"
        + (f": {o.note.strip()}" if o.note.strip() else "")
        + ("" if o.observed or o.note.strip() else f" ({words['not_observed']})")
        for o in documentation.observations
    ]
    answered = [
        f"{a.question}\n  {a.answer.strip() or words['no_answer']}" for a in documentation.answers
    ]
    parts = []
    if observed:
        parts.append(f"{words['observations']}:\n" + "\n".join(observed))
    if answered:
        parts.append(f"{words['answers']}:\n" + "\n".join(answered))
    actions = "\n".join(
        f"- {words.day(f.due_on)}: {f.what.strip()}" for f in documentation.follow_ups
    )
    nurse = f"{author} ({words['nurse']})" if author else words["nurse"]
    people = [nurse] + [
        f"{c.name} ({c.organisation})" if c.organisation else c.name for c in plan.companions
    ]
    return NoteDraft(
        pupil_id=plan.pupil_id,
        occurred_at=datetime.combine(plan.planned_on, plan.starts_at),
        kind=NoteKind.HOME_VISIT,
        topics=frozenset(_TOPICS[r] for r in plan.reasons if r in _TOPICS),
        participants=", ".join(people)[:500],
        conversation="\n\n".join(parts),
        assessment=documentation.summary.strip(),
        actions=f"{words['follow_ups']}:\n{actions}" if actions else "",
        follow_up_needed=bool(documentation.follow_ups),
    )
