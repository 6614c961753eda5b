-- Every inbox message is a catalog key with parameters (issue 16). Messages written before keys keep their
-- words as the parameters of the key inbox.legacy, whose title and body are just those words.
UPDATE "Notification"
SET "key" = 'inbox.legacy',
    "params" = jsonb_build_object('title', COALESCE("title", ''), 'body', COALESCE("body", ''))
WHERE "key" IS NULL;

-- AlterTable
ALTER TABLE "Notification" DROP COLUMN "body",
DROP COLUMN "title",
ALTER COLUMN "key" SET NOT NULL;
