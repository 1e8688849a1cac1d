-- Shared by H2 and PostgreSQL; ${binary_type} and ${text_type} are set per database by SchemaMigrator.
-- The message log: every document received, kept whatever happens to it.
CREATE TABLE message (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    received_at         TIMESTAMP    NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    channel             VARCHAR(32)  NOT NULL,
    content_type        VARCHAR(128),
    payload             ${binary_type}       NOT NULL,
    payload_size        BIGINT       NOT NULL,
    payload_truncated   BOOLEAN      DEFAULT FALSE NOT NULL,
    payload_sha256      VARCHAR(64)  NOT NULL,
    partner_hint        VARCHAR(64),
    partner_code        VARCHAR(64),
    standard            VARCHAR(16),
    syntax_version      VARCHAR(32),
    doc_type            VARCHAR(32),
    sender              VARCHAR(80),
    receiver            VARCHAR(80),
    interchange_control VARCHAR(32),
    test_indicator      BOOLEAN      DEFAULT FALSE NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    error_category      VARCHAR(32),
    duplicate_of        VARCHAR(36),
    attempts            INTEGER      DEFAULT 0 NOT NULL,
    row_version         BIGINT       DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX message_payload_sha256 ON message (payload_sha256);
CREATE INDEX message_status_received ON message (status, received_at);
CREATE INDEX message_partner_received ON message (partner_code, received_at);
CREATE INDEX message_received ON message (received_at);

-- One row a transaction set (X12 ST..SE, EDIFACT UNH..UNT) of a message.
CREATE TABLE message_transaction (
    id               BIGINT       NOT NULL PRIMARY KEY,
    message_id       VARCHAR(36)  NOT NULL REFERENCES message (id),
    position         INTEGER      NOT NULL,
    control_number   VARCHAR(32),
    group_control    VARCHAR(32),
    doc_type         VARCHAR(32),
    doc_version      VARCHAR(32),
    po_number        VARCHAR(64),
    canonical        ${text_type},
    state            VARCHAR(32)  NOT NULL,
    error_category   VARCHAR(32),
    odoo_model       VARCHAR(64),
    odoo_id          BIGINT,
    odoo_name        VARCHAR(64),
    updated_at       TIMESTAMP    NOT NULL,
    CONSTRAINT message_transaction_position UNIQUE (message_id, position)
);
CREATE INDEX message_transaction_po ON message_transaction (po_number);

-- Every problem found with a message, with its category and location.
CREATE TABLE message_error (
    id               BIGINT       NOT NULL PRIMARY KEY,
    message_id       VARCHAR(36)  NOT NULL REFERENCES message (id),
    transaction_control VARCHAR(32),
    category         VARCHAR(32)  NOT NULL,
    segment          VARCHAR(16),
    segment_position INTEGER,
    element_position INTEGER,
    component_position INTEGER,
    text             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP    NOT NULL
);
CREATE INDEX message_error_message ON message_error (message_id);

-- The timeline of a message: each state change and what caused it.
CREATE TABLE timeline_entry (
    id          BIGINT       NOT NULL PRIMARY KEY,
    message_id  VARCHAR(36)  NOT NULL REFERENCES message (id),
    occurred_at TIMESTAMP    NOT NULL,
    event       VARCHAR(48)  NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX timeline_entry_message ON timeline_entry (message_id);

-- Idempotent receiver: one interchange control number per sender.
CREATE TABLE interchange_receipt (
    partner_code        VARCHAR(64) NOT NULL,
    interchange_control VARCHAR(32) NOT NULL,
    message_id          VARCHAR(36) NOT NULL REFERENCES message (id),
    received_at         TIMESTAMP   NOT NULL,
    PRIMARY KEY (partner_code, interchange_control)
);

-- Idempotency at purchase-order level: one owner transaction per partner and PO number.
CREATE TABLE purchase_order (
    partner_code   VARCHAR(64)  NOT NULL,
    po_number      VARCHAR(64)  NOT NULL,
    transaction_id BIGINT       NOT NULL REFERENCES message_transaction (id),
    message_id     VARCHAR(36)  NOT NULL REFERENCES message (id),
    claimed_at     TIMESTAMP    NOT NULL,
    PRIMARY KEY (partner_code, po_number)
);

-- The trading partner registry.
CREATE TABLE partner (
    code              VARCHAR(64)  NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    standard          VARCHAR(16)  NOT NULL,
    versions          VARCHAR(200),
    odoo_customer_ref VARCHAR(64),
    active            BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    row_version       BIGINT       DEFAULT 0 NOT NULL
);

-- Envelope identifiers: the partner's (THEIRS) and ours as the partner addresses us (OURS).
CREATE TABLE partner_identifier (
    id           BIGINT      NOT NULL PRIMARY KEY,
    partner_code VARCHAR(64) NOT NULL REFERENCES partner (code),
    owner        VARCHAR(8)  NOT NULL,
    envelope     VARCHAR(16) NOT NULL,
    qualifier    VARCHAR(8),
    id_value     VARCHAR(64) NOT NULL
);
CREATE INDEX partner_identifier_value ON partner_identifier (id_value);

-- The buyer's part numbers: buyer SKU -> our product (default code or GTIN).
CREATE TABLE item_cross_reference (
    id           BIGINT      NOT NULL PRIMARY KEY,
    partner_code VARCHAR(64) NOT NULL REFERENCES partner (code),
    buyer_sku    VARCHAR(64) NOT NULL,
    vendor_sku   VARCHAR(64),
    gtin         VARCHAR(14),
    CONSTRAINT item_cross_reference_sku UNIQUE (partner_code, buyer_sku)
);

-- Units of measure: a partner's code -> the Odoo unit's name; partner_code '*' is the default for all partners.
CREATE TABLE unit_mapping (
    id             BIGINT       NOT NULL PRIMARY KEY,
    partner_code   VARCHAR(64)  NOT NULL,
    partner_unit   VARCHAR(16)  NOT NULL,
    odoo_unit_name VARCHAR(64)  NOT NULL,
    CONSTRAINT unit_mapping_code UNIQUE (partner_code, partner_unit)
);

CREATE SEQUENCE tradehub_seq START WITH 1000 INCREMENT BY 50;

INSERT INTO unit_mapping (id, partner_code, partner_unit, odoo_unit_name) VALUES
 (1, '*', 'EA', 'Units'), (2, '*', 'PCE', 'Units'), (3, '*', 'EACH', 'Units'), (4, '*', 'UN', 'Units'),
 (5, '*', 'C62', 'Units'), (6, '*', 'H87', 'Units'), (7, '*', 'DZ', 'Dozens'), (8, '*', 'DZN', 'Dozens'),
 (9, '*', 'KG', 'kg'), (10, '*', 'KGM', 'kg'), (11, '*', 'LB', 'lb'), (12, '*', 'LBR', 'lb'),
 (13, '*', 'GRM', 'g'), (14, '*', 'LTR', 'L'), (15, '*', 'MTR', 'm');
