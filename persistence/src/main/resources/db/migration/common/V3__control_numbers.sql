-- The control numbers of outbound interchanges: the last one given, per partner, our sender ID (qualifier:id) and
-- kind (ISA13, GS06, ST02, UNB 0020, UNH 0062). One row a counter, locked while a number is taken.
CREATE TABLE control_number (
    partner_code     VARCHAR(64)  NOT NULL,
    sender_key       VARCHAR(80)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    last_value       BIGINT       NOT NULL,
    updated_at       TIMESTAMP    NOT NULL,
    PRIMARY KEY (partner_code, sender_key, kind)
);
