-- Inbox messages become a catalog key + parameters (issue 16), written by notify(). While the writers move to
-- it, a message has either a key or the old words, and a later migration drops the words.
ALTER TABLE "Notification" ADD COLUMN "key" TEXT, ADD COLUMN "params" JSONB NOT NULL DEFAULT '{}',
  ALTER COLUMN "title" DROP NOT NULL, ALTER COLUMN "body" DROP NOT NULL;
