-- Finding a customer without an IDPEL: by name, address or phone (most callers do not know
-- their 12 digits). Names and addresses are folded (case, accents, punctuation) into keys
-- with a trigram index, so every typed word can be matched as the start of a word, in any
-- order; phones into a normalised key ("+62 812-345", "62812345", "0812345" are one number)
-- with an ordinary index, searched by prefix. pg_trgm is a trusted extension: the schema
-- owner creates it when it owns the database (docs/deployment.md).
-- In a schema of its own that only the owner uses: the extension's functions are granted to
-- PUBLIC and owned by the bootstrap superuser (a trusted extension), so the owner cannot revoke
-- them; without USAGE on the schema nobody else reaches them. The index needs only the
-- operator class; LIKE itself is pg_catalog's.
CREATE SCHEMA csodesk_trgm;
REVOKE ALL ON SCHEMA csodesk_trgm FROM PUBLIC;
CREATE EXTENSION pg_trgm SCHEMA csodesk_trgm;

-- " neneng pattiasina jl mawar no 12 " — the same folding as core/customers/SearchText.cpp,
-- word boundaries at both ends so that LIKE '% word%' finds the start of a word.
CREATE FUNCTION csodesk_search_fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT ' ' || btrim(regexp_replace(
        lower(translate(COALESCE(p_text, ''),
            'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ',
            'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyy')),
        '[^a-z0-9]+', ' ', 'g')) || ' ';
$$;

-- National form of a phone: digits only, "62..." and "8..." as "08...".
CREATE FUNCTION csodesk_phone_key(p_phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN d LIKE '62%' THEN '0' || substr(d, 3) WHEN d LIKE '8%' THEN '0' || d ELSE d END
    FROM (SELECT regexp_replace(COALESCE(p_phone, ''), '[^0-9]', '', 'g') AS d) digits;
$$;

ALTER TABLE customers
    ADD COLUMN search_name text GENERATED ALWAYS AS (csodesk_search_fold(name)) STORED,
    ADD COLUMN search_key text GENERATED ALWAYS AS (csodesk_search_fold(name || ' ' || address)) STORED,
    ADD COLUMN phone_key text COLLATE "C" GENERATED ALWAYS AS (csodesk_phone_key(phone)) STORED;
CREATE INDEX customers_search_key ON customers USING gin (search_key csodesk_trgm.gin_trgm_ops);
CREATE INDEX customers_phone_key ON customers (phone_key);

-- A search shows names and addresses of several customers: it is an access to personal data
-- like a look-up, recorded by the database in the caller's transaction: one row for the search
-- (who, what, how many) and one per customer returned, so that a customer's access report lists
-- the searches that showed them. Either `p_words` (folded words, as SearchText makes them) or
-- `p_phone` (a national-form number or its start). At most `p_limit` rows (50 at most); `more`
-- says whether more matched. Which rows, when more match: customers with every word in their
-- name first, then the others, each group as the index finds them; sorting every match before
-- the LIMIT read thousands of rows for a common given name (docs/performance.md).
CREATE FUNCTION csodesk_search_customers(p_words text[], p_phone text, p_limit integer, p_claimed_actor text,
                                         p_claimed_ms bigint)
RETURNS TABLE (idpel text, meter_number text, name text, address text, phone text, ulp_code text,
               tariff_class text, power_va integer, payment_type text, more boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
#variable_conflict use_column
DECLARE
    c_select constant text := 'SELECT c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, '
                              'c.tariff_class, c.power_va, c.payment_type FROM customers c WHERE ';
    v_actor text;
    v_at bigint;
    v_limit integer := LEAST(GREATEST(COALESCE(p_limit, 20), 1), 50);
    v_key text;
    v_name text;
    v_what text;
    v_found jsonb := '[]'::jsonb; -- at most v_limit + 1 rows: the last only says there are more
    v_more boolean;
    v_shown integer := 0;
    r record;
    j jsonb;
BEGIN
    PERFORM csodesk_require(ARRAY['agent', 'supervisor', 'admin']);
    v_actor := csodesk_actor(p_claimed_actor);
    v_at := csodesk_now_ms(p_claimed_ms);
    IF p_phone IS NOT NULL THEN
        IF p_phone !~ '^0[0-9]{8,12}$' THEN
            RAISE EXCEPTION 'csodesk: a phone search takes 9 to 13 digits starting with 0' USING ERRCODE = '22023';
        END IF;
        FOR r IN EXECUTE c_select || format('c.phone_key >= %L AND c.phone_key < %L '
                                            'ORDER BY c.phone_key = %L DESC, c.name, c.idpel LIMIT %s',
                                            p_phone, p_phone || ':', p_phone, v_limit + 1) LOOP
            v_found := v_found || jsonb_build_array(to_jsonb(r));
        END LOOP;
        v_what := 'phone ' || p_phone;
    ELSE
        IF COALESCE(cardinality(p_words), 0) NOT BETWEEN 1 AND 6
           OR EXISTS (SELECT 1 FROM unnest(p_words) w WHERE w IS NULL OR w !~ '^[a-z0-9]{2,40}$')
           OR NOT EXISTS (SELECT 1 FROM unnest(p_words) w WHERE length(w) >= 3) THEN
            RAISE EXCEPTION 'csodesk: a name search takes 1 to 6 folded words, one of 3 letters or more'
                USING ERRCODE = '22023';
        END IF;
        -- The words are [a-z0-9] only (checked above): no LIKE wildcard can be among them.
        SELECT string_agg(format('c.search_key LIKE %L', '% ' || w || '%'), ' AND '),
               string_agg(format('c.search_name LIKE %L', '% ' || w || '%'), ' AND ')
        INTO v_key, v_name FROM unnest(p_words) w;
        FOR r IN EXECUTE c_select || format('%s AND %s LIMIT %s', v_key, v_name, v_limit + 1) LOOP
            v_found := v_found || jsonb_build_array(to_jsonb(r));
        END LOOP;
        -- Address matches only when the names did not fill the list: for a common name the
        -- second scan would otherwise walk thousands of name matches to find a few others.
        IF jsonb_array_length(v_found) <= v_limit THEN
            FOR r IN EXECUTE c_select || format('%s AND NOT (%s) LIMIT %s', v_key, v_name,
                                                v_limit + 1 - jsonb_array_length(v_found)) LOOP
                v_found := v_found || jsonb_build_array(to_jsonb(r));
            END LOOP;
        END IF;
        v_what := 'name ' || array_to_string(p_words, ' ');
    END IF;
    v_more := jsonb_array_length(v_found) > v_limit;
    FOR j IN SELECT e.value FROM jsonb_array_elements(v_found) WITH ORDINALITY AS e(value, n)
             WHERE e.n <= v_limit ORDER BY e.n LOOP
        v_shown := v_shown + 1;
        PERFORM csodesk_audit_row(v_actor, 'search', j->>'idpel', format('search result %s', v_shown), v_at);
        idpel := j->>'idpel';
        meter_number := j->>'meter_number';
        name := j->>'name';
        address := j->>'address';
        phone := j->>'phone';
        ulp_code := j->>'ulp_code';
        tariff_class := j->>'tariff_class';
        power_va := (j->>'power_va')::integer;
        payment_type := j->>'payment_type';
        more := v_more;
        RETURN NEXT;
    END LOOP;
    PERFORM csodesk_audit_row(v_actor, 'search', NULL, format('search %s; %s results', v_what, v_shown), v_at);
END;
$$;

REVOKE ALL ON FUNCTION csodesk_search_fold(text), csodesk_phone_key(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION csodesk_search_customers(text[], text, integer, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION csodesk_search_customers(text[], text, integer, text, bigint)
    TO csodesk_agent, csodesk_supervisor, csodesk_admin;
