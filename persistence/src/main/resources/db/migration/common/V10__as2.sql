-- One row per AS2 exchange: a message a partner sent us (what we answered in its MDN, so a re-send of the same
-- Message-ID gets the same answer and no second order) or one we sent it (the MIC its MDN must return, and until
-- when an asynchronous MDN may come). Keyed by the message-log id; the AS2 Message-ID is unique per partner and
-- direction.
CREATE TABLE as2_exchange (
    message_id       VARCHAR(36)  PRIMARY KEY,
    direction        VARCHAR(8)   NOT NULL,
    partner_code     VARCHAR(64)  NOT NULL,
    as2_message_id   VARCHAR(998) NOT NULL,
    mic              VARCHAR(200),
    mdn_mode         VARCHAR(8)   NOT NULL,
    mdn_due_at       TIMESTAMP,
    mdn_disposition  VARCHAR(500),
    mdn_message_id   VARCHAR(998),
    mdn_at           TIMESTAMP,
    updated_at       TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX as2_exchange_as2_message ON as2_exchange (partner_code, direction, as2_message_id);
CREATE INDEX as2_exchange_mdn_due ON as2_exchange (mdn_due_at);
