#!/usr/bin/env bash
# The floor's security, tried as a curious person at a workstation would (docs/deployment.md):
# a floor set up with `floor init` by a CREATEROLE (not superuser) owner on the test server
# (scram-sha-256, TLS), an agent and a supervisor added with `user add`, then psql as each of
# them tries what the design forbids, and csodesk-cli does the app's own work as them.
#   floor-security.sh CSODESK_CLI PG_TEST_DIR PG_TEST_SERVER_SCRIPT
set -uo pipefail

cli=$1
pg_dir=$2
server_script=$3

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }

port=$(cat "$pg_dir/port")
ca="$pg_dir/ca.crt"
other_ca="$pg_dir/other-ca.crt"
export PGPASSFILE="$pg_dir/pgpass"
export PGCONNECT_TIMEOUT=5
scratch=$(mktemp -d)
chmod 755 "$scratch"
second_dir="$scratch/second-server"
tag="s$$_$RANDOM"
owner="owner_$tag"
database="floor_$tag"
admin="adm_$tag"
agent="agt_$tag"
agent2="agb_$tag"
supervisor="spv_$tag"
owner_password="Owner-$tag-pw"
admin_password="Admin-$tag-pw1"
agent_password="Agent-$tag-pw1"
supervisor_password="Super-$tag-pw1"
tls="sslmode=verify-full&sslrootcert=$ca"
floor_url="postgresql://127.0.0.1:$port/$database?$tls"
owner_url="postgresql://$owner@127.0.0.1:$port/$database?$tls"
export CSODESK_DATA_DIR="$scratch/data" XDG_CONFIG_HOME="$scratch/config"

cleanup() {
    psql_super -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1
    for role in "$admin" "$agent" "$agent2" "$supervisor" "$owner"; do
        psql_super -c "DROP ROLE IF EXISTS \"$role\"" >/dev/null 2>&1
    done
    [[ -d "$second_dir" ]] && bash "$server_script" stop "$second_dir" >/dev/null 2>&1
    rm -rf "$scratch"
}
trap cleanup EXIT

psql_super() { psql "host=127.0.0.1 port=$port dbname=postgres user=csodesk sslmode=require" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_as() {
    local user=$1 password=$2
    shift 2
    PGPASSWORD=$password psql "host=127.0.0.1 port=$port dbname=$database user=$user sslmode=verify-full sslrootcert=$ca" \
        -v ON_ERROR_STOP=1 -qAt "$@"
}
# Each statement must be refused for this login.
refused() {
    local user=$1 password=$2 statement=$3
    if psql_as "$user" "$password" -c "$statement" >/dev/null 2>"$scratch/err"; then
        fail "$user could run: $statement"
    elif grep -q "connection to server" "$scratch/err"; then
        fail "$user could not even connect to try: $statement ($(head -1 "$scratch/err"))"
    else
        pass "$user refused: $statement ($(head -1 "$scratch/err" | cut -c1-90))"
    fi
}
owner_sql() { PGPASSWORD=$owner_password psql "host=127.0.0.1 port=$port dbname=$database user=$owner sslmode=require" -qAt -c "$1"; }
cli_as() {
    local password=$1
    shift
    CSODESK_PASSWORD=$password "$cli" --db "$floor_url" "$@"
}

# --- the floor, set up as the documentation says ---------------------------------------
psql_super -c "CREATE ROLE $owner LOGIN CREATEROLE PASSWORD '$owner_password'" \
    && psql_super -c "CREATE DATABASE $database OWNER $owner" || { echo "FAILED: cannot create the owner"; exit 1; }

if printf '%s\n' "$admin_password" | PGPASSWORD=$owner_password "$cli" --db "$owner_url" floor init --admin "$admin" \
    >"$scratch/init" 2>&1; then
    pass "floor init as a CREATEROLE owner"
else
    fail "floor init: $(cat "$scratch/init")"
fi
if printf '%s\n' "$admin_password" | PGPASSWORD=$owner_password "$cli" --db "$owner_url" floor init --admin "$admin" \
    2>&1 | grep -q "sudah ada"; then
    pass "floor init is idempotent"
else
    fail "floor init run twice"
fi
for who in "$agent:agent:$agent_password" "$agent2:agent:$agent_password" "$supervisor:supervisor:$supervisor_password"; do
    IFS=: read -r name role password <<<"$who"
    if printf '%s\n' "$password" | cli_as "$admin_password" user add "$name" --role "$role" --user "$admin" >/dev/null 2>"$scratch/err"; then
        pass "user add $role by the admin"
    else
        fail "user add $name: $(cat "$scratch/err")"
    fi
done
# The person's login is the password's only holder: psql as the new agent works.
if [[ $(psql_as "$agent" "$agent_password" -c "SELECT session_user") == "$agent" ]]; then
    pass "the agent signs in to PostgreSQL with the password set by user add (SCRAM verifier)"
else
    fail "the agent cannot sign in with its own password"
fi

# Customer data, loaded by the owner (imports are the owner's job on a floor).
idpel=532100009001
PGPASSWORD=$owner_password psql "host=127.0.0.1 port=$port dbname=$database user=$owner sslmode=require" -v ON_ERROR_STOP=1 -qAt <<SQL >/dev/null
INSERT INTO units (code, level, name, parent_code) VALUES ('53000', 'main', 'UID Jawa Barat', NULL);
INSERT INTO units (code, level, name, parent_code) VALUES ('53100', 'up3', 'UP3 Bandung', '53000');
INSERT INTO units (code, level, name, parent_code, ppj_bp) VALUES ('53101', 'ulp', 'ULP Bandung Utara', '53100', 300);
INSERT INTO customers (idpel, name, address, phone, email, tariff_class, power_va, payment_type, ulp_code)
VALUES ('$idpel', 'Neneng Pattiasina', 'Jl. Dago 1', '081234567890', 'neneng@example.com', 'R1', 1300, 'postpaid', '53101');
INSERT INTO bills (idpel, period, stand_start_wh, stand_end_wh, usage_wh, energy_charge, total, due_date)
VALUES ('$idpel', '2026-10', 1000000, 1150000, 150000, 217000, 240000, '2026-10-20'),
       ('$idpel', '2026-11', 1150000, 1300000, 150000, 217000, 240000, '2026-11-20');
SQL

# --- what a curious agent tries with psql ----------------------------------------------
for statement in \
    "SELECT * FROM customers" "SELECT * FROM bills" "SELECT * FROM meter_readings" "SELECT * FROM token_purchases" \
    "SELECT * FROM users" "SELECT password_hash FROM users" \
    "SELECT * FROM csodesk_bills_of('$idpel')" \
    "UPDATE tickets SET description = 'forged'" "DELETE FROM tickets" "TRUNCATE tickets" \
    "UPDATE ticket_events SET note = 'forged'" "DELETE FROM ticket_events" "TRUNCATE ticket_events" \
    "UPDATE audit_log SET actor = 'nobody'" "DELETE FROM audit_log" "TRUNCATE audit_log" \
    "INSERT INTO audit_log (at_ms, actor, action, customer_idpel) VALUES (0, 'someone', 'lookup', '$idpel')" \
    "SELECT csodesk_audit_row('someone', 'lookup', '$idpel', '', 0)" \
    "SELECT csodesk_record('lookup', '$idpel', '', 'someone', 0)" \
    "INSERT INTO tickets (number) VALUES ('K00')" \
    "ALTER TABLE tickets DISABLE TRIGGER tickets_no_change" "DROP TRIGGER tickets_no_change ON tickets" \
    "ALTER TABLE tickets DISABLE ROW LEVEL SECURITY" \
    "CREATE OR REPLACE FUNCTION csodesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'" \
    "CREATE FUNCTION mine() RETURNS int LANGUAGE sql AS 'SELECT 1'" "CREATE TABLE mine (x int)" \
    "UPDATE users SET role = 'admin' WHERE name = session_user" "GRANT csodesk_admin TO $agent" \
    "SET ROLE csodesk_admin" "CREATE ROLE intruder LOGIN" "ALTER ROLE $agent SUPERUSER" \
    "UPDATE ticket_counters SET last_sequence = 0" \
    "SELECT csodesk_user_add('intruder', 'admin', 'SCRAM-SHA-256\$4096:AA==\$AA==:AA==', '', 0)" \
    "SELECT csodesk_user_set_role('$agent', 'admin', '', 0)" \
    "SELECT * FROM csodesk_add_ticket_event('K0', 'note', 'x', '', '', '', 0, 0)" \
    "SELECT * FROM csodesk_privacy_purge(90, 30, '', 0)" "SELECT csodesk_set_retention(90, 30, '', 0)" \
    "UPDATE retention_policy SET ticket_days = 90" "UPDATE tickets SET customer_name = ''"; do
    refused "$agent" "$agent_password" "$statement"
done
for statement in "SELECT * FROM customers" "SELECT * FROM bills" "SELECT * FROM users" "UPDATE tickets SET description = 'x'" \
    "TRUNCATE audit_log" "DELETE FROM ticket_events" "GRANT csodesk_admin TO $supervisor" "CREATE ROLE intruder2" \
    "SELECT * FROM csodesk_privacy_purge(90, 30, '', 0)" "SELECT csodesk_set_retention(90, 30, '', 0)"; do
    refused "$supervisor" "$supervisor_password" "$statement"
done
for statement in "SELECT * FROM customers" "SELECT password_hash FROM users" "UPDATE users SET disabled = false" \
    "TRUNCATE tickets" "CREATE ROLE intruder3 SUPERUSER" \
    "SELECT csodesk_user_set_role('$owner', 'admin', '', 0)" "SELECT csodesk_user_set_disabled('csodesk', true, '', 0)" \
    "SELECT csodesk_user_set_password('$owner', 'SCRAM-SHA-256\$4096:AA==\$AA==:AA==', '', 0)" \
    "SELECT csodesk_user_add('pg_intruder', 'admin', 'SCRAM-SHA-256\$4096:AA==\$AA==:AA==', '', 0)" \
    "SELECT csodesk_user_add('evil', 'admin', 'plain-text-password', '', 0)" \
    "GRANT csodesk_admin TO $agent" "ALTER ROLE $agent CREATEROLE" \
    "UPDATE retention_policy SET ticket_days = 90" "UPDATE tickets SET customer_name = ''" \
    "UPDATE audit_log SET detail = ''" "SELECT * FROM csodesk_privacy_purge(7, 30, '', 0)"; do
    refused "$admin" "$admin_password" "$statement"
done
if [[ $(psql_as "$agent" "$agent_password" -c "SELECT count(*) FROM audit_log WHERE actor <> session_user") == 0 ]]; then
    pass "an agent reads only its own access-log rows"
else
    fail "an agent reads other people's access-log rows"
fi
# A person's clock is not the record's: the time a client states is ignored (the core tests
# replace this time source in their own databases to pin dates; this is the deployed one).
if psql_as "$agent" "$agent_password" -c "SELECT csodesk_record('login', '', 'clock-claim', 'someone', 0)" >/dev/null 2>"$scratch/err" \
    && [[ $(owner_sql "SELECT count(*) FROM audit_log WHERE detail = 'clock-claim' AND actor = '$agent' AND at_ms > (extract(epoch FROM now()) - 3600) * 1000") == 1 ]]; then
    pass "the access log takes the server's time and login, not the ones a client states"
else
    fail "a client's stated time or actor reached the access log: $(cat "$scratch/err")"
fi
# Opening a customer and reading the bills in two transactions does not work either.
if psql_as "$agent" "$agent_password" -c "SELECT csodesk_open_customer('idpel', '$idpel', '', '', 0)" \
    -c "SELECT * FROM csodesk_bills_of('$idpel')" >/dev/null 2>"$scratch/err"; then
    fail "an agent read the bills in a transaction other than the one that opened the customer"
else
    pass "the bills of a customer opened in another transaction are refused ($(head -1 "$scratch/err" | cut -c1-80))"
fi
if [[ $(psql_as "$agent" "$agent_password" -c "BEGIN; SELECT count(*) FROM csodesk_open_customer('idpel', '$idpel', 'psql', 'someone', 0); SELECT count(*) FROM csodesk_bills_of('$idpel'); COMMIT;" | tr '\n' ' ') == "1 2 " ]]; then
    pass "an opened customer's bills are readable in the same transaction"
else
    fail "open + bills in one transaction"
fi
if [[ $(owner_sql "SELECT actor FROM audit_log WHERE detail = 'psql'") == "$agent" ]]; then
    pass "the access-log row names the login, not the name the client sent"
else
    fail "the psql read's access-log row"
fi

# --- the app's own work under the same logins ------------------------------------------
if cli_as "$agent_password" lookup "$idpel" --user "$agent" --json >"$scratch/lookup.json" 2>"$scratch/err" \
    && grep -q '"2026-11"' "$scratch/lookup.json"; then
    pass "lookup as the agent shows the bills"
else
    fail "lookup as the agent: $(cat "$scratch/err")"
fi
if [[ $(owner_sql "SELECT count(*) FROM audit_log WHERE action = 'lookup' AND actor = '$agent' AND detail = 'by idpel'") == 1 ]]; then
    pass "the look-up is logged with the agent as actor"
else
    fail "the look-up's access-log row"
fi
# A draft that lies about the customer's name, unit and SLA.
cat >"$scratch/draft.json" <<JSON
{"kind": "KELUHAN", "issue_type": "tagihan", "sub_issue_type": "tagihan.koreksi_rekening",
 "routing": "customer_unit", "customer": {"idpel": "$idpel", "name": "=HYPERLINK(\"x\")"},
 "unit": {"code": "99999", "name": "Fake unit"}, "sla_hours": 1, "description": "KOREKSI REKENING NOVEMBER",
 "agent_note": "", "sop": {"id": "info-tagihan-invoice", "version": 1}, "path": [], "fields": {}}
JSON
if cli_as "$agent_password" tickets file --draft "$scratch/draft.json" --request-id "req-$tag" --call-started "$(date -u -d '-2 min' +%Y-%m-%dT%H:%M:%SZ)" --user "$agent" --json >"$scratch/filed.json" 2>"$scratch/err"; then
    pass "filing as the agent"
else
    fail "filing as the agent: $(cat "$scratch/err")"
fi
row=$(owner_sql "SELECT agent_name || '|' || customer_name || '|' || unit_code || '|' || ((sla_due_at_ms - filed_at_ms) / 3600000) FROM tickets WHERE client_request_id = 'req-$tag'")
if [[ "$row" == "$agent|Neneng Pattiasina|53101|72" ]]; then
    pass "the ticket's actor, name, unit and SLA come from the database ($row)"
else
    fail "the filed ticket: '$row'"
fi
number=$(owner_sql "SELECT number FROM tickets WHERE client_request_id = 'req-$tag'")
if cli_as "$agent_password" tickets file --draft "$scratch/draft.json" --request-id "req-$tag" --call-started "$(date -u -d '-2 min' +%Y-%m-%dT%H:%M:%SZ)" --user "$agent2" --json >"$scratch/other.json" 2>"$scratch/err"; then
    fail "another agent reusing the request id got: $(head -c 200 "$scratch/other.json")"
elif grep -q "$number" "$scratch/other.json" "$scratch/err"; then
    fail "another agent's refusal names the first ticket"
else
    pass "another agent reusing the request id gets nothing of the first ticket"
fi
if cli_as "$agent_password" tickets file --draft "$scratch/draft.json" --request-id "req-$tag" --call-started "$(date -u -d '-2 min' +%Y-%m-%dT%H:%M:%SZ)" --user "$agent" --json 2>/dev/null | grep -q "$number"; then
    pass "the same agent's retry returns its own ticket"
else
    fail "the same agent's retry"
fi
refused "$agent2" "$agent_password" "SELECT 1/(SELECT count(*) FROM tickets WHERE number = '$number')::int"
if cli_as "$supervisor_password" tickets note "$number" "Sesuai SOP" --flag sesuai_sop --user "$supervisor" >/dev/null 2>"$scratch/err" \
    && [[ $(owner_sql "SELECT actor_name FROM ticket_events WHERE kind = 'flag'") == "$supervisor" ]]; then
    pass "a supervisor's note is recorded as theirs"
else
    fail "note as the supervisor: $(cat "$scratch/err")"
fi
if cli_as "$agent_password" tickets note "$number" "mine now" --user "$agent" >/dev/null 2>&1; then
    fail "an agent could annotate"
else
    pass "an agent cannot annotate"
fi
if cli_as "$supervisor_password" tickets stats --from "$(TZ=Asia/Jakarta date +%Y-%m-01)" --to "$(TZ=Asia/Jakarta date +%Y-%m-%d)" --user "$supervisor" --json >"$scratch/stats.json" 2>"$scratch/err" \
    && grep -q '"total": 1' "$scratch/stats.json"; then
    pass "figures as the supervisor"
else
    fail "figures as the supervisor: $(cat "$scratch/err") $(head -c 300 "$scratch/stats.json")"
fi
if cli_as "$supervisor_password" tickets export --out "$scratch/export.csv" --user "$supervisor" >/dev/null 2>"$scratch/err" \
    && grep -q "$number" "$scratch/export.csv" \
    && [[ $(owner_sql "SELECT count(*) FROM audit_log WHERE action = 'export' AND actor = '$supervisor'") == 1 ]]; then
    pass "export as the supervisor, logged as theirs"
else
    fail "export as the supervisor: $(cat "$scratch/err")"
fi
if cli_as "$agent_password" tickets stats --from 2026-01-01 --to 2026-12-31 --user "$agent" >/dev/null 2>&1; then
    fail "an agent could read the floor's figures"
else
    pass "an agent cannot read the floor's figures"
fi

# --- retention: the admin's purge, with the server's clock ------------------------------
# A claimed far-future "now" would anonymise everything: the server's time and login count.
if psql_as "$admin" "$admin_password" -c "SELECT tickets FROM csodesk_privacy_purge(NULL, NULL, 'someone', 99999999999999)" >/dev/null 2>"$scratch/err" \
    && [[ $(owner_sql "SELECT count(*) FROM tickets WHERE anonymised_at_ms IS NOT NULL") == 0 ]] \
    && [[ $(owner_sql "SELECT count(*) FROM audit_log WHERE action = 'privacy_purge' AND actor = '$admin' AND at_ms < (extract(epoch FROM now()) + 60) * 1000") == 1 ]]; then
    pass "the admin's purge takes the server's time and login, not the ones a client states"
else
    fail "a purge took a client's stated time or actor: $(cat "$scratch/err")"
fi
if cli_as "$admin_password" privacy purge --older-than-days 90 --json --user "$admin" >"$scratch/purge.json" 2>"$scratch/err" \
    && grep -q '"tickets":0' "$scratch/purge.json"; then
    pass "privacy purge as the admin through the CLI (nothing is 90 days old yet)"
else
    fail "privacy purge as the admin: $(cat "$scratch/err" "$scratch/purge.json")"
fi
if cli_as "$supervisor_password" privacy purge --user "$supervisor" >/dev/null 2>&1; then
    fail "a supervisor could purge"
else
    pass "a supervisor cannot purge"
fi

# --- people: disable takes effect at once ----------------------------------------------
PGPASSWORD=$agent_password psql "host=127.0.0.1 port=$port dbname=$database user=$agent2 sslmode=require" -qAt \
    -c "SELECT pg_sleep(20)" >/dev/null 2>&1 &
sleeper=$!
sleep 1
if cli_as "$admin_password" user disable "$agent2" --user "$admin" >/dev/null 2>"$scratch/err"; then
    pass "user disable by the admin"
else
    fail "user disable: $(cat "$scratch/err")"
fi
if wait "$sleeper"; then fail "the disabled person's open session went on"; else pass "the disabled person's open session was ended"; fi
if psql_as "$agent2" "$agent_password" -c "SELECT 1" >/dev/null 2>&1; then
    fail "a disabled login can still connect"
else
    pass "a disabled login cannot connect"
fi
if cli_as "$agent_password" lookup "$idpel" --user "$agent2" >/dev/null 2>"$scratch/err" ; then
    fail "a disabled person could look up"
elif grep -q "dinonaktifkan" "$scratch/err"; then
    pass "a disabled person's sign-in says so"
else
    fail "a disabled person's message: $(cat "$scratch/err")"
fi
if cli_as "$admin_password" user role "$agent" supervisor --user "$admin" >/dev/null 2>"$scratch/err" \
    && [[ $(psql_as "$agent" "$agent_password" -c "SELECT pg_has_role(session_user, 'csodesk_supervisor', 'MEMBER')::text || pg_has_role(session_user, 'csodesk_agent', 'MEMBER')::text") == "truefalse" ]]; then
    pass "user role moves the login to the other group"
else
    fail "user role: $(cat "$scratch/err")"
fi

# --- floor check -----------------------------------------------------------------------
if CSODESK_PASSWORD=$supervisor_password "$cli" --db "$floor_url" floor check --user "$supervisor" >"$scratch/check" 2>&1; then
    pass "floor check of a workstation URL with verify-full finds nothing unsafe"
else
    fail "floor check: $(cat "$scratch/check")"
fi
if PGPASSWORD=$owner_password "$cli" --db "postgresql://$owner@127.0.0.1:$port/$database?sslmode=disable" floor check >"$scratch/check" 2>&1; then
    fail "floor check passed an unencrypted owner connection"
elif grep -q "not encrypted" "$scratch/check" && grep -q "owns the schema" "$scratch/check"; then
    pass "floor check reports the owner's login and the missing TLS"
else
    fail "floor check output: $(cat "$scratch/check")"
fi

# --- TLS -------------------------------------------------------------------------------
if cli_as "$supervisor_password" --db "postgresql://127.0.0.1:$port/$database?sslmode=verify-full&sslrootcert=$other_ca" \
    lookup "$idpel" --user "$supervisor" >/dev/null 2>"$scratch/err"; then
    fail "verify-full with a CA that did not sign the server's certificate connected"
elif grep -q "TLS" "$scratch/err"; then
    pass "verify-full with the wrong CA is refused with a TLS message"
else
    fail "wrong-CA message: $(cat "$scratch/err")"
fi
CSODESK_PG_TLS=0 bash "$server_script" start "$second_dir" >/dev/null || fail "second server"
second_port=$(cat "$second_dir/port")
if PGPASSFILE="$second_dir/pgpass" "$cli" --db "postgresql://csodesk@127.0.0.1:$second_port/postgres?sslmode=require" check \
    >/dev/null 2>"$scratch/err"; then
    fail "sslmode=require reached a server without TLS"
elif grep -q "TLS" "$scratch/err"; then
    pass "sslmode=require against a server without TLS fails with a TLS message"
else
    fail "no-TLS message: $(cat "$scratch/err")"
fi

# --- failover: the first server is down, the second answers ----------------------------
bash "$server_script" stop "$second_dir" >/dev/null
two_hosts="postgresql://127.0.0.1:$second_port,127.0.0.1:$port/$database?target_session_attrs=read-write&$tls"
if CSODESK_PASSWORD=$supervisor_password "$cli" --db "$two_hosts" lookup "$idpel" --user "$supervisor" >/dev/null 2>"$scratch/err"; then
    pass "a two-host URL with target_session_attrs=read-write reaches the second server"
else
    fail "failover: $(cat "$scratch/err")"
fi
if "$cli" --db "postgresql://127.0.0.1:$port/$database?sslmod=require" check >/dev/null 2>"$scratch/err" \
    || ! grep -q '"sslmod"' "$scratch/err"; then
    fail "an unknown URL parameter: $(cat "$scratch/err")"
else
    pass "an unknown URL parameter is refused by name"
fi

echo "floor security: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
