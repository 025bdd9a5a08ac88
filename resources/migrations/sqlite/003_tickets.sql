-- Users of csodesk. Never deleted: a disabled user keeps their tickets (tickets refer to them).
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until_ms BIGINT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at_ms BIGINT NOT NULL
);

-- The last daily sequence per site and WIB day. Incremented inside the filing transaction, so
-- a number is taken only when its ticket commits (no gaps, no duplicates: the write lock of
-- BEGIN IMMEDIATE serialises filers sharing one file).
CREATE TABLE ticket_counters (
    site_code TEXT NOT NULL,
    day TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (site_code, day)
);

-- A filed APKT report. Customer data are snapshots as text on purpose: the ticket records what
-- was true at the call, whatever happens to the customer record later.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    client_request_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('ISSUE_CLOSED', 'KELUHAN')),
    issue_type_id TEXT NOT NULL,
    sub_issue_type_id TEXT NOT NULL,
    routing TEXT NOT NULL CHECK (routing IN ('contact_center', 'customer_unit')),
    customer_idpel TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    description TEXT NOT NULL,
    agent_note TEXT NOT NULL,
    sop_id TEXT NOT NULL,
    sop_version INTEGER NOT NULL,
    path_json TEXT NOT NULL,
    agent_user_id BIGINT NOT NULL REFERENCES users (id),
    agent_name TEXT NOT NULL,
    call_started_at_ms BIGINT NOT NULL,
    filed_at_ms BIGINT NOT NULL,
    handle_time_ms BIGINT NOT NULL,
    sla_due_at_ms BIGINT,
    linked_ticket_number TEXT
);
CREATE INDEX tickets_filed ON tickets (filed_at_ms, id);
CREATE INDEX tickets_handle ON tickets (handle_time_ms, id);
CREATE INDEX tickets_agent ON tickets (agent_name, filed_at_ms, id);
CREATE INDEX tickets_customer ON tickets (customer_idpel, sub_issue_type_id, filed_at_ms);
CREATE INDEX tickets_kind ON tickets (kind, filed_at_ms, id);
CREATE INDEX tickets_sub_issue ON tickets (sub_issue_type_id, filed_at_ms, id);
CREATE INDEX tickets_unit ON tickets (unit_code, filed_at_ms, id);

-- What happens to a ticket after filing: review notes, flags, status changes of a KELUHAN.
CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    kind TEXT NOT NULL CHECK (kind IN ('note', 'flag', 'status')),
    at_ms BIGINT NOT NULL,
    actor_user_id BIGINT NOT NULL REFERENCES users (id),
    actor_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    flag TEXT CHECK (flag IN ('sesuai_sop', 'perlu_koreksi')),
    status TEXT CHECK (status IN ('open', 'done_by_unit', 'cancelled'))
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, kind, id);

-- A filed ticket and its history are never edited or deleted.
CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
BEGIN
    SELECT RAISE(ABORT, 'tickets is append-only');
END;
CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets
BEGIN
    SELECT RAISE(ABORT, 'tickets is append-only');
END;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only');
END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only');
END;
