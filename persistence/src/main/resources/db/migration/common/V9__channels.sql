-- The sender's own name for a document: a file's name, an AS2 Message-ID, a JMS correlation id. Shown with the
-- message, searched by, and quoted back in what TradeHub reports to the sender (MDN, JMS events).
ALTER TABLE message ADD COLUMN sender_reference VARCHAR(998);
CREATE INDEX message_sender_reference ON message (sender_reference);
