-- Durable retries: when the next attempt of a message is due (the broker holds the scheduled delivery; this
-- column lets an operator and a sweeper see it), and each partner's own limit of attempts.
ALTER TABLE message ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE partner ADD COLUMN max_attempts INTEGER;
CREATE INDEX message_category_received ON message (error_category, received_at);
