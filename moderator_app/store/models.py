"""The relational schema: the event log, the projection of it, and local-only state.

Everything except ``events``, ``local_state`` and ``settings`` is a *projection*: written only
by ``store.projection.apply`` from events, and rebuilt identically by replaying the log. Ids are
the global ids members create without coordination (``domain.ids``), so two members holding the
same events hold the same rows. Times are UTC milliseconds since the epoch (integers sort and
compare fast at a million rows); calendar dates that have no time (a meeting's date) are ISO
``YYYY-MM-DD`` text.

The migrations in ``store/migrations`` are the source of truth for the database; these models
describe the same tables for queries, and a test checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- the log -------------------------------------------------------------------------------


class EventRow(Base):
    """One change, as its author made it. Immutable; the truth the tables are projected from."""

    __tablename__ = "events"

    num: Mapped[int] = mapped_column(Integer, primary_key=True)  # local apply order
    id: Mapped[str] = mapped_column(String, unique=True)  # "<device>.<seq>"
    device_id: Mapped[str] = mapped_column(String)
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String)  # member id
    type: Mapped[str] = mapped_column(String)
    entity: Mapped[str] = mapped_column(String)
    case_id: Mapped[str | None] = mapped_column(String)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String)
    hash: Mapped[str] = mapped_column(String)

    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        Index("ix_events_case_id_hlc", "case_id", "hlc"),
        Index("ix_events_entity", "entity"),
    )


class LocalState(Base):
    """This installation's own bookkeeping (identity, next sequence number, clock); never synced."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Preferences of this data directory (language, sync folder, ...); never synced."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- merge bookkeeping ---------------------------------------------------------------------


class FieldHead(Base):
    """The current versions of a field: one row normally, several after concurrent writes.

    A field never written since its entity was created has no row: the creating event is then
    its version. An update names the versions it overwrote; those rows are removed and the
    update's own row added. The displayed value is the head with the greatest (hlc, device).
    """

    __tablename__ = "field_heads"

    entity_kind: Mapped[str] = mapped_column(String, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(Text)  # JSON


class Conflict(Base):
    """A tracked field (case status, decision) with more than one head: the conflict inbox."""

    __tablename__ = "conflicts"

    entity_kind: Mapped[str] = mapped_column(String, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str | None] = mapped_column(String, index=True)
    heads: Mapped[int] = mapped_column(Integer)


# --- roster --------------------------------------------------------------------------------


class Member(Base):
    __tablename__ = "members"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(String, index=True)  # folded: finding a name as typed
    name_sort: Mapped[str] = mapped_column(String, default="")  # domain.collation: Vietnamese order
    role: Mapped[str] = mapped_column(String)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)  # by the chair; final, beats any grant
    joined_at: Mapped[int] = mapped_column(Integer)
    added_hlc: Mapped[int] = mapped_column(Integer)  # the approval that counts: the earliest (hlc, device)
    added_device: Mapped[str] = mapped_column(String)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    name: Mapped[str] = mapped_column(String)
    public_key: Mapped[str] = mapped_column(String)  # base64 raw Ed25519
    revoked_after_seq: Mapped[int | None] = mapped_column(Integer)
    added_at: Mapped[int] = mapped_column(Integer)


# --- influencers ---------------------------------------------------------------------------


class Influencer(Base):
    __tablename__ = "influencers"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(String, index=True)  # folded: finding a name as typed
    name_sort: Mapped[str] = mapped_column(String, default="", index=True)  # domain.collation: Vietnamese order
    agency: Mapped[str] = mapped_column(String, default="")
    contact: Mapped[str] = mapped_column(String, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    member_since: Mapped[str | None] = mapped_column(String)  # alliance membership, ISO date
    pledge_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[int] = mapped_column(Integer)
    case_count: Mapped[int] = mapped_column(Integer, default=0)


class InfluencerAccount(Base):
    __tablename__ = "influencer_accounts"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    influencer_id: Mapped[str] = mapped_column(ForeignKey("influencers.id"), index=True)
    platform: Mapped[str] = mapped_column(String)
    handle: Mapped[str] = mapped_column(String)
    handle_key: Mapped[str] = mapped_column(String)
    url: Mapped[str] = mapped_column(String, default="")
    followers: Mapped[int | None] = mapped_column(Integer)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)  # tombstone

    __table_args__ = (Index("ix_influencer_accounts_handle_key_platform", "handle_key", "platform"),)


class InfluencerAssessment(Base):
    """The five pillars assessed pass/fail on a date (the credibility score's base).

    Add-only: a new assessment supersedes older ones by its date, so concurrent assessments
    keep both rows and every member picks the same one.
    """

    __tablename__ = "influencer_assessments"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    influencer_id: Mapped[str] = mapped_column(ForeignKey("influencers.id"), index=True)
    assessed_on: Mapped[str] = mapped_column(String)  # ISO date
    passed: Mapped[str] = mapped_column(Text)  # JSON list of pillar codes
    note: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str] = mapped_column(String)
    recorded_at: Mapped[int] = mapped_column(Integer)


class InfluencerMerge(Base):
    """One "these two profiles are one person" event: the edges the merge forest is built from.

    The kept profile of every group is recomputed from all of its edges in (hlc, device) order,
    so the outcome does not depend on the order in which members' merges arrive.
    """

    __tablename__ = "influencer_merges"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    source_id: Mapped[str] = mapped_column(String, index=True)
    target_id: Mapped[str] = mapped_column(String, index=True)
    hlc: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String)


# --- cases and reports ---------------------------------------------------------------------


class Case(Base):
    """One influencer's conduct, grouping one or more reports. The queue's row.

    ``pk`` is a local integer key (stable under VACUUM) that links the row to its search
    document; everything else is replicated. Sort keys (``influencer_sort``, ``assignee_sort``,
    ``sla_sort``) are copies kept by the projection so every queue sort runs on an index.
    """

    __tablename__ = "cases"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    ref: Mapped[str] = mapped_column(String, unique=True)
    ref_base: Mapped[str] = mapped_column(String, index=True)
    created_event: Mapped[str] = mapped_column(String)
    created_hlc: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String, default="")
    influencer_id: Mapped[str] = mapped_column(ForeignKey("influencers.id"))
    influencer_sort: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String)
    platform: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    priority: Mapped[int] = mapped_column(Integer)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_since: Mapped[int | None] = mapped_column(Integer)
    # A countdown of its own (domain.sla.TRACKS): a removal request within 48 hours, or an
    # informal resolution in 28 days; NULL when the case follows the normal path.
    track: Mapped[str | None] = mapped_column(String)
    track_since: Mapped[int | None] = mapped_column(Integer)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    assignee_sort: Mapped[str] = mapped_column(String, default="")
    opened_at: Mapped[int] = mapped_column(Integer)
    status_since: Mapped[int] = mapped_column(Integer)
    last_activity_at: Mapped[int] = mapped_column(Integer)
    sla_kind: Mapped[str | None] = mapped_column(String)
    sla_due_at: Mapped[int | None] = mapped_column(Integer)
    sla_sort: Mapped[int] = mapped_column(Integer)  # domain.sla.sla_sort_key: never before opened_at
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_into: Mapped[str | None] = mapped_column(String)
    decision_id: Mapped[str | None] = mapped_column(String)

    __table_args__ = (
        # Sorts of the queue: each order with ties broken by id, readable from either end; the
        # status and the opening time ride along so a view (a set of statuses) and a date range
        # are filtered inside the index while it is read in order.
        Index("ix_cases_ref_id_status_opened_at", "ref", "id", "status", "opened_at"),
        Index("ix_cases_opened_at_id_status", "opened_at", "id", "status"),
        # The queue's default order, by deadline: every filter of the filter bar rides along too,
        # so a filtered queue in deadline order is read from the index alone.
        Index("ix_cases_sla_sort_id_filters", "sla_sort", "id", "status", "opened_at", "platform", "category",
              "priority", "urgent", "assignee_id"),
        Index("ix_cases_priority_id_status_opened_at", "priority", "id", "status", "opened_at"),
        Index("ix_cases_urgent_id_status_opened_at", "urgent", "id", "status", "opened_at"),
        Index("ix_cases_category_id_status_opened_at", "category", "id", "status", "opened_at"),
        Index("ix_cases_influencer_sort_id_status_opened_at", "influencer_sort", "id", "status", "opened_at"),
        Index("ix_cases_platform_id_status_opened_at", "platform", "id", "status", "opened_at"),
        Index("ix_cases_status_id_opened_at", "status", "id", "opened_at"),
        Index("ix_cases_assignee_sort_id_status_opened_at", "assignee_sort", "id", "status", "opened_at"),
        Index("ix_cases_report_count_id_status_opened_at", "report_count", "id", "status", "opened_at"),
        Index("ix_cases_last_activity_at_id_status_opened_at", "last_activity_at", "id", "status", "opened_at"),
        # Filters of the queue's views and filter bar, combined with a status (counts read
        # only the index).
        Index("ix_cases_status_opened_at", "status", "opened_at"),
        Index("ix_cases_assignee_id_status", "assignee_id", "status"),
        Index("ix_cases_urgent_status", "urgent", "status"),
        Index("ix_cases_priority_status", "priority", "status"),
        Index("ix_cases_category_status", "category", "status"),
        Index("ix_cases_platform_status", "platform", "status"),
        Index("ix_cases_influencer_id_opened_at", "influencer_id", "opened_at"),
        Index("ix_cases_sla_due_at", "sla_due_at"),
        Index("ix_cases_merged_into", "merged_into"),
        # The cases an indicator is seen in, dated and told apart by influencer without reading
        # their rows (indicator_queries.CASE_KEYS): a hotline quoted in 20,000 cases is read in
        # a quarter of the time.
        Index("ix_cases_id_opened_at_influencer_id", "id", "opened_at", "influencer_id"),
    )


class CaseTally(Base):
    """How many cases share one combination of the queue's filter columns (store/tallies.py).

    Written only by triggers on ``cases``; ``assignee`` is '' for cases nobody is assigned.
    """

    __tablename__ = "case_tallies"

    status: Mapped[str] = mapped_column(String, primary_key=True)
    category: Mapped[str] = mapped_column(String, primary_key=True)
    platform: Mapped[str] = mapped_column(String, primary_key=True)
    priority: Mapped[int] = mapped_column(Integer, primary_key=True)
    urgent: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignee: Mapped[str] = mapped_column(String, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class CaseDay(Base):
    """How many cases were opened on one UTC day (``opened_at // 86,400,000``; store/tallies.py).

    Written only by triggers on ``cases``.
    """

    __tablename__ = "case_days"

    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class Report(Base):
    """A report; ``case_id`` is the case holding it now, ``filed_case`` the case it was filed to.

    A merge moves reports to the surviving case; undoing it moves back exactly the reports whose
    origin leads to the unmerged case, whatever arrived in between.
    """

    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)  # where it is now
    filed_case: Mapped[str] = mapped_column(String, index=True)  # the case it was filed to (merges move it)
    influencer_id: Mapped[str] = mapped_column(ForeignKey("influencers.id"), index=True)
    platform: Mapped[str] = mapped_column(String)
    handle: Mapped[str] = mapped_column(String, default="")
    url: Mapped[str] = mapped_column(String, default="")
    url_key: Mapped[str] = mapped_column(String, index=True)
    category: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String)
    reporter: Mapped[str] = mapped_column(String, default="")  # private: never published or logged
    seen_at: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[int] = mapped_column(Integer)
    filed_by: Mapped[str] = mapped_column(String)
    attachments: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of file names
    dedupe_key: Mapped[str] = mapped_column(String, index=True)
    # The key the reporter is sealed under (``store.sealing``); NULL for a report filed before
    # sealing, or without a reporter. Once the key is erased, ``reporter`` is empty for good.
    sealed_key: Mapped[str | None] = mapped_column(String, index=True)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    author_id: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_notes_case_id_created_at", "case_id", "created_at"),)


class Evidence(Base):
    """An item of evidence: a file (bytes in the blob store, by hash) or a link."""

    __tablename__ = "evidence"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    filed_case: Mapped[str] = mapped_column(String, index=True)  # as filed; ``case_id`` follows merges
    report_id: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)  # "file" or "link"
    sha256: Mapped[str | None] = mapped_column(String, index=True)
    size: Mapped[int | None] = mapped_column(Integer)
    mime: Mapped[str | None] = mapped_column(String)  # sniffed from the content
    claimed_mime: Mapped[str | None] = mapped_column(String)  # what the file name claims, when it differs
    name: Mapped[str] = mapped_column(String, default="")
    url: Mapped[str] = mapped_column(String, default="")  # a link's address, or where a file was found
    captured_at: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String)
    added_at: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # a tombstone: the bytes are kept
    # When its file was removed under an erasure or the retention rules (``privacy.erased``): the
    # record stays (its hash, name and size), the bytes are gone from every member.
    purged_at: Mapped[int | None] = mapped_column(Integer)

    # Only removed items are indexed: every sync round asks for them, and there are few.
    __table_args__ = (Index("ix_evidence_purged_at", "purged_at", sqlite_where=text("purged_at IS NOT NULL")),)


class Annotation(Base):
    """A mark on evidence, in normalised coordinates (0..1) so it is right at any zoom."""

    __tablename__ = "annotations"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), index=True)
    case_id: Mapped[str] = mapped_column(String, index=True)
    kind: Mapped[str] = mapped_column(String)  # rect, arrow, highlight, page_rect, span, time
    geometry: Mapped[str] = mapped_column(Text)  # canonical JSON (domain.annotations)
    label: Mapped[str] = mapped_column(String, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str] = mapped_column(String)
    created_at: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[int] = mapped_column(Integer)
    edits: Mapped[int] = mapped_column(Integer, default=0)  # versions after the first
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


# --- indicators (scam networks) --------------------------------------------------------------


class Indicator(Base):
    """An observable (a phone number, a bank account, a link, an image's perceptual hash...) in
    its normalised form, so the same thing written two ways is one row (``domain.indicators``).

    ``case_count`` is the number of cases it is seen in (removals from a case excepted), kept
    by the projection at the end of each batch so the most shared are found by an index."""

    __tablename__ = "indicators"
    __table_args__ = (
        Index("ix_indicators_case_count", "case_count"),
        Index("ix_indicators_kind_case_count", "kind", "case_count"),
        UniqueConstraint("kind", "value"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)  # domain.indicators.indicator_id
    kind: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(String)
    display: Mapped[str] = mapped_column(String, default="")
    case_count: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[int] = mapped_column(Integer)
    # "Not relevant" (a hotline number, the committee's own address): a last-writer-wins mark.
    relevant: Mapped[bool] = mapped_column(Boolean, default=True)
    marked_by: Mapped[str | None] = mapped_column(String)
    marked_reason: Mapped[str] = mapped_column(String, default="")
    marked_hlc: Mapped[int | None] = mapped_column(Integer)


class IndicatorSighting(Base):
    """Where an indicator was found: a report, an evidence item, or a member's hand (``source_id``
    is then the id of the ``indicator.added`` event's entity). ``case_id`` follows merges like the
    report's or evidence's own; ``filed_case`` is where it was found."""

    __tablename__ = "indicator_sightings"
    __table_args__ = (
        Index("ix_indicator_sightings_indicator_id_case_id", "indicator_id", "case_id"),
        Index("ix_indicator_sightings_case_id_indicator_id", "case_id", "indicator_id"),
        Index("ix_indicator_sightings_source_id", "source_id"),
        Index("ix_indicator_sightings_filed_case", "filed_case"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[str] = mapped_column(String)
    case_id: Mapped[str] = mapped_column(String)
    filed_case: Mapped[str] = mapped_column(String)
    source_id: Mapped[str] = mapped_column(String)
    origin: Mapped[str] = mapped_column(String)  # report, evidence, manual
    span_start: Mapped[int] = mapped_column(Integer, default=-1)  # where in the source's text
    span_end: Mapped[int] = mapped_column(Integer, default=-1)
    added_by: Mapped[str] = mapped_column(String)
    hlc: Mapped[int] = mapped_column(Integer)


class IndicatorRemoval(Base):
    """A member took an indicator off a case (a wrong reading, a number that is not the scam's);
    extraction run again does not bring it back, a later manual add does."""

    __tablename__ = "indicator_removals"

    case_id: Mapped[str] = mapped_column(String, primary_key=True)
    indicator_id: Mapped[str] = mapped_column(String, primary_key=True)
    removed_by: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(String, default="")
    hlc: Mapped[int] = mapped_column(Integer)


class IndicatorExtraction(Base):
    """The latest extraction of one report or evidence item (``indicator.extracted``, last writer
    wins): whether its text was read, how, and why not."""

    __tablename__ = "indicator_extractions"

    source_id: Mapped[str] = mapped_column(String, primary_key=True)
    origin: Mapped[str] = mapped_column(String)  # report or evidence
    status: Mapped[str] = mapped_column(String)  # done, failed, no_ocr, none
    method: Mapped[str] = mapped_column(String, default="")
    reason_en: Mapped[str] = mapped_column(String, default="")
    reason_vi: Mapped[str] = mapped_column(String, default="")
    engine: Mapped[str] = mapped_column(String, default="")
    found: Mapped[int] = mapped_column(Integer, default=0)
    extracted_by: Mapped[str] = mapped_column(String)
    hlc: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String)


class ImageBand(Base):
    """One byte of an image indicator's 64-bit perceptual hash, by position: two hashes within 7
    differing bits share at least one of their eight bytes, so near copies are found by index."""

    __tablename__ = "image_bands"
    __table_args__ = (Index("ix_image_bands_band_bits", "band", "bits"),)

    indicator_id: Mapped[str] = mapped_column(String, primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    bits: Mapped[int] = mapped_column(Integer)


class EvidenceText(Base):
    """Text read from an evidence file on this computer (text layer, page text or OCR). Local: it
    is derived from the file, so each member reads it from their own copy; it is searchable and
    shown beside the file, and goes when the file is erased."""

    __tablename__ = "evidence_text"

    evidence_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    method: Mapped[str] = mapped_column(String, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    phash: Mapped[str | None] = mapped_column(String)
    reason_en: Mapped[str] = mapped_column(String, default="")
    reason_vi: Mapped[str] = mapped_column(String, default="")
    engine: Mapped[str] = mapped_column(String, default="")
    read_at: Mapped[int] = mapped_column(Integer)


# --- meetings and decisions ----------------------------------------------------------------


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(String)
    date: Mapped[str] = mapped_column(String, index=True)  # ISO date
    place: Mapped[str] = mapped_column(String, default="")
    chair_id: Mapped[str | None] = mapped_column(String)
    secretary_id: Mapped[str | None] = mapped_column(String)
    minutes: Mapped[str] = mapped_column(Text, default="")
    finalized: Mapped[bool] = mapped_column(Boolean, default=False)
    finalized_at: Mapped[int | None] = mapped_column(Integer)  # earliest finalization (UTC ms)
    created_at: Mapped[int] = mapped_column(Integer)


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    # The meeting's last position, found at once when a case joins a long agenda.
    __table_args__ = (Index("ix_agenda_items_meeting_id_position", "meeting_id", "position"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"))
    case_id: Mapped[str | None] = mapped_column(String, index=True)
    influencer_id: Mapped[str | None] = mapped_column(String, index=True)  # a suspension proposal's
    kind: Mapped[str] = mapped_column(String, default="case")  # case or trigger
    position: Mapped[int] = mapped_column(Integer)
    recommendation: Mapped[str] = mapped_column(Text, default="")
    recommended_outcome: Mapped[str | None] = mapped_column(String)  # the reviewer's proposed outcome code
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    member_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)  # present, absent, excused
    hlc: Mapped[int] = mapped_column(Integer)  # last writer wins per (meeting, member)
    device_id: Mapped[str] = mapped_column(String)


class Vote(Base):
    __tablename__ = "votes"

    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id"), primary_key=True)
    member_id: Mapped[str] = mapped_column(String, primary_key=True)
    choice: Mapped[str] = mapped_column(String)  # for, against, abstain, recused, or none (withdrawn)
    hlc: Mapped[int] = mapped_column(Integer)  # last writer wins per (item, member)
    device_id: Mapped[str] = mapped_column(String)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    influencer_id: Mapped[str] = mapped_column(String, index=True)
    category: Mapped[str] = mapped_column(String)
    outcome: Mapped[str] = mapped_column(String)
    rationale: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstain: Mapped[int] = mapped_column(Integer, default=0)
    votes_recused: Mapped[int] = mapped_column(Integer, default=0)
    vote_mode: Mapped[str] = mapped_column(String, default="tally")  # tally, or members (one vote each)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_on: Mapped[str] = mapped_column(String)  # the meeting's date
    agenda_item_id: Mapped[str | None] = mapped_column(String, index=True)
    amends: Mapped[str | None] = mapped_column(String, index=True)  # the finalized decision this amends
    appeal_of: Mapped[str | None] = mapped_column(String, index=True)  # the decision this one rules on appeal
    appealed_at: Mapped[int | None] = mapped_column(Integer)  # earliest appeal lodged against it (UTC ms)
    corrected_on: Mapped[str | None] = mapped_column(String)  # completed correction (score)
    public_summary: Mapped[str] = mapped_column(Text, default="")  # what the public register says of it
    recorded_by: Mapped[str] = mapped_column(String)
    recorded_at: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        # Decisions of a period, for the suspension trigger and the statistics (the index holds
        # what the trigger's candidates are chosen by, so they are found without the table).
        Index("ix_decisions_decided_on_outcome_influencer_id", "decided_on", "outcome", "influencer_id"),
    )


class FollowUp(Base):
    __tablename__ = "follow_ups"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    case_id: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(String)
    due_on: Mapped[str | None] = mapped_column(String)
    done_at: Mapped[int | None] = mapped_column(Integer)


# --- letters and publications --------------------------------------------------------------


class Letter(Base):
    """A letter the committee sent (add-only): which template, to whom, and the PDF kept as evidence.

    ``case_id`` is the case the letter was written about, as its event names it (a later merge
    does not move it), so the row is the same whichever order events arrive in.
    """

    __tablename__ = "letters"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String, index=True)
    kind: Mapped[str] = mapped_column(String)  # complaint, decision, takedown
    lang: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(String, default="")
    recipient: Mapped[str] = mapped_column(String, default="")
    decision_id: Mapped[str | None] = mapped_column(String)
    evidence_id: Mapped[str | None] = mapped_column(String)
    sha256: Mapped[str | None] = mapped_column(String)
    deadline: Mapped[str | None] = mapped_column(String)  # what the letter set: ISO date or date-time
    placeholders: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the values the letter was filled with
    sent_by: Mapped[str] = mapped_column(String)
    sent_at: Mapped[int] = mapped_column(Integer)
    # Its number in the register of outgoing documents (sổ văn bản đi): one series a kind a year.
    doc_year: Mapped[int | None] = mapped_column(Integer)
    doc_series: Mapped[str | None] = mapped_column(String)
    doc_seq: Mapped[int | None] = mapped_column(Integer)
    renumbered_hlc: Mapped[int | None] = mapped_column(Integer)  # the renumbering that decided doc_seq
    sealed_key: Mapped[str | None] = mapped_column(String)  # a letter to a reporter: sealed under the report's key

    __table_args__ = (Index("ix_letters_kind_sent_at", "kind", "sent_at"),
                      Index("ix_letters_number", "doc_year", "doc_series", "doc_seq"))


class Takedown(Base):
    """A takedown request to a platform (``takedown.requested``) and the platform's answer.

    ``case_id`` is the case the request was made for, as its event names it (a later merge does
    not move it). ``result``, ``reason`` and ``answered_at`` are fields of ``takedown.answered``,
    merged per field: concurrent answers go to the conflict inbox (``projection.fields``).
    ``due_at`` is fixed when the request is recorded: 24 or 48 hours after ``sent_at``.
    """

    __tablename__ = "takedowns"
    __table_args__ = (
        Index("ix_takedowns_case_id", "case_id"),
        Index("ix_takedowns_platform_sent_at", "platform", "sent_at"),
        Index("ix_takedowns_result_due_at", "result", "due_at"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    case_id: Mapped[str] = mapped_column(String)
    platform: Mapped[str] = mapped_column(String)
    urls: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of the content's addresses
    via: Mapped[str] = mapped_column(String)  # domain.takedowns.Channel
    sent_at: Mapped[int] = mapped_column(Integer)  # UTC ms
    due_at: Mapped[int] = mapped_column(Integer)
    urgent: Mapped[bool] = mapped_column(Boolean)  # the case's flag when the request was sent
    letter_id: Mapped[str | None] = mapped_column(String)  # the takedown letter it went with
    requested_by: Mapped[str] = mapped_column(String)
    result: Mapped[str | None] = mapped_column(String)  # domain.takedowns.Result; none while awaited
    reason: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[int | None] = mapped_column(Integer)
    answered_by: Mapped[str | None] = mapped_column(String)  # who recorded the answer shown


class TakedownRecheck(Base):
    """A member looked again at the content of a request: still up or not (add-only)."""

    __tablename__ = "takedown_rechecks"
    __table_args__ = (Index("ix_takedown_rechecks_takedown_id_at", "takedown_id", "at"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    takedown_id: Mapped[str] = mapped_column(String)
    case_id: Mapped[str] = mapped_column(String)  # the request's
    at: Mapped[int] = mapped_column(Integer)  # UTC ms: when the member looked
    still_up: Mapped[bool] = mapped_column(Boolean)
    evidence_id: Mapped[str | None] = mapped_column(String)  # the screenshot kept as the case's evidence
    checked_by: Mapped[str] = mapped_column(String)


class RegisterPublication(Base):
    """One publication of the public register (add-only): when, by whom, how much it listed."""

    __tablename__ = "register_publications"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    published_on: Mapped[str] = mapped_column(String, index=True)  # ISO date the register was as of
    decisions: Mapped[int] = mapped_column(Integer)
    named: Mapped[int] = mapped_column(Integer)  # entries of the named non-compliant list
    lang: Mapped[str] = mapped_column(String)
    files: Mapped[str] = mapped_column(Text, default="{}")  # JSON: file name -> SHA-256
    published_by: Mapped[str] = mapped_column(String)
    published_at: Mapped[int] = mapped_column(Integer)


class CalendarDay(Base):
    """The committee's word on one date of the working-day calendar: a day off it added (a bridge
    day) or a day it works (a law holiday it removed). The latest event per date wins."""

    __tablename__ = "calendar_days"

    day: Mapped[str] = mapped_column(String, primary_key=True)  # ISO date
    off: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String, default="")
    hlc: Mapped[int] = mapped_column(Integer)  # of the event that decided, with its id: last writer wins
    event_id: Mapped[str] = mapped_column(String)
    changed_by: Mapped[str] = mapped_column(String)
    changed_at: Mapped[int] = mapped_column(Integer)


class MinutesIssued(Base):
    """The minutes of a finalized meeting in the register of outgoing documents (series BB): one
    number per meeting, kept by the first issue (later prints reuse it)."""

    __tablename__ = "minutes_issued"

    meeting_id: Mapped[str] = mapped_column(String, primary_key=True)
    doc_year: Mapped[int] = mapped_column(Integer)
    doc_series: Mapped[str] = mapped_column(String)
    doc_seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String)
    file_name: Mapped[str] = mapped_column(String, default="")
    lang: Mapped[str] = mapped_column(String, default="vi")
    issued_by: Mapped[str] = mapped_column(String)
    issued_at: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String)


class CommitteeProfileValue(Base):
    """One item of the documents' committee data (``domain.documents.DocumentProfile``): the latest
    ``committee.profile_set`` event per key wins, by its clock stamp then its id."""

    __tablename__ = "committee_profile"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    hlc: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String)
    changed_by: Mapped[str] = mapped_column(String)


class ErasedKey(Base):
    """A key destroyed by ``privacy.erased``: whatever it sealed is unreadable for good, and a key
    file that still holds it is never read again."""

    __tablename__ = "erased_keys"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    event_id: Mapped[str] = mapped_column(String)
    erased_at: Mapped[int] = mapped_column(Integer)


# --- sync bookkeeping (local to this installation, never synced) ---------------------------


class PersonalKey(Base):
    """A key sealing one person's fields (``store.sealing``). Local: it reaches other members
    through the shared folder's key files, never through the signed history, so it can be destroyed."""

    __tablename__ = "personal_keys"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    device_id: Mapped[str] = mapped_column(String)  # whose key file carries it


class SealedWaiting(Base):
    """Keys that sealed fields here wait for (their key file has not arrived yet): what the end of
    a sync round looks for in the key files, without scanning every report."""

    __tablename__ = "sealed_waiting"

    key_id: Mapped[str] = mapped_column(String, primary_key=True)


class SyncBundle(Base):
    """A signed bundle this installation holds in its archive (its own, or applied from others).

    The archive is what ``package export`` copies and what ``verify`` re-checks; the bundle id is
    the SHA-256 of the bundle's manifest bytes.
    """

    __tablename__ = "sync_bundles"

    bundle_id: Mapped[str] = mapped_column(String, primary_key=True)
    device_id: Mapped[str] = mapped_column(String)
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    min_hlc: Mapped[int] = mapped_column(Integer)
    max_hlc: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String)  # relative to the archive folder

    __table_args__ = (Index("ix_sync_bundles_device_id_last_seq", "device_id", "last_seq"),)


class SyncFile(Base):
    """A file of the shared folder already dealt with, by path, size and modification time.

    Only a hint that saves re-reading: a file that changes is examined again, and everything is
    verifiable without this table.
    """

    __tablename__ = "sync_files"

    path: Mapped[str] = mapped_column(String, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String)  # applied, duplicate, rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    quarantined: Mapped[str | None] = mapped_column(String)  # copy kept in the data directory


class SyncFrozenDevice(Base):
    """A device that signed two different histories: nothing more is imported from it."""

    __tablename__ = "sync_frozen_devices"

    device_id: Mapped[str] = mapped_column(String, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    file: Mapped[str] = mapped_column(String)
    detected_at: Mapped[int] = mapped_column(Integer)  # local UTC ms


class SyncRound(Base):
    """One sync round as it ran here: the sync log window lists these."""

    __tablename__ = "sync_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[int] = mapped_column(Integer, index=True)  # local UTC ms
    finished_at: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String)  # the folder or package
    ok: Mapped[bool] = mapped_column(Boolean)
    written: Mapped[int] = mapped_column(Integer)  # bundles written
    applied: Mapped[int] = mapped_column(Integer)  # bundles applied
    events_in: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    pending: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    report: Mapped[str] = mapped_column(Text)  # the round's JSON report


PROJECTION_TABLES: tuple[str, ...] = (
    "field_heads",
    "conflicts",
    "members",
    "devices",
    "influencers",
    "influencer_accounts",
    "influencer_assessments",
    "influencer_merges",
    "cases",
    "case_tallies",
    "case_days",
    "reports",
    "notes",
    "evidence",
    "annotations",
    "meetings",
    "agenda_items",
    "attendance",
    "votes",
    "decisions",
    "follow_ups",
    "letters",
    "register_publications",
    "calendar_days",
    "committee_profile",
    "minutes_issued",
    "erased_keys",
    "indicators",
    "indicator_sightings",
    "indicator_removals",
    "indicator_extractions",
    "image_bands",
    "takedowns",
    "takedown_rechecks",
)
"""Tables written only by the projection, in an order that respects foreign keys."""
