-- The floor's security boundary is the database (docs/deployment.md). Every person signs in
-- as their own login role, a member of one of three group roles; the schema owner (the login
-- that runs this migration, a CREATEROLE role, never a superuser on a floor) is the only one
-- that can change what is stored. What the groups may do:
--   * read units, the schema version, and tickets, events and the access log through
--     row-level security;
--   * read customers, bills, readings and tokens only through the csodesk_open_customer /
--     csodesk_*_of functions, which write the access-log row in the same transaction;
--   * append to the record only through csodesk_file_ticket, csodesk_add_ticket_event and
--     csodesk_record, which take the actor from session_user and the time from the server;
--   * admins: manage csodesk login roles through the csodesk_user_* functions.
-- Nobody but the owner holds UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER or CREATE.
--
-- The schema owner itself is trusted with the names and times it passes (it owns the tables
-- and could write them directly anyway): that is what lets operators' tools and the test
-- suite act "as" an app-level user. `floor check` reports any workstation signed in as it.

-- Group roles are cluster-wide: create them once, tolerating a concurrent migration of
-- another database on the same server.
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['csodesk_agent', 'csodesk_supervisor', 'csodesk_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END;
$$;

-- Which transaction wrote an access-log row: the audited read functions check that the
-- caller's own transaction recorded the access before they return personal data.
ALTER TABLE audit_log ADD COLUMN xact_id BIGINT;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION csodesk_refuse_change();

-- ---------------------------------------------------------------------------------------
-- Who is calling. session_user is the login, whatever SECURITY DEFINER changes.
CREATE FUNCTION csodesk_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT session_user::text = (SELECT pg_get_userbyid(relowner)::text FROM pg_class
                                 WHERE oid = 'public.tickets'::regclass)
        OR COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false);
$$;

CREATE FUNCTION csodesk_caller_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN csodesk_is_owner() THEN 'owner'
        WHEN pg_has_role(session_user, 'csodesk_admin', 'MEMBER') THEN 'admin'
        WHEN pg_has_role(session_user, 'csodesk_supervisor', 'MEMBER') THEN 'supervisor'
        WHEN pg_has_role(session_user, 'csodesk_agent', 'MEMBER') THEN 'agent'
    END;
$$;

CREATE FUNCTION csodesk_require(p_roles text[]) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_role text := csodesk_caller_role();
BEGIN
    IF v_role IS NULL OR NOT (v_role = 'owner' OR v_role = ANY (p_roles)) THEN
        RAISE EXCEPTION 'csodesk: % may not do this', session_user USING ERRCODE = '42501';
    END IF;
    RETURN v_role;
END;
$$;

-- The actor and the time of a record: the login's and the server's, except for the owner.
CREATE FUNCTION csodesk_actor(p_claimed text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN csodesk_is_owner() AND COALESCE(p_claimed, '') <> '' THEN p_claimed
                ELSE session_user::text END;
$$;

CREATE FUNCTION csodesk_now_ms(p_claimed bigint) RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN csodesk_is_owner() AND p_claimed IS NOT NULL THEN p_claimed
                ELSE (extract(epoch FROM clock_timestamp()) * 1000)::bigint END;
$$;

CREATE FUNCTION csodesk_audit_row(p_actor text, p_action text, p_idpel text, p_detail text, p_at_ms bigint)
RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO audit_log (at_ms, actor, action, customer_idpel, detail, xact_id)
    VALUES (p_at_ms, p_actor, p_action, NULLIF(p_idpel, ''), left(COALESCE(p_detail, ''), 1000),
            pg_current_xact_id()::text::bigint);
$$;

-- ---------------------------------------------------------------------------------------
-- The signed-in person as csodesk knows them; the role comes from the group membership.
CREATE FUNCTION csodesk_whoami()
RETURNS TABLE (id bigint, name text, role text, disabled boolean, created_at_ms bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT u.id, u.name, COALESCE(NULLIF(csodesk_caller_role(), 'owner'), u.role), u.disabled, u.created_at_ms
    FROM users u WHERE u.name = session_user::text;
$$;

-- App-level events that are not a read or a write of their own (sign-in, export, import).
CREATE FUNCTION csodesk_record(p_action text, p_idpel text, p_detail text, p_claimed_actor text, p_claimed_ms bigint)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_role text := csodesk_require(ARRAY['agent', 'supervisor', 'admin']);
BEGIN
    IF v_role <> 'owner' AND p_action NOT IN ('login', 'export', 'import', 'user_admin') THEN
        RAISE EXCEPTION 'csodesk: % is recorded by the database itself', p_action USING ERRCODE = '42501';
    END IF;
    PERFORM csodesk_audit_row(csodesk_actor(p_claimed_actor), p_action, p_idpel, p_detail, csodesk_now_ms(p_claimed_ms));
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Audited reads. Opening a customer writes the access-log row; the other readers return
-- rows only for a customer opened in the caller's own, still running transaction.
CREATE FUNCTION csodesk_open_customer(p_by text, p_digits text, p_detail text, p_claimed_actor text, p_claimed_ms bigint)
RETURNS SETOF customers
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    c customers;
BEGIN
    PERFORM csodesk_require(ARRAY['agent', 'supervisor', 'admin']);
    IF p_by = 'idpel' THEN
        SELECT * INTO c FROM customers WHERE idpel = p_digits;
    ELSIF p_by = 'meter_number' THEN
        SELECT * INTO c FROM customers WHERE meter_number = p_digits;
    ELSE
        RAISE EXCEPTION 'csodesk: unknown key kind' USING ERRCODE = '22023';
    END IF;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    PERFORM csodesk_audit_row(csodesk_actor(p_claimed_actor), 'lookup', c.idpel, left(COALESCE(p_detail, ''), 200),
                              csodesk_now_ms(p_claimed_ms));
    RETURN NEXT c;
END;
$$;

CREATE FUNCTION csodesk_opened(p_idpel text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT csodesk_is_owner() OR EXISTS (
        SELECT 1 FROM audit_log
        WHERE customer_idpel = p_idpel AND action = 'lookup' AND actor = session_user::text
          AND xact_id = pg_current_xact_id_if_assigned()::text::bigint);
$$;

CREATE FUNCTION csodesk_require_opened(p_idpel text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT csodesk_opened(p_idpel) THEN
        RAISE EXCEPTION 'csodesk: open the customer with csodesk_open_customer in this transaction first'
            USING ERRCODE = '42501';
    END IF;
END;
$$;

CREATE FUNCTION csodesk_bills_of(p_idpel text) RETURNS SETOF bills
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM csodesk_require_opened(p_idpel);
    RETURN QUERY SELECT * FROM bills WHERE idpel = p_idpel;
END;
$$;

CREATE FUNCTION csodesk_readings_of(p_idpel text) RETURNS SETOF meter_readings
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM csodesk_require_opened(p_idpel);
    RETURN QUERY SELECT * FROM meter_readings WHERE idpel = p_idpel;
END;
$$;

CREATE FUNCTION csodesk_tokens_of(p_idpel text) RETURNS SETOF token_purchases
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM csodesk_require_opened(p_idpel);
    RETURN QUERY SELECT * FROM token_purchases WHERE idpel = p_idpel;
END;
$$;

-- Tickets carry customer snapshots: an agent sees its own and those of customers it has
-- looked up (the access log says so); supervisors and admins see the floor's.
CREATE FUNCTION csodesk_has_looked_up(p_idpel text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM audit_log
                   WHERE customer_idpel = p_idpel AND actor = session_user::text AND action = 'lookup');
$$;

ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_floor ON tickets FOR SELECT TO csodesk_supervisor, csodesk_admin USING (true);
CREATE POLICY tickets_agent ON tickets FOR SELECT TO csodesk_agent
    USING (agent_name = session_user::text OR csodesk_has_looked_up(customer_idpel));

ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_events_floor ON ticket_events FOR SELECT TO csodesk_supervisor, csodesk_admin USING (true);
-- The subquery is itself filtered by the tickets policy: an agent sees the events of the
-- tickets it sees.
CREATE POLICY ticket_events_agent ON ticket_events FOR SELECT TO csodesk_agent
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_events.ticket_id));

-- The access log: supervisors and admins review the floor's; an agent reads only its own
-- rows (which is what lets the ticket queries ask "did this agent look this customer up?").
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_floor ON audit_log FOR SELECT TO csodesk_supervisor, csodesk_admin USING (true);
CREATE POLICY audit_log_own ON audit_log FOR SELECT TO csodesk_agent USING (actor = session_user::text);

-- ---------------------------------------------------------------------------------------
-- Filing. The draft's customer name and unit, the actor, the time and the SLA are claims:
-- for a person the database takes them from its own records and clock.
CREATE FUNCTION csodesk_file_ticket(
    p_request_id text, p_site_code text, p_kind text, p_issue_type_id text, p_sub_issue_type_id text,
    p_routing text, p_idpel text, p_fields_json text, p_description text, p_agent_note text,
    p_sop_id text, p_sop_version integer, p_path_json text, p_call_started_at_ms bigint,
    p_linked_ticket_number text,
    p_claimed_name text, p_claimed_unit_code text, p_claimed_unit_name text, p_claimed_sla_hours integer,
    p_claimed_actor text, p_claimed_user_id bigint, p_claimed_ms bigint)
RETURNS TABLE (ticket_id bigint, already_filed boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_owner boolean := csodesk_require(ARRAY['agent', 'supervisor', 'admin']) = 'owner';
    v_actor text := csodesk_actor(p_claimed_actor);
    v_now bigint := csodesk_now_ms(p_claimed_ms);
    v_user_id bigint;
    v_existing tickets;
    v_name text := p_claimed_name;
    v_unit_code text := p_claimed_unit_code;
    v_unit_name text := p_claimed_unit_name;
    v_customer_name text;
    v_ulp text;
    v_ulp_name text;
    v_linked_idpel text;
    v_sla bigint;
    v_sequence integer;
    v_number text;
    v_id bigint;
BEGIN
    IF p_request_id IS NULL OR length(p_request_id) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'csodesk: bad request id' USING ERRCODE = '22023';
    END IF;
    IF p_site_code IS NULL OR p_site_code !~ '^[0-9]{2}$' THEN
        RAISE EXCEPTION 'csodesk: bad site code' USING ERRCODE = '22023';
    END IF;
    IF p_idpel IS NULL OR p_idpel !~ '^[0-9]{12}$' THEN
        RAISE EXCEPTION 'csodesk: bad idpel' USING ERRCODE = '22023';
    END IF;
    IF length(COALESCE(p_description, '')) NOT BETWEEN 1 AND 4000 OR length(COALESCE(p_agent_note, '')) > 4000
       OR length(COALESCE(p_fields_json, '')) > 65536 OR length(COALESCE(p_path_json, '')) > 262144
       OR length(COALESCE(p_sop_id, '')) NOT BETWEEN 1 AND 100 OR COALESCE(p_sop_version, 0) <= 0
       OR length(COALESCE(p_issue_type_id, '')) > 100 OR length(COALESCE(p_sub_issue_type_id, '')) > 100
       OR length(COALESCE(p_linked_ticket_number, '')) > 40 THEN
        RAISE EXCEPTION 'csodesk: a text of the ticket is empty or too long' USING ERRCODE = '22001';
    END IF;
    BEGIN
        PERFORM p_fields_json::jsonb, p_path_json::jsonb;
    EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION 'csodesk: fields or path are not JSON' USING ERRCODE = '22023';
    END;

    -- The retry id is idempotent per person: someone else's id yields nothing of their ticket.
    SELECT * INTO v_existing FROM tickets WHERE client_request_id = p_request_id;
    IF FOUND THEN
        IF v_existing.agent_name = v_actor THEN
            RETURN QUERY SELECT v_existing.id, true;
            RETURN;
        END IF;
        RAISE EXCEPTION 'csodesk: request id already used by someone else' USING ERRCODE = '22023';
    END IF;

    IF v_owner THEN
        v_user_id := p_claimed_user_id;
    ELSE
        SELECT u.id INTO v_user_id FROM users u WHERE u.name = v_actor AND NOT u.disabled;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'csodesk: % is not an active csodesk user', v_actor USING ERRCODE = '42501';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM apkt_sub_issue_types
                       WHERE id = p_sub_issue_type_id AND issue_type_id = p_issue_type_id) THEN
            RAISE EXCEPTION 'csodesk: unknown APKT sub-issue type' USING ERRCODE = '22023';
        END IF;
        IF p_call_started_at_ms IS NULL OR p_call_started_at_ms > v_now + 60000
           OR p_call_started_at_ms < v_now - 24 * 3600 * 1000 THEN
            RAISE EXCEPTION 'csodesk: call start is not within the last day' USING ERRCODE = '22023';
        END IF;
    END IF;

    IF p_kind = 'KELUHAN' THEN
        IF p_routing <> 'customer_unit' THEN
            RAISE EXCEPTION 'csodesk: a KELUHAN goes to the customer unit' USING ERRCODE = '22023';
        END IF;
        -- 3 x 24 h; only the owner's tools may state another.
        v_sla := v_now + (CASE WHEN v_owner AND COALESCE(p_claimed_sla_hours, 0) > 0 THEN p_claimed_sla_hours
                                ELSE 72 END)::bigint * 3600 * 1000;
    ELSIF p_kind = 'ISSUE_CLOSED' THEN
        IF p_routing <> 'contact_center' THEN
            RAISE EXCEPTION 'csodesk: an Issue Closed stays at the contact centre' USING ERRCODE = '22023';
        END IF;
        v_sla := NULL;
    ELSE
        RAISE EXCEPTION 'csodesk: unknown ticket kind' USING ERRCODE = '22023';
    END IF;

    SELECT c.name, c.ulp_code, u.name INTO v_customer_name, v_ulp, v_ulp_name
    FROM customers c LEFT JOIN units u ON u.code = c.ulp_code WHERE c.idpel = p_idpel;
    IF FOUND THEN
        IF NOT v_owner THEN
            v_name := v_customer_name;
            IF p_kind = 'KELUHAN' THEN
                v_unit_code := v_ulp;
                v_unit_name := COALESCE(v_ulp_name, v_ulp);
            ELSE
                -- resources/apkt/catalogue.json: contact_center_unit
                v_unit_code := 'CC123';
                v_unit_name := 'Unit Contact Center PLN 123';
            END IF;
        END IF;
    ELSIF NOT v_owner THEN
        RAISE EXCEPTION 'csodesk: no such customer' USING ERRCODE = 'P0002';
    END IF;
    IF COALESCE(v_name, '') = '' OR COALESCE(v_unit_code, '') = '' OR length(v_name) > 200
       OR length(v_unit_code) > 40 OR length(COALESCE(v_unit_name, '')) > 200 THEN
        RAISE EXCEPTION 'csodesk: customer name or unit missing or too long' USING ERRCODE = '22023';
    END IF;

    IF COALESCE(p_linked_ticket_number, '') <> '' THEN
        SELECT t.customer_idpel INTO v_linked_idpel FROM tickets t WHERE t.number = p_linked_ticket_number;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'csodesk: linked ticket not found' USING ERRCODE = 'P0002';
        END IF;
        IF v_linked_idpel <> p_idpel THEN
            RAISE EXCEPTION 'csodesk: linked ticket of another customer' USING ERRCODE = '22023';
        END IF;
    END IF;

    -- The same numbering as TicketNumber.cpp: K + site + WIB day (yyMMdd) + 5-digit sequence.
    INSERT INTO ticket_counters AS tc (site_code, day, last_sequence)
    VALUES (p_site_code, to_char(to_timestamp(v_now / 1000.0) AT TIME ZONE 'Asia/Jakarta', 'YYMMDD'), 1)
    ON CONFLICT (site_code, day) DO UPDATE SET last_sequence = tc.last_sequence + 1
    RETURNING tc.last_sequence INTO v_sequence;
    v_number := 'K' || p_site_code || to_char(to_timestamp(v_now / 1000.0) AT TIME ZONE 'Asia/Jakarta', 'YYMMDD')
        || lpad(v_sequence::text, 5, '0');

    INSERT INTO tickets (number, client_request_id, kind, issue_type_id, sub_issue_type_id, routing,
                         customer_idpel, customer_name, unit_code, unit_name, fields_json, description, agent_note,
                         sop_id, sop_version, path_json, agent_user_id, agent_name, call_started_at_ms, filed_at_ms,
                         handle_time_ms, sla_due_at_ms, linked_ticket_number)
    VALUES (v_number, p_request_id, p_kind, p_issue_type_id, p_sub_issue_type_id, p_routing,
            p_idpel, v_name, v_unit_code, COALESCE(v_unit_name, ''), p_fields_json, p_description,
            COALESCE(p_agent_note, ''), p_sop_id, p_sop_version, p_path_json, v_user_id, v_actor,
            p_call_started_at_ms, v_now, GREATEST(v_now - p_call_started_at_ms, 0), v_sla,
            NULLIF(p_linked_ticket_number, ''))
    RETURNING id INTO v_id;
    PERFORM csodesk_audit_row(v_actor, 'file_ticket', p_idpel, v_number, v_now);
    RETURN QUERY SELECT v_id, false;
END;
$$;

-- Review notes, flags and KELUHAN status changes: supervisors and admins.
CREATE FUNCTION csodesk_add_ticket_event(p_number text, p_kind text, p_note text, p_flag text, p_status text,
                                         p_claimed_actor text, p_claimed_user_id bigint, p_claimed_ms bigint)
RETURNS TABLE (event_id bigint, at_ms bigint, actor_user_id bigint, actor_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_owner boolean := csodesk_require(ARRAY['supervisor', 'admin']) = 'owner';
    v_actor text := csodesk_actor(p_claimed_actor);
    v_now bigint := csodesk_now_ms(p_claimed_ms);
    v_user_id bigint;
    v_ticket tickets;
    v_id bigint;
BEGIN
    IF length(COALESCE(p_note, '')) > 4000 THEN
        RAISE EXCEPTION 'csodesk: note too long' USING ERRCODE = '22001';
    END IF;
    SELECT * INTO v_ticket FROM tickets WHERE number = p_number;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'csodesk: ticket not found' USING ERRCODE = 'P0002';
    END IF;
    IF p_kind = 'status' AND v_ticket.kind <> 'KELUHAN' THEN
        RAISE EXCEPTION 'csodesk: only a KELUHAN has a status' USING ERRCODE = '22023';
    END IF;
    IF v_owner THEN
        v_user_id := p_claimed_user_id;
    ELSE
        SELECT u.id INTO v_user_id FROM users u WHERE u.name = v_actor AND NOT u.disabled;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'csodesk: % is not an active csodesk user', v_actor USING ERRCODE = '42501';
        END IF;
    END IF;
    INSERT INTO ticket_events (ticket_id, kind, at_ms, actor_user_id, actor_name, note, flag, status)
    VALUES (v_ticket.id, p_kind, v_now, v_user_id, v_actor, COALESCE(p_note, ''), NULLIF(p_flag, ''), NULLIF(p_status, ''))
    RETURNING id INTO v_id;
    PERFORM csodesk_audit_row(v_actor, CASE WHEN p_kind = 'status' THEN 'status_change' ELSE 'annotate' END,
                              v_ticket.customer_idpel,
                              CASE WHEN p_kind = 'status' THEN p_number || ' -> ' || p_status ELSE p_number END, v_now);
    RETURN QUERY SELECT v_id, v_now, v_user_id, v_actor;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- People. An admin manages csodesk's own login roles only (a row in users and a member of a
-- csodesk group); the password arrives as a SCRAM verifier computed by the client, so the
-- clear text never reaches the server or its log.
CREATE FUNCTION csodesk_managed_role(p_name text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM users WHERE name = p_name)
       AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_name AND NOT r.rolsuper
                   AND (pg_has_role(r.oid, 'csodesk_agent', 'MEMBER') OR pg_has_role(r.oid, 'csodesk_supervisor', 'MEMBER')
                        OR pg_has_role(r.oid, 'csodesk_admin', 'MEMBER')));
$$;

CREATE FUNCTION csodesk_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'csodesk: the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
END;
$$;

CREATE FUNCTION csodesk_user_add(p_name text, p_role text, p_verifier text, p_claimed_actor text, p_claimed_ms bigint)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_now bigint := csodesk_now_ms(p_claimed_ms);
    v_id bigint;
BEGIN
    PERFORM csodesk_require(ARRAY['admin']);
    IF p_name IS NULL OR p_name !~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$' OR p_name LIKE 'csodesk\_%' OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'csodesk: bad user name' USING ERRCODE = '22023';
    END IF;
    IF p_role NOT IN ('agent', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'csodesk: unknown role' USING ERRCODE = '22023';
    END IF;
    PERFORM csodesk_check_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        IF EXISTS (SELECT 1 FROM users WHERE name = p_name) THEN
            RAISE EXCEPTION 'csodesk: user exists' USING ERRCODE = '23505';
        END IF;
        RAISE EXCEPTION 'csodesk: the name belongs to a role csodesk does not manage' USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD %L IN ROLE %I',
                   p_name, p_verifier, 'csodesk_' || p_role);
    SELECT id INTO v_id FROM users WHERE name = p_name;
    IF FOUND THEN
        -- An account from before the floor becomes this login: its tickets keep their author,
        -- and its old hash is of no use any more.
        UPDATE users SET role = p_role, password_hash = '', disabled = false, failed_attempts = 0, locked_until_ms = NULL
        WHERE id = v_id;
    ELSE
        INSERT INTO users (name, role, password_hash, created_at_ms) VALUES (p_name, p_role, '', v_now) RETURNING id INTO v_id;
    END IF;
    PERFORM csodesk_audit_row(csodesk_actor(p_claimed_actor), 'user_admin', NULL,
                              format('add %s as %s', p_name, p_role), v_now);
    RETURN v_id;
END;
$$;

CREATE FUNCTION csodesk_user_set_disabled(p_name text, p_disabled boolean, p_claimed_actor text, p_claimed_ms bigint)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_now bigint := csodesk_now_ms(p_claimed_ms);
BEGIN
    PERFORM csodesk_require(ARRAY['admin']);
    IF NOT csodesk_managed_role(p_name) THEN
        RAISE EXCEPTION 'csodesk: not a csodesk user' USING ERRCODE = 'P0002';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_name, CASE WHEN p_disabled THEN 'NOLOGIN' ELSE 'LOGIN' END);
    UPDATE users SET disabled = p_disabled WHERE name = p_name;
    IF p_disabled THEN
        -- At once: the person's open sessions end (needs pg_signal_backend; floor init grants it).
        BEGIN
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_name;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'csodesk: the sessions of % could not be ended (grant pg_signal_backend to the owner)', p_name;
        END;
    END IF;
    PERFORM csodesk_audit_row(csodesk_actor(p_claimed_actor), 'user_admin', NULL,
                              format('%s %s', CASE WHEN p_disabled THEN 'disable' ELSE 'enable' END, p_name), v_now);
END;
$$;

CREATE FUNCTION csodesk_user_set_role(p_name text, p_role text, p_claimed_actor text, p_claimed_ms bigint)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_now bigint := csodesk_now_ms(p_claimed_ms);
    g text;
BEGIN
    PERFORM csodesk_require(ARRAY['admin']);
    IF p_role NOT IN ('agent', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'csodesk: unknown role' USING ERRCODE = '22023';
    END IF;
    IF NOT csodesk_managed_role(p_name) THEN
        RAISE EXCEPTION 'csodesk: not a csodesk user' USING ERRCODE = 'P0002';
    END IF;
    FOREACH g IN ARRAY ARRAY['agent', 'supervisor', 'admin'] LOOP
        IF g = p_role THEN
            EXECUTE format('GRANT %I TO %I', 'csodesk_' || g, p_name);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', 'csodesk_' || g, p_name);
        END IF;
    END LOOP;
    UPDATE users SET role = p_role WHERE name = p_name;
    PERFORM csodesk_audit_row(csodesk_actor(p_claimed_actor), 'user_admin', NULL,
                              format('role %s -> %s', p_name, p_role), v_now);
END;
$$;

CREATE FUNCTION csodesk_user_set_password(p_name text, p_verifier text, p_claimed_actor text, p_claimed_ms bigint)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM csodesk_require(ARRAY['admin']);
    PERFORM csodesk_check_verifier(p_verifier);
    IF NOT csodesk_managed_role(p_name) THEN
        RAISE EXCEPTION 'csodesk: not a csodesk user' USING ERRCODE = 'P0002';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
    PERFORM csodesk_audit_row(csodesk_actor(p_claimed_actor), 'user_admin', NULL, format('password %s', p_name),
                              csodesk_now_ms(p_claimed_ms));
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Privileges. PUBLIC gets nothing; the groups get exactly what is listed at the top.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO csodesk_agent, csodesk_supervisor, csodesk_admin',
                   current_database());
END;
$$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO csodesk_agent, csodesk_supervisor, csodesk_admin;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

GRANT SELECT ON schema_version, units, apkt_sub_issue_types, tickets, ticket_events
    TO csodesk_agent, csodesk_supervisor, csodesk_admin;
GRANT SELECT ON audit_log TO csodesk_agent, csodesk_supervisor, csodesk_admin;
GRANT SELECT (id, name, role, disabled, failed_attempts, locked_until_ms, created_at_ms) ON users TO csodesk_admin;

GRANT EXECUTE ON FUNCTION csodesk_whoami(), csodesk_record(text, text, text, text, bigint),
    csodesk_open_customer(text, text, text, text, bigint), csodesk_bills_of(text), csodesk_readings_of(text),
    csodesk_tokens_of(text), csodesk_has_looked_up(text),
    csodesk_file_ticket(text, text, text, text, text, text, text, text, text, text, text, integer, text, bigint, text,
                        text, text, text, integer, text, bigint, bigint)
    TO csodesk_agent, csodesk_supervisor, csodesk_admin;
GRANT EXECUTE ON FUNCTION csodesk_add_ticket_event(text, text, text, text, text, text, bigint, bigint)
    TO csodesk_supervisor, csodesk_admin;
GRANT EXECUTE ON FUNCTION csodesk_user_add(text, text, text, text, bigint),
    csodesk_user_set_disabled(text, boolean, text, bigint), csodesk_user_set_role(text, text, text, bigint),
    csodesk_user_set_password(text, text, text, bigint)
    TO csodesk_admin;
