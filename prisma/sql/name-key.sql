-- 企业名称 compared as lib/registration/name-check.ts normaliseName does (NFKC, lower case, no spaces or
-- punctuation, no 组织形式 at the end), so that findNameConflict is an index look-up, not a pass over every
-- enterprise's name (860 ms at 100,000 enterprises). Applied after the migrations (scripts/lib/migrations.mjs),
-- idempotent. The two literals are IGNORED and FORM_SUFFIX of name-check.ts; a unit test holds them equal and
-- an integration test compares this function with normaliseName. Changing the body changes what the index
-- holds: then bump _v1 in the index name, so the old index is dropped and a new one built.
CREATE OR REPLACE FUNCTION onelicence_name_key(name TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT regexp_replace(translate(lower(normalize(name, NFKC)), E' \t\r\n　()（）[]【】{}<>《》〈〉「」『』"\'“”‘’`·•・.,，。、;；:：!！?？-‐‑–—―_~～/\\|&＆+*#@%^=$', ''), '(股份有限公司|有限责任公司|有限公司|合伙企业普通合伙|合伙企业有限合伙|普通合伙企业|有限合伙企业|个人独资企业|合伙企业|公司)$', '') $$;

CREATE INDEX IF NOT EXISTS "Enterprise_name_key_v1" ON "Enterprise" (onelicence_name_key(name)) WHERE status = 'ACTIVE';
