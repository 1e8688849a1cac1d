-- The JMS contract's wire tap finds the order an outbound document was issued for by the document's message id, at
-- every delivery: without an index that is a scan of every order document ever issued.
CREATE INDEX order_document_message ON order_document (message_id);
