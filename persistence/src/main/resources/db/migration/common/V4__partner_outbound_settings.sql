-- What a partner gets from us and how: its mode (test indicator of what we send) and its acknowledgement and
-- outbound settings (a JSON document of the profile's "acknowledgements" and "outbound").
ALTER TABLE partner ADD COLUMN mode VARCHAR(16);
ALTER TABLE partner ADD COLUMN settings ${text_type};
