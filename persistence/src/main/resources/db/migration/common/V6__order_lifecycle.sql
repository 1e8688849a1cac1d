-- Change capture: where TradeHub stands in each Odoo model it follows (the latest write_date read and the records
-- already reported within the overlap window, as JSON), kept in the transaction that issues what the changes caused.
CREATE TABLE change_cursor (
    model          VARCHAR(64)  PRIMARY KEY,
    watermark      TIMESTAMP    NOT NULL,
    reported       ${text_type},
    polls          BIGINT       DEFAULT 0 NOT NULL,
    changes        BIGINT       DEFAULT 0 NOT NULL,
    polled_at      TIMESTAMP,
    changed_at     TIMESTAMP
);

-- The documents an order's life produced (855, 856, 810 ...): one row per Odoo fact, so that a record seen twice by
-- change capture produces its document once. The key names the fact, e.g. SHIP_NOTICE:stock.picking:17. A document
-- not issued by its due time (the partner's service level) is flagged overdue once (overdue_at).
CREATE TABLE order_document (
    document_key    VARCHAR(160) PRIMARY KEY,
    kind            VARCHAR(24)  NOT NULL,
    partner_code    VARCHAR(32)  NOT NULL,
    po_number       VARCHAR(64)  NOT NULL,
    transaction_id  BIGINT       NOT NULL,
    odoo_model      VARCHAR(64)  NOT NULL,
    odoo_id         BIGINT       NOT NULL,
    odoo_name       VARCHAR(128),
    state           VARCHAR(16)  NOT NULL,
    message_id      VARCHAR(36),
    detail          VARCHAR(2000),
    occurred_at     TIMESTAMP    NOT NULL,
    due_at          TIMESTAMP,
    overdue_at      TIMESTAMP
);
CREATE INDEX order_document_due ON order_document (state, due_at);
CREATE INDEX order_document_order ON order_document (partner_code, po_number);
CREATE INDEX order_document_transaction ON order_document (transaction_id);
CREATE INDEX message_transaction_odoo ON message_transaction (odoo_model, odoo_id);
CREATE INDEX message_transaction_odoo_name ON message_transaction (odoo_model, odoo_name);

-- The buyer's changes to its orders (860, ORDCHG): one row per change (partner, PO, the change's own number or its
-- content), so that a change sent again changes nothing twice; the order as it stands after an applied change is
-- kept (the buyer's view, with the lines it added), for the documents that follow.
CREATE TABLE order_change (
    change_key           VARCHAR(200) PRIMARY KEY,
    partner_code         VARCHAR(32)  NOT NULL,
    po_number            VARCHAR(64)  NOT NULL,
    transaction_id       BIGINT       NOT NULL,
    order_transaction_id BIGINT,
    state                VARCHAR(16)  NOT NULL,
    detail               VARCHAR(2000),
    canonical            ${text_type},
    occurred_at          TIMESTAMP    NOT NULL
);
CREATE INDEX order_change_order ON order_change (order_transaction_id, occurred_at);

-- Inventory advice from partners (846, INVRPT), stored and searchable; nothing goes to Odoo.
CREATE TABLE inventory_report (
    id              BIGINT       PRIMARY KEY,
    partner_code    VARCHAR(32)  NOT NULL,
    report_id       VARCHAR(80)  NOT NULL,
    report_date     DATE,
    reporter        VARCHAR(200),
    message_id      VARCHAR(36)  NOT NULL,
    transaction_id  BIGINT       NOT NULL,
    received_at     TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX inventory_report_partner_report ON inventory_report (partner_code, report_id);
CREATE TABLE inventory_quantity (
    id              BIGINT       PRIMARY KEY,
    report_id       BIGINT       NOT NULL REFERENCES inventory_report (id),
    position        INTEGER      NOT NULL,
    upc             VARCHAR(32),
    vendor_sku      VARCHAR(80),
    buyer_sku       VARCHAR(80),
    description     VARCHAR(400),
    kind            VARCHAR(24)  NOT NULL,
    quantity        DECIMAL(18, 4) NOT NULL,
    uom             VARCHAR(16),
    location        VARCHAR(80),
    as_of           DATE
);
CREATE INDEX inventory_quantity_report ON inventory_quantity (report_id);
CREATE INDEX inventory_quantity_upc ON inventory_quantity (upc);
CREATE INDEX inventory_quantity_vendor_sku ON inventory_quantity (vendor_sku);
CREATE INDEX inventory_quantity_buyer_sku ON inventory_quantity (buyer_sku);
