-- Finding a customer without an IDPEL: by name, address or phone (most callers do not know
-- their 12 digits). Names and addresses go into a full-text index whose tokenizer folds case
-- and accents; phones into a normalised key ("+62 812-345", "62812345", "0812345" are one
-- number) with an ordinary index, searched by prefix.

-- National form of the phone on record: digits only, "62..." and "8..." as "08...".
-- core/customers/SearchText.cpp normalises the typed number the same way.
ALTER TABLE customers ADD COLUMN phone_digits TEXT GENERATED ALWAYS AS (
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', '')
) VIRTUAL;
ALTER TABLE customers ADD COLUMN phone_key TEXT GENERATED ALWAYS AS (
    CASE
        WHEN phone_digits LIKE '62%' THEN '0' || substr(phone_digits, 3)
        WHEN phone_digits LIKE '8%' THEN '0' || phone_digits
        ELSE phone_digits
    END) VIRTUAL;
CREATE INDEX customers_phone_key ON customers (phone_key);

-- Contentless: the words live in customers; the index only maps them to the customer. Its
-- rowid is the IDPEL as a number (12 digits fit), which, unlike customers' own rowid, a
-- VACUUM cannot renumber.
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, place, content = '', tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO customer_search (rowid, name, place)
SELECT CAST(idpel AS INTEGER), name, address FROM customers;

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_search (rowid, name, place) VALUES (CAST(NEW.idpel AS INTEGER), NEW.name, NEW.address);
END;

-- A contentless index forgets a row only when told the words it had.
CREATE TRIGGER customers_search_update AFTER UPDATE OF idpel, name, address ON customers
BEGIN
    INSERT INTO customer_search (customer_search, rowid, name, place)
    VALUES ('delete', CAST(OLD.idpel AS INTEGER), OLD.name, OLD.address);
    INSERT INTO customer_search (rowid, name, place) VALUES (CAST(NEW.idpel AS INTEGER), NEW.name, NEW.address);
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customer_search (customer_search, rowid, name, place)
    VALUES ('delete', CAST(OLD.idpel AS INTEGER), OLD.name, OLD.address);
END;
