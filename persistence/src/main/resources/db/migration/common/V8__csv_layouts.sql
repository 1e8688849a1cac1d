-- How a partner's CSV batches name their columns (JSON: delimiter, decimal comma, date pattern, header per field).
-- A partner without a row sends the standard layout: the canonical order's field names as headers.
CREATE TABLE partner_csv_layout (
    partner_code   VARCHAR(64)  PRIMARY KEY,
    layout         VARCHAR(4000) NOT NULL,
    updated_at     TIMESTAMP    NOT NULL
);
