-- Customers and their postpaid bills, meter-reading reports and prepaid token purchases.
-- Energy is stored in Wh (integers): a meter shows 0.1 kWh and an estimated month adds a
-- third of three bills, so whole kWh would lose what the bill was computed on. Money is whole
-- Rupiah, as the bill shows it. Due dates are calendar dates (ISO text), not instants.

-- main unit (UID/UIW) -> UP3 -> ULP. Street-lighting tax (PPJ) is set by the regency/city
-- the ULP serves, so the rate lives on the ULP, in basis points (1000 = 10 %).
CREATE TABLE units (
    code TEXT PRIMARY KEY,
    level TEXT NOT NULL CHECK (level IN ('main', 'up3', 'ulp')),
    name TEXT NOT NULL,
    parent_code TEXT REFERENCES units (code),
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    ppj_bp INTEGER CHECK (ppj_bp IS NULL OR (ppj_bp >= 0 AND ppj_bp <= 10000))
);
CREATE INDEX units_parent ON units (parent_code);

-- The IDPEL is the primary key and the prepaid meter number is UNIQUE: both look-ups an
-- agent types are index seeks.
CREATE TABLE customers (
    idpel TEXT PRIMARY KEY CHECK (char_length(idpel) = 12),
    meter_number TEXT UNIQUE CHECK (meter_number IS NULL OR char_length(meter_number) = 11),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    tariff_class TEXT NOT NULL,
    power_va INTEGER NOT NULL CHECK (power_va > 0),
    payment_type TEXT NOT NULL CHECK (payment_type IN ('postpaid', 'prepaid')),
    ulp_code TEXT NOT NULL REFERENCES units (code),
    invoice_email_state TEXT NOT NULL DEFAULT 'none'
        CHECK (invoice_email_state IN ('none', 'requested', 'subscribed', 'unsubscribed')),
    invoice_email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customers_ulp ON customers (ulp_code);

CREATE TABLE bills (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idpel TEXT NOT NULL REFERENCES customers (idpel),
    period TEXT NOT NULL,
    stand_start_wh BIGINT NOT NULL,
    stand_end_wh BIGINT NOT NULL,
    meter_factor INTEGER NOT NULL DEFAULT 1 CHECK (meter_factor > 0),
    usage_wh BIGINT NOT NULL CHECK (usage_wh >= 0),
    estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
    estimated_from TEXT NOT NULL DEFAULT '',
    correction_wh BIGINT NOT NULL DEFAULT 0,
    tariff_rate_sen BIGINT NOT NULL DEFAULT 0,
    energy_charge BIGINT NOT NULL,
    fixed_charge BIGINT NOT NULL DEFAULT 0,
    ppj BIGINT NOT NULL DEFAULT 0,
    ppn BIGINT NOT NULL DEFAULT 0,
    late_fee BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL,
    due_date TEXT NOT NULL,
    paid_at_ms BIGINT,
    payment_channel TEXT,
    UNIQUE (idpel, period)
);

CREATE TABLE meter_readings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idpel TEXT NOT NULL REFERENCES customers (idpel),
    source TEXT NOT NULL CHECK (source IN ('whatsapp', 'pln_mobile', 'meter_reader')),
    reported_at_ms BIGINT NOT NULL,
    stand_wh BIGINT NOT NULL,
    accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
    reject_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (idpel, reported_at_ms, source)
);

CREATE TABLE token_purchases (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idpel TEXT NOT NULL REFERENCES customers (idpel),
    purchased_at_ms BIGINT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    energy_wh BIGINT NOT NULL CHECK (energy_wh >= 0),
    token_masked TEXT NOT NULL,
    UNIQUE (idpel, purchased_at_ms)
);
