"""Schema migrations: small numbered steps that only ever add. `PRAGMA user_version` is the step."""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3

from app.models.plan import FIXED_AFTER_SIGNING

Step = Callable[[sqlcipher3.Connection], None]
_STEPS: list[Step] = []


def step(fn: Step) -> Step:
    _STEPS.append(fn)
    return fn


def run_script(conn: sqlcipher3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the migration's transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer[:60]}")


@step
def _0001_core(conn: sqlcipher3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE persons (
            id TEXT PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
            number TEXT NOT NULL UNIQUE, protected_identity INTEGER NOT NULL DEFAULT 0,
            unit TEXT NOT NULL DEFAULT '', guardians TEXT NOT NULL DEFAULT '[]',
            contacts TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            sort_key TEXT NOT NULL
        );
        CREATE INDEX persons_sort ON persons(sort_key);
        CREATE INDEX persons_unit ON persons(unit);
        -- One row per word of the name, casefolded: a prefix search on any name is one index range.
        CREATE TABLE person_tokens (
            token TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES persons(id),
            PRIMARY KEY (token, person_id)
        ) WITHOUT ROWID;

        CREATE TABLE assessments (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), measure TEXT NOT NULL,
            assessor TEXT NOT NULL, assessed_on TEXT NOT NULL, risk_analysis TEXT NOT NULL,
            outcome TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
        );
        CREATE INDEX assessments_person ON assessments(person_id);

        CREATE TABLE plans (
            id TEXT NOT NULL, version INTEGER NOT NULL,
            person_id TEXT NOT NULL REFERENCES persons(id),
            assessment_id TEXT NOT NULL REFERENCES assessments(id),
            kind TEXT NOT NULL, setting TEXT NOT NULL, measure TEXT NOT NULL,
            performer_mode TEXT, performer TEXT NOT NULL, instruction_by TEXT NOT NULL,
            instruction_how TEXT NOT NULL, on_harm TEXT NOT NULL, on_change TEXT NOT NULL,
            follow_up TEXT NOT NULL, reassessment_on TEXT, risk_analysis_done INTEGER NOT NULL,
            signature TEXT, status TEXT NOT NULL, void_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (id, version)
        );
        CREATE INDEX plans_person ON plans(person_id);
        CREATE INDEX plans_status ON plans(status);
        -- A signed version is a record of what was signed: only its status may change after.
        CREATE TRIGGER plans_signed_locked BEFORE UPDATE ON plans
        WHEN OLD.status <> 'draft' AND (
            NEW.measure IS NOT OLD.measure OR NEW.performer IS NOT OLD.performer
            OR NEW.performer_mode IS NOT OLD.performer_mode OR NEW.instruction_by IS NOT OLD.instruction_by
            OR NEW.instruction_how IS NOT OLD.instruction_how OR NEW.on_harm IS NOT OLD.on_harm
            OR NEW.on_change IS NOT OLD.on_change OR NEW.follow_up IS NOT OLD.follow_up
            OR NEW.reassessment_on IS NOT OLD.reassessment_on OR NEW.signature IS NOT OLD.signature
            OR NEW.person_id IS NOT OLD.person_id OR NEW.version IS NOT OLD.version)
        BEGIN SELECT RAISE(ABORT, 'signed plan versions are immutable'); END;
        CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
        BEGIN SELECT RAISE(ABORT, 'plans are voided, never deleted'); END;

        CREATE TABLE reviews (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, kind TEXT NOT NULL, planned_on TEXT NOT NULL,
            done_on TEXT, done_by TEXT NOT NULL DEFAULT '', outcome TEXT, next_on TEXT,
            notes TEXT NOT NULL DEFAULT '', cancelled INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX reviews_plan ON reviews(plan_id);
        CREATE INDEX reviews_open_due ON reviews(planned_on) WHERE done_on IS NULL AND cancelled = 0;

        CREATE TABLE copies (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, plan_version INTEGER NOT NULL,
            recipient TEXT NOT NULL, recipient_name TEXT NOT NULL, handed_on TEXT NOT NULL, consent TEXT
        );
        CREATE INDEX copies_plan ON copies(plan_id);

        CREATE TABLE instructions (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, staff_name TEXT NOT NULL, staff_role TEXT NOT NULL,
            instructed_by TEXT NOT NULL, instructed_on TEXT NOT NULL, renew_on TEXT,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX instructions_plan ON instructions(plan_id);
        CREATE INDEX instructions_renew ON instructions(renew_on);

        CREATE TABLE performances (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, occurred_at TEXT NOT NULL, performer TEXT NOT NULL,
            done INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '', deviation_id TEXT
        );
        CREATE INDEX performances_plan ON performances(plan_id, occurred_at);

        CREATE TABLE decisions (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), law TEXT NOT NULL,
            applied_on TEXT NOT NULL, case_officer TEXT NOT NULL, result TEXT NOT NULL, decided_on TEXT,
            plan_id TEXT, notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX decisions_person ON decisions(person_id);

        CREATE TABLE sip_links (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), sip_date TEXT NOT NULL,
            coordinator TEXT NOT NULL, consent TEXT NOT NULL, parties TEXT NOT NULL,
            region_reference TEXT NOT NULL, next_follow_up TEXT, created_at TEXT NOT NULL
        );
        CREATE INDEX sip_person ON sip_links(person_id);

        CREATE TABLE deviations (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), occurred_at TEXT NOT NULL,
            location TEXT NOT NULL, description TEXT NOT NULL, reporter TEXT NOT NULL,
            reporter_organisation TEXT NOT NULL, plan_id TEXT, immediate_action TEXT NOT NULL,
            harm TEXT NOT NULL, category TEXT NOT NULL, parties TEXT NOT NULL, assessor_informed_on TEXT,
            event_analysis TEXT NOT NULL, measures TEXT NOT NULL, status TEXT NOT NULL, reported_at TEXT NOT NULL
        );
        CREATE INDEX deviations_person ON deviations(person_id);
        CREATE INDEX deviations_status ON deviations(status);

        CREATE TABLE disputes (
            id TEXT PRIMARY KEY, person_id TEXT, parties TEXT NOT NULL, question TEXT NOT NULL,
            opened_on TEXT NOT NULL, resolved_on TEXT, solution TEXT NOT NULL
        );
        CREATE INDEX disputes_open ON disputes(opened_on) WHERE resolved_on IS NULL;

        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            entity TEXT NOT NULL, entity_id TEXT NOT NULL, person_id TEXT NOT NULL,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL
        );
        CREATE INDEX audit_person ON audit(person_id) WHERE person_id <> '';
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    )


@step
def _0002_sealed_documents(conn: sqlcipher3.Connection) -> None:
    """Sealed plan PDFs, kept with the plan version they belong to, and the user's sealing
    certificates (PKCS#12, password-protected inside the encrypted database). Append-only."""
    run_script(
        conn,
        """
        CREATE TABLE plan_documents (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, plan_version INTEGER NOT NULL,
            person_id TEXT NOT NULL, kind TEXT NOT NULL, pdf BLOB NOT NULL, sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL, signer TEXT NOT NULL, certificate_sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            FOREIGN KEY (plan_id, plan_version) REFERENCES plans(id, version)
        );
        CREATE INDEX plan_documents_version ON plan_documents(plan_id, plan_version, created_at);
        CREATE TRIGGER plan_documents_no_update BEFORE UPDATE ON plan_documents
        BEGIN SELECT RAISE(ABORT, 'sealed documents are never changed'); END;
        CREATE TRIGGER plan_documents_no_delete BEFORE DELETE ON plan_documents
        BEGIN SELECT RAISE(ABORT, 'sealed documents are never deleted'); END;

        CREATE TABLE seal_credentials (
            id TEXT PRIMARY KEY, subject TEXT NOT NULL, organisation TEXT NOT NULL,
            certificate_sha256 TEXT NOT NULL, not_after TEXT NOT NULL, self_signed INTEGER NOT NULL,
            pkcs12 BLOB NOT NULL, created_at TEXT NOT NULL
        );
        """,
    )


@step
def _0003_search_sort_key(conn: sqlcipher3.Connection) -> None:
    # The sort key beside each token lets a prefix search sort and limit inside the token
    # table's own pages, then fetch only the rows it shows: far fewer pages to decrypt.
    run_script(
        conn,
        """
        ALTER TABLE person_tokens ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
        UPDATE person_tokens SET sort_key = (SELECT sort_key FROM persons WHERE persons.id = person_id);
        """,
    )


@step
def _exchange(conn: sqlcipher3.Connection) -> None:
    """Exchange with partner organisations (app/store/exchange.py): our own keys, partners,
    bundle history, the last common version of each record per partner, open conflicts."""
    run_script(
        conn,
        """
        CREATE TABLE exchange_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, age_secret TEXT NOT NULL,
            signing_private BLOB NOT NULL, created_at TEXT NOT NULL
        );
        CREATE TABLE exchange_partners (
            fingerprint TEXT PRIMARY KEY, name TEXT NOT NULL, age_recipient TEXT NOT NULL,
            signing_public BLOB NOT NULL, trusted INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL
        );
        CREATE TABLE exchange_bundles (
            bundle_id TEXT NOT NULL, direction TEXT NOT NULL, partner TEXT NOT NULL, partner_name TEXT NOT NULL,
            file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, at TEXT NOT NULL, counts TEXT NOT NULL,
            PRIMARY KEY (bundle_id, direction)
        );
        -- The hash of each record as last sent to or taken from a partner: the last common version.
        CREATE TABLE exchange_sync (
            partner TEXT NOT NULL, kind TEXT NOT NULL, record_key TEXT NOT NULL, hash TEXT NOT NULL,
            PRIMARY KEY (partner, kind, record_key)
        ) WITHOUT ROWID;
        CREATE TABLE exchange_conflicts (
            id TEXT PRIMARY KEY, bundle_id TEXT NOT NULL, partner TEXT NOT NULL, kind TEXT NOT NULL,
            record_key TEXT NOT NULL, person_id TEXT NOT NULL, incoming TEXT NOT NULL, incoming_hash TEXT NOT NULL,
            at TEXT NOT NULL, resolved TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX exchange_conflicts_open ON exchange_conflicts(kind, record_key) WHERE resolved = '';
        """,
    )


@step
def _0005_list_indexes(conn: sqlcipher3.Connection) -> None:
    """Indexes the desktop client's lists and Överblick walk in order (app/store/overview.py).

    Covering indexes let the full person and plan lists be read without touching the rows;
    partial indexes hold only what is still to do (drafts, copies lacking consent, open
    deviations) in date order, so the to-do reads its first rows and stops.
    """
    run_script(
        conn,
        """
        CREATE INDEX persons_sort_id ON persons(sort_key, id);
        CREATE INDEX plans_person_version ON plans(person_id, id, version);
        CREATE INDEX plans_draft_created ON plans(created_at) WHERE status = 'draft';
        CREATE INDEX copies_no_consent ON copies(handed_on)
            WHERE consent IS NULL AND recipient NOT IN ('person', 'guardian');
        CREATE INDEX deviations_open ON deviations(occurred_at) WHERE status <> 'closed';
        """,
    )


@step
def _0006_number_search(conn: sqlcipher3.Connection) -> None:
    """Search by personnummer sorts and limits inside this index instead of reading the row
    of every match (thousands for a birth year at 100 000 persons)."""
    run_script(conn, "CREATE INDEX persons_number_sort ON persons(number, sort_key, id);")


@step
def _0007_assessor_index(conn: sqlcipher3.Connection) -> None:
    """Överblick finds a nurse's own items through the persons she assessed, even when they lie
    beyond the most urgent rows of everyone (app/store/overview.py, `_MY_PERSONS`)."""
    run_script(conn, "CREATE INDEX assessments_assessor_name ON assessments(json_extract(assessor, '$.name'));")


def signed_plan_trigger() -> str:
    """The trigger that keeps a version fixed once it is no longer a draft, its column list
    generated from the model's decision (`app/models/plan.py`, FIXED_AFTER_SIGNING): the rule
    lives there, this is its guard against plain SQL."""
    changed = "\n            OR ".join(f"NEW.{name} IS NOT OLD.{name}" for name in sorted(FIXED_AFTER_SIGNING))
    return f"""
        CREATE TRIGGER plans_signed_locked BEFORE UPDATE ON plans
        WHEN OLD.status <> 'draft' AND (
            {changed})
        BEGIN SELECT RAISE(ABORT, 'signed plan versions are immutable'); END;
        """


@step
def _signed_plan_trigger_from_model(conn: sqlcipher3.Connection) -> None:
    """Step 1's trigger missed setting, kind, assessment_id and risk_analysis_done (and id,
    created_at): re-created from the model's field classification. A later change to that
    classification needs a new step that calls this again."""
    run_script(conn, "DROP TRIGGER IF EXISTS plans_signed_locked;\n" + signed_plan_trigger())


@step
def _partner_sealers(conn: sqlcipher3.Connection) -> None:
    """Sealing certificates from partner identity files (app/store/sealers.py), keyed by the
    certificate's SHA-256; `known` only while the partner is trusted."""
    run_script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS partner_sealers (
            certificate_sha256 TEXT NOT NULL, partner TEXT NOT NULL, name TEXT NOT NULL,
            certificate BLOB NOT NULL, known INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL,
            PRIMARY KEY (certificate_sha256, partner)
        );
        CREATE INDEX IF NOT EXISTS partner_sealers_partner ON partner_sealers(partner);
        CREATE INDEX IF NOT EXISTS seal_credentials_certificate ON seal_credentials(certificate_sha256);
        """,
    )


@step
def _exchange_order_and_heads(conn: sqlcipher3.Connection) -> None:
    """Imports that never go backwards (app/store/exchange.py): our own bundle sequence number,
    per partner the last sequence taken and the audit heads exchanged, and every record version
    ever exchanged with a partner (an older one coming back changes nothing)."""
    run_script(
        conn,
        """
        ALTER TABLE exchange_identity ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE exchange_peers (
            partner TEXT PRIMARY KEY, last_sequence INTEGER NOT NULL DEFAULT 0,
            last_bundle TEXT NOT NULL DEFAULT '', audit_count INTEGER, audit_hash TEXT,
            sent_heads TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE exchange_seen (
            partner TEXT NOT NULL, kind TEXT NOT NULL, record_key TEXT NOT NULL, hash TEXT NOT NULL,
            PRIMARY KEY (partner, kind, record_key, hash)
        ) WITHOUT ROWID;
        """,
    )


@step
def _assessment_samrad(conn: sqlcipher3.Connection) -> None:
    """Samråd, information to the patient and the patient's decision (app/models/samrad.py) as
    one JSON column of the assessment; NULL (old rows) reads as "no samråd recorded". Skipped
    when the column is there (a test that fills an older schema with today's records adds it)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(assessments)")}
    if "samrad" not in columns:
        run_script(conn, "ALTER TABLE assessments ADD COLUMN samrad TEXT;")


@step
def _dispute_steps(conn: sqlcipher3.Connection) -> None:
    """Disputes as 002 §"Tolkningar" has them (app/models/dispute.py): when the chefs started
    discussions, to whom the solution was spread, the escalation and where it went. Parties
    stay one JSON column (old rows hold names, new ones records with the närmaste chef)."""
    run_script(
        conn,
        """
        ALTER TABLE disputes ADD COLUMN discussion_started_on TEXT;
        ALTER TABLE disputes ADD COLUMN spread_to TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE disputes ADD COLUMN escalated_on TEXT;
        ALTER TABLE disputes ADD COLUMN escalated_to TEXT NOT NULL DEFAULT 'none';
        CREATE INDEX IF NOT EXISTS disputes_not_started ON disputes(opened_on)
            WHERE resolved_on IS NULL AND discussion_started_on IS NULL AND escalated_on IS NULL;
        """,
    )


@step
def _unit_search_tokens(conn: sqlcipher3.Connection) -> None:
    """Person search finds a person by the words of her school or unit too (the repository
    writes them from now on: `person_search_tokens`); existing persons get theirs here."""
    from app.store.tokens import person_search_tokens  # the store's one tokeniser

    rows = conn.execute("SELECT id, unit, sort_key FROM persons WHERE unit <> ''").fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO person_tokens (token, person_id, sort_key) VALUES (?, ?, ?)",
        [(token, ident, key) for ident, unit, key in rows for token in person_search_tokens("", unit)],
    )


@step
def _handovers(conn: sqlcipher3.Connection) -> None:
    """Responsibility for a plan's follow-up handed over (app/models/handover.py). The index
    serves the newest hand-over per plan (`app/store/handovers.py` RESPONSIBLE_NAME), the name
    index "which plans has she taken over" (a to-do list's "mine")."""
    run_script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS handovers (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES persons(id),
            giver TEXT NOT NULL, receiver TEXT NOT NULL, handed_on TEXT NOT NULL,
            agreement TEXT NOT NULL, created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS handovers_plan_latest ON handovers(plan_id, handed_on, created_at, id);
        CREATE INDEX IF NOT EXISTS handovers_receiver_name ON handovers(json_extract(receiver, '$.name'));
        CREATE TRIGGER IF NOT EXISTS handovers_no_update BEFORE UPDATE ON handovers
        BEGIN SELECT RAISE(ABORT, 'a hand-over is a record of an agreement: it is never changed'); END;
        CREATE TRIGGER IF NOT EXISTS handovers_no_delete BEFORE DELETE ON handovers
        BEGIN SELECT RAISE(ABORT, 'a hand-over is a record of an agreement: it is never deleted'); END;
        """,
    )


@step
def _intyg(conn: sqlcipher3.Connection) -> None:
    """Egenvårdsintyg (app/models/intyg.py): one row per intyg, never deleted; an intyg rests on
    one plan version. The indexes answer "the intyg of this plan" and "of this person"."""
    run_script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS intyg (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id),
            plan_id TEXT NOT NULL, plan_version INTEGER NOT NULL, measure TEXT NOT NULL,
            judgement TEXT NOT NULL, help_needed TEXT NOT NULL, frequency TEXT NOT NULL,
            assessor TEXT NOT NULL, issued_on TEXT NOT NULL, valid_until TEXT NOT NULL,
            status TEXT NOT NULL, void_reason TEXT NOT NULL DEFAULT '', voided_on TEXT,
            created_at TEXT NOT NULL,
            FOREIGN KEY (plan_id, plan_version) REFERENCES plans(id, version)
        );
        CREATE INDEX IF NOT EXISTS intyg_plan ON intyg(plan_id, issued_on);
        CREATE INDEX IF NOT EXISTS intyg_person ON intyg(person_id, issued_on);
        -- Issued is issued: only voiding (status, reason, date) may change a row, and only once.
        CREATE TRIGGER IF NOT EXISTS intyg_fixed BEFORE UPDATE ON intyg
        WHEN OLD.status <> 'valid' OR NEW.id IS NOT OLD.id OR NEW.person_id IS NOT OLD.person_id
            OR NEW.plan_id IS NOT OLD.plan_id OR NEW.plan_version IS NOT OLD.plan_version
            OR NEW.measure IS NOT OLD.measure OR NEW.judgement IS NOT OLD.judgement
            OR NEW.help_needed IS NOT OLD.help_needed OR NEW.frequency IS NOT OLD.frequency
            OR NEW.assessor IS NOT OLD.assessor OR NEW.issued_on IS NOT OLD.issued_on
            OR NEW.valid_until IS NOT OLD.valid_until OR NEW.created_at IS NOT OLD.created_at
        BEGIN SELECT RAISE(ABORT, 'an issued egenvårdsintyg is never changed, only voided'); END;
        CREATE TRIGGER IF NOT EXISTS intyg_no_delete BEFORE DELETE ON intyg
        BEGIN SELECT RAISE(ABORT, 'egenvårdsintyg are never deleted, only voided'); END;
        """,
    )


# Which person a change concerns, per table the to-do rules read (app/store/todo.py). Frozen
# here as the step wrote it; a later table gets its triggers in a later step.
_TODO_PERSON_OF = {
    "persons": "NEW.id",
    "assessments": "NEW.person_id",
    "plans": "NEW.person_id",
    "deviations": "NEW.person_id",
    "decisions": "NEW.person_id",
    "disputes": "coalesce(NEW.person_id, '')",
    "copies": "(SELECT person_id FROM plans WHERE id = NEW.plan_id LIMIT 1)",
    "instructions": "(SELECT person_id FROM plans WHERE id = NEW.plan_id LIMIT 1)",
    "reviews": "(SELECT person_id FROM plans WHERE id = NEW.plan_id LIMIT 1)",
    "review_announcements": "(SELECT person_id FROM plans WHERE id = NEW.plan_id LIMIT 1)",
}


def _todo_dirty_triggers() -> str:
    return "\n".join(
        f"CREATE TRIGGER todo_dirty_{table}_{event.lower()} AFTER {event} ON {table} BEGIN"
        f" INSERT OR IGNORE INTO todo_dirty(person_id) SELECT {person} WHERE {person} IS NOT NULL; END;"
        for table, person in _TODO_PERSON_OF.items()
        for event in ("INSERT", "UPDATE")
    )


@step
def _todo_items(conn: sqlcipher3.Connection) -> None:
    """The to-do engine (app/store/todo.py, app/services/todo.py).

    - `review_announcements`: when and to whom a review's date was told (002: the next review is
      "planerad och meddelad berörda").
    - `todo_items`: every open step, worked out per person by the rules and kept, clustered by
      the place where it is carried out and the day it starts to show, so Överblick reads a
      unit's items of today as one contiguous range (a school leader's 8 000 persons at 100 000:
      milliseconds instead of seconds of scattered, decrypted pages). `todo_dirty` names the
      persons whose items must be worked out again: filled by triggers on every table the rules
      read, whatever wrote it (a use case, an import, the demo), emptied by the next to-do read.
      Every person starts dirty.
    """
    run_script(
        conn,
        """
        CREATE TABLE review_announcements (
            id TEXT PRIMARY KEY, review_id TEXT NOT NULL, plan_id TEXT NOT NULL, announced_on TEXT NOT NULL,
            announced_to TEXT NOT NULL, announced_by TEXT NOT NULL
        );
        CREATE INDEX review_announcements_review ON review_announcements(review_id);
        CREATE INDEX review_announcements_plan ON review_announcements(plan_id);
        CREATE TABLE todo_items (
            place TEXT NOT NULL, show_from TEXT NOT NULL, person_id TEXT NOT NULL, key TEXT NOT NULL,
            show_until TEXT, plan_id TEXT, kind TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
            due TEXT, unit TEXT NOT NULL, performer TEXT NOT NULL, responsible TEXT NOT NULL,
            parties TEXT NOT NULL, person_name TEXT NOT NULL, person_number TEXT NOT NULL,
            measure TEXT NOT NULL, action_sv TEXT NOT NULL, action_en TEXT NOT NULL,
            owner_sv TEXT NOT NULL, owner_en TEXT NOT NULL, owner_role TEXT NOT NULL,
            owner_name TEXT NOT NULL, owner_unit TEXT NOT NULL, owner_any TEXT NOT NULL,
            PRIMARY KEY (place, show_from, person_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX todo_items_person ON todo_items(person_id);
        CREATE INDEX todo_items_unit ON todo_items(unit, show_from) WHERE unit <> '';
        CREATE INDEX todo_items_responsible ON todo_items(responsible, show_from) WHERE responsible <> '';
        CREATE INDEX todo_items_owner ON todo_items(owner_name, show_from) WHERE owner_name <> '';
        CREATE INDEX todo_items_parties ON todo_items(parties) WHERE parties <> '';
        CREATE TABLE todo_dirty (person_id TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO todo_dirty(person_id) SELECT id FROM persons;
        INSERT OR IGNORE INTO todo_dirty(person_id) VALUES ('');
        """
        + _todo_dirty_triggers(),
    )


@step
def _todo_reads_intyg_and_handovers(conn: sqlcipher3.Connection) -> None:
    """The to-do rules read egenvårdsintyg (`intyg_missing`) and hand-overs (who is responsible
    now): a change to either marks its person for working out again, as `_todo_items` did for
    the tables before them."""
    run_script(
        conn,
        "\n".join(
            f"CREATE TRIGGER IF NOT EXISTS todo_dirty_{table}_{event.lower()} AFTER {event} ON {table} BEGIN"
            " INSERT OR IGNORE INTO todo_dirty(person_id) VALUES (NEW.person_id); END;"
            for table in ("intyg", "handovers")
            for event in ("INSERT", "UPDATE")
        ),
    )


# The expressions the follow-up indicators ask (app/store/indicators.py) name these same texts,
# so SQLite finds them in the indexes below.
SIGNED_ON = "json_extract(signature, '$.signed_on')"
ASSESSOR_ORGANISATION = "json_extract(assessor, '$.organisation')"
ASSESSOR_PROFESSION = "json_extract(assessor, '$.profession')"
RISK_DOCUMENTED = (
    "(json_array_length(risk_analysis, '$.hazards') > 0 AND json_extract(risk_analysis, '$.conclusion') <> '')"
)


@step
def _indicator_indexes(conn: sqlcipher3.Connection) -> None:
    """Covering indexes for Uppföljning (issue 12): a year's indicators at 150 000 plans read
    these small index pages instead of decrypting every row of the big tables."""
    run_script(
        conn,
        f"""
        CREATE INDEX IF NOT EXISTS plans_indicators ON plans(
            {SIGNED_ON}, status, setting, person_id, assessment_id, id, version, measure);
        CREATE INDEX IF NOT EXISTS plans_current_cover ON plans(
            id, version, setting, person_id, assessment_id, measure);
        CREATE INDEX IF NOT EXISTS assessments_indicators ON assessments(
            assessed_on, outcome, person_id, measure, {ASSESSOR_ORGANISATION}, {ASSESSOR_PROFESSION}, id);
        CREATE INDEX IF NOT EXISTS assessments_by_id_cover ON assessments(
            id, {ASSESSOR_ORGANISATION}, {ASSESSOR_PROFESSION}, {RISK_DOCUMENTED});
        CREATE INDEX IF NOT EXISTS persons_id_unit ON persons(id, unit);
        CREATE INDEX IF NOT EXISTS reviews_indicators ON reviews(planned_on, cancelled, done_on, plan_id);
        CREATE INDEX IF NOT EXISTS performances_indicators ON performances(occurred_at, done, deviation_id, plan_id);
        CREATE INDEX IF NOT EXISTS copies_indicators ON copies(plan_id, plan_version, recipient, handed_on);
        CREATE INDEX IF NOT EXISTS instructions_first ON instructions(plan_id, instructed_on);
        CREATE INDEX IF NOT EXISTS sip_person_date ON sip_links(person_id, sip_date);
        """,
    )


@step
def _todo_unit_index_covers(conn: sqlcipher3.Connection) -> None:
    """A unit's items carried out elsewhere (a pupil's plan performed at home or by home care)
    are read by this index; holding the columns the list sorts and filters by, it is read as one
    range instead of one row lookup per item (app/store/todo.py `page`: 34 of 70 ms at a
    school leader's 14 000 items)."""
    run_script(
        conn,
        """
        DROP INDEX IF EXISTS todo_items_unit;
        CREATE INDEX todo_items_unit ON todo_items(
            unit, show_from, show_until, kind, due, owner_role, owner_name, owner_unit, owner_any,
            person_name, action_sv, action_en, entity_id, performer)
            WHERE unit <> '' AND place <> unit;
        """,
    )


def latest() -> int:
    return len(_STEPS)


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection) -> None:
    """Apply the missing steps, each in its own transaction with the version bump."""
    for number in range(schema_version(conn), len(_STEPS)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            _STEPS[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


# Which person a change concerns, per table the follow-up indicators read (app/store/
# indicator_facts.py). Frozen here as the step wrote it.
_INDICATOR_PERSON_OF = {
    "persons": "{row}.id",
    "assessments": "{row}.person_id",
    "plans": "{row}.person_id",
    "deviations": "{row}.person_id",
    "decisions": "{row}.person_id",
    "sip_links": "{row}.person_id",
    "intyg": "{row}.person_id",
    "disputes": "coalesce({row}.person_id, '')",
    "reviews": "(SELECT person_id FROM plans WHERE id = {row}.plan_id LIMIT 1)",
    "performances": "(SELECT person_id FROM plans WHERE id = {row}.plan_id LIMIT 1)",
    "copies": "(SELECT person_id FROM plans WHERE id = {row}.plan_id LIMIT 1)",
    "instructions": "(SELECT person_id FROM plans WHERE id = {row}.plan_id LIMIT 1)",
}


def _indicator_dirty_triggers() -> str:
    def mark(person: str) -> str:
        return f" INSERT OR IGNORE INTO indicator_dirty(person_id) SELECT {person} WHERE {person} IS NOT NULL;"

    out = []
    for table, person in _INDICATOR_PERSON_OF.items():
        new, old = person.format(row="NEW"), person.format(row="OLD")
        out.append(f"CREATE TRIGGER indicator_dirty_{table}_insert AFTER INSERT ON {table} BEGIN{mark(new)} END;")
        # An update may move a record to another person: both are worked out again.
        out.append(
            f"CREATE TRIGGER indicator_dirty_{table}_update AFTER UPDATE ON {table} BEGIN{mark(new)}{mark(old)} END;"
        )
        out.append(f"CREATE TRIGGER indicator_dirty_{table}_delete AFTER DELETE ON {table} BEGIN{mark(old)} END;")
    return "\n".join(out)


@step
def _indicator_facts(conn: sqlcipher3.Connection) -> None:
    """Kept facts for Uppföljning (issue 12, app/store/indicator_facts.py): one narrow row per
    counted record (assessment, plan version, review, performance, plan's first performance,
    deviation, dispute, decision, intyg) with its breakdown keys and flags worked out, clustered
    by kind and date, so a year's indicators read one range each instead of joining 150 000
    plans to their persons and assessments and parsing their JSON every time. Kept like the
    to-do items: triggers mark the person a write concerns in `indicator_dirty`; the next read
    works that person's facts out again. Every person starts dirty."""
    run_script(
        conn,
        """
        CREATE TABLE indicator_facts (
            kind TEXT NOT NULL, d1 TEXT NOT NULL, person_id TEXT NOT NULL, id TEXT NOT NULL, v INTEGER NOT NULL,
            org TEXT NOT NULL, unit TEXT NOT NULL, setting TEXT NOT NULL, measure TEXT NOT NULL,
            profession TEXT NOT NULL, d2 TEXT, d3 TEXT, f1 INTEGER, f2 INTEGER, f3 INTEGER, f4 INTEGER,
            grp TEXT NOT NULL, grp2 TEXT NOT NULL,
            PRIMARY KEY (kind, d1, person_id, id, v)
        ) WITHOUT ROWID;
        CREATE INDEX indicator_facts_person ON indicator_facts(person_id, kind);
        -- Reviews not done, by planned date; and done, by the day done: "overdue at a day" is
        -- two short ranges of these, not a walk over every review.
        CREATE INDEX indicator_facts_open ON indicator_facts(d1, f1, org, unit, setting, measure, profession, kind, d2)
            WHERE kind = 'review' AND d2 IS NULL;
        CREATE INDEX indicator_facts_done ON indicator_facts(d2, d1, f1, org, unit, setting, measure, profession, kind)
            WHERE kind = 'review' AND d2 IS NOT NULL;
        -- The same facts counted per day and per month (`grain` 'd' / 'm') with their keys and
        -- flags: a year is eleven month rows and the days of two broken months.
        CREATE TABLE indicator_counts (
            kind TEXT NOT NULL, grain TEXT NOT NULL, d TEXT NOT NULL, org TEXT NOT NULL, unit TEXT NOT NULL,
            setting TEXT NOT NULL, measure TEXT NOT NULL, profession TEXT NOT NULL, f1 INTEGER NOT NULL,
            f2 INTEGER NOT NULL, f3 INTEGER NOT NULL, f4 INTEGER NOT NULL, grp TEXT NOT NULL, grp2 TEXT NOT NULL,
            x TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (kind, grain, d, org, unit, setting, measure, profession, f1, f2, f3, f4, grp, grp2, x)
        ) WITHOUT ROWID;
        CREATE TABLE indicator_dirty (person_id TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO indicator_dirty(person_id) SELECT id FROM persons;
        INSERT OR IGNORE INTO indicator_dirty(person_id) VALUES ('');
        """
        + _indicator_dirty_triggers(),
    )


@step
def _deviation_analysis_date(conn: sqlcipher3.Connection) -> None:
    """The day of a deviation's joint event analysis (`Deviation.event_analysis_on`): Uppföljning
    counts the days from the event to it (`days_to_analysis`). Skipped when the column is there."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(deviations)")}
    if "event_analysis_on" not in columns:
        run_script(conn, "ALTER TABLE deviations ADD COLUMN event_analysis_on TEXT;")


@step
def _received_measures(conn: sqlcipher3.Connection) -> None:
    """Indicator reports (FHIR MeasureReports, no personal data) that came in `.egvb` bundles
    from other organisations (app/store/received_measures.py): the county view of Uppföljning
    sets them side by side. One row per bundle; the newest per organisation and period counts."""
    run_script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS received_measures (
            bundle_id TEXT PRIMARY KEY, organisation TEXT NOT NULL, period_start TEXT NOT NULL,
            period_end TEXT NOT NULL, breakdown TEXT NOT NULL, sender TEXT NOT NULL,
            received_at TEXT NOT NULL, data BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS received_measures_period ON received_measures(period_start, period_end, breakdown);
        """,
    )
