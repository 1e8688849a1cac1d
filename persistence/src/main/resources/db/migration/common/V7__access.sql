-- Who may use TradeHub. Portal users sign in with a password (a PBKDF2 hash, never the password); failed sign-ins
-- are counted so that guessing is throttled (locked_until).
CREATE TABLE portal_user (
    username         VARCHAR(64)  PRIMARY KEY,
    role             VARCHAR(16)  NOT NULL,
    password_hash    VARCHAR(400) NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    failed_logins    INTEGER      DEFAULT 0 NOT NULL,
    locked_until     TIMESTAMP,
    created_at       TIMESTAMP    NOT NULL,
    password_set_at  TIMESTAMP    NOT NULL,
    last_login_at    TIMESTAMP
);

-- API tokens: only the SHA-256 of the secret is kept (the secret is shown once, at creation), with the visible prefix
-- that lets a person tell tokens apart. A token has a role or a partner scope, never both. A rotated token keeps
-- working until its expiry (the grace period); a revoked one stops at once.
CREATE TABLE api_token (
    id               BIGINT       PRIMARY KEY,
    secret_hash      VARCHAR(64)  NOT NULL,
    prefix           VARCHAR(16)  NOT NULL,
    owner            VARCHAR(120) NOT NULL,
    role             VARCHAR(16),
    partner_code     VARCHAR(32),
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    expires_at       TIMESTAMP,
    last_used_at     TIMESTAMP,
    revoked_at       TIMESTAMP,
    replaced_by      BIGINT
);
CREATE UNIQUE INDEX api_token_secret ON api_token (secret_hash);

-- The audit log: every change, sign-in and failed sign-in, with who, from where, what, and the values before and
-- after. Rows are only ever inserted.
CREATE TABLE audit_entry (
    id               BIGINT       PRIMARY KEY,
    occurred_at      TIMESTAMP    NOT NULL,
    actor            VARCHAR(120) NOT NULL,
    address          VARCHAR(64),
    action           VARCHAR(40)  NOT NULL,
    subject          VARCHAR(200),
    before_value     ${text_type},
    after_value      ${text_type}
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);

-- The partner whose token sent a message: its envelope (or, for canonical JSON, its partner) must be that partner.
ALTER TABLE message ADD COLUMN sent_as VARCHAR(32);
