-- The outbound message log: what we send lives in the message table too, with its direction, the inbound message
-- it answers, how it is delivered and how far, and what the partner acknowledged of it.
ALTER TABLE message ADD COLUMN direction VARCHAR(8) DEFAULT 'INBOUND' NOT NULL;
ALTER TABLE message ADD COLUMN answers_message_id VARCHAR(36);
ALTER TABLE message ADD COLUMN transport VARCHAR(16);
ALTER TABLE message ADD COLUMN delivery_state VARCHAR(24);
ALTER TABLE message ADD COLUMN delivery_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE message ADD COLUMN delivered_at TIMESTAMP;
ALTER TABLE message ADD COLUMN ack_state VARCHAR(24);
ALTER TABLE message ADD COLUMN ack_due_at TIMESTAMP;
ALTER TABLE message ADD COLUMN acknowledged_by VARCHAR(36);
CREATE INDEX message_answers ON message (answers_message_id);
CREATE INDEX message_acknowledged_by ON message (acknowledged_by);
CREATE INDEX message_ack_state_due ON message (ack_state, ack_due_at);
CREATE INDEX message_delivery ON message (partner_code, delivery_state);
CREATE INDEX message_interchange ON message (partner_code, direction, interchange_control);
CREATE INDEX message_transaction_group ON message_transaction (group_control);
