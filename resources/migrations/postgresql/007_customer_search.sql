-- Finding a customer without an IDPEL: by name, address or phone (most callers do not know
-- their 12 digits). Names and addresses are folded (case, accents, punctuation) into keys
-- with a trigram index, so every typed word can be matched as the start of a word, in any
-- order; phones into a normalised key ("+62 812-345", "62812345", "0812345" are one number)
-- with an ordinary index, searched by prefix. pg_trgm is a trusted extension: the schema
-- owner creates it when it owns the database (docs/deployment.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

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
CREATE INDEX customers_search_key ON customers USING gin (search_key gin_trgm_ops);
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
    c_columns constant text := 'c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, '
                               'c.power_va, c.payment_type';
    v_actor text;
    v_at bigint;
    v_limit integer := LEAST(GREATEST(COALESCE(p_limit, 20), 1), 50);
    v_key text;
    v_name text;
    v_ranked text;
    v_what text;
    v_shown integer := 0;
    r record;
BEGIN
    PERFORM csodesk_require(ARRAY['agent', 'supervisor', 'admin']);
    v_actor := csodesk_actor(p_claimed_actor);
    v_at := csodesk_now_ms(p_claimed_ms);
    IF p_phone IS NOT NULL THEN
        IF p_phone !~ '^0[0-9]{8,12}$' THEN
            RAISE EXCEPTION 'csodesk: a phone search takes 9 to 13 digits starting with 0' USING ERRCODE = '22023';
        END IF;
        v_ranked := format('SELECT %s, row_number() OVER (ORDER BY c.phone_key = %L DESC, c.name, c.idpel) AS n '
                           'FROM customers c WHERE c.phone_key >= %L AND c.phone_key < %L',
                           c_columns, p_phone, p_phone, p_phone || ':');
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
        v_ranked := format('SELECT t.idpel, t.meter_number, t.name, t.address, t.phone, t.ulp_code, t.tariff_class, '
                           't.power_va, t.payment_type, row_number() OVER (ORDER BY t.tier) AS n FROM ('
                           '(SELECT %1$s, 1 AS tier FROM customers c WHERE %2$s AND %3$s LIMIT %4$s) UNION ALL '
                           '(SELECT %1$s, 2 AS tier FROM customers c WHERE %2$s AND NOT (%3$s) LIMIT %4$s)) t',
                           c_columns, v_key, v_name, v_limit + 1);
        v_what := 'name ' || array_to_string(p_words, ' ');
    END IF;
    FOR r IN EXECUTE format('WITH found AS (SELECT * FROM (%s) ranked WHERE n <= %s) '
                            'SELECT f.*, (SELECT count(*) FROM found) > %s AS more FROM found f '
                            'WHERE f.n <= %s ORDER BY f.n', v_ranked, v_limit + 1, v_limit, v_limit) LOOP
        v_shown := v_shown + 1;
        PERFORM csodesk_audit_row(v_actor, 'search', r.idpel, format('search result %s', v_shown), v_at);
        idpel := r.idpel;
        meter_number := r.meter_number;
        name := r.name;
        address := r.address;
        phone := r.phone;
        ulp_code := r.ulp_code;
        tariff_class := r.tariff_class;
        power_va := r.power_va;
        payment_type := r.payment_type;
        more := r.more;
        RETURN NEXT;
    END LOOP;
    PERFORM csodesk_audit_row(v_actor, 'search', NULL, format('search %s; %s results', v_what, v_shown), v_at);
END;
$$;

REVOKE ALL ON FUNCTION csodesk_search_fold(text), csodesk_phone_key(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION csodesk_search_customers(text[], text, integer, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION csodesk_search_customers(text[], text, integer, text, bigint)
    TO csodesk_agent, csodesk_supervisor, csodesk_admin;
