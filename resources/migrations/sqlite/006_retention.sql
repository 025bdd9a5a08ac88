-- Retention (UU 27/2022: personal data are deleted once their purpose is served). Tickets and
-- access-log rows past their retention are anonymised, not deleted: the counts, kinds, types,
-- units, times and handle times of past periods stay, so their figures do not change.

-- One row: how long tickets and access-log rows keep their personal data, in days.
-- [A] 5 years for tickets, 2 for the access log, until PLN's data protection officer decides.
CREATE TABLE retention_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ticket_days INTEGER NOT NULL CHECK (ticket_days >= 90),
    access_log_days INTEGER NOT NULL CHECK (access_log_days >= 30),
    changed_at_ms BIGINT,
    changed_by TEXT
);
INSERT INTO retention_policy (id, ticket_days, access_log_days) VALUES (1, 1825, 730);

ALTER TABLE tickets ADD COLUMN anonymised_at_ms BIGINT;

-- The one change the record allows: a ticket's personal texts replaced by the purge's fixed
-- forms, once. Everything the figures read must stay as it was.
DROP TRIGGER tickets_no_update;
CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
WHEN NOT (
    OLD.anonymised_at_ms IS NULL AND NEW.anonymised_at_ms IS NOT NULL
    AND NEW.id IS OLD.id AND NEW.number IS OLD.number AND NEW.client_request_id IS OLD.client_request_id
    AND NEW.kind IS OLD.kind AND NEW.issue_type_id IS OLD.issue_type_id
    AND NEW.sub_issue_type_id IS OLD.sub_issue_type_id AND NEW.routing IS OLD.routing
    AND NEW.customer_idpel IS OLD.customer_idpel AND NEW.unit_code IS OLD.unit_code
    AND NEW.unit_name IS OLD.unit_name AND NEW.sop_id IS OLD.sop_id AND NEW.sop_version IS OLD.sop_version
    AND NEW.agent_user_id IS OLD.agent_user_id AND NEW.agent_name IS OLD.agent_name
    AND NEW.call_started_at_ms IS OLD.call_started_at_ms AND NEW.filed_at_ms IS OLD.filed_at_ms
    AND NEW.handle_time_ms IS OLD.handle_time_ms AND NEW.sla_due_at_ms IS OLD.sla_due_at_ms
    AND NEW.linked_ticket_number IS OLD.linked_ticket_number
    AND NEW.customer_name = '' AND NEW.fields_json = '{}' AND NEW.description = '' AND NEW.agent_note = ''
    AND NEW.path_json IS (
        SELECT COALESCE(json_group_array(json_object('node', json_extract(s.value, '$.node'),
                                                     'kind', json_extract(s.value, '$.kind'),
                                                     'choice', json_extract(s.value, '$.choice'),
                                                     'at', json_extract(s.value, '$.at'))), '[]')
        FROM (SELECT value FROM json_each(OLD.path_json) ORDER BY key) s)
)
BEGIN
    SELECT RAISE(ABORT, 'tickets is append-only');
END;

-- An event of an anonymised ticket loses its note text; nothing else of it changes.
DROP TRIGGER ticket_events_no_update;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
WHEN NOT (
    NEW.note = '' AND NEW.id IS OLD.id AND NEW.ticket_id IS OLD.ticket_id AND NEW.kind IS OLD.kind
    AND NEW.at_ms IS OLD.at_ms AND NEW.actor_user_id IS OLD.actor_user_id AND NEW.actor_name IS OLD.actor_name
    AND NEW.flag IS OLD.flag AND NEW.status IS OLD.status
    AND (SELECT anonymised_at_ms FROM tickets WHERE id = OLD.ticket_id) IS NOT NULL
)
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only');
END;

-- An access-log row past retention keeps who, what and when, and loses whose and the detail.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    NEW.customer_idpel IS NULL AND NEW.detail = '' AND NEW.id IS OLD.id AND NEW.at_ms IS OLD.at_ms
    AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
