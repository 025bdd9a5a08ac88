-- Retention (UU 27/2022: personal data are deleted once their purpose is served). Tickets and
-- access-log rows past their retention are anonymised, not deleted: the counts, kinds, types,
-- units, times and handle times of past periods stay, so their figures do not change.
-- Only csodesk_privacy_purge (admins) anonymises, with the server's clock; the triggers let
-- through nothing but the anonymised form, for every login including the owner's.

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

-- The path without what the customer said or the agent read: which nodes, which choices, when.
CREATE FUNCTION csodesk_anonymised_path(p_path text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
    SELECT COALESCE(jsonb_agg(jsonb_build_object('node', s.step -> 'node', 'kind', s.step -> 'kind',
                                                 'choice', s.step -> 'choice', 'at', s.step -> 'at')
                              ORDER BY s.n)::text, '[]')
    FROM jsonb_array_elements(p_path::jsonb) WITH ORDINALITY AS s(step, n);
$$;

CREATE FUNCTION csodesk_allow_anonymised_ticket() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.anonymised_at_ms IS NULL AND NEW.anonymised_at_ms IS NOT NULL
       AND (NEW.id, NEW.number, NEW.client_request_id, NEW.kind, NEW.issue_type_id, NEW.sub_issue_type_id,
            NEW.routing, NEW.customer_idpel, NEW.unit_code, NEW.unit_name, NEW.sop_id, NEW.sop_version,
            NEW.agent_user_id, NEW.agent_name, NEW.call_started_at_ms, NEW.filed_at_ms, NEW.handle_time_ms,
            NEW.sla_due_at_ms, NEW.linked_ticket_number)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.number, OLD.client_request_id, OLD.kind, OLD.issue_type_id, OLD.sub_issue_type_id,
            OLD.routing, OLD.customer_idpel, OLD.unit_code, OLD.unit_name, OLD.sop_id, OLD.sop_version,
            OLD.agent_user_id, OLD.agent_name, OLD.call_started_at_ms, OLD.filed_at_ms, OLD.handle_time_ms,
            OLD.sla_due_at_ms, OLD.linked_ticket_number)
       AND NEW.customer_name = '' AND NEW.fields_json = '{}' AND NEW.description = '' AND NEW.agent_note = ''
       AND NEW.path_json = csodesk_anonymised_path(OLD.path_json) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE FUNCTION csodesk_allow_anonymised_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.note = ''
       AND (NEW.id, NEW.ticket_id, NEW.kind, NEW.at_ms, NEW.actor_user_id, NEW.actor_name, NEW.flag, NEW.status)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.ticket_id, OLD.kind, OLD.at_ms, OLD.actor_user_id, OLD.actor_name, OLD.flag, OLD.status)
       AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = OLD.ticket_id AND t.anonymised_at_ms IS NOT NULL) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

-- An access-log row past retention keeps who, what and when, and loses whose and the detail.
CREATE FUNCTION csodesk_allow_anonymised_access() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.customer_idpel IS NULL AND NEW.detail = ''
       AND (NEW.id, NEW.at_ms, NEW.actor, NEW.action, NEW.xact_id)
           IS NOT DISTINCT FROM (OLD.id, OLD.at_ms, OLD.actor, OLD.action, OLD.xact_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

DROP TRIGGER tickets_no_change ON tickets;
CREATE TRIGGER tickets_no_change BEFORE UPDATE OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION csodesk_allow_anonymised_ticket();
DROP TRIGGER ticket_events_no_change ON ticket_events;
CREATE TRIGGER ticket_events_no_change BEFORE UPDATE OR DELETE ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION csodesk_allow_anonymised_event();
DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION csodesk_allow_anonymised_access();

CREATE FUNCTION csodesk_set_retention(p_ticket_days integer, p_access_log_days integer, p_claimed_actor text,
                                      p_claimed_ms bigint)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_actor text;
    v_now bigint;
BEGIN
    PERFORM csodesk_require(ARRAY['admin']);
    IF p_ticket_days < 90 OR p_access_log_days < 30 THEN
        RAISE EXCEPTION 'csodesk: retention below the minimum' USING ERRCODE = '22023';
    END IF;
    v_actor := csodesk_actor(p_claimed_actor);
    v_now := csodesk_now_ms(p_claimed_ms);
    UPDATE retention_policy
    SET ticket_days = COALESCE(p_ticket_days, ticket_days),
        access_log_days = COALESCE(p_access_log_days, access_log_days),
        changed_at_ms = v_now, changed_by = v_actor
    WHERE id = 1;
    PERFORM csodesk_audit_row(v_actor, 'retention', NULL,
                              (SELECT format('tickets %s days, access log %s days', ticket_days, access_log_days)
                               FROM retention_policy WHERE id = 1), v_now);
END;
$$;

-- Anonymises what is past retention (NULL days: the policy's) and says how much. Idempotent:
-- an anonymised ticket or a cleared access-log row is not touched again.
CREATE FUNCTION csodesk_privacy_purge(p_ticket_days integer, p_access_log_days integer, p_claimed_actor text,
                                      p_claimed_ms bigint)
RETURNS TABLE (tickets bigint, events bigint, access_rows bigint, ticket_before_ms bigint,
               access_before_ms bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_actor text;
    v_now bigint;
    v_ticket_days integer;
    v_access_days integer;
    v_tickets bigint;
    v_events bigint;
    v_access bigint;
BEGIN
    PERFORM csodesk_require(ARRAY['admin']);
    SELECT COALESCE(p_ticket_days, r.ticket_days), COALESCE(p_access_log_days, r.access_log_days)
    INTO v_ticket_days, v_access_days FROM retention_policy r WHERE r.id = 1;
    IF v_ticket_days < 90 OR v_access_days < 30 THEN
        RAISE EXCEPTION 'csodesk: retention below the minimum' USING ERRCODE = '22023';
    END IF;
    v_actor := csodesk_actor(p_claimed_actor);
    v_now := csodesk_now_ms(p_claimed_ms);
    ticket_before_ms := v_now - v_ticket_days::bigint * 86400000;
    access_before_ms := v_now - v_access_days::bigint * 86400000;

    UPDATE tickets t
    SET customer_name = '', fields_json = '{}', description = '', agent_note = '',
        path_json = csodesk_anonymised_path(t.path_json), anonymised_at_ms = v_now
    WHERE t.filed_at_ms < ticket_before_ms AND t.anonymised_at_ms IS NULL;
    GET DIAGNOSTICS v_tickets = ROW_COUNT;
    UPDATE ticket_events e SET note = ''
    FROM tickets t
    WHERE e.ticket_id = t.id AND t.anonymised_at_ms IS NOT NULL AND e.note <> '';
    GET DIAGNOSTICS v_events = ROW_COUNT;
    UPDATE audit_log a SET customer_idpel = NULL, detail = ''
    WHERE a.at_ms < access_before_ms AND (a.customer_idpel IS NOT NULL OR a.detail <> '');
    GET DIAGNOSTICS v_access = ROW_COUNT;

    PERFORM csodesk_audit_row(v_actor, 'privacy_purge', NULL,
                              format('tickets %s, notes %s, access log %s (tickets %s days, access log %s days)',
                                     v_tickets, v_events, v_access, v_ticket_days, v_access_days), v_now);
    tickets := v_tickets;
    events := v_events;
    access_rows := v_access;
    RETURN NEXT;
END;
$$;

REVOKE ALL ON retention_policy FROM PUBLIC;
GRANT SELECT ON retention_policy TO csodesk_agent, csodesk_supervisor, csodesk_admin;
REVOKE ALL ON FUNCTION csodesk_anonymised_path(text), csodesk_set_retention(integer, integer, text, bigint),
    csodesk_privacy_purge(integer, integer, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION csodesk_set_retention(integer, integer, text, bigint),
    csodesk_privacy_purge(integer, integer, text, bigint) TO csodesk_admin;
